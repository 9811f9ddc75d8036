import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHUNK_LINES, CHUNK_TARGET, chunkStarts } from '../../src/core/chunks';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseMarkdown, resolveConfig } from '../../src/core/index';
import { FIXTURES } from './helpers/fixtures';
import { MAX_CONTAINERS_PER_LINE } from '../../src/core/nesting';

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
  // Top-level bullet items right after other lines: a paragraph, a setext underline, a nested outline,
  // fenced and indented code and an HTML block inside items, a lazy quote, a footnote, a table whose
  // last row has no "|".
  'Intro on the TPA\n- first item\nPara\n-\n- after a heading\n- a\n  - b on NIST\n    - c\n- d\n  ```\n  - not an item\n- still code?\n  ```\n- e\n\n      indented code\n- f\n    <div>\n    - inside html\n- g\n> quote on BIS\nlazy line\n- h\n[^2]: note on OFAC\n- i[^2]\n\n| a | b |\n| - | - |\n| x | y |\nno pipe row\n- j\n',
];

describe('chunked parsing', () => {
  it('cuts only at safe top-level boundaries', () => {
    const text = 'A.\n\n```\n\nB\n```\n\n- list\n\n  more\n\nC.\n';
    const starts = chunkStarts(text, 1);
    // A bullet item at column 0 after a blank line starts a block of its own; its indented continuation does not.
    assert.deepEqual(starts.map((start) => text.slice(start, start + 2)), ['A.', '- ', 'C.']);
  });

  it('cuts before every top-level bullet item with content, but not inside an HTML block, a table or code', () => {
    const items = '- one\n- - two\n* three\n  nested\n- four\n-\n- five\n';
    const expected = ['- - two', '* three', '- four', '- five'].map((line) => items.indexOf(line));
    assert.deepEqual(chunkStarts(items, 1), [0, ...expected]);
    for (const text of ['A paragraph on the TPA\n\u00a0 \nwhose line of no-break spaces is not blank.\n', '<div>\n- one\n- two\n', '- a | b\n- c | d\n', 'a | b\n- c\n', '```\n- one\n- two\n```\n', '- one\n-\n']) {
      assert.deepEqual(chunkStarts(text, 1), [0], text);
    }
  });

  it(`ends a chunk of short lines after ${CHUNK_LINES} lines, below the size target`, () => {
    const line = '- The TPA lapsed.\n';
    const list = line.repeat(CHUNK_LINES * 20);
    assert.ok(CHUNK_LINES * line.length < CHUNK_TARGET, 'the line count, not the size, ends these chunks');
    assert.deepEqual(chunkStarts(list), Array.from({ length: 20 }, (_, index) => index * CHUNK_LINES * line.length));
    const prose = `${'The TPA lapsed because nobody renewed it. '.repeat(40)}\n\n`.repeat(20);
    const starts = chunkStarts(prose);
    assert.ok(starts.length > 2);
    for (let index = 1; index < starts.length; index++) assert.ok(starts[index] - starts[index - 1] >= CHUNK_TARGET, 'long paragraphs are cut by size only');
  });

  it('parses a long run of nested bullet lines in chunks, with the prose and positions of a whole parse', () => {
    const text = `${'- '.repeat(MAX_CONTAINERS_PER_LINE)}The TPA lapsed.\n`.repeat(200) + '- last\n  continued *here*\n';
    assert.ok(chunkStarts(text, 1024).length > 5, 'the list is cut into chunks');
    const chunked = shape(text, 1024);
    assert.deepEqual(chunked, shape(text, Infinity));
    const tpa = parseMarkdown(text, { chunkTarget: 1024 }).runs.filter((run) => run.value === 'The TPA lapsed.');
    assert.equal(tpa.length, 200);
    for (const run of tpa) assert.equal(text.slice(run.start, run.end), 'The TPA lapsed.');
  });

  it('cuts a nested outline with no blank line at its top-level items, with the prose of a whole parse', () => {
    const outline = '- The TPA lapsed.\n  - It may be renewed.\n    - Congress decides.\n'.repeat(400);
    const starts = chunkStarts(outline);
    assert.ok(starts.length > 20, 'the outline is cut into chunks');
    for (const start of starts) assert.ok(outline.startsWith('- The TPA', start), 'every chunk starts at a top-level item');
    assert.deepEqual(shape(outline, CHUNK_TARGET), shape(outline, Infinity));
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
