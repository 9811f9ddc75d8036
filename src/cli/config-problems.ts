import type { LoadedConfig } from '../core/index';
import { displayPath } from './files';
import type { ConfigCorpus } from './pack-corpus';
import { describePackProblem } from './pack-problems';

/** A problem that kept a file, configuration or pack from being used, named by file and position. */
export interface InputProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/**
 * Collects the problems of each configuration and of the packs it names, once per configuration
 * file however many memos use it: errors as problems, pack warnings (conflicts, placeholders) as notes.
 */
export class ConfigProblems {
  private readonly reported = new Set<string>();
  readonly problems: InputProblem[] = [];
  readonly notes: string[] = [];

  constructor(private readonly cwd: string) {}

  add(loaded: LoadedConfig, corpus: ConfigCorpus): void {
    if (!loaded.file || this.reported.has(loaded.file)) return;
    this.reported.add(loaded.file);
    for (const problem of loaded.problems) this.problems.push({ ...problem, file: displayPath(problem.file, this.cwd) });
    for (const problem of corpus.problems) {
      if (problem.severity === 'error') this.problems.push({ ...problem, file: displayPath(problem.file, this.cwd) });
      else this.notes.push(describePackProblem(problem, this.cwd));
    }
  }
}
