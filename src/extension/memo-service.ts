import * as vscode from 'vscode';
import {
  analyzeDocument,
  DEFAULT_SEVERITIES,
  DocumentSession,
  lintAnalysis,
  parseMarkdown,
  resolveConfig,
  untrustedLayer,
  untrustedNotice,
  CONFIG_FILE_NAME,
  type DocumentAnalysis,
  type PolicyLensConfig,
  type Finding,
  type ResolvedConfig,
  type TermIndex,
} from '../core/index';
import { BUNDLED, type DocumentCorpus, type TeamPacks } from './packs/team-packs';
import { ProjectConfigs, type ProjectConfig } from './project-config';
import { readSettings, settingsAsConfig } from './settings';

/** Whether Policy Lens looks at a document. */
export function isMemo(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

/**
 * The engine for the commands a user runs (the review report, Explain Term, Insert Recommendation,
 * pack commands): one analysis per document version, parsed only when a command asks, never per
 * keystroke. Diagnostics, hovers, completion, quick fixes, pack-term highlights and the Related
 * Recommendations view come from the language server instead.
 */
export class MemoService implements vscode.Disposable {
  /** Per open document: its incremental session, the corpus it was built on and the analysis of its latest version. */
  private readonly documents = new Map<string, { session: DocumentSession; corpus: DocumentCorpus; version?: number; analysis?: DocumentAnalysis }>();

  private readonly untrustedNoticesShown = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly configs: ProjectConfigs, private readonly packs: TeamPacks) {
    // Loads each memo's packs as it opens (without parsing it), so views see its pack terms at once.
    const warm = (document: vscode.TextDocument) => {
      if (isMemo(document)) void this.packs.corpusFor(document.uri).then((corpus) => this.useCorpus(document, corpus), () => undefined);
    };
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument(warm),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      packs.onDidChange(() => vscode.workspace.textDocuments.forEach(warm)),
    ];
    vscode.workspace.textDocuments.forEach(warm);
  }

  /**
   * The term index a document uses (the bundled corpus plus its packs), as of its latest lint; with
   * no document, that of the active editor's memo.
   */
  index(document = vscode.window.activeTextEditor?.document): TermIndex {
    return this.corpusOf(document).index;
  }

  /** The corpus a document was last linted with; the bundled corpus before its packs have loaded. */
  private corpusOf(document: vscode.TextDocument | undefined): DocumentCorpus {
    return (document && this.documents.get(document.uri.toString())?.corpus) ?? BUNDLED;
  }

  /** The analysis of a document's current text, computed once per version. */
  analysis(document: vscode.TextDocument): DocumentAnalysis {
    const key = document.uri.toString();
    let state = this.documents.get(key);
    if (!state) {
      const corpus = this.corpusOf(undefined);
      this.documents.set(key, (state = { session: new DocumentSession(corpus.index), corpus }));
    }
    if (state.analysis && state.version === document.version) return state.analysis;
    state.analysis = state.session.analyze(document.getText());
    state.version = document.version;
    return state.analysis;
  }

  /** The analysis of a document's current text with its packs loaded. */
  private async analysisWithPacks(document: vscode.TextDocument): Promise<DocumentAnalysis> {
    this.useCorpus(document, await this.packs.corpusFor(document.uri));
    return this.analysis(document);
  }

  /** Packs changed (or loaded for the first time): start the document's session afresh on the new index. */
  private useCorpus(document: vscode.TextDocument, corpus: DocumentCorpus): void {
    const key = document.uri.toString();
    if (!document.isClosed && this.documents.get(key)?.corpus !== corpus) this.documents.set(key, { session: new DocumentSession(corpus.index), corpus });
  }

  /** Lints text that is not open in an editor (Lint Workspace). */
  async lintText(uri: vscode.Uri, text: string): Promise<Finding[]> {
    const corpus = await this.packs.corpusFor(uri);
    return lintAnalysis(analyzeDocument(parseMarkdown(text), corpus.index), await this.configFor(uri, corpus));
  }

  /** The analysis and findings of a memo's text; an open document's analysis is shared with the other features. */
  async review(uri: vscode.Uri, text: string, document?: vscode.TextDocument): Promise<{ analysis: DocumentAnalysis; findings: Finding[] }> {
    const corpus = await this.packs.corpusFor(uri);
    const analysis = document ? await this.analysisWithPacks(document) : analyzeDocument(parseMarkdown(text), corpus.index);
    return { analysis, findings: lintAnalysis(analysis, await this.configFor(uri, corpus)) };
  }

  private forget(document: vscode.TextDocument): void {
    this.documents.delete(document.uri.toString());
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async configFor(uri: vscode.Uri, corpus: DocumentCorpus): Promise<ResolvedConfig> {
    const project = await this.configs.forDocument(uri);
    return resolveConfig(DEFAULT_SEVERITIES, settingsAsConfig(readSettings(uri)), ...corpus.configLayers, this.trustedPart(project));
  }

  /** In Restricted Mode, the workspace's configuration without the options whose cost it chooses; what is left out is said once per file. */
  private trustedPart(project: ProjectConfig): PolicyLensConfig {
    if (vscode.workspace.isTrusted) return project.config;
    const { layer, ignored } = untrustedLayer(project.config);
    const file = project.uri ? vscode.workspace.asRelativePath(project.uri) : CONFIG_FILE_NAME;
    if (ignored.length > 0 && !this.untrustedNoticesShown.has(file)) {
      this.untrustedNoticesShown.add(file);
      void vscode.window.showWarningMessage(untrustedNotice(file, ignored));
    }
    return layer;
  }
}
