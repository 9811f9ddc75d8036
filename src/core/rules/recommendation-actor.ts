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
  check({ analysis }, report) {
    for (const item of recommendationItems(proseOf(analysis))) {
      if (actorOf(item.text)) continue;
      // An instruction to the reader names its actor: the reader.
      if (item.form === 'imperative') continue;
      const first = item.blocks[0];
      // A passive item hides its actor in the verb: passive-recommendation's to report (under the review preset).
      if (agentlessPassives(first.value).length > 0) continue;
      const sentence = first.sentences.find((candidate) => candidate.end > item.start);
      if (!sentence) continue;
      const start = Math.max(sentence.start, item.start);
      report({
        message: `Say who should do what: ${excerpt(first.value.slice(start, sentence.end))} names no one who acts.`,
        ...sourceRange(first, start, sentence.end),
      });
    }
  },
};
