import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig, type ConfigProblem, type Finding } from '../../core/index';
import { ConfigLookup } from '../config-lookup';
import { discoverFiles, displayPath } from '../files';
import type { FileResult } from '../formatters/types';
import { readMarkdownFile } from '../read';

/** What `policy-lens lint` was asked to do. */
export interface LintRequest {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly configFile?: string;
  readonly quiet: boolean;
  readonly maxFileBytes: number;
}

/** A problem that kept a file or configuration from being used, named by file and position. */
export interface LintInputProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** Lint results, plus the inputs that could not be read and the notes worth telling the user. */
export interface LintOutcome {
  readonly results: FileResult[];
  readonly problems: LintInputProblem[];
  readonly notes: string[];
}

/** Lints every file the inputs name; a bad file or configuration is reported and the rest still run. */
export async function runLint(request: LintRequest): Promise<LintOutcome> {
  const { files, problems: inputProblems } = await discoverFiles(request.inputs, request.cwd);
  const problems: LintInputProblem[] = inputProblems.map((problem) => ({ file: problem.file, message: problem.message }));
  const notes: string[] = [];
  const lookup = new ConfigLookup(request.configFile);
  const reportedConfigs = new Set<string>();
  const index = getBundledIndex();
  const results: FileResult[] = [];
  for (const file of files) {
    const shown = displayPath(file, request.cwd);
    const loaded = await lookup.forFile(file);
    if (loaded.file && !reportedConfigs.has(loaded.file)) {
      reportedConfigs.add(loaded.file);
      problems.push(...loaded.problems.map((problem: ConfigProblem) => ({ ...problem, file: displayPath(problem.file, request.cwd) })));
    }
    const read = await readMarkdownFile(file, request.maxFileBytes);
    if (!read.ok) {
      problems.push({ file: shown, message: read.message });
      continue;
    }
    if (read.text.trim() === '') notes.push(`${shown}: the file is empty; nothing to check`);
    const config = resolveConfig(DEFAULT_SEVERITIES, loaded.config);
    const findings = lintText(read.text, { index, config });
    results.push({ file: shown, findings: request.quiet ? findings.filter((finding: Finding) => finding.severity === 'error') : findings });
  }
  return { results, problems, notes };
}
