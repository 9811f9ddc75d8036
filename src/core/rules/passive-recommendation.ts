import { proseOf, sourceRange } from '../prose';
import { agentlessPassives, recommendationItems } from '../recommendations';
import { quote } from './message';
import type { Rule } from './rule';

/** "Funding should be increased": a recommendation in the passive hides who is to act. */
export const passiveRecommendation: Rule = {
  id: 'passive-recommendation',
  description: 'Passive voice without an agent inside a recommendation, where it hides who acts.',
  // Below 90% precision on real prose (eval:prose, test half): on only under "extends": "policy-lens:review".
  defaultSeverity: 'off',
  reviewSeverity: 'warning',
  fixable: false,
  tags: ['style', 'recommendations'],
  check({ analysis }, report) {
    for (const item of recommendationItems(proseOf(analysis))) {
      for (const text of item.blocks) {
        for (const passive of agentlessPassives(text.value)) {
          report({
            message: `Name who should act: ${quote(passive.text)} is passive and hides who acts.`,
            ...sourceRange(text, passive.start, passive.end),
          });
        }
      }
    }
  },
};
