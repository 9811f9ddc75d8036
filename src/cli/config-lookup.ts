import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, RULE_IDS, type ConfigProblem, type PolicyLensConfig, type Position } from '../core/index';

/** A configuration file as read from disk, with any problems found in it. */
export interface LoadedConfig {
  readonly file?: string;
  readonly config: PolicyLensConfig;
  readonly problems: readonly ConfigProblem[];
  /** Where each of `config.packs` is named in the file. */
  readonly packPositions?: readonly Position[];
}

const NO_CONFIG: LoadedConfig = { config: {}, problems: [] };

/** Finds the `.policylens.json` nearest each file, walking up; reads each config file once. */
export class ConfigLookup {
  private readonly byFolder = new Map<string, Promise<LoadedConfig>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();

  /** With `explicitFile`, every linted file uses that configuration instead. */
  constructor(private readonly explicitFile?: string) {}

  forFile(file: string): Promise<LoadedConfig> {
    return this.explicitFile ? this.load(this.explicitFile, true) : this.forFolder(dirname(file));
  }

  private forFolder(folder: string): Promise<LoadedConfig> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.load(join(folder, CONFIG_FILE_NAME), false).then((loaded) => {
        if (loaded.file) return loaded;
        const parent = dirname(folder);
        return parent === folder ? NO_CONFIG : this.forFolder(parent);
      });
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private load(file: string, required: boolean): Promise<LoadedConfig> {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = readFile(file, 'utf8').then(
        (text) => ({ file, ...parseConfig(text, file, RULE_IDS) }),
        (error: NodeJS.ErrnoException): LoadedConfig =>
          error.code === 'ENOENT' && !required
            ? NO_CONFIG
            : { file, config: {}, problems: [{ file, line: 1, column: 1, message: `cannot read the configuration file (${error.code ?? error.message})` }] },
      );
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}
