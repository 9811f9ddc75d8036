import { quotedSpans, sentenceCommits, verbCommits } from '../commitments';
import { memoizeByText } from '../memo';
import { proseOf, sentencesOf, sourceRange } from '../prose';
import { PhraseMatcher } from '../phrase-matcher';
import vaguePhrases from './data/vague-phrases.json';
import { quote } from './message';
import { defineRule, type Rule } from './rule';

/** The bundled list, from the data file a policy editor maintains. */
export const DEFAULT_VAGUE_PHRASES: readonly string[] = vaguePhrases.phrases;

const compiled = new Map<string, (value: string) => readonly VagueMatch[]>();

/** A vague phrase in a committing sentence, by its index in a block's text. */
interface VagueMatch {
  readonly start: number;
  readonly text: string;
}

/**
 * The vague phrases of a block's text that leave a commitment empty, remembered by text for each phrase
 * list (the editor re-lints after each edit, and most blocks did not change). A verb ("seek to") must be
 * bound to a commitment itself ("should seek to", "we will seek to"); an adverbial ("as appropriate")
 * must stand in a sentence that commits, and end its phrase ("where appropriate licence terms" does not).
 * Quoted words are someone else's and are left alone.
 */
function vagueMatcher(phrases: readonly string[]): (value: string) => readonly VagueMatch[] {
  const key = phrases.join('\n');
  let matcher = compiled.get(key);
  if (!matcher) {
    const phraseMatcher = new PhraseMatcher(phrases);
    matcher = memoizeByText((value) => {
      const found: VagueMatch[] = [];
      const sentences = sentencesOf(value);
      const commitsBySentence = new Map<number, boolean>();
      // A quotation may run over several sentences, so quoted spans are found in the whole block.
      const quoted = quotedSpans(value);
      // Matches come in order, so the sentence that holds each is found by walking forward once.
      let s = 0;
      let q = 0;
      for (const { start, end } of phraseMatcher.find(value)) {
        while (s < sentences.length && sentences[s].end <= start) s++;
        const sentence = sentences[s];
        if (!sentence || sentence.start > start) continue;
        while (q < quoted.length && quoted[q].end <= start) q++;
        if (q < quoted.length && quoted[q].start <= start) continue;
        let commits = commitsBySentence.get(s);
        if (commits === undefined) commitsBySentence.set(s, (commits = sentenceCommits(sentence.text)));
        const at = start - sentence.start;
        const phrase = value.slice(start, end);
        const adverbial = ADVERBIAL_OPENERS.has(phrase.split(/\s/)[0].toLowerCase());
        if (adverbial ? commits && endsItsPhrase(value, end) : verbCommits(sentence.text, at)) found.push({ start, text: phrase });
      }
      return found;
    });
    compiled.set(key, matcher);
  }
  return matcher;
}

/** First words of phrases that qualify an action rather than name one ("as appropriate", "to the extent possible", "further study"). */
const ADVERBIAL_OPENERS = new Set(['as', 'where', 'when', 'in', 'at', 'to', 'further', 'if']);
/** Words that may follow an adverbial hedge inside its clause ("as appropriate and …", "where possible to …"). */
const AFTER_ADVERBIAL = /^\s*(?:[^\p{L}\p{N}\s]|$|(?:and|or|but|to|for|in|under|within|with|by|through|given)\b)/u;

/** "where appropriate." ends the hedge; "where appropriate licence terms …" uses the adjective for a noun. */
function endsItsPhrase(value: string, end: number): boolean {
  return AFTER_ADVERBIAL.test(value.slice(end, end + 12));
}

/** Language that commits to nothing: "seek to", "as appropriate", "work toward". */
export const vagueCommitment: Rule = defineRule({
  id: 'vague-commitment',
  description: 'Language that commits to nothing ("seek to", "explore options to", "as appropriate") in a sentence that commits or recommends, from an editable list.',
  // Below 90% precision on real prose (eval:prose, test half): on only under "extends": "policy-lens:review".
  defaultSeverity: 'off',
  reviewSeverity: 'warning',
  fixable: false,
  tags: ['style', 'recommendations'],
  options: {
    phrases: { kind: 'stringList', default: DEFAULT_VAGUE_PHRASES, defaultLabel: 'the bundled list', ignoredWhenUntrusted: true, description: 'Replaces the bundled list of phrases.' },
    extraPhrases: { kind: 'stringList', default: [], ignoredWhenUntrusted: true, description: 'Phrases added to the bundled list (or to `phrases`).' },
  },
  check({ analysis, options }, report) {
    const phrases = [...options.phrases, ...options.extraPhrases];
    if (phrases.length === 0) return;
    const vagueIn = vagueMatcher(phrases);
    for (const text of proseOf(analysis).blocks) {
      if (text.block.kind === 'heading') continue;
      for (const { start, text: phrase } of vagueIn(text.value)) {
        report({
          message: `Name the action, who takes it and by when: ${quote(phrase)} commits to nothing.`,
          ...sourceRange(text, start, start + phrase.length),
        });
      }
    }
  },
});
