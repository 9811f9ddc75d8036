import * as vscode from 'vscode';
import { positionsOf, toDiagnostic } from '../convert';
import type { Log } from '../log';
import type { MemoService } from '../memo-service';
import { readSettings } from '../settings';
import { findWorkspaceMemos, memoText } from '../workspace-memos';

/**
 * Lints every Markdown file in the workspace, with a cancellable progress notification; results go
 * to the Problems panel, into the language server's collection (`problems`), so opening a file hands
 * it over to the server. Open documents are counted from the editor's text (unsaved edits count);
 * the server already keeps their diagnostics.
 */
export async function lintWorkspace(memos: MemoService, problems: vscode.DiagnosticCollection | undefined, log: Log): Promise<{ files: number; findings: number }> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Policy Lens: linting the workspace', cancellable: true },
    async (progress, token) => {
      const uris = await findWorkspaceMemos(token);
      const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
      let files = 0;
      let findings = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
        const document = open.get(uri.toString());
        if (!readSettings(uri).enable) continue;
        try {
          const text = await memoText(uri, document);
          const results = await memos.lintText(uri, text);
          if (!document) problems?.set(uri, results.map((finding) => toDiagnostic(uri, finding, positionsOf(text))));
          files++;
          findings += results.length;
        } catch (error) {
          log.failure(`linting ${uri.toString()}`, error);
          void vscode.window.showWarningMessage(`Policy Lens: ${vscode.workspace.asRelativePath(uri)} could not be linted: ${(error as Error).message}`);
        }
      }
      const summary = `Policy Lens: ${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${token.isCancellationRequested ? ' (cancelled)' : ''}.`;
      void vscode.window.showInformationMessage(summary);
      return { files, findings };
    },
  );
}
