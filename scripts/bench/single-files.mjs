// Single large files for the scaling rows: the corpus's files joined in order until a size is reached.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes one file each of the given sizes (in MB) from the corpus files; returns their paths and sizes. */
export function writeSingleFiles(files, sizesMb, folder) {
  const largest = Math.max(...sizesMb) * 1024 * 1024;
  const parts = [];
  let length = 0;
  for (let i = 0; length < largest; i = (i + 1) % files.length) {
    const text = readFileSync(files[i], 'utf8');
    parts.push(text);
    length += text.length + 2;
  }
  const joined = parts.join('\n\n');
  return sizesMb.map((mb) => {
    // Cut at a line break, so no file ends in the middle of a word.
    const end = joined.lastIndexOf('\n', mb * 1024 * 1024) + 1;
    const path = join(folder, `single-${mb}mb.md`);
    writeFileSync(path, joined.slice(0, end));
    return { mb, path, bytes: Buffer.byteLength(joined.slice(0, end)) };
  });
}
