import { open, readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { HostRead, PackHost } from '../core/index';

/** Pack loading on Node's file system; reads no more of a file than the limit allows. */
export const nodePackHost: PackHost = {
  async read(path: string, maxBytes: number): Promise<HostRead> {
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? { missing: true } : { error: code ?? (error as Error).message };
    }
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) return { tooLarge: size };
      const bytes = await handle.readFile();
      try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return { error: 'the file is not valid UTF-8' };
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { error: code === 'EISDIR' ? 'it is a folder, not a file' : (code ?? (error as Error).message) };
    } finally {
      await handle.close();
    }
  },
  async list(folder: string) {
    return readdir(folder).catch(() => undefined);
  },
  join,
  dirname,
  isAbsolute,
};
