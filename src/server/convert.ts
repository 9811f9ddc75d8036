import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, ruleDocsUrl, type ConfigProblem, type Finding, type PackProblem, type Severity } from '../core/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The range of a finding (the engine counts lines and columns from 1, the protocol from 0). */
export function findingRange(finding: Finding): Range {
  return { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } };
}

/** The range between two string offsets of a document. */
export function offsetRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** A diagnostic linked to the rule's documentation, as the extension's Problems panel shows it. */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: findingRange(finding),
    message: finding.message,
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => ({ location: { uri: document.uri, range: offsetRange(document, related.start, related.end) }, message: related.message }));
  }
  return diagnostic;
}

/** A problem in a configuration or pack file, as a diagnostic on that file. */
export function problemDiagnostic(problem: ConfigProblem | PackProblem): Diagnostic {
  const position = { line: Math.max(0, problem.line - 1), character: Math.max(0, problem.column - 1) };
  return {
    range: { start: position, end: position },
    message: problem.message,
    severity: 'severity' in problem && problem.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
  };
}

/** Whether two ranges are the same. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
