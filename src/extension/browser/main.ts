import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME } from '../client/language-client';
import { activatePolicyLens, type PolicyLensApi } from '../extension';

/** The worker host's `Worker`, typed without the WebWorker library (the repository-wide type check has Node's instead). */
const ServerWorker = (globalThis as unknown as { Worker: new (scriptUrl: string) => Exclude<ServerOptions, () => unknown> }).Worker;

/** The web (worker extension host, vscode.dev) entry: the language server runs in a Web Worker. */
export function activate(context: vscode.ExtensionContext): Promise<PolicyLensApi> {
  const worker = new ServerWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'language-server-web.js').toString(true));
  return activatePolicyLens(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, worker, options));
}

export function deactivate(): void {}
