import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { nodeServerFiles } from './files';

// createConnection reads the transport from the arguments: --stdio, --node-ipc, --socket=N or --pipe=NAME.
if (!process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg))) {
  process.stderr.write('Usage: policy-lens-language-server --stdio | --node-ipc\n\nThe Policy Lens language server, for editors that speak the Language Server Protocol.\n');
  process.exit(2);
}
startServer(createConnection(ProposedFeatures.all), nodeServerFiles);
