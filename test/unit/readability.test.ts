import assert from 'node:assert/strict';
import { countSyllables, fleschKincaidGrade } from '../../src/core/readability';

describe('readability', () => {
  it('counts syllables by vowel groups, a silent final e, -es and -ed, and acronyms letter by letter', () => {
    const words = { the: 1, trade: 1, policy: 3, agreement: 3, operation: 4, table: 2, semiconductor: 5, makes: 1, asked: 1, wanted: 2, USTR: 4, EU: 2 };
    assert.deepEqual(Object.fromEntries(Object.keys(words).map((word) => [word, countSyllables(word)])), words);
  });

  it('computes the Flesch-Kincaid grade', () => {
    // 100 words, 5 sentences, 150 syllables: 0.39 × 20 + 11.8 × 1.5 − 15.59.
    assert.equal(fleschKincaidGrade(100, 5, 150).toFixed(2), (0.39 * 20 + 11.8 * 1.5 - 15.59).toFixed(2));
    assert.equal(fleschKincaidGrade(0, 0, 0), 0);
  });
});
