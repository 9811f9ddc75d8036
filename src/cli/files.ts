import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SKIPPED_FOLDERS } from '../core/index';

/** A problem with one of the paths given on the command line. */
export interface InputProblem {
  readonly file: string;
  readonly message: string;
}

const SKIPPED = new Set(SKIPPED_FOLDERS);
const SKIPPED_GLOBS = SKIPPED_FOLDERS.map((folder) => `**/${folder}/**`);
const MARKDOWN = /\.(md|markdown)$/i;

/**
 * Expands files, folders (every Markdown file below) and globs into a sorted list of unique files.
 * Folders and globs do not follow links unless `followSymlinks`; a file named as such is checked where it is read.
 */
export async function discoverFiles(inputs: readonly string[], cwd: string, followSymlinks = false): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    // A file or folder that exists is taken as named, even when its name looks like a pattern ("memo (1).md").
    const exists = await stat(resolve(cwd, input)).then(() => true, () => false);
    if (!exists && isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, absolute: true, ignore: SKIPPED_GLOBS, dot: false, followSymbolicLinks: followSymlinks });
      if (matches.length === 0) problems.push({ file: input, message: 'no files match this pattern' });
      for (const match of matches.sort(byCodeUnits)) files.add(match);
      continue;
    }
    const path = resolve(cwd, input);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      problems.push({ file: input, message: info.code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${info.code ?? info.message})` });
    } else if (info.isDirectory()) {
      const found: string[] = [];
      await markdownFilesBelow(path, problems, found);
      if (found.length === 0) problems.push({ file: input, message: 'the folder holds no Markdown files' });
      for (const file of found) files.add(file);
    } else {
      files.add(path);
    }
  }
  return { files: [...files], problems };
}

/** Adds the Markdown files below a folder to `found`; links are not followed (a link is neither a file nor a folder here). */
async function markdownFilesBelow(folder: string, problems: InputProblem[], found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    problems.push({ file: folder, message: `folder cannot be read (${error.code ?? error.message})` });
    return [];
  });
  for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) await markdownFilesBelow(path, problems, found);
    } else if (entry.isFile() && MARKDOWN.test(entry.name)) {
      found.push(path);
    }
  }
}

/** One order for folders and globs alike: by UTF-16 code units, the same on every machine and locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A path as shown to the user: relative to the working folder when below it, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') ? rel : file;
  return shown.split(sep).join('/');
}
