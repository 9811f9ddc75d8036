import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, singularAcronym } from '../core/index';
import { COMMANDS } from '../shared/commands';
import { findingRange, sameRange } from './convert';
import { fixAllEdits } from './fix-all';
import type { Memos } from './memos';
import { FIX_ALL_KIND } from '../shared/protocol';

/**
 * Quick fixes for our diagnostics, as the extension offers them: the engine's own fix (expand an
 * acronym, correct an expansion, name the successor of an outdated term), silencing the rule on that
 * line, and (for clients that run those commands) allowing an acronym or adding it to a team pack;
 * plus `source.fixAll.policyLens`, every safe fix at once, when the client asks for that kind.
 */
export async function codeActions(memos: Memos, document: TextDocument, params: CodeActionParams, clientCommands: ReadonlySet<string>): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  if (wanted(CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string');
    const linted = ours.length > 0 ? await memos.lint(document) : undefined;
    for (const diagnostic of ours) {
      const ruleId = diagnostic.code as string;
      const finding = linted?.findings.find((candidate) => candidate.ruleId === ruleId && sameRange(findingRange(candidate), diagnostic.range));
      if (finding?.fix) {
        const { fix } = finding;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [document.uri]: [{ range: { start: document.positionAt(fix.start), end: document.positionAt(fix.end) }, newText: fix.text }] } },
        });
      }
      if (ruleId === 'acronym-undefined') actions.push(...acronymActions(memos, document, diagnostic, clientCommands));
      actions.push(disableForLine(document, diagnostic, ruleId));
    }
  }
  if (params.context.only && wanted(FIX_ALL_KIND)) {
    const edits = await fixAllEdits(memos, document);
    if (edits.length > 0) actions.push({ title: 'Fix all Policy Lens problems that have a safe fix', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
  }
  return actions;
}

function acronymActions(memos: Memos, document: TextDocument, diagnostic: Diagnostic, clientCommands: ReadonlySet<string>): CodeAction[] {
  const acronym = singularAcronym(document.getText(diagnostic.range));
  const actions: CodeAction[] = [];
  if (clientCommands.has(COMMANDS.addToAllowList)) {
    const title = `Add "${acronym}" to the allow-list in .policylens.json`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: COMMANDS.addToAllowList, arguments: [acronym, document.uri] } });
  }
  if (clientCommands.has(COMMANDS.addToTeamPack) && !memos.latestAnalysis(document).index.acronym(acronym)) {
    const title = `Add "${acronym}" to team pack...`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: COMMANDS.addToTeamPack, arguments: [acronym, document.uri] } });
  }
  return actions;
}

/** Appends `<!-- policy-lens-disable-line RULE -->` to the line, which keeps a paragraph whole. */
function disableForLine(document: TextDocument, diagnostic: Diagnostic, ruleId: string): CodeAction {
  const lineNumber = diagnostic.range.start.line;
  const lineText = document.getText({ start: { line: lineNumber, character: 0 }, end: { line: lineNumber + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  // Goes before a trailing hard break (a backslash or two spaces), so the break still ends the line.
  const hardBreak = /(\\| {2,})$/.exec(lineText);
  const at = lineText.length - (hardBreak ? hardBreak[0].length : 0);
  const before = lineText.slice(0, at);
  const separator = before.endsWith(' ') || before.length === 0 ? '' : ' ';
  return {
    title: `Disable ${ruleId} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [{ range: { start: { line: lineNumber, character: at }, end: { line: lineNumber, character: at } }, newText: `${separator}<!-- policy-lens-disable-line ${ruleId} -->` }] } },
  };
}
