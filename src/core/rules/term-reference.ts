import { quote, shortList } from './message';
import type { Rule } from './rule';

/** Points writers and reviewers to the glossary entry and recommendations of each term used. */
export const termReference: Rule = {
  id: 'term-reference',
  description: 'The first use of each corpus term, with its expansion and linked recommendations.',
  defaultSeverity: 'info',
  fixable: false,
  tags: ['terms', 'recommendations'],
  check({ analysis }, report) {
    const seen = new Set<string>();
    for (const use of analysis.termUses) {
      if (seen.has(use.term.id)) continue;
      seen.add(use.term.id);
      const term = use.term;
      const what = use.surface === 'expansion'
        ? `is abbreviated ${term.term}`
        : term.expansion
          ? `stands for ${term.expansion}`
          : `is in the glossary${use.surface === 'alias' ? ` as ${quote(term.term)}` : ''}`;
      const recommendations = term.recommendations ?? [];
      const linked = recommendations.length === 0
        ? 'no linked recommendations'
        : `${recommendations.length} linked recommendation${recommendations.length === 1 ? '' : 's'}: ${shortList(recommendations)}`;
      report({
        message: `${quote(use.text)} ${what}; ${linked}.`,
        start: use.start,
        end: use.end,
        term: term.id,
        recommendations,
      });
    }
  },
};
