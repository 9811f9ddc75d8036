import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME } from '../client/language-client';
import { activatePolicyLens, type PolicyLensApi } from '../extension';

/** The desktop (Node extension host) entry: the language server runs in its own Node process, over IPC. */
export function activate(context: vscode.ExtensionContext): Promise<PolicyLensApi> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'language-server.js').fsPath;
  return activatePolicyLens(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } }, options));
}

export function deactivate(): void {}
