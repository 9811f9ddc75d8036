import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type DocumentDiagnosticReport, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './convert';
import type { Memos } from './memos';

/** Whether the server lints a document: Markdown, the language of memos. */
export function isMemo(document: TextDocument): boolean {
  return document.languageId === 'markdown';
}

/**
 * Answers `textDocument/diagnostic` (pull): an unchanged report when the client already has the
 * result of this version under this configuration, otherwise a full one. A request overtaken by an
 * edit while it waited is cancelled with `retriggerRequest`, so the client asks again for the new version.
 */
export async function pullDiagnostics(memos: Memos, document: TextDocument | undefined, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
  if (!document || !isMemo(document)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const version = document.version;
  if (previousResultId !== undefined && previousResultId === memos.resultId(document) && memos.linted(document)) {
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: previousResultId };
  }
  await yieldToMessages();
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  const linted = await memos.lint(document);
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  if (document.version !== version) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed', { retriggerRequest: true });
  if (!linted) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, resultId: linted.resultId, items: linted.findings.map((finding) => toDiagnostic(document, finding)) };
}

/**
 * Publishes diagnostics (push) for clients without pull: after an open or a change, the latest
 * version of each memo is linted once; a lint overtaken by a newer edit publishes nothing.
 */
export class DiagnosticsPublisher {
  private readonly scheduled = new Set<string>();

  constructor(private readonly connection: Connection, private readonly documents: TextDocuments<TextDocument>, private readonly memos: Memos) {}

  schedule(uri: string): void {
    if (this.scheduled.has(uri)) return;
    this.scheduled.add(uri);
    // Waiting for the messages already received lets a burst of changes end in one lint.
    void yieldToMessages().then(() => {
      this.scheduled.delete(uri);
      return this.publish(uri);
    }).catch((error: Error) => this.connection.console.error(`Policy Lens: linting ${uri} failed: ${error.stack ?? error.message}`));
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) if (isMemo(document)) this.schedule(document.uri);
  }

  clear(uri: string): void {
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document || !isMemo(document)) return;
    const version = document.version;
    const linted = await this.memos.lint(document);
    const current = this.documents.get(uri);
    if (current !== document || document.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics: linted ? linted.findings.map((finding) => toDiagnostic(document, finding)) : [] });
  }
}

/** Lets the connection read the messages that already arrived (a cancellation, a newer edit) before working. */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
