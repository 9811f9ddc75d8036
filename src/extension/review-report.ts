import * as vscode from 'vscode';
import { buildReviewReport, renderHtml, type DocumentAnalysis, type Finding, type MemoReport, type ReportFinding } from '../core/index';
import { COMMANDS, REVIEW_REPORT_VIEW_TYPE } from './constants';
import { isMemo, type MemoService } from './memo-service';
import { readSettings } from './settings';
import { findWorkspaceMemos, memoText } from './workspace-memos';

/** What the command returns: the page shown, and how many memos and findings it covers. */
export interface ReviewReportResult {
  readonly html: string;
  readonly memos: number;
  readonly findings: number;
}

/**
 * Shows the review report of the active memo, or of every memo in the workspace when no Markdown
 * editor is active, in one webview panel. The page runs no script; each finding links to the memo
 * through a command URI, and only the reveal command may run from it.
 */
export class ReviewReportPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;

  constructor(private readonly memos: MemoService, private readonly version: string) {}

  /** The panel on screen, if any (for tests). */
  get current(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  async open(): Promise<ReviewReportResult> {
    const uris = await this.targets();
    const reviewed: { file: string; uri: vscode.Uri; analysis: DocumentAnalysis; findings: Finding[] }[] = [];
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    for (const uri of uris) {
      if (!readSettings(uri).enable) continue;
      const document = open.get(uri.toString());
      try {
        const text = await memoText(uri, document);
        reviewed.push({ file: vscode.workspace.asRelativePath(uri), uri, ...(await this.memos.review(uri, text, document)) });
      } catch (error) {
        void vscode.window.showWarningMessage(`Policy Lens: ${vscode.workspace.asRelativePath(uri)} could not be reviewed: ${(error as Error).message}`);
      }
    }
    const report = buildReviewReport(this.version, reviewed);
    const uriOf = new Map(reviewed.map((memo) => [memo.file, memo.uri]));
    const panel = this.show();
    const html = renderHtml(report, {
      contentSecurityPolicy: `default-src 'none'; style-src ${panel.webview.cspSource} 'unsafe-inline'; img-src ${panel.webview.cspSource} data:`,
      findingHref: (memo: MemoReport, finding: ReportFinding) => revealUri(uriOf.get(memo.file), finding),
    });
    panel.webview.html = html;
    return { html, memos: report.memos.length, findings: report.memos.reduce((sum, memo) => sum + memo.findings.length, 0) };
  }

  private async targets(): Promise<vscode.Uri[]> {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isMemo(active)) return [active.uri];
    return (await findWorkspaceMemos()).sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  private show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(REVIEW_REPORT_VIEW_TYPE, 'Policy Lens: Review Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      enableCommandUris: [COMMANDS.revealFinding],
      localResourceRoots: [],
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    this.panel = panel;
    return panel;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** A command URI that reveals a finding: the memo's URI and the finding's 0-based range. */
function revealUri(uri: vscode.Uri | undefined, finding: ReportFinding): string {
  if (!uri) return '#';
  const args = [uri.toString(), finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1];
  return `command:${COMMANDS.revealFinding}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Opens a memo with a finding's range selected, in the editor group that already shows it or the first one. */
export async function revealFinding(uri: unknown, line: unknown, column: unknown, endLine: unknown, endColumn: unknown): Promise<boolean> {
  const numbers = [line, column, endLine, endColumn];
  if (typeof uri !== 'string' || !numbers.every((value) => Number.isInteger(value) && (value as number) >= 0)) return false;
  const target = vscode.Uri.parse(uri);
  const range = new vscode.Range(line as number, column as number, endLine as number, endColumn as number);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === target.toString());
  const editor = await vscode.window.showTextDocument(target, { selection: range, viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
