import { quote } from './message';
import type { Rule } from './rule';

/**
 * Lists the glossary terms a memo uses, for reviewers who want its vocabulary in the CLI or the report.
 * Off by default: a term that is in the glossary is not a problem. The editor shows terms by highlighting
 * and the hover, and their recommendations in the hover and the Related Recommendations view.
 */
export const termReference: Rule = {
  id: 'term-reference',
  description: 'The first use of each glossary term, with its expansion and how many recommendations it links.',
  defaultSeverity: 'off',
  fixable: false,
  // A listing, not a problem finder: the review preset leaves it off too.
  tags: ['terms', 'recommendations', 'listing'],
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
      // Ids stay in the finding's data (JSON output); a reader sees only how many there are.
      const linked = recommendations.length === 0 ? '' : `; see its hover for ${recommendations.length} linked recommendation${recommendations.length === 1 ? '' : 's'}`;
      report({
        message: `${quote(use.text)} ${what}${linked}.`,
        start: use.start,
        end: use.end,
        term: term.id,
        recommendations,
      });
    }
  },
};
