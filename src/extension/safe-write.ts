import * as vscode from 'vscode';
import { linkOnTheWay, type PathKind } from '../core/index';

/** Why writing a file could change something outside its workspace folder; undefined when it cannot. */
export async function writeEscape(uri: vscode.Uri): Promise<string | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return `${uri.scheme === 'file' ? uri.fsPath : uri.toString()} is outside the workspace`;
  const segments = uri.path.slice(folder.uri.path.length).split('/').filter((segment) => segment !== '');
  const link = await linkOnTheWay(folder.uri.toString(), segments, (path, name) => vscode.Uri.joinPath(vscode.Uri.parse(path), name).toString(), kindOf);
  return link ? `${vscode.workspace.asRelativePath(vscode.Uri.parse(link))} is a symbolic link, so writing through it could change a file outside the workspace` : undefined;
}

/**
 * Whether a command may write this file: inside its workspace folder, through no symbolic link (a
 * broken one included). When not, says why and writes nothing.
 */
export async function mayWrite(uri: vscode.Uri): Promise<boolean> {
  const escape = await writeEscape(uri);
  if (escape) void vscode.window.showErrorMessage(`Policy Lens: ${escape}; nothing was written.`);
  return escape === undefined;
}

async function kindOf(path: string): Promise<PathKind> {
  const uri = vscode.Uri.parse(path);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  // The parent's listing, not stat: it names a link as a link even when the link is broken.
  const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(uri, '..')).then((list) => list, () => []);
  const entry = entries.find(([entryName]) => entryName === name);
  if (!entry) return 'missing';
  return entry[1] & vscode.FileType.SymbolicLink ? 'link' : 'other';
}
