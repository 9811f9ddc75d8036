import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpusFiles } from '../../scripts/compile-corpus';
import { looksLikeAcronym, singularAcronym } from '../../src/core/acronyms';
import { bundledCorpus, DEFAULT_ALLOWED_ACRONYMS, getBundledIndex } from '../../src/core/index';
import { tokenize } from '../../src/core/words';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');

/** Capitalised words in the seed papers that are not acronyms: headings, a photo credit, a series label. */
const SEED_WORDS_NOT_ACRONYMS = new Set(['ALLIED', 'ISSUE', 'FOCUS', 'EARLY', 'AHEAD', 'TOBIAS', 'AFP', 'BRIEFS', 'RANs', 'SDI', 'USD']);

describe('bundled corpus', () => {
  const { corpus, problems } = loadCorpusFiles(join(ROOT, 'corpus'));

  it('is schema-valid, with unique ids and every reference resolved', () => {
    assert.deepEqual(problems, []);
  });

  it('is what the engine bundles', () => {
    assert.equal(bundledCorpus.terms.length, corpus.terms.length);
    assert.equal(bundledCorpus.recommendations.length, corpus.recommendations.length);
  });

  it('has at least 150 terms and 40 recommendations', () => {
    assert.ok(corpus.terms.length >= 150, `${corpus.terms.length} terms`);
    assert.ok(corpus.recommendations.length >= 40, `${corpus.recommendations.length} recommendations`);
  });

  it('marks outdated and superseded terms with a note, a date and (when superseded) a successor', () => {
    const privacyShield = corpus.terms.find((term) => term.id === 'privacy-shield');
    assert.equal(privacyShield?.status, 'superseded');
    assert.equal(privacyShield?.successor, 'eu-us-dpf');
    for (const term of corpus.terms.filter((t) => t.status !== 'current')) {
      assert.ok(term.statusNote && term.statusSince, term.id);
    }
  });

  it('links recommendations back to the terms they concern', () => {
    const depa = corpus.terms.find((term) => term.id === 'depa');
    assert.ok(depa?.recommendations?.includes('t12-dock-onto-depa'));
  });

  it('keeps aliases from colliding between entries', () => {
    assert.deepEqual(getBundledIndex().conflicts, []);
  });

  const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((file) => file.endsWith('.txt')) : [];
  const seedTexts = seedFiles.map((file) => readFileSync(join(SEEDS, file), 'utf8'));
  /** The seed papers sit beside the repository (../shared/seeds); CI always has them, a user's clone may not. */
  const requireSeeds = (context: Mocha.Context) => {
    if (seedTexts.length > 0) return;
    if (process.env.CI) assert.fail(`the seed papers are missing from ${SEEDS}`);
    context.skip();
  };

  it('covers every acronym that appears in the seed papers', function () {
    requireSeeds(this);
    const index = getBundledIndex();
    const missing = new Set<string>();
    for (const text of seedTexts) {
      for (const token of tokenize(text)) {
        if (!looksLikeAcronym(token.text) || SEED_WORDS_NOT_ACRONYMS.has(token.text) || DEFAULT_ALLOWED_ACRONYMS.includes(token.text)) continue;
        if (!index.acronym(token.text) && !index.acronym(singularAcronym(token.text)) && !index.lookup(token.text)) missing.add(token.text);
      }
    }
    assert.deepEqual([...missing].sort(), []);
  });

  it('writes definitions and summaries in its own words (no 8-word run copied from a seed)', function () {
    requireSeeds(this);
    // Single letters (the U and S of U.S.) are left out so that a quoted name is not counted as a copied run.
    const words = (text: string) => tokenize(text.toLowerCase()).map((token) => token.text).filter((word) => word.length > 1);
    const seedRuns = new Set<string>();
    for (const text of seedTexts) {
      const seedWords = words(text);
      for (let i = 0; i + 8 <= seedWords.length; i++) seedRuns.add(seedWords.slice(i, i + 8).join(' '));
    }
    const copied: string[] = [];
    const check = (id: string, text: string) => {
      const own = words(text);
      for (let i = 0; i + 8 <= own.length; i++) {
        if (seedRuns.has(own.slice(i, i + 8).join(' '))) copied.push(`${id}: "${own.slice(i, i + 8).join(' ')}"`);
      }
    };
    for (const term of corpus.terms) check(term.id, term.definition);
    for (const recommendation of corpus.recommendations) check(recommendation.id, `${recommendation.title}. ${recommendation.summary}`);
    assert.deepEqual(copied, []);
  });
});
