import assert from 'node:assert/strict';
import { explainTerm } from '../../src/cli/commands/explain';
import { searchCorpus } from '../../src/cli/commands/search';
import {
  analyzeDocument,
  bundledCorpus,
  buildReviewReport,
  outcomeSentence,
  parseMarkdown,
  renderHtml,
  renderMarkdown,
  TermIndex,
  type RecommendationOutcome,
} from '../../src/core/index';

const MET: RecommendationOutcome = { status: 'met', note: 'EU-U.S. Data Privacy Framework adopted', date: '2023-07-10', asOf: '2026-12-02', sources: [{ id: 'cnas-2025-esa' }] };
const SENTENCE = 'Met: EU-U.S. Data Privacy Framework adopted, 2023-07-10 (checked 2026-12-02).';

/** The bundled corpus with one recommendation given an outcome, in memory (the corpus files are not touched). */
const index = new TermIndex({
  ...bundledCorpus,
  recommendations: bundledCorpus.recommendations.map((recommendation) => (recommendation.id === 't12-replace-privacy-shield' ? { ...recommendation, outcome: MET } : recommendation)),
});

describe('recommendation outcomes', () => {
  it('are one sentence: status, note, date and when it was checked', () => {
    assert.equal(outcomeSentence(MET), SENTENCE);
    assert.equal(outcomeSentence({ status: 'partly-met', note: 'Funded in part.', asOf: '2026-11-30' }), 'Partly met: Funded in part (checked 2026-11-30).');
    assert.equal(outcomeSentence({ status: 'overtaken', note: 'Events moved on', date: '2025-05', asOf: '2026-11-30' }), 'Overtaken: Events moved on, 2025-05 (checked 2026-11-30).');
  });

  it('show under the recommendation in search', () => {
    const { stdout } = searchCorpus('replace privacy shield', 'text', 3, index);
    assert.match(stdout, new RegExp(`^strong {3}recommendation {2}t12-replace-privacy-shield: .*\\n {25}.*\\n {25}${SENTENCE.replace(/[.()]/g, '\\$&')}$`, 'm'));
    const json = JSON.parse(searchCorpus('replace privacy shield', 'json', 3, index).stdout) as { id: string; outcome?: RecommendationOutcome }[];
    assert.deepEqual(json.find((hit) => hit.id === 't12-replace-privacy-shield')?.outcome, MET);
  });

  it('show under the linked recommendation in explain', () => {
    const { stdout } = explainTerm('Privacy Shield', 'text', index);
    assert.match(stdout, new RegExp(`^  t12-replace-privacy-shield: .*\\n    ${SENTENCE.replace(/[.()]/g, '\\$&')}$`, 'm'));
  });

  it('show in the review report, in JSON, Markdown and HTML', () => {
    const analysis = analyzeDocument(parseMarkdown('# Memo\n\nThe Privacy Shield is gone.\n'), index);
    const report = buildReviewReport('1.0.0', [{ file: 'memo.md', analysis, findings: [] }]);
    const linked = report.memos[0].terms.find((term) => term.id === 'privacy-shield')?.recommendations ?? [];
    assert.deepEqual(linked.map((recommendation) => recommendation.outcome), [SENTENCE]);
    assert.ok(renderMarkdown(report).includes(`(${linked[0].actor}) — ${SENTENCE}`), renderMarkdown(report));
    assert.ok(renderHtml(report).includes(`<em>${SENTENCE}</em>`));
  });

  it('leave out the field when a recommendation has no outcome', () => {
    const analysis = analyzeDocument(parseMarkdown('# Memo\n\nThe Privacy Shield is gone.\n'), new TermIndex(bundledCorpus));
    const report = buildReviewReport('1.0.0', [{ file: 'memo.md', analysis, findings: [] }]);
    const linked = report.memos[0].terms.find((term) => term.id === 'privacy-shield')?.recommendations ?? [];
    assert.ok(linked.length > 0);
    for (const recommendation of linked) assert.equal('outcome' in recommendation, bundledCorpus.recommendations.find((r) => r.id === recommendation.id)?.outcome !== undefined);
  });
});
