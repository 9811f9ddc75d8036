import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';

const WEB_BUNDLE = join(__dirname, '../../dist/language-server-web.js');
const MEMO_URI = 'vscode-vfs://github/policy-shop/memos/memo.md';
const MEMO_TEXT = 'The TPA expires soon. The IPEF matters.\n';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/**
 * The web build in a sandbox shaped like a Web Worker: only worker globals (no `require`, no
 * `process`), messages in through "message" events and `onmessage`, out through `postMessage`.
 */
function startWorker(answerFileRequest: (method: string, params: { uri: string }) => unknown) {
  const events = new EventTarget();
  // A worker's `onmessage` handler gets every "message" event, as in a real Web Worker.
  events.addEventListener('message', (event) => (scope.onmessage as ((event: MessageEvent) => void) | undefined)?.(event as MessageEvent));
  const pending = new Map<number, (message: Message) => void>();
  const scope: Record<string, unknown> = {
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    // Copied, as postMessage copies: what the worker built belongs to its own realm.
    postMessage: (sent: Message) => {
      const message = structuredClone(sent);
      if (message.id !== undefined && message.method === undefined) pending.get(message.id)?.(message);
      else if (message.id !== undefined && message.method) {
        const result = message.method.startsWith('policyLens/fs/') ? answerFileRequest(message.method, message.params as { uri: string }) : null;
        events.dispatchEvent(new MessageEvent('message', { data: { jsonrpc: '2.0', id: message.id, result } }));
      }
    },
    setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, console, TextEncoder, TextDecoder, performance,
  };
  scope.self = scope;
  vm.createContext(scope);
  vm.runInContext(readFileSync(WEB_BUNDLE, 'utf8'), scope, { filename: WEB_BUNDLE });
  let nextId = 1;
  return {
    request(method: string, params: unknown): Promise<Message> {
      const id = nextId++;
      const answered = new Promise<Message>((resolve) => pending.set(id, resolve));
      events.dispatchEvent(new MessageEvent('message', { data: { jsonrpc: '2.0', id, method, params } }));
      return answered;
    },
    notify(method: string, params: unknown): void {
      events.dispatchEvent(new MessageEvent('message', { data: { jsonrpc: '2.0', method, params } }));
    },
  };
}

describe('language server web build (dist/language-server-web.js) in a worker-like sandbox', () => {
  it('runs without Node, answers pull diagnostics, and reads .policylens.json through the client', async () => {
    assert.ok(existsSync(WEB_BUNDLE), `${WEB_BUNDLE} is missing: run npm run build first`);
    const asked: string[] = [];
    const worker = startWorker((method, { uri }) => {
      asked.push(`${method} ${uri}`);
      return uri === 'vscode-vfs://github/policy-shop/memos/.policylens.json' ? { text: '{ "allow": ["TPA"] }' } : { missing: true };
    });
    const initialized = await worker.request('initialize', {
      processId: null,
      rootUri: 'vscode-vfs://github/policy-shop',
      workspaceFolders: [{ uri: 'vscode-vfs://github/policy-shop', name: 'policy-shop' }],
      capabilities: { textDocument: { diagnostic: {} } },
    });
    assert.equal(initialized.error, undefined);
    worker.notify('initialized', {});
    worker.notify('textDocument/didOpen', { textDocument: { uri: MEMO_URI, languageId: 'markdown', version: 1, text: MEMO_TEXT } });
    const report = await worker.request('textDocument/diagnostic', { textDocument: { uri: MEMO_URI } });
    const items = (report.result as { items: { code: string; message: string }[] }).items;
    const config = resolveConfig(DEFAULT_SEVERITIES, { allow: ['TPA'] });
    const expected = lintText(MEMO_TEXT, { index: getBundledIndex(), config }).map((finding) => ({ code: finding.ruleId, message: finding.message }));
    assert.deepEqual(items.map(({ code, message }) => ({ code, message })), expected);
    assert.ok(expected.some((finding) => finding.code === 'acronym-undefined' && finding.message.includes('IPEF')));
    assert.ok(!expected.some((finding) => finding.code === 'acronym-undefined' && finding.message.includes('"TPA"')));
    assert.ok(asked.includes('policyLens/fs/read vscode-vfs://github/policy-shop/memos/.policylens.json'), asked.join('\n'));
  });
});
