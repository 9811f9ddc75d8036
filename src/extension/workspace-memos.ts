import * as vscode from 'vscode';
import { SKIPPED_FOLDERS } from '../core/index';
import { MAX_MEMO_BYTES, readWorkspaceText } from './workspace-file-host';

const MARKDOWN_FILES = '**/*.{md,markdown}';
const SKIPPED = `{${SKIPPED_FOLDERS.map((folder) => `**/${folder}/**`).join(',')}}`;

/** Every Markdown file in the workspace, outside the folders the CLI skips too. */
export function findWorkspaceMemos(token?: vscode.CancellationToken): Thenable<vscode.Uri[]> {
  return vscode.workspace.findFiles(MARKDOWN_FILES, SKIPPED, undefined, token);
}

/** A memo's text: the open document's (unsaved edits count), else the file's (a regular file within the size limit, strict UTF-8). */
export async function memoText(uri: vscode.Uri, document: vscode.TextDocument | undefined): Promise<string> {
  return document ? document.getText() : readWorkspaceText(uri, MAX_MEMO_BYTES);
}
