/** A sentence of a block's text, by index into that text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Words that end with a dot without ending a sentence (compared in lower case, without the dot). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'cf', 'vs', 'etc', 'al', 'approx', 'ca', 'viz', 'resp',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'sen', 'rep', 'gov', 'amb', 'adm', 'col', 'lt', 'capt', 'hon', 'rev',
  'ed', 'eds', 'op', 'cit', 'ibid',
  'inc', 'corp', 'co', 'ltd', 'dept', 'govt', 'assn', 'intl', 'natl',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that stand before a number ("No. 5", "Sec. 301", "Art. XXI"); elsewhere they may be ordinary words ("no."). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'ch', 'chap', 'fig', 'figs', 'vol', 'vols', 'p', 'pp']);

/** Words that often start a sentence, so a dotted abbreviation ("U.S.") before them does end one. */
const SENTENCE_STARTERS = new Set(['the', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'they', 'he', 'she', 'in', 'on', 'at', 'for', 'but', 'and', 'if', 'as', 'a', 'an', 'our', 'their', 'there', 'such', 'however', 'yet', 'so']);

/**
 * A candidate end: terminal punctuation, closing quotes or brackets, then white space. It starts only
 * where a run of punctuation starts: tried inside a long run of dots, each start re-read the rest of
 * the run, which made the split quadratic.
 */
const CANDIDATE_END = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s)/g;

/**
 * Splits prose into sentences. A dot ends a sentence only when what follows starts like a sentence
 * (a capital, a digit, a quote), and never after a known abbreviation ("Dr.", "e.g.", "No. 5") or an
 * initial ("J. Smith"). Dotted acronyms ("U.S.") end one only before a common sentence opener.
 */
export function splitSentences(value: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(value, 0);
  for (const match of value.matchAll(CANDIDATE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end <= start) continue;
    const next = skipSpace(value, end);
    if (next >= value.length || !endsSentence(value, match.index ?? 0, match[0], next)) continue;
    sentences.push({ start, end, text: value.slice(start, end) });
    start = next;
  }
  const last = value.trimEnd().length;
  if (last > start) sentences.push({ start, end: last, text: value.slice(start, last) });
  return sentences;
}

function skipSpace(value: string, index: number): number {
  while (index < value.length && /\s/.test(value[index])) index++;
  return index;
}

function endsSentence(value: string, punctuationAt: number, punctuation: string, next: number): boolean {
  const following = value.slice(next, next + 40);
  if (!/^["'“‘(\[]?[\p{Lu}\p{N}]/u.test(following)) return false;
  if (punctuation[0] !== '.' || punctuation.length > 1 && punctuation.startsWith('..')) return true;
  // The word before the dot, back to white space, without opening quotes or brackets: "R&D" is a word, "(J" an initial.
  const word = (/\S*$/u.exec(value.slice(Math.max(0, punctuationAt - 30), punctuationAt))?.[0] ?? '').replace(/^[("'“‘[*_]+/u, '');
  const bare = word.toLowerCase();
  if (ABBREVIATIONS.has(bare)) return bare === 'etc' && !/^\p{N}/u.test(following);
  if (NUMBER_ABBREVIATIONS.has(bare)) return !/^(?:\p{N}|[IVXLC]+\b)/u.test(following);
  // An initial ("J. Smith") or a dotted acronym ("U.S.", "U.K.").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = /^\p{L}+/u.exec(following)?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** Words for counting: letters and digits, keeping "3.5", "U.S." and "long-term" whole. */
export function countWords(text: string): number {
  let count = 0;
  forEachWord(text, () => count++);
  return count;
}

/**
 * Calls `visit` with each word of a text that holds letters (numbers carry no syllables worth counting).
 * A visitor, not an array: a sentence of a whole hostile memo has hundreds of thousands of words, and an
 * array of them stays alive through every young-generation collection while it is read.
 */
export function forEachLetterWord(text: string, visit: (word: string) => void): void {
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end);
    if (HAS_LETTER.test(word)) visit(word);
  });
}

const HAS_LETTER = /\p{L}/u;

/** A run of letters and digits: `WORD_RUN` finds the next one, the sticky `WORD_PART` reads one where a joiner leaves off. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const WORD_PART = /[\p{L}\p{N}]+/uy;
/** What joins two runs into one word: "3.5", "U.S", "it's", "1,000", "long-term". */
const WORD_JOINERS = ".'’,-";

/**
 * Runs of letters and digits, each with the runs a single joiner ties to it. Read run by run rather
 * than with one pattern `[\p{L}\p{N}]+(?:[.'’,-][\p{L}\p{N}]+)*`: V8 keeps a backtracking entry for
 * every turn of that group, so on one "word" of a million runs ("1,1,1,…") the match cost 12 times
 * more per character from 128 to 512 KB, and past about 6 MB it threw "Maximum call stack size
 * exceeded" (readability and sentence-length failed on such a memo).
 */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  WORD_RUN.lastIndex = 0;
  for (let run = WORD_RUN.exec(text); run !== null; run = WORD_RUN.exec(text)) {
    let end = WORD_RUN.lastIndex;
    while (end + 1 < text.length && WORD_JOINERS.includes(text[end])) {
      WORD_PART.lastIndex = end + 1;
      if (!WORD_PART.test(text)) break;
      end = WORD_PART.lastIndex;
    }
    visit(run.index, end);
    WORD_RUN.lastIndex = end;
  }
}
