import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, LineIndex, ruleDocsUrl, type Finding, type Severity } from '../core/index';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The editor range of a finding (the engine counts lines and columns from 1, VS Code from 0). */
export function findingRange(finding: Finding): vscode.Range {
  return new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
}

/** A range between two string offsets of a document. */
export function offsetRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** Converts string offsets to positions: an open document, or a `LineIndex` over text on disk. */
export type PositionAt = (offset: number) => vscode.Position;

/** Positions from the engine's line index, for text that is not open in an editor. */
export function positionsOf(text: string): PositionAt {
  const lines = new LineIndex(text);
  return (offset) => {
    const position = lines.positionAt(offset);
    return new vscode.Position(position.line - 1, position.column - 1);
  };
}

/** A diagnostic for the Problems panel, linked to the rule's documentation. */
export function toDiagnostic(uri: vscode.Uri, finding: Finding, positionAt: PositionAt): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(findingRange(finding), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(ruleDocsUrl(finding.ruleId)) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Range(positionAt(related.start), positionAt(related.end))), related.message),
    );
  }
  return diagnostic;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : typeof code === 'string' ? code : undefined;
}
