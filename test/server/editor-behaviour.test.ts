import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  HoverRequest,
  type CompletionItem,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { RULE_IDS } from '../../src/core/index';
import { startClient, type TestClient } from './helpers/server-process';

const PACK_FIXTURE = join(__dirname, '../integration/workspace/team/office.policypack.json');
/** A diagnostic's message as text (protocol 3.18 allows Markdown content too; the server sends strings). */
const messageOf = (diagnostic: Diagnostic | undefined) => (typeof diagnostic?.message === 'string' ? diagnostic.message : diagnostic?.message.value ?? '');
const undefinedAcronym = (acronym: string) => (diagnostic: Diagnostic) => diagnostic.code === 'acronym-undefined' && messageOf(diagnostic).startsWith(`Define "${acronym}"`);

/** A push-diagnostics client (as the VS Code extension is) over a fresh folder. */
async function pushClient(initializationOptions: object): Promise<{ client: TestClient; folder: string; uri: (name: string) => string }> {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-editor-'));
  const client = await startClient({ textDocument: { diagnostic: {} }, workspace: { configuration: false } }, pathToFileURL(folder).href, { pushDiagnostics: true, ...initializationOptions });
  return { client, folder, uri: (name) => pathToFileURL(join(folder, name)).href };
}

async function open(client: TestClient, uri: string, text: string): Promise<Diagnostic[]> {
  const published = client.nextPublished(uri);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return (await published).diagnostics;
}

describe('language server in the editor: never stall, never nag', () => {
  const started: { client: TestClient; folder: string }[] = [];
  after(async () => {
    for (const { client, folder } of started) {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('publishes diagnostics although the client could pull, when it asks for push (VS Code shows every open memo, not only visible ones)', async () => {
    const run = await pushClient({ settings: { debounceMs: 0 } });
    started.push(run);
    assert.equal(run.client.initialized.capabilities.diagnosticProvider, undefined);
    const diagnostics = await open(run.client, run.uri('memo.md'), 'The USTR agrees.\n');
    assert.ok(diagnostics.some(undefinedAcronym('USTR')));
  });

  it('a lint past its time budget is reported once, as one notice naming the rules that did not run, and is not retried until a save', async () => {
    const run = await pushClient({ settings: { debounceMs: 0 }, lintBudgetMs: 0 });
    started.push(run);
    const uri = run.uri('memo.md');
    const first = await open(run.client, uri, 'The USTR agrees.\n');
    assert.equal(first.length, 1, JSON.stringify(first));
    assert.match(messageOf(first[0]), /^Policy Lens stopped checking this memo after [\d,]+ ms, its time budget, so .* did not run\. It is checked again when you save it\.$/);
    for (const ruleId of ['acronym-undefined', 'memo-structure']) assert.ok(RULE_IDS.includes(ruleId) && messageOf(first[0]).includes(ruleId), ruleId);
    const countBefore = run.client.published.length;
    await run.client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'So ' }] });
    // Two round trips: the change and its (debounced, 0 ms) publish have had their turn.
    for (let i = 0; i < 2; i++) await run.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 8 } });
    const saved = run.client.nextPublished(uri);
    await run.client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const afterSave = await saved;
    assert.equal(run.client.published.length, countBefore + 1, 'the keystroke published nothing; the save published once');
    assert.equal(afterSave.version, 2);
    assert.equal(afterSave.diagnostics.length, 1);
  });

  it('holds back the acronym being typed at the last edit, and shows it once typing pauses', async () => {
    const run = await pushClient({ settings: { debounceMs: 0, rules: { 'term-reference': 'off' } } });
    started.push(run);
    const uri = run.uri('memo.md');
    await open(run.client, uri, 'We met.\n');
    const typed = run.client.nextPublished(uri);
    await run.client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: ' the USTR and DFF' }] });
    const whileTyping = (await typed).diagnostics;
    assert.ok(whileTyping.some(undefinedAcronym('USTR')), 'a finished word shows at once');
    assert.ok(!whileTyping.some(undefinedAcronym('DFF')), 'the word at the cursor waits');
    const revealed = (await run.client.nextPublished(uri)).diagnostics;
    assert.ok(revealed.some(undefinedAcronym('DFF')), 'shown after the pause');
    const moved = run.client.nextPublished(uri);
    await run.client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Then ' }] });
    assert.ok((await moved).diagnostics.some(undefinedAcronym('DFF')), 'an edit elsewhere does not hide it again');
  });

  it('in Restricted Mode loads no workspace pack and says so once; trusting the workspace brings the pack in', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-lens-untrusted-'));
    copyFileSync(PACK_FIXTURE, join(folder, 'office.policypack.json'));
    writeFileSync(join(folder, '.policylens.json'), '{ "packs": ["office.policypack.json"] }\n');
    const client = await startClient({ workspace: { configuration: false } }, pathToFileURL(folder).href, { pushDiagnostics: true, trusted: false, settings: { debounceMs: 0 } });
    started.push({ client, folder });
    const messages: string[] = [];
    client.connection.onNotification('window/showMessage', (params: { message: string }) => void messages.push(params.message));
    const uri = pathToFileURL(join(folder, 'memo.md')).href;
    const untrusted = await open(client, uri, 'The APWG met.\n');
    const apwg = untrusted.find(undefinedAcronym('APWG'));
    assert.ok(apwg && !messageOf(apwg).includes('Advanced Packaging Working Group'), messageOf(apwg));
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
    assert.deepEqual(messages.filter((message) => message.includes('not loaded until you trust')).length, 1, messages.join('\n'));
    const trusted = client.nextPublished(uri);
    await client.connection.sendNotification('policyLens/workspaceTrusted');
    assert.ok(messageOf((await trusted).diagnostics.find(undefinedAcronym('APWG'))).includes('Advanced Packaging Working Group (APWG)'));
  });

  it('completion rows show exactly what they insert', async () => {
    const run = await pushClient({});
    started.push(run);
    const uri = run.uri('memo.md');
    await open(run.client, uri, 'We need a new TP');
    const items = (await run.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 16 } })) as CompletionItem[];
    const tpa = items.find((item) => item.filterText?.startsWith('TPA '));
    assert.ok(tpa, `${items.length} items`);
    assert.equal(tpa.label, 'Trade Promotion Authority (TPA)');
    assert.equal(tpa.textEdit?.newText, tpa.label);
    for (const item of items) assert.equal(item.textEdit?.newText, item.label, item.label);
  });
});
