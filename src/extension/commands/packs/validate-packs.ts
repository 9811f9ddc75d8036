import * as vscode from 'vscode';
import { buildTeamCorpus, bundledCorpus, parsePack, type LoadedPack, type PackProblem } from '../../../core/index';
import type { TeamPacks } from '../../packs/team-packs';
import { problemDiagnostics } from '../../packs/pack-diagnostics';
import { findWorkspacePacks, readText } from '../../packs/pack-files';

/**
 * Checks every pack in the workspace and every pack the memos use, shows the problems in the
 * Problems panel and says how many packs are valid. Returns the number of invalid packs.
 */
export async function validateTeamPacks(packs: TeamPacks, problems: vscode.DiagnosticCollection): Promise<number> {
  const uris = new Map([...(await findWorkspacePacks()), ...(await packs.loadedPacks())].map((uri) => [uri.toString(), uri]));
  // Reload first: a reload clears pack problems, and the ones found here must stay.
  packs.reload();
  let invalid = 0;
  const valid: LoadedPack[] = [];
  const found = new Map<string, PackProblem[]>();
  for (const uri of uris.values()) {
    let parsed: { loaded?: LoadedPack; problems: PackProblem[] };
    try {
      parsed = parsePack(await readText(uri), uri.toString(), bundledCorpus);
    } catch (error) {
      parsed = { problems: [{ file: uri.toString(), line: 1, column: 1, severity: 'error', message: `cannot read the pack: ${(error as Error).message}` }] };
    }
    found.set(uri.toString(), parsed.problems);
    if (parsed.loaded) valid.push(parsed.loaded);
    else invalid++;
  }
  // Packs in the workspace are checked against each other too, in path order, as a configuration naming them all would load them.
  for (const conflict of buildTeamCorpus(bundledCorpus, valid).conflicts) found.get(conflict.file)?.push(conflict);
  for (const [uri, list] of found) problems.set(vscode.Uri.parse(uri), problemDiagnostics(list));
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
