import * as vscode from 'vscode';
import type { HostRead, PackHost } from '../../core/index';

/** Pack loading through `vscode.workspace.fs`, so packs load on vscode.dev too. Paths are URI strings. */
export const workspacePackHost: PackHost = {
  async read(path: string, maxBytes: number): Promise<HostRead> {
    const uri = vscode.Uri.parse(path);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return { error: 'it is a folder, not a file' };
      if (stat.size > maxBytes) return { tooLarge: stat.size };
      const bytes = await vscode.workspace.fs.readFile(uri);
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
  join: (folder, relative) => vscode.Uri.joinPath(vscode.Uri.parse(folder), relative).toString(),
  dirname: (path) => vscode.Uri.joinPath(vscode.Uri.parse(path), '..').toString(),
  isAbsolute: (reference) => isUri(reference),
};

/** Whether a string is a URI ("file:///…", "vscode-vfs://…") rather than a path or a label. */
export function isUri(text: string): boolean {
  return /^[a-z][\w+.-]*:\/\//i.test(text);
}

/** A pack reference from a setting or a config file, as a URI string (absolute paths become file URIs). */
export function absoluteReference(reference: string): string {
  return reference.startsWith('/') ? vscode.Uri.file(reference).toString() : reference;
}
