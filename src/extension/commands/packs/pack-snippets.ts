import * as vscode from 'vscode';
import { addSnippetsToPackText, bundledCorpus, codeSnippetsFromPack, idFor, PACK_LIMITS, parsePack, snippetsFromCodeSnippets, type PackSnippet } from '../../../core/index';
import type { TeamPacks } from '../../packs/team-packs';
import { mayWrite } from '../../safe-write';
import { readWorkspaceText } from '../../workspace-file-host';
import { exists, findWorkspacePacks, pickPack, readValidPack, writeText } from '../../packs/pack-files';

/**
 * Copies the Markdown snippets of the workspace's `.vscode/*.code-snippets` files into a team pack
 * (snippets the pack already has by name are kept as they are). Returns how many were added.
 */
export async function exportSnippetsAsPack(packs: TeamPacks, packArgument?: unknown): Promise<number> {
  const snippets: Record<string, PackSnippet> = {};
  const skipped: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const dot = vscode.Uri.joinPath(folder.uri, '.vscode');
    const entries = await vscode.workspace.fs.readDirectory(dot).then((list) => list, () => []);
    for (const [name] of entries.filter(([entry]) => entry.endsWith('.code-snippets')).sort()) {
      const uri = vscode.Uri.joinPath(dot, name);
      try {
        const found = snippetsFromCodeSnippets(await readWorkspaceText(uri, PACK_LIMITS.fileBytes), vscode.workspace.asRelativePath(uri));
        Object.assign(snippets, found.snippets);
        for (const name of found.skipped) skipped.push(name);
      } catch (error) {
        void vscode.window.showErrorMessage(`Policy Lens: ${(error as Error).message}`);
      }
    }
  }
  if (Object.keys(snippets).length === 0) {
    void vscode.window.showInformationMessage('Policy Lens: no Markdown snippets in .vscode/*.code-snippets to export.');
    return 0;
  }
  const packUri = typeof packArgument === 'string' ? vscode.Uri.parse(packArgument) : await pickPack(await findWorkspacePacks(), 'Export the workspace snippets into which team pack?');
  if (!packUri) {
    void vscode.window.showInformationMessage('Policy Lens: create a team pack first ("Create Team Pack"), then export the snippets into it.');
    return 0;
  }
  const { loaded, text } = await readValidPack(packUri);
  if (!loaded) return 0;
  const added = Object.entries(snippets).filter(([name]) => !loaded.pack.snippets?.[name]);
  const updated = addSnippetsToPackText(text, added);
  const check = parsePack(updated, packUri.toString(), bundledCorpus);
  if (!check.loaded) {
    void vscode.window.showErrorMessage(`Policy Lens: the snippets would make the pack invalid (${check.problems[0]?.message}); nothing was written.`);
    return 0;
  }
  if (added.length > 0) {
    if (!(await mayWrite(packUri))) return 0;
    await writeText(packUri, updated);
  }
  packs.reload();
  const note = skipped.length > 0 ? ` Left out ${skipped.length} snippet(s) for other languages or without a body.` : '';
  void vscode.window.showInformationMessage(`Policy Lens: added ${added.length} snippet(s) to ${vscode.workspace.asRelativePath(packUri)}.${note}`);
  return added.length;
}

/**
 * Writes a team pack's snippets to `.vscode/<pack>.code-snippets`, for people who share snippets the
 * plain VS Code way. Asks before replacing an existing file. Returns the file written.
 */
export async function importPackSnippets(packs: TeamPacks, packArgument?: unknown, overwrite?: boolean): Promise<vscode.Uri | undefined> {
  const candidates = new Map([...(await packs.loadedPacks()), ...(await findWorkspacePacks())].map((uri) => [uri.toString(), uri]));
  const packUri = typeof packArgument === 'string' ? vscode.Uri.parse(packArgument) : await pickPack([...candidates.values()], 'Import the snippets of which team pack?');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!packUri || !folder) {
    if (!packUri) void vscode.window.showInformationMessage('Policy Lens: no team pack to import snippets from.');
    return undefined;
  }
  const { loaded } = await readValidPack(packUri);
  if (!loaded) return undefined;
  if (Object.keys(loaded.pack.snippets ?? {}).length === 0) {
    void vscode.window.showInformationMessage(`Policy Lens: ${loaded.pack.name} has no snippets.`);
    return undefined;
  }
  const target = vscode.Uri.joinPath(folder.uri, '.vscode', `${idFor(loaded.pack.name, 'team')}.code-snippets`);
  if (!(await mayWrite(target))) return undefined;
  if (await exists(target)) {
    const replace = overwrite ?? (await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} exists. Replace it?`, { modal: true }, 'Replace')) === 'Replace';
    if (!replace) return undefined;
  }
  await writeText(target, codeSnippetsFromPack(loaded.pack));
  void vscode.window.showInformationMessage(`Policy Lens: wrote ${Object.keys(loaded.pack.snippets ?? {}).length} snippet(s) to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
