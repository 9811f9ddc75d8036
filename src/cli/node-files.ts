import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileHost, HostRead } from '../core/index';

/**
 * Symbolic links inside the linted root (the working folder) may not lead out of it; `undefined`
 * follows every link (`--follow-symlinks`). Paths outside the root were named on purpose and are read as named.
 */
export type SymlinkRoot = string | undefined;

/** What reading a file's bytes gave. */
export type BytesRead = { readonly bytes: Buffer } | { readonly missing: true } | { readonly tooLarge: number } | { readonly error: string };

// Opening a FIFO for reading waits for a writer; non-blocking, the open returns at once and fstat says what it is.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file, and nothing else: the handle is checked with fstat after opening, so a FIFO,
 * a device (`/dev/zero`, also through a link) or a folder is refused without reading. Reads at most
 * `maxBytes` + 1 bytes, so a sparse or growing file cannot make it read more.
 */
export function readRegularFile(path: string, maxBytes: number, root: SymlinkRoot): BytesRead {
  const escape = symlinkEscape(path, root);
  if (escape) return { error: escape };
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { missing: true } : { error: `cannot be read (${code ?? (error as Error).message})` };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { error: `is ${kindOf(info)}, not a regular file` };
    if (info.size > maxBytes) return { tooLarge: info.size };
    // The size can be wrong (a file that grows, /proc files that say 0): read on, but never past the limit + 1.
    let buffer = Buffer.alloc(Math.min(Math.max(info.size, 64 * 1024), maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, maxBytes + 1 - buffer.length))]);
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { tooLarge: length };
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/** Why a path may not be read because a link leads it out of the root; undefined when it may. */
export function symlinkEscape(path: string, root: SymlinkRoot): string | undefined {
  if (root === undefined) return undefined;
  const lexical = resolve(path);
  if (!isInside(lexical, resolve(root))) return undefined;
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch {
    return undefined; // missing: the read says so
  }
  const realRoot = realpathSync(root);
  return isInside(real, realRoot) ? undefined : `is a symbolic link to ${real}, outside ${realRoot}; pass --follow-symlinks to follow it`;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/** Configurations and packs on Node's file system, read by the same rules as memos. */
export function nodeFileHost(root: SymlinkRoot): FileHost {
  return {
    async read(path: string, maxBytes: number): Promise<HostRead> {
      const read = readRegularFile(path, maxBytes, root);
      if ('error' in read) return { error: `the file ${read.error}` };
      if (!('bytes' in read)) return read;
      try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) };
      } catch {
        return { error: 'the file is not valid UTF-8' };
      }
    },
    async list(folder: string) {
      try {
        return readdirSync(folder);
      } catch {
        return undefined;
      }
    },
    async exists(path: string) {
      try {
        lstatSync(path);
        return true;
      } catch {
        return false;
      }
    },
    join,
    dirname,
    isAbsolute,
  };
}
