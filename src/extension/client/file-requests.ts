import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { HostRead } from '../../core/index';
import { LIST_FOLDER_REQUEST, READ_FILE_REQUEST } from '../../shared/protocol';
import { workspaceFileHost } from '../workspace-file-host';

/**
 * Answers the server's file requests through `vscode.workspace.fs`: the server in a Web Worker
 * (vscode.dev) has no file system of its own. Reads go through the extension's one file host, so
 * they stat first, refuse symbolic links, folders and devices, and keep the size limit the server asks for.
 */
export function answerFileRequests(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(READ_FILE_REQUEST, (params: { uri?: unknown; maxBytes?: unknown }): Promise<HostRead> => {
      if (typeof params?.uri !== 'string' || typeof params.maxBytes !== 'number') return Promise.resolve({ error: 'a read needs a uri and maxBytes' });
      return workspaceFileHost.read(params.uri, params.maxBytes);
    }),
    client.onRequest(LIST_FOLDER_REQUEST, async (params: { uri?: unknown }): Promise<string[] | null> => {
      if (typeof params?.uri !== 'string') return null;
      const names = await workspaceFileHost.list(params.uri);
      return names ? [...names] : null;
    }),
  );
}
