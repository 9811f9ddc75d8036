import * as vscode from 'vscode';
import { COMMANDS } from './constants';
import type { DiagnosticsController } from './diagnostics';
import { isMemo } from './memo-service';
import type { RelatedRecommendationEntry } from '../shared/protocol';

/** Asks the language server for a memo's related recommendations (null: the server does not know it). */
export type RelatedSource = (document: vscode.TextDocument) => Promise<readonly RelatedRecommendationEntry[] | null>;

/**
 * The Explorer view "Related Recommendations": what the published papers recommend about the terms
 * the active memo uses. It follows the active editor and asks the language server again after each
 * lint of it, so the extension host never parses the memo. Rows keep a stable order (by title) and
 * id, so an insert never moves the row under the mouse; each shows the actor beside the title, and
 * the tooltip the full title. Bound to its TreeView (`showCountOn`), the view's title bar says how
 * many recommendations the memo has: the quiet marker of linked recommendations, where a Problem
 * per term used to be.
 */
export class RelatedRecommendationsView implements vscode.TreeDataProvider<RelatedRecommendationEntry>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private document?: vscode.TextDocument;
  private entries: readonly RelatedRecommendationEntry[] = [];
  /** Counts requests, so an answer overtaken by a newer request is dropped. */
  private requests = 0;
  private source?: RelatedSource;

  constructor(diagnostics: DiagnosticsController) {
    this.document = this.activeMemo();
    this.disposables.push(
      this.changeEmitter,
      vscode.window.onDidChangeActiveTextEditor(() => {
        const active = this.activeMemo();
        if (active && active !== this.document) {
          this.document = active;
          this.entries = [];
          this.changeEmitter.fire();
          this.refresh();
        }
      }),
      diagnostics.onDidLint((document) => {
        if (document === this.document) this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) {
          this.document = this.activeMemo();
          this.entries = [];
          this.changeEmitter.fire();
          this.refresh();
        }
      }),
    );
  }

  /** Starts asking `source` (the language server, once its client has started). */
  connect(source: RelatedSource): void {
    this.source = source;
    this.refresh();
  }

  /** The recommendations the view lists now: the server's latest answer for the active memo. */
  current(): readonly RelatedRecommendationEntry[] {
    return this.document && !this.document.isClosed ? this.entries : [];
  }

  getChildren(element?: RelatedRecommendationEntry): RelatedRecommendationEntry[] {
    return element ? [] : [...this.current()];
  }

  getTreeItem(entry: RelatedRecommendationEntry): vscode.TreeItem {
    const { recommendation, tooltip } = entry;
    const item = new vscode.TreeItem(recommendation.title, vscode.TreeItemCollapsibleState.None);
    item.id = recommendation.id;
    item.description = recommendation.actor;
    item.tooltip = new vscode.MarkdownString(tooltip);
    item.accessibilityInformation = { label: `${recommendation.title}, ${recommendation.actor}` };
    item.contextValue = 'recommendation';
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.command = { title: 'Show Recommendation', command: COMMANDS.showRecommendation, arguments: [recommendation.id] };
    return item;
  }

  /** Keeps the view's title bar description to the count of the memo's related recommendations. */
  showCountOn(view: vscode.TreeView<RelatedRecommendationEntry>): vscode.Disposable {
    const update = () => {
      const count = this.current().length;
      view.description = this.document ? `${count} for ${this.document.uri.path.split('/').pop()}` : undefined;
    };
    update();
    return this.onDidChangeTreeData(update);
  }

  private refresh(): void {
    const document = this.document;
    if (!this.source || !document) return;
    const request = ++this.requests;
    this.source(document).then(
      (entries) => {
        if (request !== this.requests || document !== this.document) return;
        this.entries = entries ?? [];
        this.changeEmitter.fire();
      },
      // A request cancelled or overtaken, or a server restarting: the next lint asks again.
      () => undefined,
    );
  }

  private activeMemo(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isMemo(document) ? document : undefined;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
