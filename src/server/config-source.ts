import { ConfigLookup, type ConfigProblem, type PolicyLensConfig, type Position } from '../core/index';
import type { ServerFiles } from './files';

/** A `.policylens.json` as the server read it. */
export interface ProjectConfig {
  readonly uri?: string;
  readonly config: PolicyLensConfig;
  readonly problems: readonly ConfigProblem[];
  /** Where each of `config.packs` is named in the file. */
  readonly packPositions?: readonly Position[];
}

const NONE: ProjectConfig = { config: {}, problems: [] };

/**
 * Finds the `.policylens.json` nearest a document through the core's one lookup (the CLI's and the
 * extension's), so a memo lints the same in every editor and in CI: it stops at the workspace folder
 * that holds the document, or at the repository root (`.git`). Results are kept until `invalidate`,
 * which the server calls when a watched configuration file changes; each file's problems are
 * published once per read.
 */
export class ConfigSource {
  private readonly lookup: ConfigLookup;
  private readonly reported = new Set<string>();

  constructor(
    files: ServerFiles,
    private readonly roots: () => readonly string[],
    private readonly report: (uri: string, problems: readonly ConfigProblem[]) => void,
  ) {
    this.lookup = new ConfigLookup(files, undefined, (folder) => this.roots().some((root) => sameFolder(folder, root)));
  }

  /** The configuration that applies to a document. */
  async forDocument(uri: string): Promise<ProjectConfig> {
    if (!uri.includes('://')) return NONE;
    const loaded = await this.lookup.forFile(uri);
    if (!loaded.file) return NONE;
    if (!this.reported.has(loaded.file)) {
      this.reported.add(loaded.file);
      this.report(loaded.file, loaded.problems);
    }
    return { uri: loaded.file, config: loaded.config, problems: loaded.problems, packPositions: loaded.packPositions };
  }

  invalidate(): void {
    this.lookup.clear();
    this.reported.clear();
  }
}

function sameFolder(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}
