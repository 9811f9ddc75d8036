import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEVERITIES, DocumentSession, getBundledIndex, lintAnalysis, lintText, resolveConfig } from '../../src/core/index';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES);
const examples = join(import.meta.dirname, '..', '..', 'examples', 'memos');

describe('DocumentSession (incremental analysis for the editor)', () => {
  it('gives the same findings as a full lint after every edit, including edits that join or split chunks', () => {
    const memo = readdirSync(examples).map((file) => readFileSync(join(examples, file), 'utf8')).join('\n\n');
    // Two copies of every example memo make dozens of 1 KB chunks: enough for edits that join and split them.
    let text = Array.from({ length: 2 }, () => memo).join('\n\n');
    const session = new DocumentSession(index, 1024);
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const edits = ['x', '\n\n', 'USTR ', '```\n', '(TPA)', ''];
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * text.length);
      const insert = edits[i % edits.length];
      text = insert === '' ? text.slice(0, at) + text.slice(at + 3) : text.slice(0, at) + insert + text.slice(at);
      const incremental = lintAnalysis(session.analyze(text), config);
      assert.deepEqual(incremental, lintText(text, { index, config }), `after edit ${i}`);
    }
  });
});
