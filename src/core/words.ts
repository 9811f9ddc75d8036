import { memoizeByText } from './memo';

/** A word of prose: a maximal run of letters and digits. */
export interface WordToken {
  readonly text: string;
  /** Index in the run's value. */
  readonly start: number;
  readonly end: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks are word characters; ASCII is decided without a regular expression. */
function isWordCharacter(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHARACTER.test(value.slice(index, index + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return WORD_CHARACTER.test(value.slice(index - 1, index + 1));
  return WORD_CHARACTER.test(value[index]);
}

/** Splits prose into words; everything between words (spaces, hyphens, dots, apostrophes) is a gap. */
export function tokenize(value: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (let token = wordFrom(value, 0); token; token = wordFrom(value, token.end)) tokens.push(token);
  return tokens;
}

/**
 * The first word that starts at or after `from`, as `tokenize` reads words when `from` is not inside a word
 * (inside one, the rest of it is returned: `wordFrom('hello', 2)` is "llo"). For a reader that needs only
 * a few words at a time: the words of a whole block, kept in an array, stay alive through every young-generation
 * collection while the block is read, and a hostile memo's block can hold hundreds of thousands.
 */
export function wordFrom(value: string, from: number): WordToken | undefined {
  let start = from;
  while (start < value.length && !isWordCharacter(value, start)) start++;
  if (start >= value.length) return undefined;
  let end = start + 1;
  while (end < value.length && isWordCharacter(value, end)) end++;
  return { text: value.slice(start, end), start, end };
}

/** How two words may be separated inside one term: by a space or hyphen, or by a dot ("U.S."). */
export type GapKind = 'space' | 'dot' | 'other';

/** What may stand between the words of a term besides white space: a hyphen, a dash or a slash. */
const SPACE_GAP_JOINERS = '-\u2010\u2011\u2013/';

/** A single joiner with no space around it, as in "CEN/CENELEC" or "CEN-CENELEC": one name made of several. */
export function isNameJoiner(gap: string): boolean {
  return gap.length === 1 && SPACE_GAP_JOINERS.includes(gap);
}
const DOT_GAP = /^\.[-\u2010\u2011\u2013]?[\s\u00a0]?$/;

/**
 * Classifies the characters between two words. A sentence end ("…policy. Trade") is never a space
 * gap. White space, at most one joiner, white space: decided by trimming, because a regular
 * expression with white space on both sides of an optional joiner backtracks quadratically on a long
 * run of spaces.
 */
export function gapKind(gap: string): GapKind {
  if (gap.length === 0) return 'other';
  const joiner = gap.trim();
  if (joiner === '' || (joiner.length === 1 && SPACE_GAP_JOINERS.includes(joiner))) return 'space';
  if (gap.length <= 3 && DOT_GAP.test(gap)) return 'dot';
  return 'other';
}

/**
 * Folds a word for case-insensitive matching: lower case, British and American spellings
 * (-ise/-ize, -our/-or), and a plural "s" or "es", so "controls" meets "control". Prose reuses a
 * small vocabulary, so each distinct word is folded once and remembered.
 */
export const foldWord: (word: string) => string = memoizeByText(computeFold, 50_000);

function computeFold(word: string): string {
  let folded = word.toLowerCase();
  folded = folded.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  folded = folded.replace(/our$/, 'or').replace(/ours$/, 'ors');
  if (folded.length > 3 && folded.endsWith('ies')) return folded.slice(0, -3) + 'y';
  if (folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss')) return folded.slice(0, -1);
  return folded;
}

/** True for words written without lower-case letters (TPA, G7, 3GPP): they match case-sensitively. */
export function hasNoLowerCase(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}
