import * as vscode from 'vscode';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import type { ProjectConfigs } from '../project-config';

/**
 * Adds an acronym to `allow` in the nearest `.policylens.json` (creating one at the workspace folder
 * root if there is none), keeping the file's comments and layout; one undoable workspace edit.
 */
export async function addToAllowList(configs: ProjectConfigs, acronym: unknown, documentUri: unknown): Promise<boolean> {
  const source = documentUri instanceof vscode.Uri ? documentUri : typeof documentUri === 'string' ? vscode.Uri.parse(documentUri) : vscode.window.activeTextEditor?.document.uri;
  if (typeof acronym !== 'string' || !source) return false;
  const target = await configs.targetFor(source);
  if (!target) {
    void vscode.window.showWarningMessage('Policy Lens: open a workspace folder to keep an allow-list in .policylens.json.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  let existing: vscode.TextDocument | undefined;
  try {
    existing = await vscode.workspace.openTextDocument(target);
  } catch {
    existing = undefined;
  }
  if (!existing) {
    edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(`{\n  "allow": [${JSON.stringify(acronym)}]\n}\n`) });
  } else {
    const text = existing.getText();
    const errors: ParseError[] = [];
    const current = parse(text, errors, { allowTrailingComma: true }) as { allow?: unknown } | undefined;
    if (errors.length > 0 || (text.trim() !== '' && (typeof current !== 'object' || current === null || Array.isArray(current)))) {
      void vscode.window.showErrorMessage(`Policy Lens: ${vscode.workspace.asRelativePath(target)} is not valid JSON; fix it first (see the Problems panel).`);
      return false;
    }
    const allow = Array.isArray(current?.allow) ? current.allow : [];
    if (allow.includes(acronym)) return true;
    const formatting = { insertSpaces: true, tabSize: 2, eol: existing.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' };
    const edits = text.trim() === '' ? [] : modify(text, ['allow', allow.length], acronym, { formattingOptions: formatting, isArrayInsertion: true });
    const updated = text.trim() === '' ? `{\n  "allow": [${JSON.stringify(acronym)}]\n}\n` : applyEdits(text, edits);
    edit.replace(target, new vscode.Range(existing.positionAt(0), existing.positionAt(text.length)), updated);
  }
  const hadUnsavedChanges = existing?.isDirty ?? false;
  const applied = await vscode.workspace.applyEdit(edit);
  // Save so the linter sees the change, unless the user was in the middle of editing the file.
  if (applied && !hadUnsavedChanges) await (await vscode.workspace.openTextDocument(target)).save();
  return applied;
}
