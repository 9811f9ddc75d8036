import { prescribes } from './recommendations';
import historyCues from './rules/data/history-cues.json';
import words from './rules/data/recommendation-words.json';
import { wordListPattern } from './word-list';

/** One history cue as `history-cues.json` holds it. */
export interface HistoryCue {
  readonly cue: string;
  readonly note: string;
}

/** Every cue at once. */
const HISTORY_CUE = wordListPattern((historyCues.cues as HistoryCue[]).map((entry) => entry.cue));
/** Words that keep a perfect or past sentence in the present ("since 1994", "still", "to date"). */
const STILL_CURRENT = wordListPattern((historyCues.stillCurrent as HistoryCue[]).map((entry) => entry.cue));

/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = 'was|were|had|did|took|became|began|came|went|made|gave|brought|grew|fell|rose|led|left|met|won|saw|set|cut|held|kept|ran|got|built|sought|bound|drew|stood|meant|spurred|shaped';
/**
 * A past-tense verb whose subject is the name: right after it ("the TPP was signed", "NAFTA took effect
 * in 1994"), after an acronym or an appositive ("NAFTA, signed in 1992, eliminated …"), or after a
 * possessive noun phrase ("NAFTA's rules of origin required …"). The possessive needs a word before the
 * verb, so "NAFTA's updated rules apply" stays present. Every part is bounded: the 40-odd characters
 * read are matched once.
 */
const PAST_TENSE_AFTER = new RegExp(
  String.raw`^\W{0,3}\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,60},\s*)?(?:['’]s\s+(?:[\p{L}-]+\s+){1,3})?(?:(?:also|then|later|first|initially|originally|largely|quickly)\s+)?(?:${IRREGULAR_PAST}|ended|expired|lapsed|\p{Ll}{2,}ed)\b`,
  'iu',
);

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLE = 'drawn|taken|made|given|built|done|seen|written|shown|grown|known|held|led|met|sought|brought|begun|become|run|set|kept|won|found|learnt|spent|sent|put|read|heard|taught|thought|chosen|undergone|gone';
/** Adverbs that may stand between an auxiliary or a subject and its verb ("have long drawn", "we first worked"). */
const NARRATIVE_ADVERB = String.raw`(?:(?:also|already|long|recently|previously|successfully|jointly|first|then|initially|often|repeatedly|earlier|once)\s+)?`;
/**
 * Verbs that ask for something now, whatever their tense: "we have asked agencies to work with …" is a
 * request in force, not a story. The recommendation vocabulary's directive and request verbs, and "recommend".
 */
const REQUEST_STEMS = [...Object.keys(words.directiveVerbs), ...Object.keys(words.requestVerbs), 'recommend', 'advise', 'propose'].map((verb) => verb.split(' ')[0].replace(/e$/, ''));
const ASKS_NOW = new RegExp(String.raw`^(?:${REQUEST_STEMS.join('|')})`, 'iu');
/** What follows "have", "has" or "'ve" in a perfect: adverbs, "been", the participle. */
const PERFECT_AFTER_AUXILIARY = String.raw`\s+${NARRATIVE_ADVERB}(?:been\s+)?(${IRREGULAR_PARTICIPLE}|\p{Ll}{2,}ed)\b`;
/**
 * A present perfect of a finished action in a main clause ("we have drawn from", "the office has published"),
 * not in a relative clause ("firms that have certified … rely on it"), whose verb the sentence otherwise reads as present.
 */
const PRESENT_PERFECT = new RegExp(
  String.raw`(?<!\b(?:that|which|who)\s+)\b(?:have|has)${PERFECT_AFTER_AUXILIARY}|(?<=\p{L})['’]ve${PERFECT_AFTER_AUXILIARY}`,
  'giu',
);
/** A simple past right after a personal pronoun as its subject ("we worked with …", "they drew on …"): a finite verb, not an adjective. */
const PRONOUN_PAST = new RegExp(String.raw`\b(?:we|i|they|he|she)\s+${NARRATIVE_ADVERB}(${IRREGULAR_PAST}|\p{Ll}{2,}ed)\b`, 'giu');

/**
 * Whether a sentence tells a finished story: its verbs are a present perfect of a finished action ("in writing
 * these guidelines we have drawn from the work of …") or a simple past after a personal pronoun ("we worked
 * with …"), and nothing keeps it in the present: no other verb of the present or future, no word of continuance
 * ("since", "still", "to date"), no prescription ("should", "we recommend that"), no request ("we have asked
 * agencies to …").
 */
export function narratesThePast(sentence: string): boolean {
  if (STILL_CURRENT.test(sentence) || prescribes(sentence)) return false;
  let told = false;
  let rest = sentence;
  for (const pattern of [PRESENT_PERFECT, PRONOUN_PAST]) {
    rest = rest.replace(pattern, (phrase: string, ...groups: unknown[]) => {
      const verb = groups.find((group): group is string => typeof group === 'string') ?? '';
      if (ASKS_NOW.test(verb)) return phrase;
      told = true;
      return ' ';
    });
  }
  return told && !PRESENT_OR_FUTURE.test(rest);
}

/** A past auxiliary that sets a whole sentence in the past ("Under NAFTA, tariffs were cut"), unless it opens a relative clause ("firms that were certified"). */
const PAST_AUXILIARY = /(?<!\b(?:that|which|who)\s+)\b(?:was|were|had|did)\b/iu;
/** A finite verb of the present or the future: the sentence speaks of now ("Firms that were certified should keep using it"). */
const PRESENT_OR_FUTURE = /\b(?:is|are|am|isn['’]t|aren['’]t|has|have|will|won['’]t|shall|can|cannot|may|must|should|would|does|do|remains?|continues?)\b/iu;
/** A year, not one that is part of a name ("the Trade Act of 1974"). */
const YEAR = /(?<!\bof\s+)\b(1[89]\d{2}|20\d{2})\b/gu;

/** Whether a sentence speaks of the past: it holds a history cue ("struck down", "the prior framework", "formerly"). */
export function speaksOfThePast(sentence: string): boolean {
  return HISTORY_CUE.test(sentence);
}

/**
 * Whether a sentence is set wholly in the past of a term that changed in `sinceYear`: it tells a finished
 * story (`narratesThePast`), or it has no verb of the present or future, and either a past auxiliary ("Under NAFTA, tariffs were eliminated") or a year
 * before the change ("Trade under NAFTA tripled between 1994 and 2016").
 */
export function setInThePast(sentence: string, sinceYear: number | undefined): boolean {
  if (narratesThePast(sentence)) return true;
  if (PRESENT_OR_FUTURE.test(sentence)) return false;
  if (PAST_AUXILIARY.test(sentence)) return true;
  if (sinceYear === undefined) return false;
  for (const match of sentence.matchAll(YEAR)) if (Number(match[1]) < sinceYear) return true;
  return false;
}

/** Whether the words right after a name (the next 120 characters are enough) put it in the past tense ("… was signed in 2016", "… took effect"). */
export function pastTenseFollows(textAfterName: string): boolean {
  return PAST_TENSE_AFTER.test(textAfterName.slice(0, 120));
}
