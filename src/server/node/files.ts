import { URI } from 'vscode-uri';
import { nodePackHost } from '../../cli/pack-host';
import { uriPaths, type ServerFiles } from '../files';

/** The bin's files: `file:` URIs read through Node's file system, with the CLI's size and UTF-8 checks. */
export const nodeServerFiles: ServerFiles = {
  async read(path, maxBytes) {
    const uri = URI.parse(path);
    // The bin sees only the local disk: a file in a virtual workspace is, for it, not there.
    return uri.scheme === 'file' ? nodePackHost.read(uri.fsPath, maxBytes) : { missing: true };
  },
  async list(folder) {
    const uri = URI.parse(folder);
    return uri.scheme === 'file' ? nodePackHost.list(uri.fsPath) : undefined;
  },
  ...uriPaths,
};
