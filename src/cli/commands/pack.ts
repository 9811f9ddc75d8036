import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  analyzeDocument,
  buildTeamCorpus,
  bundledCorpus,
  getBundledIndex,
  newlyDefinedAcronyms,
  PACK_FILE_SUFFIX,
  parseMarkdown,
  parsePack,
  readPack,
  scaffoldPack,
  idFor,
  type LoadedPack,
  type PackProblem,
} from '../../core/index';
import { discoverFiles, displayPath } from '../files';
import { describePackProblem } from '../pack-problems';
import { nodeFileHost } from '../node-files';
import { readMarkdownFile } from '../read';

/** What a pack subcommand printed and its exit code. */
export interface PackCommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * `policy-lens pack validate FILE...`: every problem as file:line:column, exit 2 when any pack is
 * invalid. Packs given together are also checked against each other, in order, for conflicting entries.
 */
export async function validatePacks(files: readonly string[], cwd: string): Promise<PackCommandOutput> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const valid: LoadedPack[] = [];
  let invalid = 0;
  const describe = (problem: PackProblem) => describePackProblem(problem, cwd);
  for (const file of files) {
    const { loaded, problems } = await readPack(resolve(cwd, file), nodeFileHost(cwd), bundledCorpus);
    for (const problem of problems) stderr.push(describe(problem));
    if (!loaded) {
      invalid++;
      continue;
    }
    valid.push(loaded);
    const { terms = [], recommendations = [], sources = [], snippets = {} } = loaded.pack;
    stdout.push(`${file}: valid (${loaded.pack.name} ${loaded.pack.version}: ${terms.length} terms, ${recommendations.length} recommendations, ${sources.length} source${sources.length === 1 ? '' : 's'}, ${Object.keys(snippets).length} snippets)`);
  }
  for (const conflict of buildTeamCorpus(bundledCorpus, valid).conflicts) stderr.push(describe(conflict));
  if (invalid > 0) stderr.push(`${invalid} of ${files.length} pack${files.length === 1 ? '' : 's'} invalid`);
  return { stdout: lines(stdout), stderr: lines(stderr), exitCode: invalid > 0 ? 2 : 0 };
}

/**
 * `policy-lens pack init [FILE] [--name NAME] [--from MEMOS...]`: writes a new pack, with a term for
 * each acronym the memos define that the glossary lacks. Never overwrites an existing file.
 */
export async function initPack(options: { file?: string; name?: string; from: readonly string[]; cwd: string; today: string }): Promise<PackCommandOutput> {
  const file = options.file ?? `team${PACK_FILE_SUFFIX}`;
  if (!file.endsWith(PACK_FILE_SUFFIX)) return failure(`the pack file name must end in ${PACK_FILE_SUFFIX}, as in team${PACK_FILE_SUFFIX}`);
  const name = options.name ?? idFor(basename(file, PACK_FILE_SUFFIX), 'team');
  const stderr: string[] = [];
  const memos: { where: string; analysis: ReturnType<typeof analyzeDocument> }[] = [];
  if (options.from.length > 0) {
    const { files, problems } = await discoverFiles(options.from, options.cwd);
    for (const problem of problems) stderr.push(`policy-lens: ${problem.file}: ${problem.message}`);
    for (const memo of files) {
      const read = readMarkdownFile(memo, 8 * 1024 * 1024, options.cwd);
      const where = displayPath(memo, options.cwd);
      if (!read.ok) stderr.push(`policy-lens: ${where}: ${read.message}`);
      else memos.push({ where, analysis: analyzeDocument(parseMarkdown(read.text), getBundledIndex()) });
    }
    // A pack scaffolded from some of the memos asked for would look complete; write none instead.
    if (stderr.length > 0) return { stdout: '', stderr: lines([...stderr, 'policy-lens: nothing was written']), exitCode: 2 };
  }
  const acronyms = newlyDefinedAcronyms(memos);
  const text = scaffoldPack(name, acronyms, options.today);
  const check = parsePack(text, file, bundledCorpus);
  if (!check.loaded) return failure(`the pack name "${name}" is not valid: ${check.problems[0]?.message}; choose another with --name`);
  const path = resolve(options.cwd, file);
  try {
    await writeFile(path, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failure(code === 'EEXIST' ? `${file} already exists; nothing was written` : `cannot write ${file} (${code ?? (error as Error).message})`);
  }
  const from = acronyms.length > 0 ? ` with ${acronyms.length} acronym${acronyms.length === 1 ? '' : 's'} defined in the memos (${acronyms.map((a) => a.acronym).join(', ')}); replace their placeholder definitions` : '';
  return { stdout: `wrote ${file}${from}\nAdd it to .policylens.json: "packs": ["${file}"]\n`, stderr: lines(stderr), exitCode: 0 };
}

export function failure(message: string): PackCommandOutput {
  return { stdout: '', stderr: `policy-lens: ${message}\n`, exitCode: 2 };
}

export function lines(list: readonly string[]): string {
  return list.length > 0 ? list.join('\n') + '\n' : '';
}
