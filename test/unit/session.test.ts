import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, DEFAULT_SEVERITIES, DocumentSession, getBundledIndex, lintAnalysis, lintText, parseMarkdown, resolveConfig, type DocumentAnalysis } from '../../src/core/index';

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

  it('after random inserts, deletes and undos on each example memo, gives the analysis and findings of a fresh full lint', () => {
    // Chunks of 256 characters: most edits move many chunks, some leave every chunk before them in place,
    // and an undo brings back text (and offsets) an earlier version had, whose runs the session may still hold.
    const pieces = ['x', ' ', '\n\n', 'TPA', ' (USTR)', 'Trade Promotion Authority (TPA) ', '# Heading\n\n', '- item\n', '**', '[a]: https://example.org\n\n', '```\n'];
    let seed = 20261202;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const file of readdirSync(examples)) {
      const original = readFileSync(join(examples, file), 'utf8');
      const memo = `${original}\n\n${original}`;
      const session = new DocumentSession(index, 256);
      const history = [memo];
      let text = memo;
      lintAnalysis(session.analyze(text), config);
      for (let step = 0; step < 40; step++) {
        const choice = random();
        if (choice < 0.15 && history.length > 1) {
          history.pop();
          text = history[history.length - 1];
        } else {
          const at = Math.floor(random() * (text.length + 1));
          text = choice < 0.6
            ? text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at)
            : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 600)));
          history.push(text);
        }
        const incremental = session.analyze(text);
        const fresh = analyzeDocument(parseMarkdown(text), index);
        assert.deepEqual(uses(incremental), uses(fresh), `${file}, step ${step}: analysis`);
        assert.deepEqual(lintAnalysis(incremental, config), lintText(text, { index, config }), `${file}, step ${step}: findings`);
      }
    }
  });
});

/** What the rules read of an analysis, as plain data. */
function uses(analysis: DocumentAnalysis) {
  const { runs, blocks, comments, nonProse } = analysis.document;
  return { runs, blocks, comments, nonProse, termUses: analysis.termUses, acronymUses: analysis.acronymUses, definitions: analysis.definitions };
}
