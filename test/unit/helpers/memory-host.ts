import type { FileHost, HostRead } from '../../../src/core/index';

/**
 * An in-memory file system with `/`-separated paths, for the configuration lookup and pack loading.
 * Folders exist implicitly (any prefix of a file); `unreadable` paths exist but fail to read.
 */
export function memoryHost(files: Record<string, string>, unreadable: Record<string, string> = {}): FileHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(path, maxBytes): Promise<HostRead> {
      reads.push(path);
      if (path in unreadable) return { error: unreadable[path] };
      const text = files[path];
      if (text === undefined) return { missing: true };
      return text.length > maxBytes ? { tooLarge: text.length } : { text };
    },
    async list(folder) {
      const prefix = `${folder}/`;
      return Object.keys(files).filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/')).map((path) => path.slice(prefix.length));
    },
    async exists(path) {
      return path in files || path in unreadable || Object.keys(files).some((file) => file.startsWith(`${path}/`));
    },
    join: (folder, relative) => `${folder}/${relative}`.replace(/\/+\.?\//g, '/'),
    dirname: (path) => path.replace(/\/[^/]*$/, '') || '/',
    isAbsolute: (reference) => reference.startsWith('/'),
  };
}
