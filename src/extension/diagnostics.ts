import * as vscode from 'vscode';
import type { Finding } from '../core/index';
import { SETTINGS_SECTION } from './constants';
import { toDiagnostic } from './convert';
import type { Log } from './log';
import { isMemo, type MemoService } from './memo-service';
import { readSettings } from './settings';

/** Markdown that is not a memo being written: diff views, output, source-control inputs. */
const NOT_MEMOS = new Set(['output', 'git', 'vscode-scm', 'gitlens', 'pr', 'review', 'merge-conflict.conflict-diff']);

/** The findings behind the diagnostics of one document version; code actions read their fixes here. */
export interface LintedVersion {
  readonly version: number;
  readonly findings: readonly Finding[];
}

/**
 * Keeps the Problems panel in step with open memos: lints on open, while typing (debounced) or on
 * save, drops results for versions that have moved on, and clears a file's diagnostics when it closes.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly pending = new Map<string, vscode.CancellationTokenSource>();
  private readonly linted = new Map<string, LintedVersion>();
  private readonly lintedEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires after a document's diagnostics were updated. */
  readonly onDidLint = this.lintedEmitter.event;

  constructor(private readonly memos: MemoService, readonly collection: vscode.DiagnosticCollection, readonly log: Log) {
    this.disposables.push(
      this.lintedEmitter,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        const settings = readSettings(event.document.uri);
        if (settings.lintOnType) this.schedule(event.document, settings.debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (!readSettings(document.uri).lintOnType) this.schedule(document, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.clear(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) this.lintOpenDocuments();
      }),
      memos.configs.onDidChange(() => this.lintOpenDocuments()),
    );
  }

  /** Lints every open memo now. */
  lintOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** The findings of a document's current version, if it has been linted. */
  findings(document: vscode.TextDocument): LintedVersion | undefined {
    const linted = this.linted.get(document.uri.toString());
    return linted && linted.version === document.version ? linted : undefined;
  }

  /** Lints a document after `delayMs`, cancelling any run still waiting or working for it. */
  schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!isMemo(document) || NOT_MEMOS.has(document.uri.scheme)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.cancelPending(key);
    const cancellation = new vscode.CancellationTokenSource();
    this.pending.set(key, cancellation);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // A failed lint is logged; the document keeps its last diagnostics, and the next edit tries again.
      void this.lint(document, cancellation.token).catch((error: unknown) => this.log.failure(`linting ${document.uri.toString()}`, error)).finally(() => {
        if (this.pending.get(key) === cancellation) this.pending.delete(key);
        cancellation.dispose();
      });
    }, delayMs));
  }

  private async lint(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> {
    const key = document.uri.toString();
    if (!readSettings(document.uri).enable) {
      this.collection.delete(document.uri);
      this.linted.delete(key);
      return;
    }
    const version = document.version;
    const findings = await this.memos.lint(document);
    // A newer edit, a close or a newer run makes these results stale.
    if (token.isCancellationRequested || document.isClosed || document.version !== version) return;
    this.linted.set(key, { version, findings });
    this.collection.set(document.uri, findings.map((finding) => toDiagnostic(document.uri, finding, (offset) => document.positionAt(offset))));
    this.lintedEmitter.fire(document);
  }

  private clear(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.cancelPending(key);
    this.linted.delete(key);
    this.memos.forget(document);
    this.collection.delete(document.uri);
  }

  private cancelPending(key: string): void {
    this.pending.get(key)?.cancel();
    this.pending.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
