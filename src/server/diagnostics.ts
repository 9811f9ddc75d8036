import { DiagnosticSeverity, DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Diagnostic, type DocumentDiagnosticReport, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../core/index';
import { toDiagnostic } from './convert';
import type { LintedVersion, Memos } from './memos';
import type { ServerSettings } from './settings';
import type { TypingTracker } from './typing';

/** Whether the server lints a document: Markdown, the language of memos. */
export function isMemo(document: TextDocument): boolean {
  return document.languageId === 'markdown';
}

/** The diagnostics of a lint: its findings (less those at a word being typed), and one notice if it ran past its time budget. */
export function lintDiagnostics(document: TextDocument, linted: LintedVersion, typing: TypingTracker): Diagnostic[] {
  const diagnostics = typing.shown(document, linted.findings).map((finding) => toDiagnostic(document, finding));
  if (linted.overBudget) {
    const { elapsedMs, skippedRules } = linted.overBudget;
    diagnostics.unshift({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      message: `Policy Lens stopped checking this memo after ${elapsedMs.toLocaleString('en-US')} ms, its time budget, so ${skippedRules.join(', ')} did not run. It is checked again when you save it.`,
    });
  }
  return diagnostics;
}

/** The result id of what a pull answers now: a lint with findings held back for typing differs from the same lint shown whole. */
function reportId(document: TextDocument, resultId: string, typing: TypingTracker): string {
  return typing.typing(document) ? `${resultId}:typing` : resultId;
}

/**
 * Answers `textDocument/diagnostic` (pull): an unchanged report when the client already has the
 * result of this version under this configuration, otherwise a full one. A request overtaken by an
 * edit while it waited is cancelled with `retriggerRequest`, so the client asks again for the new version.
 */
export async function pullDiagnostics(memos: Memos, typing: TypingTracker, document: TextDocument | undefined, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
  if (!document || !isMemo(document)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const version = document.version;
  const known = memos.linted(document);
  if (known && previousResultId !== undefined && previousResultId === reportId(document, known.resultId, typing)) {
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: previousResultId };
  }
  await yieldToMessages();
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  const linted = await memos.lint(document);
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  if (document.version !== version) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed', { retriggerRequest: true });
  if (!linted) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, resultId: reportId(document, linted.resultId, typing), items: lintDiagnostics(document, linted, typing) };
}

/**
 * Publishes diagnostics (push) for clients without pull, and for the VS Code extension, whose
 * Problems panel covers every open memo, not only the visible ones VS Code pulls for: after an open
 * at once, after a change once the `debounceMs` setting has passed without another (never while
 * `lintOnType` is off: then after a save); a lint overtaken by a newer edit publishes nothing.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What was last published for each memo, so an unchanged result is not sent again. */
  private readonly published = new Map<string, { linted: LintedVersion; typing: boolean }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly memos: Memos,
    private readonly typing: TypingTracker,
    private readonly settings: (uri: string) => Promise<ServerSettings>,
  ) {}

  /** Lints a memo after what `reason` asks: at once after an open, or a save while `lintOnType` is off; debounced after a change. */
  schedule(uri: string, reason: 'open' | 'change' | 'save'): void {
    void this.settings(uri).then((settings) => {
      if (reason === 'change' && !settings.lintOnType) return;
      if (reason === 'save' && settings.lintOnType) return;
      this.later(uri, reason === 'change' ? settings.debounceMs : 0);
    });
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) if (isMemo(document)) this.later(document.uri, 0);
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Publishes again what was held back while a word was typed. */
  republish(uri: string): void {
    this.later(uri, 0);
  }

  private later(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    // Even at 0 ms this waits for the messages already received, so a burst of changes ends in one lint.
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.publish(uri).catch((error: Error) => this.connection.console.error(`Policy Lens: linting ${uri} failed: ${error.stack ?? error.message}`));
    }, delayMs));
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document || !isMemo(document)) return;
    const version = document.version;
    const linted = await this.memos.lint(document);
    const current = this.documents.get(uri);
    if (current !== document || document.version !== version) return;
    const typing = this.typing.typing(document);
    const last = this.published.get(uri);
    // A memo past its time budget keeps its last result until saved: nothing new to send.
    if (linted && last?.linted === linted && last.typing === typing && linted.overBudget) return;
    if (linted) this.published.set(uri, { linted, typing });
    else this.published.delete(uri);
    await this.connection.sendDiagnostics({ uri, version, diagnostics: linted ? lintDiagnostics(document, linted, this.typing) : [] });
  }
}

/** Lets the connection read the messages that already arrived (a cancellation, a newer edit) before working. */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
