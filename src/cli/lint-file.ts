import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig, type Finding, type LintOptions, type PolicyLensConfig } from '../core/index';
import { nodeFileHost, type SymlinkRoot } from './node-files';
import { readMarkdownFile } from './read';
import { corpusForPackFiles } from './pack-corpus';

/** One file to lint, with the configuration that applies to it. */
export interface LintJob {
  readonly path: string;
  readonly config: PolicyLensConfig;
  /** The valid team packs that apply, in order; the worker builds (and caches) their corpus. */
  readonly packFiles: readonly string[];
  readonly maxFileBytes: number;
  /** Links inside this folder may not lead out of it; undefined with --follow-symlinks. */
  readonly symlinkRoot: SymlinkRoot;
}

/** What linting one file gave: findings, or why the file could not be read. */
export type LintJobResult =
  | { readonly ok: true; readonly findings: Finding[]; readonly empty: boolean }
  | { readonly ok: false; readonly message: string };

/** Reads and lints one file; used in-process and inside worker threads alike. */
export async function lintFile(job: LintJob): Promise<LintJobResult> {
  const read = readMarkdownFile(job.path, job.maxFileBytes, job.symlinkRoot);
  if (!read.ok) return read;
  return { ok: true, findings: lintText(read.text, await lintOptionsFor(job)), empty: read.text.trim() === '' };
}

/** The term index and configuration a job's file is linted (and fixed) with. */
export async function lintOptionsFor(job: LintJob): Promise<LintOptions> {
  const team = job.packFiles.length > 0 ? await corpusForPackFiles(job.packFiles, nodeFileHost(job.symlinkRoot)) : undefined;
  return { index: team?.index ?? getBundledIndex(), config: resolveConfig(DEFAULT_SEVERITIES, ...(team?.configLayers ?? []), job.config) };
}
