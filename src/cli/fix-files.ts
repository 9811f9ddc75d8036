import { lstatSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { fixAll } from '../core/index';
import { lintOptionsFor, type LintJob } from './lint-file';
import { readMarkdownFile } from './read';

const BYTE_ORDER_MARK = '\uFEFF';

/** A file's text before and after every safe fix, and the bytes it had when read (to notice a change before writing). */
export interface FixedFile {
  readonly path: string;
  readonly before: string;
  readonly after: string;
  readonly applied: number;
  readonly bytes: Buffer;
}

/** Applies every safe fix to a file's text in memory; undefined when nothing changes. */
export async function fixFile(job: LintJob): Promise<FixedFile | { message: string } | undefined> {
  const read = readMarkdownFile(job.path, job.maxFileBytes, job.symlinkRoot);
  if (!read.ok) return { message: read.message };
  const result = fixAll(read.text, await lintOptionsFor(job));
  if (result.text === read.text) return undefined;
  return { path: job.path, before: read.text, after: result.text, applied: result.applied, bytes: read.bytes };
}

/**
 * Writes a fixed file, only if it is a regular file (not a link) inside `root` and still holds the
 * bytes that were fixed; it goes to a temporary file beside it first, then replaces it in one rename.
 * Returns why it was not written, or undefined.
 */
export function writeFixedFile(fixed: FixedFile, root: string): string | undefined {
  let real: string;
  try {
    const info = lstatSync(fixed.path);
    if (!info.isFile()) return 'not written: it is not a regular file';
    real = realpathSync(fixed.path);
    const inside = relative(realpathSync(root), real);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return `not written: it is outside ${root}, the folder policy-lens runs in`;
    if (!readFileSync(real).equals(fixed.bytes)) return 'not written: the file changed since it was read';
    const temporary = join(dirname(real), `.${basename(real)}.policy-lens-fix-${process.pid}.tmp`);
    const text = fixed.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? BYTE_ORDER_MARK + fixed.after : fixed.after;
    try {
      writeFileSync(temporary, text, { flag: 'wx', mode: info.mode & 0o777 });
      renameSync(temporary, real);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  } catch (error) {
    return `not written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
  return undefined;
}

/** A unified diff of one fixed file, with paths as the user gave them. */
export function fixDiff(fixed: FixedFile, shownPath: string): string {
  const patch = createTwoFilesPatch(`a/${shownPath}`, `b/${shownPath}`, fixed.before, fixed.after, undefined, undefined, { context: 3 });
  // jsdiff starts with a line of "=" that `patch` and `git apply` do not need.
  return patch.replace(/^=+\n/, '');
}
