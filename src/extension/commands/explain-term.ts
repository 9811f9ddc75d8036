import * as vscode from 'vscode';
import { termDocument, type Term } from '../../core/index';
import type { MemoService } from '../memo-service';

/**
 * Explains a term: the one given, else the one under the cursor, else one the user picks. The
 * explanation opens beside the memo as a Markdown document.
 */
export async function explainTerm(memos: MemoService, termId?: unknown): Promise<vscode.TextEditor | undefined> {
  const term = (typeof termId === 'string' ? memos.index().lookup(termId) : undefined) ?? termAtCursor(memos) ?? (await pickTerm(memos));
  if (!term) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: termDocument(term, memos.index()) });
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
}

function termAtCursor(memos: MemoService): Term | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  return memos.analysis(editor.document).termUses.find((use) => use.start <= offset && offset <= use.end)?.term;
}

async function pickTerm(memos: MemoService): Promise<Term | undefined> {
  const items = memos.index().terms.map((term) => ({ label: term.term, description: term.expansion, detail: term.definition, term }));
  const chosen = await vscode.window.showQuickPick(items, { title: 'Policy Lens: Explain Term', placeHolder: 'Type a term or acronym', matchOnDescription: true });
  return chosen?.term;
}
