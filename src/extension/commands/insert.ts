import * as vscode from 'vscode';
import type { InsertionPoint } from '../../core/index';

/** Rewrites a block for the memo it lands in (see the core's `recommendationInsertion`); returns the text to insert. */
export type BlockFitter = (where: InsertionPoint, document: vscode.TextDocument) => Promise<string>;

/**
 * Inserts a Markdown block at the cursor of the active editor, on its own paragraph; one undoable edit.
 * A `BlockFitter` sees the memo first; if the memo changes while it works, the insertion starts over once.
 */
export async function insertBlockAtCursor(block: string | BlockFitter, attempts = 2): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('Policy Lens: open a Markdown memo and place the cursor where the text should go.');
    return false;
  }
  const document = editor.document;
  const version = document.version;
  const position = editor.selection.active;
  const line = document.lineAt(position.line);
  const atEmptyLine = line.isEmptyOrWhitespace;
  const where = atEmptyLine ? line.range.start : line.range.end;
  const before = atEmptyLine ? '' : '\n\n';
  const text = typeof block === 'string' ? before + block : await block({ memo: document.getText(), offset: document.offsetAt(where), before }, document);
  if (document.version !== version || vscode.window.activeTextEditor !== editor) {
    return attempts > 1 ? insertBlockAtCursor(block, attempts - 1) : false;
  }
  return editor.edit((builder) => builder.insert(where, text));
}
