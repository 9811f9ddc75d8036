import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** The server as it ships: the bundle `npm run build` writes. */
export const SERVER_BUNDLE = join(__dirname, '../../../dist/language-server.js');

/** A test client over stdio, recording what the server sends it. */
export interface TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly initialized: InitializeResult;
  readonly appliedEdits: ApplyWorkspaceEditParams[];
  readonly published: PublishDiagnosticsParams[];
  readonly registrations: string[];
  /** Answers `workspace/configuration`; replace to hold or change the answer. */
  configuration: (items: readonly { scopeUri?: string; section?: string }[]) => Promise<unknown[]>;
  /** Resolves with the next diagnostics published for a URI. */
  nextPublished(uri: string): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

/** Starts `dist/language-server.js --stdio` and initializes it with these capabilities. */
export async function startClient(capabilities: ClientCapabilities, workspaceUri: string, initializationOptions?: unknown): Promise<TestClient> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build first`);
  const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const appliedEdits: ApplyWorkspaceEditParams[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const registrations: string[] = [];
  const waiting: { uri: string; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  const client = {
    connection,
    process: child,
    appliedEdits,
    published,
    registrations,
    configuration: async (items: readonly unknown[]) => items.map(() => ({})),
    nextPublished: (uri: string) => new Promise<PublishDiagnosticsParams>((resolve) => waiting.push({ uri, resolve })),
    stop: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  } as Omit<TestClient, 'initialized'> & { initialized?: InitializeResult };
  connection.onRequest(ConfigurationRequest.type, (params) => client.configuration(params.items));
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    appliedEdits.push(params);
    return { applied: true };
  });
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations.map((registration) => registration.method));
  });
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    const index = waiting.findIndex((entry) => entry.uri === params.uri);
    if (index >= 0) waiting.splice(index, 1)[0].resolve(params);
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  client.initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: workspaceUri,
    workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
    capabilities,
    initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return client as TestClient;
}
