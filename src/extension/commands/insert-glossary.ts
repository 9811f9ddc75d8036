import * as vscode from 'vscode';
import { acronymGlossary } from '../../core/index';
import type { MemoService } from '../memo-service';
import { insertBlockAtCursor } from './insert';

/** Inserts the acronym glossary of the active memo at the cursor. */
export async function insertAcronymGlossary(memos: MemoService): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('Policy Lens: open a Markdown memo to insert its acronym glossary.');
    return false;
  }
  const table = acronymGlossary(memos.analysis(editor.document));
  if (!table) {
    void vscode.window.showInformationMessage('Policy Lens: this memo uses no acronyms.');
    return false;
  }
  return insertBlockAtCursor(table);
}
