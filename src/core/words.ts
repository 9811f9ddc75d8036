/** A word of prose: a maximal run of letters and digits. */
export interface WordToken {
  readonly text: string;
  /** Index in the run's value. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits prose into words; everything between words (spaces, hyphens, dots, apostrophes) is a gap. */
export function tokenize(value: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of value.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** How two words may be separated inside one term: by a space or hyphen, or by a dot ("U.S."). */
export type GapKind = 'space' | 'dot' | 'other';

const SPACE_GAP = /^[\s\u00a0]*[-\u2010\u2011\u2013\/]?[\s\u00a0]*$/;
const DOT_GAP = /^\.[-\u2010\u2011\u2013]?[\s\u00a0]?$/;

/** Classifies the characters between two words. A sentence end ("…policy. Trade") is never a space gap. */
export function gapKind(gap: string): GapKind {
  if (gap.length === 0) return 'other';
  if (SPACE_GAP.test(gap)) return 'space';
  if (DOT_GAP.test(gap)) return 'dot';
  return 'other';
}

/**
 * Folds a word for case-insensitive matching: lower case, British and American spellings
 * (-ise/-ize, -our/-or), and a plural "s" or "es", so "controls" meets "control".
 */
export function foldWord(word: string): string {
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
