import { proseOf, sourceRange } from '../prose';
import { optionsFor } from '../rule-options';
import vaguePhrases from './data/vague-phrases.json';
import { quote } from './message';
import type { Rule } from './rule';

/** The bundled list, from the data file a policy editor maintains. */
export const DEFAULT_VAGUE_PHRASES: readonly string[] = vaguePhrases.phrases;

const compiled = new Map<string, RegExp>();

/** One pattern for a list of phrases, words separated by any white space. Verbs match in the base form only: "seeks to" describes someone else's aim, "should seek to" commits. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const key = phrases.join('\n');
  let pattern = compiled.get(key);
  if (!pattern) {
    const alternatives = phrases
      .map((phrase) => phrase.trim().toLowerCase().split(/\s+/).map(escapeRegExp))
      .filter((words) => words.length > 0 && words[0] !== '')
      .sort((a, b) => b.length - a.length)
      .map((words) => words.join('\\s+'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    compiled.set(key, pattern);
  }
  return pattern;
}

/** A sentence that commits or recommends: only there does a vague phrase leave a commitment empty. */
const COMMITS = /\b(?:should|must|shall|will|would|need to|needs to|we|our|recommend\w*|propos\w*|plans? to|intends? to|commit\w*)\b/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Language that commits to nothing: "seek to", "as appropriate", "work toward". */
export const vagueCommitment: Rule = {
  id: 'vague-commitment',
  description: 'Language that commits to nothing ("seek to", "explore options to", "as appropriate") in a sentence that commits or recommends, from an editable list.',
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['style', 'recommendations'],
  options: {
    phrases: { kind: 'stringList', description: 'Replaces the bundled list of phrases.' },
    extraPhrases: { kind: 'stringList', description: 'Phrases added to the bundled list (or to `phrases`).' },
  },
  check({ analysis, config }, report) {
    const options = optionsFor(config, 'vague-commitment');
    const phrases = [...((options.phrases as string[] | undefined) ?? DEFAULT_VAGUE_PHRASES), ...((options.extraPhrases as string[] | undefined) ?? [])];
    if (phrases.length === 0) return;
    const pattern = phrasePattern(phrases);
    for (const text of proseOf(analysis).blocks) {
      if (text.block.kind === 'heading') continue;
      for (const match of text.value.matchAll(pattern)) {
        const start = match.index ?? 0;
        const sentence = text.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
        if (!sentence || !COMMITS.test(sentence.text)) continue;
        report({
          message: `${quote(match[0])} commits to nothing; name the action, who takes it and by when.`,
          ...sourceRange(text, start, start + match[0].length),
        });
      }
    }
  },
};
