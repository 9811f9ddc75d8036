import { proseOf, sourceRange } from '../prose';
import { actorOf, agentlessPassives, recommendationItems } from '../recommendations';
import { excerpt } from './message';
import type { Rule } from './rule';

/** Each recommendation says who acts and what they do, not a bare noun phrase. */
export const recommendationActor: Rule = {
  id: 'recommendation-actor',
  description: 'A recommendation that names no one who acts ("Increased funding for test beds").',
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['recommendations', 'clarity'],
  check({ analysis, config }, report) {
    // A passive item is passive-recommendation's to report, unless that rule is off.
    const passivesReported = config.levels.get('passive-recommendation') !== 'off';
    for (const item of recommendationItems(proseOf(analysis))) {
      if (actorOf(item.text)) continue;
      const first = item.blocks[0];
      if (passivesReported && agentlessPassives(first.value).length > 0) continue;
      const sentence = first.sentences[0];
      if (!sentence) continue;
      report({
        message: `${excerpt(sentence.text)} names no one who acts; say who does what: "The Department of Commerce should fund …".`,
        ...sourceRange(first, sentence.start, sentence.end),
      });
    }
  },
};
