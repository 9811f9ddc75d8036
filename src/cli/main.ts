import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { explainTerm } from './commands/explain';
import { runLint, type LintInputProblem } from './commands/lint';
import { initPack, validatePacks } from './commands/pack';
import { importPack } from './commands/pack-import';
import { runReport } from './commands/report';
import { searchCorpus } from './commands/search';
import { createGithubFormatter } from './formatters/github';
import { formatJson } from './formatters/json';
import { createSarifFormatter } from './formatters/sarif';
import { createStylishFormatter } from './formatters/stylish';
import type { Formatter } from './formatters/types';
import { outputOf, type Output } from './output';
import { parseByteSize } from './read';
import { corpusForConfig } from './pack-corpus';
import { describePackProblem } from './pack-problems';
import { closestWord, ConfigLookup, renderHtml, renderJson, renderMarkdown } from '../core/index';
import { nodeFileHost } from './node-files';

declare const POLICY_LENS_VERSION: string;
const VERSION = typeof POLICY_LENS_VERSION === 'string' ? POLICY_LENS_VERSION : '0.0.0-dev';

/** Exit codes: the public contract for CI. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const USAGE = `Usage: policy-lens <command> [options]

Commands:
  lint [files|folders|globs...]   Check Markdown memos (default: the current folder)
  report [files|folders|globs...] Review report per memo: findings, acronyms, terms, recommendations, readability
  explain TERM                    Show a glossary entry and its linked recommendations
  search QUERY                    Fuzzy-search recommendations and terms
  pack validate FILE...           Check team packs (*.policypack.json)
  pack init [FILE]                Start a team pack (--name NAME, --from MEMOS... adds their acronyms)
  pack import GLOSSARY            Make a pack from a glossary spreadsheet (.csv, .tsv) or Markdown table
                                  (--out FILE, --name NAME)

Lint options:
  --format stylish|json|sarif|github   Output format (default: stylish)
  --config FILE                        Use this configuration instead of the nearest .policylens.json
  --max-warnings N                     Exit 1 when there are more than N warnings (default: -1, no limit)
  --quiet                              Report errors only (warnings still count for --max-warnings)
  --include-info                       Also print information findings in the stylish and github formats
                                       (by default only rules the configuration sets to "info" print them)
  --max-file-size SIZE                 Skip larger files with a message (default: 8MB)
  --concurrency N|auto                 Worker threads (default: auto, every core for large runs)
  --follow-symlinks                    Follow symbolic links that lead out of the working folder
                                       (by default such files are refused, as are FIFOs and devices)
  --no-color                           Plain output
  --fix                                Apply every safe fix to the files, then report what is left
  --fix-dry-run                        Print the fixes as a unified diff instead (exit 1 when a file would change)

Report options:
  --format md|html|json                Output format (default: md); --config, --max-file-size and
                                       --follow-symlinks as for lint

Other options:
  --format text|json                   For explain and search
  --config FILE                        For explain and search: the configuration whose packs to use
  --limit N                            Number of search results (default: 10)
  -h, --help, -v, --version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings over the threshold
(for report: a memo with errors), 2 usage, configuration or input errors.
`;

/** Where the CLI writes; injectable so tests can run it in-process. */
export interface Io {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readonly isTty: boolean;
  /** The CLI bundle, which can run itself as a lint worker thread; absent in tests, which lint in-process. */
  readonly workerScript?: string;
}

class UsageError extends Error {}

const HINT = 'Run "policy-lens --help" for the commands and their options.';
const COMMANDS = ['lint', 'report', 'explain', 'search', 'pack'];

type OptionSpec = Record<string, { type: 'string' | 'boolean'; default?: string | boolean; multiple?: boolean }>;

/** `parseArgs`, with its errors said in one line that names the command and, for a typo, the option meant. */
function parseCommandArgs<T extends OptionSpec>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw error;
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = closestWord(option.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError(`unknown option ${option} for ${command}${near ? `; did you mean --${near}?` : ''}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(options[option.replace(/^-+/, '')]?.type === 'boolean' ? `${option} takes no value` : `${option} needs a value, as in ${option}=${EXAMPLE_VALUES[option] ?? 'VALUE'}`);
    }
    throw new UsageError(message.split('. ')[0]);
  }
}

const EXAMPLE_VALUES: Record<string, string> = { '--format': 'json', '--config': '.policylens.json', '--max-warnings': '0', '--max-file-size': '8MB', '--concurrency': '2', '--limit': '5', '--name': 'trade-office', '--from': 'memos/', '--out': 'team.policypack.json' };

/** The commands' view of the `Io`: its writes go through the safe `Output`. */
type CliIo = Omit<Io, 'stdout' | 'stderr'> & Output;

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  const io: CliIo = { cwd: rawIo.cwd, isTty: rawIo.isTty, workerScript: rawIo.workerScript, ...outputOf(rawIo) };
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`policy-lens: ${error.message}\n${HINT}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  switch (command) {
    case 'lint':
      return lintCommand(rest, io);
    case 'report':
      return reportCommand(rest, io);
    case 'explain':
    case 'search':
      return lookupCommand(command, rest, io);
    case 'pack':
      return packCommand(rest, io);
    default: {
      const near = closestWord(command, COMMANDS);
      throw new UsageError(`unknown command "${command}"${near ? `; did you mean "${near}"?` : ''}`);
    }
  }
}

async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', args, {
      format: { type: 'string', default: 'stylish' },
      config: { type: 'string' },
      'max-warnings': { type: 'string', default: '-1' },
      quiet: { type: 'boolean', default: false },
      'include-info': { type: 'boolean', default: false },
      'max-file-size': { type: 'string', default: '8MB' },
      'no-color': { type: 'boolean', default: false },
      concurrency: { type: 'string', default: 'auto' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      'follow-symlinks': { type: 'boolean', default: false },
  });
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined; --fix-dry-run shows what --fix would write');
  const format = values.format ?? 'stylish';
  const formatter = pickFormatter(format, io.isTty && !values['no-color'], { quiet: values.quiet ?? false, includeInfo: values['include-info'] ?? false });
  const maxWarnings = /^-?\d+$/.test(values['max-warnings'] ?? '') ? Number(values['max-warnings']) : NaN;
  if (!Number.isInteger(maxWarnings)) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
  const concurrency = values.concurrency === 'auto' ? 'auto' : Number(values.concurrency);
  if (concurrency !== 'auto' && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new UsageError(`--concurrency takes a positive whole number or "auto", not "${values.concurrency}"`);
  }
  const maxFileBytes = parseByteSize(values['max-file-size'] ?? '');
  if (maxFileBytes === undefined) throw new UsageError(`--max-file-size takes a size with its unit, such as 8MB or 500KB, not "${values['max-file-size']}"`);

  const outcome = await runLint({
    inputs: positionals.length > 0 ? positionals : ['.'],
    cwd: io.cwd,
    configFile: values.config,
    quiet: values.quiet ?? false,
    maxFileBytes,
    workerScript: io.workerScript,
    concurrency,
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    followSymlinks: values['follow-symlinks'],
  });
  if (values['fix-dry-run']) {
    io.stdout(outcome.diffs.join(''));
    for (const problem of outcome.problems) io.stderr(`policy-lens: ${describeProblem(problem)}\n`);
    if (outcome.problems.length > 0) return EXIT.usage;
    io.stderr(`policy-lens: ${outcome.diffs.length} file${outcome.diffs.length === 1 ? '' : 's'} would be fixed\n`);
    return outcome.diffs.length > 0 ? EXIT.findings : EXIT.ok;
  }
  if (values.fix) io.stderr(`policy-lens: fixed ${outcome.diffs.length} file${outcome.diffs.length === 1 ? '' : 's'}\n`);
  // github and stylish escape every field themselves, and print what plain text may not: annotations, colours.
  const print = format === 'github' ? io.annotations : format === 'stylish' ? io.styled : io.stdout;
  const { exitCode, reason } = lintVerdict(outcome.problems.length, outcome.counts, maxWarnings);
  print(formatter(outcome.results, { failed: exitCode !== EXIT.ok, reason }));
  for (const note of outcome.notes) io.stderr(`policy-lens: ${note}\n`);
  for (const problem of outcome.problems) io.stderr(`policy-lens: ${describeProblem(problem)}\n`);
  if (exitCode === EXIT.findings && maxWarnings >= 0 && outcome.counts.warnings > maxWarnings) io.stderr(`policy-lens: ${reason}\n`);
  return exitCode;
}

/** The exit code of a lint run and, when it fails, why in a few words: what the summary line and stderr say. */
function lintVerdict(problems: number, { errors, warnings }: { errors: number; warnings: number }, maxWarnings: number): { exitCode: number; reason?: string } {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (problems > 0) return { exitCode: EXIT.usage, reason: `${plural(problems, 'input or configuration problem')} (on stderr)` };
  if (errors > 0) return { exitCode: EXIT.findings, reason: plural(errors, 'error') };
  if (maxWarnings >= 0 && warnings > maxWarnings) return { exitCode: EXIT.findings, reason: `${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings}` };
  return { exitCode: EXIT.ok };
}

const REPORT_RENDERERS = { md: renderMarkdown, html: (report: Parameters<typeof renderHtml>[0]) => renderHtml(report), json: renderJson } as const;

async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, { format: { type: 'string', default: 'md' }, config: { type: 'string' }, 'max-file-size': { type: 'string', default: '8MB' }, 'follow-symlinks': { type: 'boolean', default: false } });
  const format = values.format ?? 'md';
  if (!(format in REPORT_RENDERERS)) throw new UsageError(`unknown format "${format}"; expected md, html or json`);
  const maxFileBytes = parseByteSize(values['max-file-size'] ?? '');
  if (maxFileBytes === undefined) throw new UsageError(`--max-file-size takes a size with its unit, such as 8MB or 500KB, not "${values['max-file-size']}"`);
  const outcome = await runReport({ inputs: positionals.length > 0 ? positionals : ['.'], cwd: io.cwd, configFile: values.config, maxFileBytes, version: VERSION, followSymlinks: values['follow-symlinks'] });
  io.stdout(REPORT_RENDERERS[format as keyof typeof REPORT_RENDERERS](outcome.report));
  for (const problem of outcome.problems) io.stderr(`policy-lens: ${describeProblem(problem)}\n`);
  if (outcome.problems.length > 0) return EXIT.usage;
  return outcome.report.memos.some((memo) => memo.counts.error > 0) ? EXIT.findings : EXIT.ok;
}

function describeProblem(problem: LintInputProblem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return `${where}: ${problem.message}`;
}

function pickFormatter(name: string, color: boolean, options: { quiet: boolean; includeInfo: boolean }): Formatter {
  switch (name) {
    case 'stylish':
      return createStylishFormatter(color, options);
    case 'json':
      return formatJson;
    case 'sarif':
      return createSarifFormatter(VERSION);
    case 'github':
      return createGithubFormatter(options);
    default:
      throw new UsageError(`unknown format "${name}"; expected stylish, json, sarif or github`);
  }
}

async function lookupCommand(command: 'explain' | 'search', args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(command, args, { format: { type: 'string', default: 'text' }, limit: { type: 'string', default: '10' }, config: { type: 'string' } });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}"; expected text or json`);
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError(`${command} needs a ${command === 'explain' ? 'term' : 'query'}`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a positive whole number, not "${values.limit}"`);
  const host = nodeFileHost(io.cwd);
  const lookup = new ConfigLookup(host, values.config && resolve(io.cwd, values.config));
  const loaded = await lookup.forFile(join(io.cwd, 'memo.md'));
  const corpus = await corpusForConfig(loaded, host);
  const problems = [...loaded.problems.map((problem) => ({ ...problem, severity: 'error' as const })), ...corpus.problems];
  for (const problem of problems) io.stderr(`policy-lens: ${describePackProblem(problem, io.cwd)}\n`);
  const output = command === 'explain' ? explainTerm(query, format, corpus.index) : searchCorpus(query, format, limit, corpus.index);
  io.stdout(output.stdout);
  io.stderr(output.stderr);
  // As with lint: the answer is given with what loaded, and a broken configuration or pack still fails the run.
  return problems.some((problem) => problem.severity === 'error') ? Math.max(output.exitCode, EXIT.usage) : output.exitCode;
}

async function packCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  const { values, positionals } = parseCommandArgs(`pack ${subcommand ?? ''}`.trim(), rest, { name: { type: 'string' }, from: { type: 'string', multiple: true }, out: { type: 'string' } });
  let output;
  if (subcommand === 'validate') {
    if (positionals.length === 0) throw new UsageError('pack validate needs one or more pack files');
    output = await validatePacks(positionals, io.cwd);
  } else if (subcommand === 'init') {
    if (positionals.length > 1) throw new UsageError('pack init takes one file name');
    output = await initPack({ file: positionals[0], name: values.name, from: values.from ?? [], cwd: io.cwd, today: new Date().toISOString().slice(0, 10) });
  } else if (subcommand === 'import') {
    if (positionals.length !== 1) throw new UsageError('pack import takes one glossary file (.csv, .tsv or .md)');
    output = await importPack({ glossary: positionals[0], out: values.out, name: values.name, cwd: io.cwd });
  } else {
    throw new UsageError(subcommand ? `unknown pack command "${subcommand}"; expected validate, init or import` : 'pack needs a command: validate, init or import');
  }
  io.stdout(output.stdout);
  io.stderr(output.stderr);
  return output.exitCode;
}
