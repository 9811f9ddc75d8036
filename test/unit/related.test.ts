import assert from 'node:assert/strict';
import { analyzeDocument, getBundledIndex, parseMarkdown, recommendationBlock, recommendationTooltip, relatedRecommendations } from '../../src/core/index';

// Issue 12: the Related Recommendations view reordered after every insert, putting another row under the mouse.
const index = getBundledIndex();
const related = (text: string) => relatedRecommendations(analyzeDocument(parseMarkdown(text), index)).map((entry) => entry.recommendation.id);

describe('related recommendations (issue 12)', () => {
  const memo = '# Memo\n\nCongress could grant a new TPA. Allies coordinate export controls and the DFFT agenda.\n';

  it('keep their relative order when an insert adds terms to the memo', () => {
    const before = related(memo);
    assert.ok(before.length >= 3, before.join());
    const first = index.recommendation(before[before.length - 1])!;
    const after = related(`${memo}\n${recommendationBlock(first, index)}`);
    assert.ok(after.length >= before.length);
    assert.deepEqual(after.filter((id) => before.includes(id)), before);
  });

  it('are ordered by title, a key that does not depend on the memo', () => {
    const titles = related(memo).map((id) => index.recommendation(id)!.title.toLowerCase());
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('have a tooltip with the full title, the actor and the memo terms that link them', () => {
    const [entry] = relatedRecommendations(analyzeDocument(parseMarkdown(memo), index));
    const tooltip = recommendationTooltip(entry.recommendation, entry.terms.map((term) => term.term));
    assert.ok(tooltip.startsWith(`**${entry.recommendation.title.replace(/[\\`*_{}[\]#+!|<>~]/g, '\\$&')}**`), tooltip);
    assert.match(tooltip, /Linked by .+ in this memo\.$/);
  });
});
