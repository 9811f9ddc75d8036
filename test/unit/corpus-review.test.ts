import assert from 'node:assert/strict';
import { entriesByAge, isBefore, quoteOccursIn, reviewCorpus, type StatusCues } from '../../scripts/corpus-review/checks';
import cueData from '../../scripts/corpus-review/status-cues.json';
import seedData from '../../scripts/corpus-review/seed-papers.json';
import { bundledCorpus, type Corpus, type Recommendation, type Term } from '../../src/core/index';

const cues = cueData as StatusCues;

function term(fields: Partial<Term> & Pick<Term, 'id' | 'definition'>): Term {
  return { term: fields.id.toUpperCase(), kind: 'acronym', category: 'trade', status: 'current', asOf: '2026-11-20', sources: [{ id: 'old' }], ...fields };
}

function recommendation(fields: Partial<Recommendation> & Pick<Recommendation, 'id'>): Recommendation {
  return { title: 'Do a thing', summary: 'The government should do it.', actor: 'Congress', sectors: ['trade'], terms: [], source: { id: 'paper' }, year: 2021, quote: 'should do it', ...fields };
}

function corpusOf(terms: Term[], recommendations: Recommendation[] = []): Corpus {
  return {
    terms,
    recommendations,
    sources: [
      { id: 'old', title: 'Old', organisation: 'Org', date: '2021-10' },
      { id: 'new', title: 'New', organisation: 'Org', date: '2025-10-01' },
      { id: 'paper', title: 'Paper', organisation: 'Org', date: '2021-10' },
    ],
  };
}

const review = (corpus: Corpus, seeds?: Map<string, string>) => reviewCorpus(corpus, cues, seeds);
const checksOf = (corpus: Corpus, seeds?: Map<string, string>) => review(corpus, seeds).map((finding) => `${finding.severity} ${finding.check} ${finding.entry}`);

describe('corpus review', () => {
  describe('status against text', () => {
    it('reports a current entry whose definition says it expired', () => {
      const findings = review(corpusOf([term({ id: 'cvc', term: 'clean vehicle credit', kind: 'term', definition: 'A tax credit for new electric vehicles. It expired on 30 September 2025.' })]));
      assert.deepEqual(findings.map((finding) => finding.check), ['status-contradicts-text']);
      assert.equal(findings[0].severity, 'contradiction');
      assert.match(findings[0].message, /is "current" but its definition says it expired: "It expired on 30 September 2025\."/);
    });

    it('reports a current entry named as the subject of a passive cue, in the definition or the statusNote', () => {
      assert.deepEqual(checksOf(corpusOf([term({ id: 'rule', definition: 'An export rule.', statusNote: 'As of the last check, the RULE was rescinded by the Commerce Department.' })])), ['contradiction status-contradicts-text term rule']);
      assert.deepEqual(checksOf(corpusOf([term({ id: 'order', definition: 'An order. In February 2026, it was struck down by the Supreme Court.' })])), ['contradiction status-contradicts-text term order']);
    });

    it('does not report a historical clause about something else in an otherwise current entry', () => {
      const definitions = [
        'A new authority. It replaced the lapsed authority of 2015.',
        'The trade negotiating authority. The last grant, the 2015 act, lapsed on 1 July 2021 and Congress has not enacted a new one since.',
        'The EU court. Its Court of Justice struck down two EU-U.S. data transfer frameworks.',
        'A court that invalidated the Privacy Shield decision.',
        'A programme. It ended the previous scheme in 2020.',
      ];
      for (const definition of definitions) assert.deepEqual(checksOf(corpusOf([term({ id: 'x', definition })])), [], definition);
    });

    it('reports a superseded entry whose text says it remains in force, and one with no statusSources', () => {
      const superseded = term({ id: 'ps', definition: 'A data transfer framework. It remains in force for existing contracts.', status: 'superseded', statusSince: '2020-07-16', statusSources: [{ id: 'new' }] });
      assert.deepEqual(checksOf(corpusOf([superseded])), ['contradiction status-contradicts-text term ps']);
      const unsourced = term({ id: 'tpp', definition: 'A trade agreement.', status: 'outdated', statusSince: '2017-01-23' });
      assert.deepEqual(checksOf(corpusOf([unsourced])), ['contradiction status-unsourced term tpp']);
    });
  });

  describe('dates and sources', () => {
    it('warns when a status is newer than every source cited for it', () => {
      const stale = term({ id: 'gone', definition: 'A programme.', status: 'outdated', statusSince: '2025-09-30', statusSources: [{ id: 'old' }], statusNote: 'Ended in 2025.' });
      assert.deepEqual(checksOf(corpusOf([stale])), ['warning sources-older-than-status term gone', 'warning sources-older-than-status term gone']);
      const sourced = { ...stale, statusSources: [{ id: 'new' }] };
      assert.deepEqual(checksOf(corpusOf([sourced])), []);
      const planned = term({ id: 'plan', definition: 'A levy.', statusNote: 'Its definitive period starts in 2027.', asOf: '2026-12-02', sources: [{ id: 'new' }] });
      assert.deepEqual(checksOf(corpusOf([planned])), []);
    });

    it('warns about an asOf that is not a full date, for terms and outcomes', () => {
      const outcome = { status: 'met' as const, note: 'Done', date: '2023-07-10', asOf: '2026-12', sources: [{ id: 'new' }] };
      assert.deepEqual(checksOf(corpusOf([term({ id: 'a', definition: 'A.', asOf: '2026-11' })], [recommendation({ id: 'r', outcome })]), new Map([['paper', 'They should do it.']])), [
        'warning asof-not-a-date term a',
        'warning asof-not-a-date recommendation r',
      ]);
    });

    it('lists an entry marked for re-check with the date it holds, instead of asking for a check date', () => {
      const findings = review(corpusOf([term({ id: 'a', definition: 'A.', asOf: '2025-07', recheck: 'Whether the memo was replaced.' }), term({ id: 'b', definition: 'B.', asOf: '2026-12-02' })]));
      assert.deepEqual(findings.map((finding) => `${finding.check} ${finding.entry}`), ['needs-recheck term a']);
      assert.match(findings[0].message, /holds as of 2025-07, not checked since: Whether the memo was replaced\./);
    });

    it('keeps every bundled entry that is not marked for re-check on the full date of its check', () => {
      for (const entry of bundledCorpus.terms.filter((candidate) => !candidate.recheck)) assert.match(entry.asOf, /^\d{4}-\d{2}-\d{2}$/, entry.id);
    });

    it('compares dates at the precision both have', () => {
      assert.equal(isBefore('2021-10', '2025'), true);
      assert.equal(isBefore('2025-10', '2025'), false);
      assert.equal(isBefore('2025-01-20', '2025-01-21'), true);
    });

    it('lists entries by the month they were checked, oldest first', () => {
      const corpus = corpusOf([term({ id: 'b', definition: 'B.', asOf: '2026-11-02' }), term({ id: 'a', definition: 'A.', asOf: '2024-03' }), term({ id: 'c', definition: 'C.', asOf: '2026-11-01' })]);
      assert.deepEqual(entriesByAge(corpus), [
        { month: '2024-03', entries: ['term a'] },
        { month: '2026-11', entries: ['term c', 'term b'] },
      ]);
    });
  });

  describe('recommendations', () => {
    const seeds = new Map([['paper', 'The United States should join the Digital Economy Partnership Agreement (DEPA) – “a model” for data.\nIt should also fund experts. They should do it.']]);

    it('warns about a missing quote and a quote the seed paper does not contain', () => {
      const corpus = corpusOf([], [recommendation({ id: 'none', quote: undefined }), recommendation({ id: 'made-up', quote: 'should leave the WTO' }), recommendation({ id: 'real', quote: 'should join the Digital Economy Partnership Agreement' })]);
      assert.deepEqual(checksOf(corpus, seeds), ['warning quote-missing recommendation none', 'warning quote-not-in-seed recommendation made-up']);
    });

    it('skips the seed check when the seed papers are absent', () => {
      assert.deepEqual(checksOf(corpusOf([], [recommendation({ id: 'made-up', quote: 'should leave the WTO' })])), []);
    });

    it('matches quotes across line breaks, typographic quotes and dashes, and omissions', () => {
      assert.equal(quoteOccursIn('(DEPA) - "a model" for data. It should', seeds.get('paper')!), true);
      assert.equal(quoteOccursIn('should join the … (DEPA)', seeds.get('paper')!), true);
      assert.equal(quoteOccursIn('(DEPA) … should join', seeds.get('paper')!), false);
    });

    it('warns about a term a recommendation names but does not link', () => {
      const depa = term({ id: 'depa', expansion: 'Digital Economy Partnership Agreement', definition: 'A digital trade agreement.' });
      const corpus = corpusOf([depa], [recommendation({ id: 'join', title: 'Join DEPA', terms: [] }), recommendation({ id: 'linked', title: 'Join DEPA', terms: ['depa'] })]);
      const findings = review(corpus, seeds);
      assert.deepEqual(findings.map((finding) => `${finding.check} ${finding.entry} ${finding.message}`), ['term-not-linked recommendation join names "DEPA" (depa) but does not list it in terms']);
    });

    it('warns about an outcome that cites nothing', () => {
      const outcome = { status: 'met' as const, note: 'Done', date: '2023-07-10', asOf: '2026-12-02' };
      assert.deepEqual(checksOf(corpusOf([], [recommendation({ id: 'r', outcome })]), seeds), ['warning outcome-unsourced recommendation r']);
    });
  });

  describe('its data files', () => {
    it('gives every cue a note and no cue twice', () => {
      const all = [...cues.ended, ...cues.inForce];
      for (const cue of all) assert.ok(cue.note.trim().length > 10, cue.cue);
      assert.equal(new Set(all.map((cue) => cue.cue)).size, all.length);
    });

    it('pairs every seed paper with a source the corpus has', () => {
      const sourceIds = new Set(bundledCorpus.sources.map((source) => source.id));
      for (const [sourceId, seed] of Object.entries(seedData.seeds)) {
        assert.ok(sourceIds.has(sourceId), sourceId);
        assert.match(seed.file, /^[\w-]+\.txt$/);
      }
    });
  });
});
