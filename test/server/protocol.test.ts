import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  createProtocolConnection,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SEVERITIES, fixAll, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';
import { SERVER_BUNDLE, startClient, type TestClient } from './helpers/server-process';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES);
// TPA has two meanings and no fix in a memo that uses neither; USTR has one, so its quick fix expands it.
const MEMO_TEXT = '# Memo\n\nThe TPA expires soon. The USTR agrees. The TPA matters.\n\n```\nTPA in code\n```\n';

/** What the core finds in a text, as the protocol's 0-based ranges: the server must report the same. */
function expectedDiagnostics(text: string, withConfig = config): { code: string; message: string; range: Diagnostic['range'] }[] {
  return lintText(text, { index, config: withConfig }).map((finding) => ({
    code: finding.ruleId,
    message: finding.message,
    range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
  }));
}

function full(report: DocumentDiagnosticReport): Diagnostic[] {
  assert.equal(report.kind, 'full');
  return (report as { items: Diagnostic[] }).items;
}

describe('language server over stdio (vscode-languageserver-protocol client)', () => {
  let folder: string;
  let workspaceUri: string;
  let memoUri: string;
  let client: TestClient;
  let memo: TextDocument;

  const pull = (previousResultId?: string) => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: memoUri }, previousResultId });
  const edit = (changes: { range: TextEdit['range']; text: string }[]) => {
    memo = TextDocument.update(memo, changes, memo.version + 1);
    return client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: memoUri, version: memo.version }, contentChanges: changes });
  };

  /**
   * Makes the server's next settings request wait until `release`: a settings change makes it ask
   * again, and `configurationAsked` resolves once it has. What the test sends meanwhile arrives first.
   */
  const holdSettings = async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const configurationAsked = new Promise<void>((resolve) => (asked = resolve));
    client.configuration = async (items) => {
      asked();
      await held;
      return items.map(() => ({}));
    };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    return { configurationAsked, release };
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-server-'));
    workspaceUri = pathToFileURL(folder).href;
    memoUri = pathToFileURL(join(folder, 'memo.md')).href;
    client = await startClient(
      {
        textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
        workspace: { configuration: true, applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      },
      workspaceUri,
    );
    memo = TextDocument.create(memoUri, 'markdown', 1, MEMO_TEXT);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: memoUri, languageId: 'markdown', version: 1, text: MEMO_TEXT } });
  });

  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('announces incremental sync, pull diagnostics, hover, completion, code actions with fix-all, its commands, and watches config and pack files', async () => {
    // Once a request is answered, the server has handled `initialized`, where it registers its file watchers.
    await pull();
    const { capabilities } = client.initialized;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.completionProvider);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.policyLens'] });
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['policyLens.server.fixAll', 'policyLens.server.insertAcronymGlossary']);
    assert.equal((capabilities.diagnosticProvider as { identifier?: string }).identifier, 'policy-lens');
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'), `registered: ${client.registrations.join(', ')}`);
  });

  it('pulls the same diagnostics the core finds, with rule links, and answers "unchanged" for a result id it already gave', async () => {
    const report = await pull();
    const items = full(report);
    assert.deepEqual(items.map(({ code, message, range }) => ({ code, message, range })), expectedDiagnostics(MEMO_TEXT));
    assert.ok(items.some((item) => item.code === 'acronym-undefined'), 'the undefined TPA is reported');
    assert.ok(items.every((item) => item.source === 'policy-lens' && item.codeDescription?.href.includes(String(item.code))));
    const resultId = (report as { resultId?: string }).resultId;
    assert.ok(resultId);
    assert.deepEqual(await pull(resultId), { kind: 'unchanged', resultId });
  });

  it('hovers on TPA with the glossary entry, and on nothing in a code block', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: memoUri }, position: { line: 2, character: 5 } });
    const value = (hover?.contents as MarkupContent).value;
    const entry = index.acronym('TPA')!;
    assert.ok(value.includes(entry.expansion!), value);
    assert.deepEqual(hover?.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } });
    // No recommendation command links for a client that did not say it runs them.
    assert.ok(!value.includes('command:'), value);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: memoUri }, position: { line: 5, character: 1 } }), null);
  });

  it('offers the engine quick fix for the undefined acronym, which expands it when applied', async () => {
    const diagnostics = full(await pull()).filter((item) => item.code === 'acronym-undefined' && String(item.message).includes('"USTR"'));
    assert.equal(diagnostics.length, 1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: memoUri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    const expand = actions.find((action) => action.isPreferred);
    assert.ok(expand?.edit?.changes, `actions: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(actions.some((action) => action.title === 'Disable acronym-undefined for this line'));
    // Allow-list and team-pack actions run client commands; this client named none.
    assert.ok(!actions.some((action) => action.command));
    const fixed = TextDocument.applyEdits(memo, expand.edit.changes[memoUri]);
    assert.equal(fixed, MEMO_TEXT.replace('The USTR agrees', 'The Office of the United States Trade Representative (USTR) agrees'));
  });

  it('gives source.fixAll.policyLens (and the fix-all command) the core fix-all result, leaving code blocks alone', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: memoUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.policyLens'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((action) => action.kind), ['source.fixAll.policyLens']);
    const expected = fixAll(memo.getText(), { index, config }).text;
    assert.notEqual(expected, memo.getText());
    assert.equal(TextDocument.applyEdits(memo, actions[0].edit!.changes![memoUri]), expected);
    assert.ok(expected.includes('```\nTPA in code\n```'));

    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'policyLens.server.fixAll', arguments: [memoUri] }), true);
    const applied = client.appliedEdits.at(-1)!;
    assert.equal(TextDocument.applyEdits(memo, applied.edit.changes![memoUri]), expected);
  });

  it('follows incremental edits: the next pull reports the edited text, under a new result id', async () => {
    const before = (await pull()) as { resultId?: string };
    // Replace the second "TPA" with "IPEF", and add a line at the end.
    const second = memo.getText().split('\n')[2].lastIndexOf('TPA');
    await edit([{ range: { start: { line: 2, character: second }, end: { line: 2, character: second + 3 } }, text: 'IPEF' }]);
    await edit([{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'The USTR leads.\n' }]);
    assert.ok(memo.getText().includes('The IPEF matters.') && memo.getText().endsWith('The USTR leads.\n'), memo.getText());
    const report = await pull(before.resultId);
    assert.notEqual((report as { resultId?: string }).resultId, before.resultId);
    assert.deepEqual(full(report).map(({ code, message, range }) => ({ code, message, range })), expectedDiagnostics(memo.getText()));
  });

  it('cancels a hover the client gave up on while the server waited for settings', async () => {
    const { configurationAsked, release } = await holdSettings();
    const source = new CancellationTokenSource();
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: memoUri }, position: { line: 2, character: 5 } }, source.token);
    await configurationAsked;
    source.cancel();
    release();
    await assert.rejects(hover, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    client.configuration = async (items) => items.map(() => ({}));
  });

  it('cancels a pull overtaken by an edit with retriggerRequest, so the client asks again for the new version', async () => {
    const { configurationAsked, release } = await holdSettings();
    const stale = pull();
    await configurationAsked;
    await edit([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<!-- draft -->\n' }]);
    release();
    await assert.rejects(stale, (error: unknown) =>
      error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled && (error.data as { retriggerRequest?: boolean }).retriggerRequest === true);
    client.configuration = async (items) => items.map(() => ({}));
    assert.deepEqual(full(await pull()).map(({ code, message, range }) => ({ code, message, range })), expectedDiagnostics(memo.getText()));
  });

  it('reads settings through workspace/configuration and .policylens.json, and re-reads a watched config file when it changes', async () => {
    client.configuration = async (items) => items.map(() => ({ rules: { 'term-reference': 'off' } }));
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const undefinedAcronyms = (items: Diagnostic[]) => items.filter((item) => item.code === 'acronym-undefined').map((item) => /^Define "([^"]*)"/.exec(String(item.message))?.[1]);
    let items = full(await pull());
    assert.ok(!items.some((item) => item.code === 'term-reference'), items.map((item) => item.code).join(', '));
    assert.ok(undefinedAcronyms(items).includes('TPA'), undefinedAcronyms(items).join(', '));

    writeFileSync(join(folder, '.policylens.json'), '{ "allow": ["TPA"] }\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `${workspaceUri}/.policylens.json`, type: FileChangeType.Created }] });
    items = full(await pull());
    assert.ok(!undefinedAcronyms(items).includes('TPA'), undefinedAcronyms(items).join(', '));

    writeFileSync(join(folder, '.policylens.json'), '{ "rules": { "no-such-rule": "off" } }\n');
    const problems = client.nextPublished(`${workspaceUri}/.policylens.json`);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `${workspaceUri}/.policylens.json`, type: FileChangeType.Changed }] });
    items = full(await pull());
    assert.ok(undefinedAcronyms(items).includes('TPA'), undefinedAcronyms(items).join(', '));
    const published = await problems;
    assert.match(String(published.diagnostics[0].message), /unknown rule "no-such-rule"/);
    client.configuration = async (items) => items.map(() => ({}));
  });
});

describe('language server for a client without pull diagnostics', () => {
  let folder: string;
  let client: TestClient;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'policy-lens-server-push-'));
    client = await startClient({}, pathToFileURL(folder).href, { settings: { rules: { 'term-reference': 'off' } } });
  });

  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('announces no diagnostic provider and publishes diagnostics on open, with settings from initializationOptions', async () => {
    assert.equal(client.initialized.capabilities.diagnosticProvider, undefined);
    const uri = pathToFileURL(join(folder, 'memo.md')).href;
    const published = client.nextPublished(uri);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: MEMO_TEXT } });
    const { diagnostics, version } = await published;
    assert.equal(version, 1);
    const expected = expectedDiagnostics(MEMO_TEXT).filter((item) => item.code !== 'term-reference');
    assert.deepEqual(diagnostics.map(({ code, message, range }) => ({ code, message, range })), expected);
  });

  it('takes settings from workspace/didChangeConfiguration (as Neovim sends them) and publishes again', async () => {
    const uri = pathToFileURL(join(folder, 'memo.md')).href;
    const published = client.nextPublished(uri);
    const rules = { 'acronym-undefined': 'off', 'term-reference': 'info' } as const;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { policyLens: { rules } } });
    const { diagnostics } = await published;
    const expected = expectedDiagnostics(MEMO_TEXT, resolveConfig(DEFAULT_SEVERITIES, { rules }));
    assert.ok(expected.length > 0 && expected.every((item) => item.code === 'term-reference'));
    assert.deepEqual(diagnostics.map(({ code, message, range }) => ({ code, message, range })), expected);
  });
});

describe('language server over node IPC', () => {
  it('answers initialize when started with --node-ipc', async () => {
    const child = fork(SERVER_BUNDLE, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'policy-lens-language-server');
      assert.equal(result.capabilities.hoverProvider, true);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('without a transport argument, prints its usage and exits 2', async () => {
    const child = fork(SERVER_BUNDLE, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /Usage: policy-lens-language-server --stdio \| --node-ipc/);
  });
});
