import { buildTeamCorpus, bundledCorpus, getBundledIndex, loadPacks, type PackProblem, type PackReference, type PolicyLensConfig, type TermIndex } from '../core/index';
import type { ProjectConfig } from './config-source';
import { absoluteReference, isUri, type ServerFiles } from './files';
import type { WorkspaceTrust } from './trust';

/** The corpus a document sees: the bundled one with its packs applied. */
export interface DocumentCorpus {
  readonly index: TermIndex;
  readonly configLayers: readonly PolicyLensConfig[];
  /** The URIs of the packs that loaded, in order. */
  readonly packUris: readonly string[];
  /** The ids of the terms the packs define: the terms the grammar (built from the bundled corpus) cannot colour. */
  readonly packTermIds: ReadonlySet<string>;
}

/** The corpus of a document without packs. */
export const BUNDLED: DocumentCorpus = { index: getBundledIndex(), configLayers: [], packUris: [], packTermIds: new Set() };

/** Where problems with packs named in the settings come from; not a file. */
const SETTING_ORIGIN = 'the policyLens.packs setting';

/**
 * Loads the team packs a document's settings and `.policylens.json` name, once per combination,
 * until `invalidate` (a watched pack, lock file or configuration changed). A pack that fails to load
 * is reported and left out; the document keeps the rest.
 */
export class CorpusSource {
  private readonly corpora = new Map<string, Promise<DocumentCorpus>>();

  constructor(
    private readonly files: ServerFiles,
    private readonly report: (problems: readonly PackProblem[], loadedFiles: readonly string[]) => void,
    private readonly trust: WorkspaceTrust,
    private readonly isInWorkspace: (uri: string) => boolean,
  ) {}

  /**
   * The corpus for a document, given its settings' packs (relative to `settingsFolder`) and its
   * project configuration. Untrusted, only packs of the user's settings outside the workspace load.
   */
  corpusFor(settingPacks: readonly string[], settingsFolder: string, project: ProjectConfig): Promise<DocumentCorpus> {
    let projectPacks = project.uri ? project.config.packs ?? [] : [];
    if (!this.trust.trusted) {
      const outside = settingPacks.filter((reference) => isUri(absoluteReference(reference)) && !this.isInWorkspace(absoluteReference(reference)));
      if (outside.length < settingPacks.length || projectPacks.length > 0) this.trust.packsLeftOut();
      settingPacks = outside;
      projectPacks = [];
    }
    if (settingPacks.length === 0 && projectPacks.length === 0) return Promise.resolve(BUNDLED);
    const key = [project.uri ?? '', settingsFolder, ...settingPacks].join('\n');
    let corpus = this.corpora.get(key);
    if (!corpus) {
      const references: PackReference[] = [
        ...settingPacks.map((reference) => ({ reference: absoluteReference(reference), folder: settingsFolder, origin: { file: SETTING_ORIGIN, line: 1, column: 1 } })),
        ...projectPacks.map((reference, i) => ({
          reference: absoluteReference(reference),
          folder: this.files.dirname(project.uri!),
          origin: { file: project.uri!, ...(project.packPositions?.[i] ?? { line: 1, column: 1 }) },
        })),
      ];
      corpus = this.load(references);
      this.corpora.set(key, corpus);
    }
    return corpus;
  }

  invalidate(): void {
    this.corpora.clear();
  }

  private async load(references: readonly PackReference[]): Promise<DocumentCorpus> {
    let loaded;
    try {
      loaded = await loadPacks(references, this.files, bundledCorpus);
    } catch (error) {
      // Whatever went wrong, memos keep the bundled glossary.
      this.report([{ file: SETTING_ORIGIN, line: 1, column: 1, severity: 'error', message: `team packs could not be loaded (${(error as Error).message}); using the bundled glossary` }], []);
      return BUNDLED;
    }
    const team = buildTeamCorpus(bundledCorpus, loaded.packs);
    const packUris = loaded.packs.map((pack) => pack.file);
    this.report([...loaded.problems, ...team.conflicts], packUris);
    const packTermIds = new Set(loaded.packs.flatMap(({ pack }) => (pack.terms ?? []).map((term) => term.id)));
    return { index: team.index, configLayers: team.configLayers, packUris, packTermIds };
  }
}
