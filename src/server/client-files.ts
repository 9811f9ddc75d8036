import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { HostRead } from '../core/index';
import { uriPaths, type ServerFiles } from './files';
import { LIST_FOLDER_REQUEST, READ_FILE_REQUEST } from '../shared/protocol';

/**
 * Files read through the client, for the server in a Web Worker (no file system of its own). A
 * client that does not answer these requests gives the bundled glossary and default rules only.
 */
export function clientFiles(connection: Connection): ServerFiles {
  return {
    async read(path, maxBytes): Promise<HostRead> {
      try {
        return (await connection.sendRequest<HostRead>(READ_FILE_REQUEST, { uri: path, maxBytes })) ?? { missing: true };
      } catch (error) {
        return error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound ? { missing: true } : { error: (error as Error).message };
      }
    },
    async list(folder) {
      try {
        return (await connection.sendRequest<string[] | null>(LIST_FOLDER_REQUEST, { uri: folder })) ?? undefined;
      } catch {
        return undefined;
      }
    },
    // The client protocol has no stat: a path exists when its folder lists its name.
    async exists(path) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      const names = await this.list(uriPaths.dirname(path));
      return names?.includes(decodeURIComponent(name)) ?? false;
    },
    ...uriPaths,
  };
}
