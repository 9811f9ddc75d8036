import { dirname } from 'node:path';
import { buildTeamCorpus, bundledCorpus, getBundledIndex, loadPacks, readPack, type FileHost, type LoadedConfig, type PackProblem, type PolicyLensConfig, type TeamCorpus, type TermIndex } from '../core/index';

/** The corpus a configuration's packs give, the pack files that make it up, and the problems met on the way. */
export interface ConfigCorpus {
  readonly index: TermIndex;
  readonly configLayers: readonly PolicyLensConfig[];
  /** The valid packs' files, in order, so a worker thread can build the same corpus. */
  readonly packFiles: readonly string[];
  readonly problems: readonly PackProblem[];
}

const BUNDLED_ONLY = { configLayers: [], packFiles: [], problems: [] };
const byConfigFile = new Map<string, Promise<ConfigCorpus>>();
/** Corpora by their list of pack files; the configuration cache fills it too, so in-process lint reads each pack once. */
const byPackFiles = new Map<string, Promise<TeamCorpus>>();

/** The corpus for a configuration: the bundled corpus, plus the packs it names (each configuration file loads once). */
export function corpusForConfig(loaded: LoadedConfig, host: FileHost): Promise<ConfigCorpus> {
  const packs = loaded.config.packs ?? [];
  if (!loaded.file || packs.length === 0) return Promise.resolve({ index: getBundledIndex(), ...BUNDLED_ONLY });
  const file = loaded.file;
  let corpus = byConfigFile.get(file);
  if (!corpus) {
    const references = packs.map((reference, i) => ({ reference, folder: dirname(file), origin: { file, ...(loaded.packPositions?.[i] ?? { line: 1, column: 1 }) } }));
    corpus = loadPacks(references, host, bundledCorpus).then(({ packs: loadedPacks, problems }) => {
      const team = buildTeamCorpus(bundledCorpus, loadedPacks);
      byPackFiles.set(packKey(loadedPacks.map((pack) => pack.file)), Promise.resolve(team));
      return { index: team.index, configLayers: team.configLayers, packFiles: loadedPacks.map((pack) => pack.file), problems: [...problems, ...team.conflicts] };
    });
    byConfigFile.set(file, corpus);
  }
  return corpus;
}

/** The corpus made of these pack files, built once per list; worker threads use this. */
export function corpusForPackFiles(files: readonly string[], host: FileHost): Promise<TeamCorpus> {
  const key = packKey(files);
  let corpus = byPackFiles.get(key);
  if (!corpus) {
    corpus = Promise.all(files.map((file) => readPack(file, host, bundledCorpus))).then((read) =>
      buildTeamCorpus(bundledCorpus, read.flatMap(({ loaded }) => (loaded ? [loaded] : []))),
    );
    byPackFiles.set(key, corpus);
  }
  return corpus;
}

function packKey(files: readonly string[]): string {
  return files.join('\0');
}
