import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, recommendationBlock, recommendationInsertion, resolveConfig, REVIEW_PRESET, type Finding } from '../../src/core/index';

// Issue 12, item 3: a recommendation inserted into a memo lints clean there. Every rule the review preset
// turns on runs, so nothing the inserted text brings (acronym-undefined first of all) goes unseen.
const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET] });
const lint = (text: string) => lintText(text, { index, config });
const EXAMPLE = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'memos', 'issue-brief-open-ran.md'), 'utf8');

/** Findings (any rule, warning or worse) inside the inserted text. */
function findingsIn(text: string, start: number, end: number): string[] {
  return lint(text)
    .filter((finding: Finding) => finding.severity !== 'info' && finding.start >= start && finding.start < end)
    .map((finding) => `${finding.ruleId}: ${finding.message}`);
}

/** A memo's warnings and errors as rule and message, without positions (which the insertion shifts). */
const messages = (text: string) => lint(text).filter((finding) => finding.severity !== 'info').map((finding) => `${finding.ruleId}: ${finding.message}`).sort();

describe('inserting a recommendation (issue 12)', () => {
  const recommendations = index.corpus.recommendations;

  it('the bundled corpus has recommendations whose plain block would add warnings (the test can fail)', () => {
    const noisy = recommendations.filter((recommendation) => findingsIn(recommendationBlock(recommendation, index), 0, Infinity).length > 0);
    assert.ok(noisy.length > 0);
  });

  for (const recommendation of index.corpus.recommendations) {
    it(`${recommendation.id}: adds no warning to an empty memo or to an example memo`, async () => {
      const empty = await recommendationInsertion(recommendation, index, { memo: '', offset: 0 }, lint);
      assert.deepEqual(findingsIn(empty, 0, empty.length), [], empty);

      // After the example's first paragraph: acronyms it defined earlier stay short, later ones do not count.
      const offset = EXAMPLE.indexOf('\n\n', EXAMPLE.indexOf('\n## ')) + 1;
      const inserted = await recommendationInsertion(recommendation, index, { memo: EXAMPLE, offset, before: '\n' }, lint);
      const memo = EXAMPLE.slice(0, offset) + inserted + EXAMPLE.slice(offset);
      assert.deepEqual(findingsIn(memo, offset, offset + inserted.length), [], inserted);
      const added = messages(memo).filter((message) => !messages(EXAMPLE).includes(message));
      assert.deepEqual(added, [], inserted);
    });
  }

  it('ends with a complete citation: the section is quoted and named, never a bare heading after the date', () => {
    for (const recommendation of recommendations) {
      const block = recommendationBlock(recommendation, index);
      assert.doesNotMatch(block, /\d\), [^"<]+\.?\)?\n$/, block);
      assert.match(block, /\(Source: [^\n]+\)\n$/, block);
      if (recommendation.source.section) assert.ok(block.includes(`"${recommendation.source.section}", in `), block);
    }
  });
});
