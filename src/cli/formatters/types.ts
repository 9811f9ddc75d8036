import type { Finding } from '../../core/index';

/** The findings of one linted file, with the path as the user should see it. */
export interface FileResult {
  readonly file: string;
  readonly findings: readonly Finding[];
}

/** Turns lint results into the text the CLI prints. */
export type Formatter = (results: readonly FileResult[]) => string;
