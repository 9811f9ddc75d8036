import historyCues from './rules/data/history-cues.json';

/** One history cue as `history-cues.json` holds it. */
export interface HistoryCue {
  readonly cue: string;
  readonly note: string;
}

/** A cue in the list's notation (lower-case words, a trailing `*` for any ending) as a pattern source. */
export function cuePattern(cue: string): string {
  const stem = cue.endsWith('*') ? cue.slice(0, -1) : cue;
  const words = stem.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return cue.endsWith('*') ? `${words}\\p{L}*` : words;
}

/** Every cue at once; alternatives of literal words, so a test reads the sentence once without backtracking. */
const HISTORY_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${(historyCues.cues as HistoryCue[]).map((entry) => cuePattern(entry.cue)).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Past-tense verbs count only right after a name ("the TPP was signed"), not anywhere in the sentence. */
const PAST_TENSE_AFTER = /^\W{0,3}\s*(?:\([^)]*\)\s*)?(?:was|were|had|ended|expired|lapsed)\b/i;

/** Whether a sentence speaks of the past: it holds a history cue ("struck down", "the prior framework", "formerly"). */
export function speaksOfThePast(sentence: string): boolean {
  return HISTORY_CUE.test(sentence);
}

/** Whether the words right after a name put it in the past tense ("… was signed in 2016"). */
export function pastTenseFollows(textAfterName: string): boolean {
  return PAST_TENSE_AFTER.test(textAfterName.slice(0, 40));
}
