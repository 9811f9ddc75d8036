import * as vscode from 'vscode';
import { bundledCorpus, PACK_FILE_SUFFIX, PACK_LIMITS, parsePack, SKIPPED_FOLDERS, type LoadedPack } from '../../core/index';
import { readWorkspaceText } from '../workspace-file-host';

/** The team packs in the workspace (not those inside installed packages, which are not ours to edit). */
export async function findWorkspacePacks(): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(`**/*${PACK_FILE_SUFFIX}`, `**/{${SKIPPED_FOLDERS.join(',')}}/**`, 200);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Asks which pack to use; with one candidate, takes it. */
export async function pickPack(candidates: readonly vscode.Uri[], title: string): Promise<vscode.Uri | undefined> {
  if (candidates.length <= 1) return candidates[0];
  const chosen = await vscode.window.showQuickPick(
    candidates.map((uri) => ({ label: uri.path.split('/').pop()!, description: vscode.workspace.asRelativePath(uri), uri })),
    { title, placeHolder: 'Team pack' },
  );
  return chosen?.uri;
}

/** The document of a file when it is open in VS Code. */
function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/** A pack's text: the editor's when it is open (with unsaved edits), else the file's (regular, within the pack size limit). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return openDocument(uri)?.getText() ?? readWorkspaceText(uri, PACK_LIMITS.fileBytes);
}

/** Reads and validates a pack, saying what is wrong when it is not valid. */
export async function readValidPack(uri: vscode.Uri): Promise<{ loaded?: LoadedPack; text: string }> {
  const text = await readText(uri);
  const { loaded, problems } = parsePack(text, uri.toString(), bundledCorpus);
  if (!loaded) {
    void vscode.window.showErrorMessage(`Policy Lens: ${vscode.workspace.asRelativePath(uri)} has ${problems.length} problem(s) (line ${problems[0]?.line}: ${problems[0]?.message}); fix them first.`);
  }
  return { loaded, text };
}

/** Replaces a file's text: through the editor (undoable, then saved) when it is open, else on disk. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  const open = openDocument(uri);
  if (!open) {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  await open.save();
}

/** Whether a file exists. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/** Today as YYYY-MM-DD, for "as of" dates. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
