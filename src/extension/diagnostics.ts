import * as vscode from 'vscode';
import { isMemo } from './memo-service';
import { readSettings } from './settings';

/**
 * When a memo's views should refresh: its diagnostics arrived from the language server, or its text
 * settled after an edit (the `debounceMs` setting), which covers edits that change no diagnostic.
 */
export class MemoUpdates implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires with a memo whose diagnostics or settled text are new. */
  readonly onDidLint = this.emitter.event;

  constructor() {
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((event) => {
        const changed = new Set(event.uris.map((uri) => uri.toString()));
        for (const document of vscode.workspace.textDocuments) if (isMemo(document) && changed.has(document.uri.toString())) this.emitter.fire(document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!isMemo(event.document) || event.contentChanges.length === 0) return;
        const key = event.document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => {
          this.timers.delete(key);
          if (!event.document.isClosed) this.emitter.fire(event.document);
        }, readSettings(event.document.uri).debounceMs));
      }),
    );
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The name the Related Recommendations view knows these updates by. */
export type DiagnosticsController = MemoUpdates;
