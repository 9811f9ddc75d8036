import { resolve } from 'node:path';
import {
  analyzeDocument,
  buildReviewReport,
  ConfigLookup,
  DEFAULT_SEVERITIES,
  lintAnalysis,
  parseMarkdown,
  resolveConfig,
  type DocumentAnalysis,
  type Finding,
  type ReviewReport,
} from '../../core/index';
import { ConfigProblems } from '../config-problems';
import { corpusForConfig } from '../pack-corpus';
import { discoverFiles, displayPath } from '../files';
import { nodeFileHost } from '../node-files';
import { readMarkdownFile } from '../read';
import type { LintInputProblem } from './lint';

/** What `policy-lens report` was asked to do. */
export interface ReportRequest {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly configFile?: string;
  readonly maxFileBytes: number;
  readonly version: string;
  /** Follow symbolic links out of the working folder (--follow-symlinks). */
  readonly followSymlinks?: boolean;
}

/** The report of every memo that could be read, and the inputs that could not. */
export interface ReportOutcome {
  readonly report: ReviewReport;
  readonly problems: LintInputProblem[];
}

/** Reads, analyses and lints each memo the inputs name, and builds the review report; bad inputs are reported, the rest still run. */
export async function runReport(request: ReportRequest): Promise<ReportOutcome> {
  const { files, problems: inputProblems } = await discoverFiles(request.inputs, request.cwd, request.followSymlinks);
  const problems: LintInputProblem[] = inputProblems.map((problem) => ({ file: problem.file, message: problem.message }));
  const symlinkRoot = request.followSymlinks ? undefined : request.cwd;
  const host = nodeFileHost(symlinkRoot);
  const lookup = new ConfigLookup(host, request.configFile && resolve(request.cwd, request.configFile));
  const configProblems = new ConfigProblems(request.cwd);
  const memos: { file: string; analysis: DocumentAnalysis; findings: Finding[] }[] = [];
  for (const file of files) {
    const shown = displayPath(file, request.cwd);
    const loaded = await lookup.forFile(file);
    const corpus = await corpusForConfig(loaded, host);
    configProblems.add(loaded, corpus);
    const read = readMarkdownFile(file, request.maxFileBytes, symlinkRoot);
    if (!read.ok) {
      problems.push({ file: shown, message: read.message });
      continue;
    }
    const analysis = analyzeDocument(parseMarkdown(read.text), corpus.index);
    memos.push({ file: shown, analysis, findings: lintAnalysis(analysis, resolveConfig(DEFAULT_SEVERITIES, ...corpus.configLayers, loaded.config)) });
  }
  return { report: buildReviewReport(request.version, memos), problems: [...problems, ...configProblems.problems] };
}
