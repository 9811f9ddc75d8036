import { CONFIG_FILE_NAME, parseConfig, type ConfigProblem, type PolicyLensConfig } from './config';
import type { FileHost } from './file-host';
import type { Position } from './positions';
import { RULE_IDS } from './rules/index';

/** A configuration file as read, with any problems found in it. */
export interface LoadedConfig {
  /** The file, when one applies. */
  readonly file?: string;
  readonly config: PolicyLensConfig;
  readonly problems: readonly ConfigProblem[];
  /** Where each of `config.packs` is named in the file. */
  readonly packPositions?: readonly Position[];
}

/** A configuration is a few settings; a larger file is refused before it is read. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** The folder or file that marks the top of a repository; the lookup never goes above it. */
export const REPOSITORY_MARKER = '.git';

const NO_CONFIG: LoadedConfig = { config: {}, problems: [] };

/**
 * The one configuration lookup of Policy Lens, used by the CLI and the extension alike so a memo lints
 * the same in CI and in the editor: the `.policylens.json` nearest a file, walking up from its folder
 * and stopping at the repository root (a folder holding `.git`) or the top of the file system. The
 * nearest file wins; one that exists but cannot be read is a problem, not a reason to look further up.
 * Each folder and file is read once until `clear()`.
 */
export class ConfigLookup {
  private readonly byFolder = new Map<string, Promise<LoadedConfig>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();

  /**
   * With `explicitFile`, every file uses that configuration instead (the CLI's `--config`). `isTop`
   * marks a folder the walk does not go above where no `.git` can mark the top (a virtual file system).
   */
  constructor(private readonly host: FileHost, private readonly explicitFile?: string, private readonly isTop: (folder: string) => boolean = () => false) {}

  /** The configuration that applies to a file. */
  forFile(file: string): Promise<LoadedConfig> {
    return this.explicitFile ? this.load(this.explicitFile, true) : this.forFolder(this.host.dirname(file));
  }

  /** The configuration that applies to the files of a folder. */
  forFolder(folder: string): Promise<LoadedConfig> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.load(this.host.join(folder, CONFIG_FILE_NAME), false).then(async (loaded) => {
        if (loaded.file) return loaded;
        const parent = this.host.dirname(folder);
        if (parent === folder || this.isTop(folder) || (await this.host.exists(this.host.join(folder, REPOSITORY_MARKER)))) return NO_CONFIG;
        return this.forFolder(parent);
      });
      this.byFolder.set(folder, found);
    }
    return found;
  }

  /** Forgets what was read, after a configuration changed. */
  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }

  private load(file: string, required: boolean): Promise<LoadedConfig> {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = this.host.read(file, CONFIG_MAX_BYTES).then((read): LoadedConfig => {
        if ('text' in read) return { file, ...parseConfig(read.text, file, RULE_IDS) };
        if ('missing' in read && !required) return NO_CONFIG;
        const why = 'missing' in read ? 'it does not exist' : 'tooLarge' in read ? `it is over the ${CONFIG_MAX_BYTES / 1024 / 1024} MB limit of a configuration` : read.error;
        return { file, config: {}, problems: [{ file, line: 1, column: 1, message: `cannot read the configuration file: ${why}` }] };
      });
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}
