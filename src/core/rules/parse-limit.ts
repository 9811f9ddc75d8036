import { MAX_EMPHASIS_RUNS_PER_BLOCK } from '../emphasis-cap';
import { MAX_CONTAINERS_PER_LINE } from '../nesting';
import type { Rule } from './rule';

/** Markdown that was read as plain text to keep parsing linear: the reader should know the other findings there may be off. */
export const parseLimit: Rule = {
  id: 'parse-limit',
  description: 'Markdown read as plain text because it went past a parsing limit (deeply nested containers on one line, hundreds of emphasis delimiters in one paragraph).',
  defaultSeverity: 'info',
  fixable: false,
  tags: ['markdown'],
  check({ analysis }, report) {
    for (const range of analysis.document.readAsText) {
      report({
        message: range.construct === 'container'
          ? `These block quote and list markers are read as text: a line may open at most ${MAX_CONTAINERS_PER_LINE} (deeper nesting makes parsing slow); nest less deeply.`
          : `These "*" and "_" are read as text, not emphasis: a paragraph may hold at most ${MAX_EMPHASIS_RUNS_PER_BLOCK} runs of them (more makes parsing slow); split the paragraph or escape them.`,
        start: range.start,
        end: range.end,
      });
    }
  },
};
