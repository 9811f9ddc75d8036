import * as vscode from 'vscode';
import { recommendationTooltip, relatedRecommendations, type RelatedRecommendation } from '../core/index';
import { COMMANDS } from './constants';
import type { DiagnosticsController } from './diagnostics';
import { isMemo, type MemoService } from './memo-service';

/**
 * The Explorer view "Related Recommendations": what the published papers recommend about the terms
 * the active memo uses. It follows the active editor and refreshes after each lint of it. Rows keep a
 * stable order (by title) and id, so an insert never moves the row under the mouse; each shows the
 * actor beside the title, and the tooltip the full title. Bound to its TreeView (`showCountOn`), the
 * view's title bar says how many recommendations the memo has: the quiet marker of linked
 * recommendations, where a Problem per term used to be.
 */
export class RelatedRecommendationsView implements vscode.TreeDataProvider<RelatedRecommendation>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private document?: vscode.TextDocument;

  constructor(private readonly memos: MemoService, diagnostics: DiagnosticsController) {
    this.document = this.activeMemo();
    this.disposables.push(
      this.changeEmitter,
      vscode.window.onDidChangeActiveTextEditor(() => {
        const active = this.activeMemo();
        if (active && active !== this.document) {
          this.document = active;
          this.changeEmitter.fire();
        }
      }),
      diagnostics.onDidLint((document) => {
        if (document === this.document) this.changeEmitter.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) {
          this.document = this.activeMemo();
          this.changeEmitter.fire();
        }
      }),
    );
  }

  /** The recommendations the view lists now. */
  current(): RelatedRecommendation[] {
    return this.document && !this.document.isClosed ? relatedRecommendations(this.memos.analysis(this.document)) : [];
  }

  getChildren(element?: RelatedRecommendation): RelatedRecommendation[] {
    return element ? [] : this.current();
  }

  getTreeItem(entry: RelatedRecommendation): vscode.TreeItem {
    const { recommendation, terms } = entry;
    const item = new vscode.TreeItem(recommendation.title, vscode.TreeItemCollapsibleState.None);
    item.id = recommendation.id;
    item.description = recommendation.actor;
    item.tooltip = new vscode.MarkdownString(recommendationTooltip(recommendation, terms.map((term) => term.term)));
    item.accessibilityInformation = { label: `${recommendation.title}, ${recommendation.actor}` };
    item.contextValue = 'recommendation';
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.command = { title: 'Show Recommendation', command: COMMANDS.showRecommendation, arguments: [recommendation.id] };
    return item;
  }

  /** Keeps the view's title bar description to the count of the memo's related recommendations. */
  showCountOn(view: vscode.TreeView<RelatedRecommendation>): vscode.Disposable {
    const update = () => {
      const count = this.current().length;
      view.description = this.document ? `${count} for ${this.document.uri.path.split('/').pop()}` : undefined;
    };
    update();
    return this.onDidChangeTreeData(update);
  }

  private activeMemo(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isMemo(document) ? document : undefined;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
