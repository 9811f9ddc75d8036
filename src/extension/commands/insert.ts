import * as vscode from 'vscode';

/** Inserts a Markdown block at the cursor of the active editor, on its own paragraph; one undoable edit. */
export async function insertBlockAtCursor(block: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('Policy Lens: open a Markdown memo and place the cursor where the text should go.');
    return false;
  }
  const position = editor.selection.active;
  const line = editor.document.lineAt(position.line);
  const atEmptyLine = line.isEmptyOrWhitespace;
  const where = atEmptyLine ? line.range.start : line.range.end;
  const text = atEmptyLine ? block : `\n\n${block}`;
  return editor.edit((builder) => builder.insert(where, text));
}
