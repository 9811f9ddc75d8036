import { CONFIG_FILE_NAME, parseConfig, RULE_IDS, type ConfigProblem, type PolicyLensConfig, type Position } from '../core/index';
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
const CONFIG_MAX_BYTES = 1024 * 1024;

/**
 * Finds the `.policylens.json` nearest a document, walking up to the workspace folder that holds it
 * (or to the top, for a file outside every folder, as the CLI does). Results are kept until
 * `invalidate`, which the server calls when a watched configuration file changes.
 *
 * A small adapter over the core's `parseConfig`: when the core has its one lookup over an injected
 * file system, this class is where it plugs in.
 */
export class ConfigSource {
  private readonly byFolder = new Map<string, Promise<ProjectConfig>>();

  constructor(
    private readonly files: ServerFiles,
    private readonly roots: () => readonly string[],
    private readonly report: (uri: string, problems: readonly ConfigProblem[]) => void,
  ) {}

  /** The configuration that applies to a document. */
  forDocument(uri: string): Promise<ProjectConfig> {
    if (!uri.includes('://')) return Promise.resolve(NONE);
    const root = this.roots().filter((folder) => isInside(uri, folder)).sort((a, b) => b.length - a.length)[0];
    return this.forFolder(this.files.dirname(uri), root);
  }

  invalidate(): void {
    this.byFolder.clear();
  }

  private forFolder(folder: string, root: string | undefined): Promise<ProjectConfig> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.read(this.files.join(folder, CONFIG_FILE_NAME)).then((config) => {
        if (config) return config;
        const parent = this.files.dirname(folder);
        if (parent === folder || (root !== undefined && !isInside(parent, root))) return NONE;
        return this.forFolder(parent, root);
      });
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private async read(uri: string): Promise<ProjectConfig | undefined> {
    const read = await this.files.read(uri, CONFIG_MAX_BYTES);
    if ('missing' in read) return undefined;
    if (!('text' in read)) {
      const message = 'tooLarge' in read ? `the configuration file is ${read.tooLarge} bytes; at most ${CONFIG_MAX_BYTES} are read` : `cannot read the configuration file (${read.error})`;
      const problems = [{ file: uri, line: 1, column: 1, message }];
      this.report(uri, problems);
      return { uri, config: {}, problems };
    }
    const { config, problems, packPositions } = parseConfig(read.text, uri, RULE_IDS);
    this.report(uri, problems);
    return { uri, config, problems, packPositions };
  }
}

/** Whether a URI is a folder's own URI or lies below it. */
function isInside(uri: string, folder: string): boolean {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return uri === folder || uri.startsWith(prefix);
}
