import * as vscode from 'vscode';
import { isMemo } from './memo-service';
import { readSettings } from './settings';

/** How long after the `debounceMs` setting an edit's diagnostics may take before the views refresh without them. */
export const SETTLED_AFTER_LINT_MS = 1000;

/**
 * When a memo's views should refresh: its diagnostics arrived from the language server, or, for an
 * edit whose lint publishes nothing (`lintOnType` off, a memo past its time budget, Policy Lens
 * disabled for it), its text settled: `SETTLED_AFTER_LINT_MS` past the `debounceMs` setting without
 * new diagnostics. So an edit asks the server for the views once, not once when the text settles and
 * again when its diagnostics arrive (each ask costs the server a walk over the memo's analysis).
 */
export class MemoUpdates implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Per memo with an edit not yet followed by its diagnostics: the fallback timer, and when the edit's lint could publish at the earliest. */
  private readonly timers = new Map<string, { timer: ReturnType<typeof setTimeout>; lintFrom: number }>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires with a memo whose diagnostics or settled text are new. */
  readonly onDidLint = this.emitter.event;

  constructor() {
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((event) => {
        const changed = new Set(event.uris.map((uri) => uri.toString()));
        for (const document of vscode.workspace.textDocuments) {
          const key = document.uri.toString();
          if (!isMemo(document) || !changed.has(key)) continue;
          // Diagnostics sooner than the server's debounce are those of an earlier version: the edit's own are still to come.
          const pending = this.timers.get(key);
          if (pending && performance.now() >= pending.lintFrom) {
            clearTimeout(pending.timer);
            this.timers.delete(key);
          }
          this.emitter.fire(document);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!isMemo(event.document) || event.contentChanges.length === 0) return;
        const key = event.document.uri.toString();
        clearTimeout(this.timers.get(key)?.timer);
        const { debounceMs } = readSettings(event.document.uri);
        const timer = setTimeout(() => {
          this.timers.delete(key);
          if (!event.document.isClosed) this.emitter.fire(event.document);
        }, debounceMs + SETTLED_AFTER_LINT_MS);
        this.timers.set(key, { timer, lintFrom: performance.now() + debounceMs });
      }),
    );
  }

  dispose(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The name the Related Recommendations view knows these updates by. */
export type DiagnosticsController = MemoUpdates;
