import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, type PackLocation, type PackProblem } from '../../core/index';
import { isUri } from '../workspace-file-host';

/** Pack problems as diagnostics; a conflict links to the entry it replaces. */
export function problemDiagnostics(problems: readonly PackProblem[]): vscode.Diagnostic[] {
  return problems.map((problem) => {
    const diagnostic = new vscode.Diagnostic(pointRange(problem), problem.message, problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    if (problem.related && isUri(problem.related.file)) {
      diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(problem.related.file), pointRange(problem.related)), problem.related.message)];
    }
    return diagnostic;
  });
}

function pointRange(location: PackLocation): vscode.Range {
  const position = new vscode.Position(location.line - 1, location.column - 1);
  return new vscode.Range(position, position);
}
