import * as vscode from 'vscode';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import type { ProjectConfigs } from '../project-config';
import { mayWrite } from '../safe-write';

/** Adds an acronym to `allow` in the nearest `.policylens.json`. */
export async function addToAllowList(configs: ProjectConfigs, acronym: unknown, documentUri: unknown): Promise<boolean> {
  return typeof acronym === 'string' && addToConfigList(configs, 'allow', acronym, documentUri);
}

/**
 * Adds a value to a list (`allow`, `packs`) in the nearest `.policylens.json` (creating one at the
 * workspace folder root if there is none), keeping the file's comments and layout; one undoable edit.
 */
export async function addToConfigList(configs: ProjectConfigs, key: 'allow' | 'packs', value: string, documentUri: unknown): Promise<boolean> {
  const source = documentUri instanceof vscode.Uri ? documentUri : typeof documentUri === 'string' ? vscode.Uri.parse(documentUri) : vscode.window.activeTextEditor?.document.uri;
  if (!source) return false;
  const target = await configs.targetFor(source);
  if (!target) {
    void vscode.window.showWarningMessage(`Policy Lens: open a workspace folder to keep "${key}" in .policylens.json.`);
    return false;
  }
  if (!(await mayWrite(target))) return false;
  const fresh = `{\n  ${JSON.stringify(key)}: [${JSON.stringify(value)}]\n}\n`;
  const edit = new vscode.WorkspaceEdit();
  let existing: vscode.TextDocument | undefined;
  try {
    existing = await vscode.workspace.openTextDocument(target);
  } catch {
    existing = undefined;
  }
  if (!existing) {
    edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(fresh) });
  } else {
    const text = existing.getText();
    const errors: ParseError[] = [];
    const current = parse(text, errors, { allowTrailingComma: true }) as Record<string, unknown> | undefined;
    if (errors.length > 0 || (text.trim() !== '' && (typeof current !== 'object' || current === null || Array.isArray(current)))) {
      void vscode.window.showErrorMessage(`Policy Lens: ${vscode.workspace.asRelativePath(target)} is not valid JSON; fix it first (see the Problems panel).`);
      return false;
    }
    const list = Array.isArray(current?.[key]) ? (current[key] as unknown[]) : [];
    if (list.includes(value)) return true;
    const formatting = { insertSpaces: true, tabSize: 2, eol: existing.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' };
    const updated = text.trim() === '' ? fresh : applyEdits(text, modify(text, [key, list.length], value, { formattingOptions: formatting, isArrayInsertion: true }));
    edit.replace(target, new vscode.Range(existing.positionAt(0), existing.positionAt(text.length)), updated);
  }
  const hadUnsavedChanges = existing?.isDirty ?? false;
  const applied = await vscode.workspace.applyEdit(edit);
  // Save so the linter sees the change, unless the user was in the middle of editing the file.
  if (applied && !hadUnsavedChanges) await (await vscode.workspace.openTextDocument(target)).save();
  return applied;
}
