import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigLookup } from '../../core/index';
import { discoverFiles, displayPath } from '../files';
import type { FileResult } from '../formatters/types';
import { fixDiff, fixFile, writeFixedFile } from '../fix-files';
import { lintFile, type LintJob } from '../lint-file';
import { lintAll } from '../lint-pool';
import { ConfigProblems, type InputProblem } from '../config-problems';
import { nodeFileHost } from '../node-files';
import { corpusForConfig } from '../pack-corpus';

/** What `policy-lens lint` was asked to do. */
export interface LintRequest {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly configFile?: string;
  readonly quiet: boolean;
  readonly maxFileBytes: number;
  /** The CLI bundle, run again as a worker thread to lint on every core; without it, linting stays in-process. */
  readonly workerScript?: string;
  /** Worker threads to lint with; `auto` uses every core for large runs and none for small ones. */
  readonly concurrency: number | 'auto';
  /** `write` applies every safe fix to the files (`--fix`); `dry-run` only collects their diffs (`--fix-dry-run`). */
  readonly fix?: 'write' | 'dry-run';
  /** Follow symbolic links out of the working folder (--follow-symlinks). */
  readonly followSymlinks?: boolean;
}

/** A problem that kept a file or configuration from being used, named by file and position. */
export type LintInputProblem = InputProblem;

/** Lint results, plus the inputs that could not be read and the notes worth telling the user. */
export interface LintOutcome {
  readonly results: FileResult[];
  readonly problems: LintInputProblem[];
  readonly notes: string[];
  /** Errors and warnings found, counted before --quiet hides warnings, so --max-warnings still applies. */
  readonly counts: { errors: number; warnings: number };
  /** With `fix`: a unified diff per file that fixes change (dry run) or changed (written). */
  readonly diffs: string[];
}

/** Lints every file the inputs name; a bad file or configuration is reported and the rest still run. */
export async function runLint(request: LintRequest): Promise<LintOutcome> {
  const symlinkRoot = request.followSymlinks ? undefined : request.cwd;
  const host = nodeFileHost(symlinkRoot);
  const { files, problems: inputProblems } = await discoverFiles(request.inputs, request.cwd, request.followSymlinks);
  const problems: LintInputProblem[] = inputProblems.map((problem) => ({ file: problem.file, message: problem.message }));
  const lookup = new ConfigLookup(host, request.configFile && resolve(request.cwd, request.configFile));
  const configProblems = new ConfigProblems(request.cwd);
  const jobs: LintJob[] = [];
  let totalBytes = 0;
  for (const file of files) {
    const loaded = await lookup.forFile(file);
    const corpus = await corpusForConfig(loaded, host);
    configProblems.add(loaded, corpus);
    jobs.push({ path: file, config: loaded.config, packFiles: corpus.packFiles, maxFileBytes: request.maxFileBytes, symlinkRoot });
    totalBytes += (await stat(file).catch(() => undefined))?.size ?? 0;
  }
  for (const problem of configProblems.problems) problems.push(problem);
  const notes = [...configProblems.notes];
  const outcomes = await lintAll(jobs, totalBytes, request.workerScript, request.concurrency);
  const diffs: string[] = [];
  if (request.fix) {
    for (const [index, outcome] of outcomes.entries()) {
      if (!outcome.ok || !outcome.findings.some((finding) => finding.fix)) continue;
      const shown = displayPath(files[index], request.cwd);
      const fixed = await fixFile(jobs[index]);
      if (!fixed) continue;
      if ('message' in fixed) {
        problems.push({ file: shown, message: `cannot be fixed: ${fixed.message}` });
        continue;
      }
      if (request.fix === 'write') {
        const notWritten = writeFixedFile(fixed, request.cwd);
        if (notWritten) {
          problems.push({ file: shown, message: notWritten });
          continue;
        }
        // Report what is left after fixing, as ESLint does.
        outcomes[index] = await lintFile(jobs[index]);
      }
      diffs.push(fixDiff(fixed, shown));
    }
  }
  const results: FileResult[] = [];
  const counts = { errors: 0, warnings: 0 };
  outcomes.forEach((outcome, index) => {
    const shown = displayPath(files[index], request.cwd);
    if (!outcome.ok) {
      problems.push({ file: shown, message: outcome.message });
      return;
    }
    for (const finding of outcome.findings) {
      if (finding.severity === 'error') counts.errors++;
      else if (finding.severity === 'warning') counts.warnings++;
    }
    if (outcome.empty) notes.push(`${shown}: the file is empty; nothing to check`);
    results.push({ file: shown, findings: request.quiet ? outcome.findings.filter((finding) => finding.severity === 'error') : outcome.findings });
  });
  return { results, problems, notes, counts, diffs };
}
