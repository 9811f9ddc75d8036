import { quote } from './message';
import type { Rule } from './rule';

/** A definition must not give a known acronym a different expansion. */
export const acronymExpansion: Rule = {
  id: 'acronym-expansion',
  description: 'An acronym is defined with an expansion the corpus contradicts.',
  defaultSeverity: 'warning',
  fixable: true,
  tags: ['acronyms', 'accuracy'],
  check({ analysis }, report) {
    for (const definition of analysis.definitions) {
      const term = definition.term;
      if (!definition.contradictsCorpus || !term?.expansion) continue;
      report({
        message: `${quote(definition.expansion)} is not what ${term.term} stands for; expected ${quote(term.expansion)}.`,
        start: definition.sourceExpansionStart,
        end: definition.sourceExpansionEnd,
        term: term.id,
        fix: {
          title: `Replace with "${term.expansion}"`,
          start: definition.sourceExpansionStart,
          end: definition.sourceExpansionEnd,
          text: term.expansion,
        },
      });
    }
  },
};
