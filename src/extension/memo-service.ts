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
  private readonly analyses = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  private readonly sessions = new Map<string, DocumentSession>();
  readonly index: TermIndex = getBundledIndex();

  constructor(readonly configs: ProjectConfigs) {}

  /** The analysis of a document's current text, computed once per version. */
  analysis(document: vscode.TextDocument): DocumentAnalysis {
    const key = document.uri.toString();
    const cached = this.analyses.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    let session = this.sessions.get(key);
    if (!session) this.sessions.set(key, (session = new DocumentSession(this.index)));
    const analysis = session.analyze(document.getText());
    this.analyses.set(key, { version: document.version, analysis });
    return analysis;
  }

  /**
   * The latest analysis there is, even of an older version: enough to tell prose from code while
   * typing, without parsing on every keystroke (the debounced lint brings it up to date).
   */
  latestAnalysis(document: vscode.TextDocument): DocumentAnalysis {
    return this.analyses.get(document.uri.toString())?.analysis ?? this.analysis(document);
  }

  /** Lints a document with the settings and the nearest `.policylens.json` (which wins over settings). */
  async lint(document: vscode.TextDocument): Promise<Finding[]> {
    const project = await this.configs.forDocument(document.uri);
    const config = resolveConfig(DEFAULT_SEVERITIES, settingsAsConfig(readSettings(document.uri)), project.config);
    return lintAnalysis(this.analysis(document), config);
  }

  /** Lints text that is not open in an editor (Lint Workspace). */
  async lintText(uri: vscode.Uri, text: string): Promise<Finding[]> {
    const project = await this.configs.forDocument(uri);
    const config = resolveConfig(DEFAULT_SEVERITIES, settingsAsConfig(readSettings(uri)), project.config);
    return lintAnalysis(analyzeDocument(parseMarkdown(text), this.index), config);
  }

  forget(document: vscode.TextDocument): void {
    this.analyses.delete(document.uri.toString());
    this.sessions.delete(document.uri.toString());
  }
}
