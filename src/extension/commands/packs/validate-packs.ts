import * as vscode from 'vscode';
import { bundledCorpus, parsePack } from '../../../core/index';
import type { MemoService } from '../../memo-service';
import { problemDiagnostics } from '../../packs/pack-diagnostics';
import { findWorkspacePacks, readText } from '../../packs/pack-files';

/**
 * Checks every pack in the workspace and every pack the memos use, shows the problems in the
 * Problems panel and says how many packs are valid. Returns the number of invalid packs.
 */
export async function validateTeamPacks(memos: MemoService, problems: vscode.DiagnosticCollection): Promise<number> {
  const uris = new Map([...(await findWorkspacePacks()), ...(await memos.packs.loadedPacks())].map((uri) => [uri.toString(), uri]));
  let invalid = 0;
  for (const uri of uris.values()) {
    let found;
    try {
      found = parsePack(await readText(uri), uri.toString(), bundledCorpus).problems;
    } catch (error) {
      found = [{ file: uri.toString(), line: 1, column: 1, severity: 'error' as const, message: `cannot read the pack: ${(error as Error).message}` }];
    }
    problems.set(uri, problemDiagnostics(found));
    if (found.some((problem) => problem.severity === 'error')) invalid++;
  }
  memos.packs.reload();
  if (uris.size === 0) {
    void vscode.window.showInformationMessage('Policy Lens: no team packs (*.policypack.json) in this workspace. Run "Create Team Pack" to start one.');
  } else if (invalid === 0) {
    void vscode.window.showInformationMessage(`Policy Lens: ${uris.size} team pack(s) valid.`);
  } else {
    void vscode.window.showWarningMessage(`Policy Lens: ${invalid} of ${uris.size} team pack(s) have problems; see the Problems panel.`);
    void vscode.commands.executeCommand('workbench.actions.view.problems');
  }
  return invalid;
}
