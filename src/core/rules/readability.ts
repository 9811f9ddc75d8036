import { proseOf } from '../prose';
import { readabilityOf } from '../readability';
import { quote } from './message';
import type { OptionSpecs } from '../rule-options';
import { defineRule, type Rule } from './rule';

const options = {
  // Think-tank prose sits at grade 15 to 17; above 18 a section is an outlier even for the genre.
  threshold: { kind: 'number', minimum: 0, default: 18, description: 'The highest acceptable Flesch-Kincaid grade level of a section.' },
  minWords: { kind: 'integer', minimum: 1, default: 60, description: 'Sections with fewer words are not scored: a grade over a few sentences says little.' },
} as const satisfies OptionSpecs;

/** A section whose Flesch-Kincaid grade is above the threshold reads like a journal article, not a memo. */
export const readability: Rule = defineRule({
  id: 'readability',
  description: `A section whose Flesch-Kincaid grade level is above the configured threshold (${options.threshold.default} by default).`,
  defaultSeverity: 'info',
  fixable: false,
  tags: ['style', 'clarity'],
  options,
  check({ analysis, options: { threshold, minWords } }, report) {
    for (const score of readabilityOf(proseOf(analysis))) {
      if (score.words < minWords || score.grade <= threshold) continue;
      const name = score.section.title ? `the section ${quote(score.section.title)}` : 'the text before the first heading';
      report({
        message: `Use shorter sentences and plainer words: ${name} reads at grade ${score.grade.toFixed(1)} (Flesch-Kincaid, ${score.words} words in ${score.sentences} sentences); aim for ${threshold} or lower.`,
        start: score.start,
        end: score.end,
      });
    }
  },
});
