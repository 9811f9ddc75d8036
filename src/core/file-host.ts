/** What reading a file gave. */
export type HostRead = { readonly text: string } | { readonly missing: true } | { readonly tooLarge: number } | { readonly error: string };

/**
 * The file access the engine needs to find configurations and packs; the CLI gives Node's file
 * system, the extension `vscode.workspace.fs`. Paths are the host's own: file paths or URI strings.
 * A host reads regular files only, never more than the limit (plus one byte to tell it was over).
 */
export interface FileHost {
  /** Reads a UTF-8 file, without reading more than `maxBytes` (+1). */
  read(path: string, maxBytes: number): Promise<HostRead>;
  /** The names in a folder, or undefined when it cannot be listed. */
  list(folder: string): Promise<readonly string[] | undefined>;
  /** Whether anything (file, folder, link) has this path. */
  exists(path: string): Promise<boolean>;
  join(folder: string, relative: string): string;
  dirname(path: string): string;
  /** Whether a reference is an absolute path (or URI) rather than one relative to the configuration. */
  isAbsolute(reference: string): boolean;
}
