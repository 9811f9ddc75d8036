import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { COMMANDS, HOVER_COMMANDS } from '../../shared/commands';
import { WORKSPACE_TRUSTED_NOTIFICATION, type PolicyLensInitializationOptions } from '../../shared/protocol';
import { answerFileRequests } from './file-requests';

/** The client's id, also the prefix of its `policyLens.trace.server` setting. */
export const CLIENT_ID = 'policyLens';
export const CLIENT_NAME = 'Policy Lens Language Server';

/** Markdown that is not a memo being written: diff views, output, source-control inputs. The server never sees these. */
const NOT_MEMOS = new Set(['output', 'git', 'vscode-scm', 'gitlens', 'pr', 'review', 'merge-conflict.conflict-diff']);

/** Makes a client of the server bundle for this host: a Node process on the desktop, a Web Worker in the browser. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/**
 * What the extension tells the server and how it shows the server's results: Markdown memos of
 * every scheme (untitled, vscode.dev's virtual files), the commands the extension runs for the
 * server's quick fixes and hover links, diagnostics pushed for every open memo, and workspace trust.
 */
export function clientOptions(): LanguageClientOptions {
  const initializationOptions: PolicyLensInitializationOptions = {
    clientCommands: [...HOVER_COMMANDS, COMMANDS.addToAllowList, COMMANDS.addToTeamPack],
    pushDiagnostics: true,
    trusted: vscode.workspace.isTrusted,
  };
  return {
    documentSelector: [{ language: 'markdown' }],
    initializationOptions,
    // Hover links may run our own commands and nothing else; a pack's text never becomes HTML.
    markdown: { isTrusted: { enabledCommands: [...HOVER_COMMANDS] }, supportHtml: false },
    middleware: {
      didOpen: (document, next) => (NOT_MEMOS.has(document.uri.scheme) ? Promise.resolve() : next(document)),
    },
  };
}

/** Starts a client: it answers the server's file requests and passes on a grant of workspace trust. */
export async function startClient(client: BaseLanguageClient): Promise<vscode.Disposable> {
  const fileRequests = answerFileRequests(client);
  await client.start();
  const trust = vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION));
  return vscode.Disposable.from(fileRequests, trust, { dispose: () => void client.stop() });
}
