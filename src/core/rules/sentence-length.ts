import { proseOf, sourceRange } from '../prose';
import { memoizeByText } from '../memo';
import { countWords } from '../sentences';
import { excerpt } from './message';
import type { OptionSpecs } from '../rule-options';
import { defineRule, type Rule } from './rule';

// Remembered by text: the editor re-lints after each edit, and most sentences did not change.
const wordsIn = memoizeByText(countWords);

const options = { max: { kind: 'integer', minimum: 1, default: 35, description: 'The most words a sentence may have.' } } as const satisfies OptionSpecs;

/** Long sentences lose readers; a memo's sentences should carry one point each. */
export const sentenceLength: Rule = defineRule({
  id: 'sentence-length',
  description: `A sentence longer than the configured number of words (${options.max.default} by default).`,
  defaultSeverity: 'info',
  fixable: false,
  tags: ['style', 'clarity'],
  options,
  check({ analysis, options: { max } }, report) {
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
});
