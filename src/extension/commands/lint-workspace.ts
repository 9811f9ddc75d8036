import * as vscode from 'vscode';
import { positionsOf, toDiagnostic } from '../convert';
import type { DiagnosticsController } from '../diagnostics';
import type { MemoService } from '../memo-service';
import { readSettings } from '../settings';
import { findWorkspaceMemos, memoText } from '../workspace-memos';

/**
 * Lints every Markdown file in the workspace, with a cancellable progress notification; results go
 * to the Problems panel. Open documents are linted from the editor, so unsaved edits count.
 */
export async function lintWorkspace(memos: MemoService, diagnostics: DiagnosticsController): Promise<{ files: number; findings: number }> {
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
          const positionAt = document ? (offset: number) => document.positionAt(offset) : positionsOf(text);
          diagnostics.collection.set(uri, results.map((finding) => toDiagnostic(uri, finding, positionAt)));
          files++;
          findings += results.length;
        } catch (error) {
          diagnostics.log.failure(`linting ${uri.toString()}`, error);
          void vscode.window.showWarningMessage(`Policy Lens: ${vscode.workspace.asRelativePath(uri)} could not be linted: ${(error as Error).message}`);
        }
      }
      const summary = `Policy Lens: ${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${token.isCancellationRequested ? ' (cancelled)' : ''}.`;
      void vscode.window.showInformationMessage(summary);
      return { files, findings };
    },
  );
}
