import * as vscode from 'vscode';
import {
  analyzeDocument,
  DEFAULT_SEVERITIES,
  DocumentSession,
  getBundledIndex,
  lintAnalysis,
  parseMarkdown,
  resolveConfig,
  type DocumentAnalysis,
  type Finding,
  type ResolvedConfig,
  type TermIndex,
} from '../core/index';
import { ProjectConfigs } from './project-config';
import { readSettings, settingsAsConfig } from './settings';

/** Whether Policy Lens looks at a document. */
export function isMemo(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

/**
 * The engine as the editor uses it: one analysis per document version, shared by diagnostics,
 * hovers, completion and the related-recommendations view.
 */
export class MemoService {
  /** Per open document: its incremental session and the analysis of its latest version. */
  private readonly documents = new Map<string, { session: DocumentSession; version?: number; analysis?: DocumentAnalysis }>();
  readonly index: TermIndex = getBundledIndex();

  constructor(readonly configs: ProjectConfigs) {}

  /** The analysis of a document's current text, computed once per version. */
  analysis(document: vscode.TextDocument): DocumentAnalysis {
    const key = document.uri.toString();
    let state = this.documents.get(key);
    if (!state) this.documents.set(key, (state = { session: new DocumentSession(this.index) }));
    if (state.analysis && state.version === document.version) return state.analysis;
    state.analysis = state.session.analyze(document.getText());
    state.version = document.version;
    return state.analysis;
  }

  /**
   * The latest analysis there is, even of an older version: enough to tell prose from code while
   * typing, without parsing on every keystroke (the debounced lint brings it up to date).
   */
  latestAnalysis(document: vscode.TextDocument): DocumentAnalysis {
    return this.documents.get(document.uri.toString())?.analysis ?? this.analysis(document);
  }

  /** Lints a document with the settings and the nearest `.policylens.json` (which wins over settings). */
  async lint(document: vscode.TextDocument): Promise<Finding[]> {
    return lintAnalysis(this.analysis(document), await this.configFor(document.uri));
  }

  /** Lints text that is not open in an editor (Lint Workspace). */
  async lintText(uri: vscode.Uri, text: string): Promise<Finding[]> {
    return lintAnalysis(analyzeDocument(parseMarkdown(text), this.index), await this.configFor(uri));
  }

  /** The analysis and findings of a memo's text; an open document's analysis is shared with the other features. */
  async review(uri: vscode.Uri, text: string, document?: vscode.TextDocument): Promise<{ analysis: DocumentAnalysis; findings: Finding[] }> {
    const analysis = document ? this.analysis(document) : analyzeDocument(parseMarkdown(text), this.index);
    return { analysis, findings: lintAnalysis(analysis, await this.configFor(uri)) };
  }

  forget(document: vscode.TextDocument): void {
    this.documents.delete(document.uri.toString());
  }

  private async configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    const project = await this.configs.forDocument(uri);
    return resolveConfig(DEFAULT_SEVERITIES, settingsAsConfig(readSettings(uri)), project.config);
  }
}
