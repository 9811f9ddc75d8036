import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, SemanticTokensRequest, ShowMessageNotification } from 'vscode-languageserver-protocol/node';
import { analyzeDocument, getBundledIndex, parseMarkdown, relatedRecommendations } from '../../src/core/index';
import { RELATED_RECOMMENDATIONS_REQUEST, SEMANTIC_TOKENS_LEGEND, type RelatedRecommendationEntry } from '../../src/shared/protocol';
import { startClient, type TestClient } from './helpers/server-process';

const PACK = join(__dirname, '../integration/workspace/team/office.policypack.json');
// APWG comes from the pack; TPA and DEPA from the bundled glossary, which the grammar colours instead.
const MEMO_TEXT = '# Memo\n\nThe APWG met. The TPA expires. Join DEPA.\n\nThe Advanced Packaging\nWorking Group agreed.\n';

/** A workspace whose configuration loads the integration tests' team pack, with the memo open. */
async function openMemo(trusted: boolean): Promise<{ client: TestClient; memoUri: string; folder: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-tokens-'));
  copyFileSync(PACK, join(folder, 'office.policypack.json'));
  writeFileSync(join(folder, '.policylens.json'), '{ "packs": ["office.policypack.json"] }');
  const memoUri = pathToFileURL(join(folder, 'memo.md')).href;
  const client = await startClient({ workspace: { configuration: true } }, pathToFileURL(folder).href, { trusted });
  client.connection.onNotification(ShowMessageNotification.type, () => undefined);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: memoUri, languageId: 'markdown', version: 1, text: MEMO_TEXT } });
  return { client, memoUri, folder };
}

/** Decodes LSP's relative token data into [line, character, length, type name]. */
function decode(data: readonly number[]): [number, number, number, string][] {
  const tokens: [number, number, number, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push([line, character, data[i + 2], SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]]]);
  }
  return tokens;
}

describe('language server: pack-term semantic tokens and related recommendations', () => {
  const started: { client: TestClient; memoUri: string; folder: string }[] = [];
  after(async () => {
    for (const { client, folder } of started) {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('announces the pack-term legend and highlights only pack terms, an expansion across lines line by line', async () => {
    const opened = await openMemo(true);
    started.push(opened);
    assert.deepEqual(opened.client.initialized.capabilities.semanticTokensProvider, { legend: SEMANTIC_TOKENS_LEGEND, full: true });
    const tokens = await opened.client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: opened.memoUri } });
    assert.deepEqual(decode(tokens?.data ?? []), [
      [2, 4, 4, 'policyAcronym'],
      [4, 4, 18, 'policyTerm'],
      [5, 0, 13, 'policyTerm'],
    ]);
  });

  it('in Restricted Mode loads no workspace pack, so highlights nothing', async () => {
    const opened = await openMemo(false);
    started.push(opened);
    const tokens = await opened.client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: opened.memoUri } });
    assert.deepEqual(tokens?.data, []);
  });

  it('answers policyLens/relatedRecommendations with what the core relates to the memo, and null for a document it does not have', async () => {
    const { client, memoUri } = started[0];
    const entries = await client.connection.sendRequest<RelatedRecommendationEntry[] | null>(RELATED_RECOMMENDATIONS_REQUEST, { textDocument: { uri: memoUri } });
    const expected = relatedRecommendations(analyzeDocument(parseMarkdown(MEMO_TEXT), getBundledIndex()));
    assert.ok(expected.length > 0, 'the memo names terms with recommendations');
    assert.deepEqual(entries?.map((entry) => [entry.recommendation.id, entry.terms.map((term) => term.id)]), expected.map((entry) => [entry.recommendation.id, entry.terms.map((term) => term.id)]));
    assert.ok(entries?.some((entry) => entry.recommendation.id === 't12-dock-onto-depa' && entry.tooltip.includes('Linked by DEPA')));
    const unknown = await client.connection.sendRequest(RELATED_RECOMMENDATIONS_REQUEST, { textDocument: { uri: `${memoUri}.missing.md` } });
    assert.equal(unknown, null);
  });
});
