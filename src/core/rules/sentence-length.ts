import { proseOf, sourceRange } from '../prose';
import { optionsFor } from '../rule-options';
import { memoizeByText } from '../memo';
import { countWords } from '../sentences';
import { excerpt } from './message';
import type { Rule } from './rule';

const DEFAULT_MAX = 35;

// Remembered by text: the editor re-lints after each edit, and most sentences did not change.
const wordsIn = memoizeByText(countWords);

/** Long sentences lose readers; a memo's sentences should carry one point each. */
export const sentenceLength: Rule = {
  id: 'sentence-length',
  description: 'A sentence longer than the configured number of words (35 by default).',
  defaultSeverity: 'info',
  fixable: false,
  tags: ['style', 'clarity'],
  options: { max: { kind: 'integer', minimum: 1, description: 'The most words a sentence may have (default 35).' } },
  check({ analysis, config }, report) {
    const max = (optionsFor(config, 'sentence-length').max as number | undefined) ?? DEFAULT_MAX;
    for (const text of proseOf(analysis).blocks) {
      // Headings and table cells are labels, not sentences.
      if (text.block.kind !== 'paragraph') continue;
      for (const sentence of text.sentences) {
        const words = wordsIn(sentence.text);
        if (words <= max) continue;
        report({
          message: `Split this sentence or move detail to a list: it has ${words} words (${excerpt(text.readable(sentence.start, sentence.end))}); keep sentences to ${max} words or fewer.`,
          ...sourceRange(text, sentence.start, sentence.end),
        });
      }
    }
  },
};
