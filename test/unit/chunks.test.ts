import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkStarts } from '../../src/core/chunks';
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
    assert.deepEqual(starts.map((start) => text.slice(start, start + 2)), ['A.', 'C.']);
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

  it('lints a large memo the same in chunks as whole', () => {
    const memo = readdirSync(join(import.meta.dirname, '..', '..', 'examples', 'memos'))
      .map((file) => readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'memos', file), 'utf8'))
      .join('\n\n');
    const large = Array.from({ length: 40 }, () => memo).join('\n\n');
    const options = { index: getBundledIndex(), config: resolveConfig(DEFAULT_SEVERITIES) };
    assert.ok(chunkStarts(large).length > 1, 'the memo is large enough to be chunked');
    const whole = shape(large, Infinity);
    assert.deepEqual(shape(large, 32 * 1024), whole);
    assert.ok(lintText(large, options).length > 0);
  });
});
