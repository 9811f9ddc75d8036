import { memoizeByText } from '../memo';
import { proseOf, sentencesOf, sourceRange } from '../prose';
import { PhraseMatcher } from '../phrase-matcher';
import { optionsFor } from '../rule-options';
import vaguePhrases from './data/vague-phrases.json';
import { quote } from './message';
import type { Rule } from './rule';

/** The bundled list, from the data file a policy editor maintains. */
export const DEFAULT_VAGUE_PHRASES: readonly string[] = vaguePhrases.phrases;

const compiled = new Map<string, (value: string) => readonly VagueMatch[]>();

/** A vague phrase in a committing sentence, by its index in a block's text. */
interface VagueMatch {
  readonly start: number;
  readonly text: string;
}

/**
 * The vague phrases of a block's text that sit in committing sentences, remembered by text for each
 * phrase list (the editor re-lints after each edit, and most blocks did not change).
 */
function vagueMatcher(phrases: readonly string[]): (value: string) => readonly VagueMatch[] {
  const key = phrases.join('\n');
  let matcher = compiled.get(key);
  if (!matcher) {
    // Verbs match in the base form only: "seeks to" describes someone else's aim, "should seek to" commits.
    const phraseMatcher = new PhraseMatcher(phrases);
    matcher = memoizeByText((value) => {
      const found: VagueMatch[] = [];
      const sentences = sentencesOf(value);
      const commits = new Map<number, boolean>();
      // Matches come in order, so the sentence that holds each is found by walking forward once.
      let s = 0;
      for (const { start, end } of phraseMatcher.find(value)) {
        while (s < sentences.length && sentences[s].end <= start) s++;
        const sentence = sentences[s];
        if (!sentence || sentence.start > start) continue;
        let committing = commits.get(s);
        if (committing === undefined) commits.set(s, (committing = COMMITS.test(sentence.text)));
        if (committing) found.push({ start, text: value.slice(start, end) });
      }
      return found;
    });
    compiled.set(key, matcher);
  }
  return matcher;
}

/** A sentence that commits or recommends: only there does a vague phrase leave a commitment empty. */
const COMMITS = /\b(?:should|must|shall|will|would|need to|needs to|we|our|recommend\w*|propos\w*|plans? to|intends? to|commit\w*)\b/i;

/** Language that commits to nothing: "seek to", "as appropriate", "work toward". */
export const vagueCommitment: Rule = {
  id: 'vague-commitment',
  description: 'Language that commits to nothing ("seek to", "explore options to", "as appropriate") in a sentence that commits or recommends, from an editable list.',
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['style', 'recommendations'],
  options: {
    phrases: { kind: 'stringList', ignoredWhenUntrusted: true, description: 'Replaces the bundled list of phrases.' },
    extraPhrases: { kind: 'stringList', ignoredWhenUntrusted: true, description: 'Phrases added to the bundled list (or to `phrases`).' },
  },
  check({ analysis, config }, report) {
    const options = optionsFor(config, 'vague-commitment');
    const phrases = [...((options.phrases as string[] | undefined) ?? DEFAULT_VAGUE_PHRASES), ...((options.extraPhrases as string[] | undefined) ?? [])];
    if (phrases.length === 0) return;
    const vagueIn = vagueMatcher(phrases);
    for (const text of proseOf(analysis).blocks) {
      if (text.block.kind === 'heading') continue;
      for (const { start, text: phrase } of vagueIn(text.value)) {
        report({
          message: `${quote(phrase)} commits to nothing; name the action, who takes it and by when.`,
          ...sourceRange(text, start, start + phrase.length),
        });
      }
    }
  },
};
