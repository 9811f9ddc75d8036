import type { Finding } from '../../core/index';

/** The findings of one linted file, with the path as the user should see it. */
export interface FileResult {
  readonly file: string;
  readonly findings: readonly Finding[];
}

/** Whether the run fails (its exit code is not 0) and why, so a summary line never says otherwise. */
export interface RunVerdict {
  readonly failed: boolean;
  readonly reason?: string;
}

/** Turns lint results into the text the CLI prints. */
export type Formatter = (results: readonly FileResult[], verdict?: RunVerdict) => string;
