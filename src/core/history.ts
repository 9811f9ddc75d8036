import historyCues from './rules/data/history-cues.json';
import { wordListPattern } from './word-list';

/** One history cue as `history-cues.json` holds it. */
export interface HistoryCue {
  readonly cue: string;
  readonly note: string;
}

/** Every cue at once. */
const HISTORY_CUE = wordListPattern((historyCues.cues as HistoryCue[]).map((entry) => entry.cue));

/** Past-tense verbs count only right after a name ("the TPP was signed"), not anywhere in the sentence. */
const PAST_TENSE_AFTER = /^\W{0,3}\s*(?:\([^)]*\)\s*)?(?:was|were|had|ended|expired|lapsed)\b/i;

/** Whether a sentence speaks of the past: it holds a history cue ("struck down", "the prior framework", "formerly"). */
export function speaksOfThePast(sentence: string): boolean {
  return HISTORY_CUE.test(sentence);
}

/** Whether the words right after a name (the next 40 characters are enough) put it in the past tense ("… was signed in 2016"). */
export function pastTenseFollows(textAfterName: string): boolean {
  return PAST_TENSE_AFTER.test(textAfterName.slice(0, 40));
}
