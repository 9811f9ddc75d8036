import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, DEFAULT_SEVERITIES, DocumentSession, resolveConfig, untrustedLayer, untrustedNotice, type DocumentAnalysis, type Finding, type LintOptions, type PolicyLensConfig } from '../core/index';
import { lintWithinBudget, type OverBudget } from './budgeted-lint';
import type { ConfigSource, ProjectConfig } from './config-source';
import { BUNDLED, type CorpusSource, type DocumentCorpus } from './corpus-source';
import { settingsLayer, type ServerSettings } from './settings';
import type { WorkspaceTrust } from './trust';

/** The findings of one document version under one generation of configuration, named by a result id. */
export interface LintedVersion {
  readonly resultId: string;
  readonly version: number;
  readonly findings: readonly Finding[];
  /** Set when the lint stopped at its time budget; the memo is then linted again only when saved. */
  readonly overBudget?: OverBudget;
}

interface MemoState {
  /**
   * The open document the state is of. A memo closed and opened again under the same URI (VS Code
   * reuses "Untitled-1") is a new document whose versions count from 1 again, so a URI and a version
   * do not name a text: a request about the closed one that finished after the new one opened would
   * otherwise leave the closed text's analysis, and its findings, to the new one.
   */
  document: TextDocument;
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
  private readonly untrustedNoticesShown = new Set<string>();

  constructor(
    private readonly configs: ConfigSource,
    private readonly corpora: CorpusSource,
    private readonly settings: (uri: string) => Promise<ServerSettings>,
    private readonly settingsFolder: (uri: string) => string,
    private readonly trust: WorkspaceTrust,
    private readonly lintBudgetMs: () => number,
    /** Whether a document is the one open under its URI now (not closed, nor closed and opened again since). */
    private readonly isOpen: (document: TextDocument) => boolean,
  ) {}

  /** Forgets every cached configuration, corpus and lint: settings, a config file or a pack changed. */
  configurationChanged(): void {
    this.generation++;
    for (const state of this.states.values()) state.linted = undefined;
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
    const config = resolveConfig(DEFAULT_SEVERITIES, settingsLayer(settings), ...corpus.configLayers, this.trustedPart(project));
    return { index: corpus.index, config, settings, corpus };
  }

  /** In Restricted Mode, the workspace's configuration without the options whose cost it chooses; what is left out is said once per file. */
  private trustedPart(project: ProjectConfig): PolicyLensConfig {
    if (this.trust.trusted) return project.config;
    const { layer, ignored } = untrustedLayer(project.config);
    const file = project.uri ?? CONFIG_FILE_NAME;
    if (ignored.length > 0 && !this.untrustedNoticesShown.has(file)) {
      this.untrustedNoticesShown.add(file);
      this.trust.tell(untrustedNotice(this.trust.displayName(file), ignored));
    }
    return layer;
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
    const state = this.stateOf(document);
    return state?.analysis ?? this.analyze(document, state?.corpus ?? BUNDLED);
  }

  /**
   * Lints a document's current version (once per version and generation); undefined when Policy Lens
   * is disabled for it. A memo whose last lint ran past the time budget keeps that result (and its one
   * notice) until it is saved or the configuration changes, instead of paying the budget on every keystroke.
   */
  async lint(document: TextDocument): Promise<LintedVersion | undefined> {
    const generation = this.generation;
    const options = await this.lintOptions(document);
    if (!options.settings.enable) return undefined;
    const resultId = `${generation}:${document.version}`;
    const cached = this.stateOf(document)?.linted;
    if (cached?.resultId === resultId || (cached?.overBudget && cached.resultId.startsWith(`${generation}:`))) return cached;
    const analysis = this.analyze(document, options.corpus);
    const version = document.version;
    const result = await lintWithinBudget(analysis, options.config, this.lintBudgetMs(), () => generation !== this.generation || this.states.get(document.uri)?.analysis !== analysis);
    // A newer edit or configuration took over: the caller's document moved on and will be linted again.
    if (result === 'stale') return this.stateOf(document)?.linted;
    const linted: LintedVersion = { resultId, version, findings: result.findings, ...(result.overBudget ? { overBudget: result.overBudget } : {}) };
    const state = this.stateOf(document);
    if (state && generation === this.generation) state.linted = linted;
    return linted;
  }

  /** A saved memo is linted again even when its last lint ran past the budget; returns whether it had. */
  saved(uri: string): boolean {
    const state = this.states.get(uri);
    if (!state?.linted?.overBudget) return false;
    state.linted = undefined;
    return true;
  }

  /** The findings of a document's current version, if it was linted under the current configuration. */
  linted(document: TextDocument): LintedVersion | undefined {
    const linted = this.stateOf(document)?.linted;
    return linted?.resultId === this.resultId(document) || (linted?.overBudget && linted.resultId.startsWith(`${this.generation}:`)) ? linted : undefined;
  }

  forget(uri: string): void {
    this.states.delete(uri);
  }

  /** The state of this very document: none for a document closed since, or one opened again under the same URI. */
  private stateOf(document: TextDocument): MemoState | undefined {
    const state = this.states.get(document.uri);
    return state?.document === document ? state : undefined;
  }

  private analyze(document: TextDocument, corpus: DocumentCorpus): DocumentAnalysis {
    // A request about a memo closed meanwhile gets its answer, but leaves nothing behind for the URI's next document.
    if (!this.isOpen(document)) return new DocumentSession(corpus.index).analyze(document.getText());
    let state = this.stateOf(document);
    // New document (or one opened again under the same URI), or its packs changed: start its session afresh on the new index.
    if (!state || state.corpus !== corpus) this.states.set(document.uri, (state = { document, session: new DocumentSession(corpus.index), corpus }));
    if (state.analysis && state.version === document.version) return state.analysis;
    state.analysis = state.session.analyze(document.getText());
    state.version = document.version;
    return state.analysis;
  }
}
