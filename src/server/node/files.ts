import { URI } from 'vscode-uri';
import { nodeFileHost } from '../../cli/node-files';
import { uriPaths, type ServerFiles } from '../files';

// The editor opened these files itself: links are followed, as in the editor (no linted root to stay inside).
const nodeFiles = nodeFileHost(undefined);

/** The bin's files: `file:` URIs read through Node's file system, with the CLI's size and UTF-8 checks. */
export const nodeServerFiles: ServerFiles = {
  async read(path, maxBytes) {
    const uri = URI.parse(path);
    // The bin sees only the local disk: a file in a virtual workspace is, for it, not there.
    return uri.scheme === 'file' ? nodeFiles.read(uri.fsPath, maxBytes) : { missing: true };
  },
  async list(folder) {
    const uri = URI.parse(folder);
    return uri.scheme === 'file' ? nodeFiles.list(uri.fsPath) : undefined;
  },
  async exists(path) {
    const uri = URI.parse(path);
    return uri.scheme === 'file' && nodeFiles.exists(uri.fsPath);
  },
  ...uriPaths,
};
