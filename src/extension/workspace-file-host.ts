import * as vscode from 'vscode';
import type { FileHost, HostRead } from '../core/index';

/**
 * The engine's file access through `vscode.workspace.fs`, so configurations and packs load on
 * vscode.dev too. Paths are URI strings. Only regular files are read: a FIFO or a device (which the
 * disk file system reports as neither file nor folder) is refused before reading, and so is a
 * symbolic link, which could lead out of the workspace (the CLI's node-files.ts refuses them too).
 */
export const workspaceFileHost: FileHost = {
  async read(path: string, maxBytes: number): Promise<HostRead> {
    const uri = vscode.Uri.parse(path);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.SymbolicLink) return { error: 'it is a symbolic link, which Policy Lens does not follow' };
      if (stat.type & vscode.FileType.Directory) return { error: 'it is a folder, not a file' };
      if (!(stat.type & vscode.FileType.File)) return { error: 'it is not a regular file (a FIFO, a device or a broken link)' };
      if (stat.size > maxBytes) return { tooLarge: stat.size };
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.length > maxBytes) return { tooLarge: bytes.length };
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { missing: true };
      if (error instanceof TypeError) return { error: 'the file is not valid UTF-8' };
      return { error: (error as Error).message };
    }
  },
  async list(folder: string) {
    try {
      return (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(folder))).map(([name]) => name);
    } catch {
      return undefined;
    }
  },
  async exists(path: string) {
    return vscode.workspace.fs.stat(vscode.Uri.parse(path)).then(() => true, () => false);
  },
  join: (folder, relative) => vscode.Uri.joinPath(vscode.Uri.parse(folder), relative).toString(),
  dirname: (path) => vscode.Uri.joinPath(vscode.Uri.parse(path), '..').toString(),
  isAbsolute: (reference) => isUri(reference),
};

/** The largest memo read from disk: the CLI's default --max-file-size. */
export const MAX_MEMO_BYTES = 8 * 1024 * 1024;

/** A file's text through the host's checks (regular file, size, UTF-8); throws an error that says what is wrong. */
export async function readWorkspaceText(uri: vscode.Uri, maxBytes: number): Promise<string> {
  const read = await workspaceFileHost.read(uri.toString(), maxBytes);
  if ('text' in read) return read.text;
  const where = vscode.workspace.asRelativePath(uri);
  if ('missing' in read) throw new Error(`${where} does not exist`);
  if ('tooLarge' in read) throw new Error(`${where} is ${read.tooLarge.toLocaleString('en-US')} bytes, over the limit of ${maxBytes.toLocaleString('en-US')}`);
  throw new Error(`${where}: ${read.error}`);
}

/** Whether a string is a URI ("file:///…", "vscode-vfs://…") rather than a path or a label. */
export function isUri(text: string): boolean {
  return /^[a-z][\w+.-]*:\/\//i.test(text);
}

/** A pack reference from a setting or a config file, as a URI string (absolute paths become file URIs). */
export function absoluteReference(reference: string): string {
  return reference.startsWith('/') ? vscode.Uri.file(reference).toString() : reference;
}
