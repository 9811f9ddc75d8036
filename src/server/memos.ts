import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SEVERITIES, DocumentSession, lintAnalysis, resolveConfig, type DocumentAnalysis, type Finding, type LintOptions } from '../core/index';
import type { ConfigSource } from './config-source';
import { BUNDLED, type CorpusSource, type DocumentCorpus } from './corpus-source';
import { settingsLayer, type ServerSettings } from './settings';

/** The findings of one document version under one generation of configuration, named by a result id. */
export interface LintedVersion {
  readonly resultId: string;
  readonly version: number;
  readonly findings: readonly Finding[];
}

interface MemoState {
  session: DocumentSession;
  corpus: DocumentCorpus;
  version?: number;
  analysis?: DocumentAnalysis;
  linted?: LintedVersion;
}

/**
 * The engine as the server uses it: per open memo, an incremental session (only changed chunks are
 * parsed again), one analysis per version shared by diagnostics, hovers, completion and code actions,
 * and the findings of the latest lint. `generation` counts configuration changes: a result id names
 * both, so a pull after a settings or pack change is never answered "unchanged".
 */
export class Memos {
  private readonly states = new Map<string, MemoState>();
  private generation = 0;

  constructor(
    private readonly configs: ConfigSource,
    private readonly corpora: CorpusSource,
    private readonly settings: (uri: string) => Promise<ServerSettings>,
    private readonly settingsFolder: (uri: string) => string,
  ) {}

  /** Forgets every cached configuration, corpus and lint: settings, a config file or a pack changed. */
  configurationChanged(): void {
    this.generation++;
    this.configs.invalidate();
    this.corpora.invalidate();
  }

  /** The result id the current version of a document would get. */
  resultId(document: TextDocument): string {
    return `${this.generation}:${document.version}`;
  }

  /** The settings, corpus and resolved configuration a document is linted with. */
  async lintOptions(document: TextDocument): Promise<LintOptions & { settings: ServerSettings; corpus: DocumentCorpus }> {
    const settings = await this.settings(document.uri);
    const project = await this.configs.forDocument(document.uri);
    const corpus = await this.corpora.corpusFor(settings.packs, this.settingsFolder(document.uri), project);
    const config = resolveConfig(DEFAULT_SEVERITIES, settingsLayer(settings), ...corpus.configLayers, project.config);
    return { index: corpus.index, config, settings, corpus };
  }

  /** The analysis of a document's current text with its packs loaded, computed once per version. */
  async analysis(document: TextDocument): Promise<DocumentAnalysis> {
    const { corpus } = await this.lintOptions(document);
    return this.analyze(document, corpus);
  }

  /**
   * The latest analysis there is, even of an older version: enough to tell prose from code while
   * typing, without parsing on every keystroke.
   */
  latestAnalysis(document: TextDocument): DocumentAnalysis {
    return this.states.get(document.uri)?.analysis ?? this.analyze(document, this.states.get(document.uri)?.corpus ?? BUNDLED);
  }

  /** Lints a document's current version (once per version and generation); undefined when Policy Lens is disabled for it. */
  async lint(document: TextDocument): Promise<LintedVersion | undefined> {
    const generation = this.generation;
    const options = await this.lintOptions(document);
    if (!options.settings.enable) return undefined;
    const resultId = `${generation}:${document.version}`;
    const cached = this.states.get(document.uri)?.linted;
    if (cached?.resultId === resultId) return cached;
    const analysis = this.analyze(document, options.corpus);
    const linted = { resultId, version: document.version, findings: lintAnalysis(analysis, options.config) };
    const state = this.states.get(document.uri);
    if (state && generation === this.generation) state.linted = linted;
    return linted;
  }

  /** The findings of a document's current version, if it was linted under the current configuration. */
  linted(document: TextDocument): LintedVersion | undefined {
    const linted = this.states.get(document.uri)?.linted;
    return linted?.resultId === this.resultId(document) ? linted : undefined;
  }

  forget(uri: string): void {
    this.states.delete(uri);
  }

  private analyze(document: TextDocument, corpus: DocumentCorpus): DocumentAnalysis {
    let state = this.states.get(document.uri);
    // New document, or its packs changed: start its session afresh on the new index.
    if (!state || state.corpus !== corpus) this.states.set(document.uri, (state = { session: new DocumentSession(corpus.index), corpus }));
    if (state.analysis && state.version === document.version) return state.analysis;
    state.analysis = state.session.analyze(document.getText());
    state.version = document.version;
    return state.analysis;
  }
}
