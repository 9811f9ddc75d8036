import { memoizeByText } from '../memo';
import { proseOf, sentencesOf, sourceRange } from '../prose';
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
    const pattern = phrasePattern(phrases);
    matcher = memoizeByText((value) => {
      const found: VagueMatch[] = [];
      for (const match of value.matchAll(pattern)) {
        const start = match.index ?? 0;
        const sentence = sentencesOf(value).find((candidate) => candidate.start <= start && start < candidate.end);
        if (sentence && COMMITS.test(sentence.text)) found.push({ start, text: match[0] });
      }
      return found;
    });
    compiled.set(key, matcher);
  }
  return matcher;
}

/** One pattern for a list of phrases, words separated by any white space. Verbs match in the base form only: "seeks to" describes someone else's aim, "should seek to" commits. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases
    .map((phrase) => phrase.trim().toLowerCase().split(/\s+/).map(escapeRegExp))
    .filter((words) => words.length > 0 && words[0] !== '')
    .sort((a, b) => b.length - a.length)
    .map((words) => words.join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
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
