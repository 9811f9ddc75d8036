import * as vscode from 'vscode';
import { singularAcronym } from '../core/index';
import { COMMANDS } from './constants';
import { findingRange, offsetRange, ruleIdOf } from './convert';
import type { DiagnosticsController } from './diagnostics';
import type { MemoService } from './memo-service';

/**
 * Quick fixes for our diagnostics: the engine's own fix (expand an acronym, correct an expansion,
 * name the successor of an outdated term), silencing the rule on that line, and allowing an acronym
 * or adding it to a team pack.
 */
export class PolicyLensCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: DiagnosticsController, private readonly memos: MemoService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.diagnostics.findings(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const finding = linted?.findings.find((candidate) => candidate.ruleId === ruleId && findingRange(candidate).isEqual(diagnostic.range));
      if (finding?.fix) {
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, offsetRange(document, finding.fix.start, finding.fix.end), finding.fix.text);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      if (ruleId === 'acronym-undefined') {
        const acronym = singularAcronym(document.getText(diagnostic.range));
        const allow = new vscode.CodeAction(`Add "${acronym}" to the allow-list in .policylens.json`, vscode.CodeActionKind.QuickFix);
        allow.command = { title: allow.title, command: COMMANDS.addToAllowList, arguments: [acronym, document.uri] };
        allow.diagnostics = [diagnostic];
        actions.push(allow);
        if (!this.memos.index(document).acronym(acronym)) {
          const toPack = new vscode.CodeAction(`Add "${acronym}" to team pack...`, vscode.CodeActionKind.QuickFix);
          toPack.command = { title: toPack.title, command: COMMANDS.addToTeamPack, arguments: [acronym, document.uri] };
          toPack.diagnostics = [diagnostic];
          actions.push(toPack);
        }
      }
      actions.push(this.disableForLine(document, diagnostic, ruleId));
    }
    return actions;
  }

  /** Appends `<!-- policy-lens-disable-line RULE -->` to the line, which keeps a paragraph whole. */
  private disableForLine(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction {
    const line = document.lineAt(diagnostic.range.start.line);
    const action = new vscode.CodeAction(`Disable ${ruleId} for this line`, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    // Goes before a trailing hard break (a backslash or two spaces), so the break still ends the line.
    const hardBreak = /(\\| {2,})$/.exec(line.text);
    const at = hardBreak ? line.range.end.translate(0, -hardBreak[0].length) : line.range.end;
    const before = line.text.slice(0, at.character);
    const separator = before.endsWith(' ') || before.length === 0 ? '' : ' ';
    action.edit.insert(document.uri, at, `${separator}<!-- policy-lens-disable-line ${ruleId} -->`);
    action.diagnostics = [diagnostic];
    return action;
  }
}
