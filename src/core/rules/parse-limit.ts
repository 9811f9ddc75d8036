import { MAX_EMPHASIS_RUNS_PER_BLOCK, MAX_LABELS_PER_BLOCK } from '../delimiter-cap';
import { MAX_CONTAINERS_PER_LINE } from '../nesting';
import type { Rule } from './rule';

/** Markdown that was read as plain text to keep parsing linear: the reader should know the other findings there may be off. */
export const parseLimit: Rule = {
  id: 'parse-limit',
  description: 'Markdown read as plain text because it went past a parsing limit (deeply nested containers on one line, hundreds of emphasis delimiters or a thousand links in one paragraph).',
  defaultSeverity: 'info',
  fixable: false,
  tags: ['markdown'],
  check({ analysis }, report) {
    const text = analysis.document.text;
    for (const range of analysis.document.readAsText) {
      // The range may be a whole long line: its beginning is enough to recognise it.
      const found = `("${text.slice(range.start, Math.min(range.end, range.start + 24)).replace(/["\r\n]/g, ' ')}…")`;
      report({
        message: range.construct === 'container'
          ? `Nest less deeply: block quote and list markers are read as text from here ${found}; a line may open at most ${MAX_CONTAINERS_PER_LINE} (deeper nesting makes parsing slow).`
          : range.construct === 'emphasis'
            ? `Split the paragraph or escape its emphasis marks (* _ ~): they are read as text from here ${found}; a paragraph may hold at most ${MAX_EMPHASIS_RUNS_PER_BLOCK} runs of them (more makes parsing slow).`
            : `Split the paragraph or escape its square brackets: link brackets are read as text from here ${found}; a paragraph may hold at most ${MAX_LABELS_PER_BLOCK} links or bracketed references (more makes parsing slow).`,
        start: range.start,
        end: range.end,
      });
    }
  },
};
