import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHUNK_TARGET, chunkStarts } from '../../src/core/chunks';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseMarkdown, resolveConfig } from '../../src/core/index';
import { FIXTURES } from './helpers/fixtures';

/** What the rules see of a parse; a chunked parse must give exactly this. */
const shape = (text: string, chunkTarget: number) => {
  const document = parseMarkdown(text, { chunkTarget });
  return {
    runs: document.runs.map((run) => [run.value, run.start, run.end, run.block, run.headingDepth, run.offsets ? [...run.offsets] : null]),
    blocks: document.blocks.map((block) => [block.kind, block.start, block.end, block.headingDepth, block.listItemStart, block.citations]),
    comments: document.comments.map((comment) => [comment.body, comment.start, comment.end]),
    nonProse: document.nonProse.map((range) => [range.start, range.end]),
    frontMatter: document.frontMatter,
  };
};

const TRICKY = [
  // Blank lines and column-0 text inside fenced code must not become cut points.
  'Intro USTR.\n\n```md\n\nNot prose USTR\n\n# not a heading\n```\n\nAfter TPA.\n\n~~~~\n\n~~~\nstill code\n\n~~~~\n\nDone NSC.\n',
  // An HTML comment and a <pre> block spanning blank lines.
  'One.\n\n<!-- a\n\nHidden AUKUS\n\n-->\n\nTwo BIS.\n\n<pre>\n\nRaw EAR\n\n</pre>\n\nThree.\n',
  // Reference links used before and after their definitions.
  'See [the act][chips] and [USTR][].\n\nMiddle text.\n\n[chips]: https://example.org/chips\n[USTR]: https://ustr.gov\n\nLater [again][chips].\n',
  // Lists with blank lines, indented continuations, block quotes, tables, front matter.
  '---\ntitle: X\n---\n\n- item one\n\n  continued NIST\n\n- item two\n\n> quote DFFT\n\n> another\n\n| a | b |\n| - | - |\n| OFAC | x |\n\nEnd.\n',
  // Footnotes defined far from their references.
  'Claim[^1] about IPEF.\n\nMore text.\n\n[^1]: Source on TTC.\n\nEnd.\n',
];

describe('chunked parsing', () => {
  it('cuts only at safe top-level boundaries', () => {
    const text = 'A.\n\n```\n\nB\n```\n\n- list\n\n  more\n\nC.\n';
    const starts = chunkStarts(text, 1);
    // A bullet item at column 0 after a blank line starts a block of its own; its indented continuation does not.
    assert.deepEqual(starts.map((start) => text.slice(start, start + 2)), ['A.', '- ', 'C.']);
  });

  it('cuts between one-line bullet items, but not inside an HTML block, a table or code', () => {
    const items = '- one\n- - two\n* three\n';
    assert.deepEqual(chunkStarts(items, 1), [0, items.indexOf('- - two'), items.indexOf('* three')]);
    for (const text of ['<div>\n- one\n- two\n', '- a | b\n- c | d\n', '```\n- one\n- two\n```\n', '- one\n-\n- two\n']) {
      assert.deepEqual(chunkStarts(text, 1), [0], text);
    }
  });

  it('parses a long run of nested bullet lines in chunks, with the prose and positions of a whole parse', () => {
    const text = `${'- '.repeat(16)}The TPA lapsed.\n`.repeat(200) + '- last\n  continued *here*\n';
    assert.ok(chunkStarts(text, 1024).length > 5, 'the list is cut into chunks');
    const chunked = shape(text, 1024);
    assert.deepEqual(chunked, shape(text, Infinity));
    const tpa = parseMarkdown(text, { chunkTarget: 1024 }).runs.filter((run) => run.value === 'The TPA lapsed.');
    assert.equal(tpa.length, 200);
    for (const run of tpa) assert.equal(text.slice(run.start, run.end), 'The TPA lapsed.');
  });

  TRICKY.forEach((text, index) => {
    it(`gives the same prose in chunks as whole (case ${index + 1})`, () => {
      assert.deepEqual(shape(text, 1), shape(text, Infinity));
    });
  });

  it('gives the same prose in chunks as whole for every example memo and fixture', () => {
    const folders = [join(FIXTURES, 'rules'), join(import.meta.dirname, '..', '..', 'examples', 'memos')];
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
        const text = readFileSync(join(folder, file), 'utf8');
        assert.deepEqual(shape(text, 1), shape(text, Infinity), file);
      }
    }
  });

  it('resolves references in chunks that repeat a definition made in an earlier chunk, as a whole parse does', () => {
    const text = 'See [the source][a] for the TPA.\n\n[a]: https://example.org/a\n\n'.repeat(100) + 'Also [the source][A] and [b].\n\n[b]: https://example.org/b\n';
    assert.ok(chunkStarts(text, 256).length > 10, 'the text is cut into chunks');
    const chunked = shape(text, 256);
    assert.deepEqual(chunked, shape(text, Infinity));
    // Every paragraph cites through its reference: none was left as the text "[the source][a]".
    assert.deepEqual(chunked.blocks.map((block) => block[5]), [...Array(100).fill(1), 2]);
    assert.ok(!chunked.runs.some((run) => String(run[0]).includes('[')));
  });

  it('lints a large memo the same in chunks as whole', () => {
    const memo = readdirSync(join(import.meta.dirname, '..', '..', 'examples', 'memos'))
      .map((file) => readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'memos', file), 'utf8'))
      .join('\n\n');
    const large = Array.from({ length: 40 }, () => memo).join('\n\n');
    const options = { index: getBundledIndex(), config: resolveConfig(DEFAULT_SEVERITIES) };
    assert.ok(chunkStarts(large).length > 1, 'the memo is large enough to be chunked');
    const whole = shape(large, Infinity);
    assert.deepEqual(shape(large, CHUNK_TARGET), whole);
    assert.deepEqual(shape(large, 32 * 1024), whole);
    assert.ok(lintText(large, options).length > 0);
  });
});
