import { readRegularFile, type SymlinkRoot } from './node-files';

/** A file's text, or why it cannot be linted. */
export type ReadResult = { ok: true; text: string; bytes: Buffer } | { ok: false; message: string };

const BINARY_SNIFF_BYTES = 8000;

/**
 * Reads a file as UTF-8, refusing what is not a regular file, binary files, invalid UTF-8 and files
 * over the size limit (read no further than the limit). Synchronous: each lint thread reads one file
 * at a time anyway, and fs/promises' readFile cost about 8 s of CPU on the 4,956 small files of the
 * bench corpus (parsing them costs about 30 s).
 */
export function readMarkdownFile(path: string, maxBytes: number, root: SymlinkRoot): ReadResult {
  const read = readRegularFile(path, maxBytes, root);
  if ('missing' in read) return { ok: false, message: 'no such file' };
  if ('error' in read) return { ok: false, message: read.error };
  if ('tooLarge' in read) {
    const size = read.tooLarge > maxBytes + 1 ? `${formatBytes(read.tooLarge)}, ` : '';
    return { ok: false, message: `is ${size}over the ${formatBytes(maxBytes)} limit; raise it with --max-file-size` };
  }
  const { bytes } = read;
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, message: 'looks like a binary file (it contains NUL bytes), not Markdown' };
  }
  try {
    // The decoder drops a byte order mark, as editors do, so columns match what the user sees.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, message: `is not valid UTF-8 (first bad byte at ${at}); save it as UTF-8` };
  }
}

/** Where the first byte that breaks UTF-8 is, as "line L, byte B" (both 1-based). */
function firstInvalidUtf8(bytes: Buffer): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xc0) === 0x80;
    // No overlong forms, UTF-16 surrogates or code points past U+10FFFF (RFC 3629).
    const second = bytes[i + 1];
    if (valid && lead === 0xe0) valid = second >= 0xa0;
    if (valid && lead === 0xed) valid = second <= 0x9f;
    if (valid && lead === 0xf0) valid = second >= 0x90;
    if (valid && lead === 0xf4) valid = second <= 0x8f;
    if (!valid) return `line ${line}, byte ${i - lineStart + 1}`;
    if (lead === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return `line ${line}, byte ${bytes.length - lineStart + 1}`;
}

/** "1.5 MB" style sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Parses "8MB", "500KB", "1048576B" into bytes; a size needs its unit. */
export function parseByteSize(text: string): number | undefined {
  // A bare number is refused: "8" could mean bytes or megabytes, and bytes would skip every file.
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2].toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}
