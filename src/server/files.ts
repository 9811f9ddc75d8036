import { URI, Utils } from 'vscode-uri';
import type { FileHost } from '../core/index';

/**
 * How the server reads configuration and pack files: Node's file system in the bin, the client's in
 * a Web Worker. Paths are URI strings, so the same lookup works on `file:` and virtual workspaces.
 */
export type ServerFiles = FileHost;

/** Whether a string is a URI ("file:///…", "vscode-vfs://…") rather than a path or a label. */
export function isUri(text: string): boolean {
  return /^[a-z][\w+.-]*:\/\//i.test(text);
}

/** Joining and walking up URI strings, the same for every host. */
export const uriPaths: Pick<ServerFiles, 'join' | 'dirname' | 'isAbsolute'> = {
  join: (folder, relative) => Utils.joinPath(URI.parse(folder), relative).toString(),
  dirname: (path) => Utils.dirname(URI.parse(path)).toString(),
  isAbsolute: isUri,
};

/** A pack reference as a URI string: absolute paths become `file:` URIs; relative ones stay relative. */
export function absoluteReference(reference: string): string {
  return reference.startsWith('/') ? URI.file(reference).toString() : reference;
}

/** The same URI string however a client spelled it (`file:///C%3A/…` and `file:///c:/…` alike). */
export function normalizeUri(uri: string): string {
  return URI.parse(uri).toString();
}
