import type { Term } from './corpus';
import { ORDINARY_CAPITALS } from './acronym-context';
import { foldWord, tokenize, type WordToken } from './words';

/** Written in capitals and digits, at least two characters and one capital, optionally with a plural "s". */
const ACRONYM_SHAPE = /^(?=[\p{N}]*\p{Lu})[\p{Lu}\p{N}]{2,}s?$/u;
const ROMAN_NUMERAL = /^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Periods written like acronyms: quarters, halves and fiscal years (Q3, H1, FY2026). */
const PERIOD = /^(?:Q[1-4]|H[12]|FY\d{2}(?:\d{2})?)$/;

/** Unknown all-capital words this long are far more often shouted words than acronyms. */
const LONGEST_UNKNOWN_ACRONYM = 6;

/**
 * Acronyms written in mixed case: a run of capitals after a short syllable (FedRAMP), or capitals
 * with at most two small letters between them, ending in a capital (SaaS, IoT). CamelCase names
 * (GitHub, OpenAPI, SelectUSA) are product names, and the glossary knows the acronyms among them.
 */
const MIXED_CASE_ACRONYM = /^\p{Lu}\p{Ll}{1,2}\p{Lu}{2,}s?$|^(?:\p{Lu}\p{Ll}{0,2})+\p{Lu}s?$/u;

/** Whether a word is written like an acronym and is not a Roman numeral or a capitalised ordinary word. */
export function looksLikeAcronym(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  if (!ACRONYM_SHAPE.test(word)) return isMixedCaseAcronym(word);
  const singular = singularAcronym(word);
  if (ORDINARY_CAPITALS.has(singular) || ROMAN_NUMERAL.test(word) || PERIOD.test(word)) return false;
  return singular.replace(/\P{L}/gu, '').length <= LONGEST_UNKNOWN_ACRONYM;
}

function isMixedCaseAcronym(word: string): boolean {
  return word.length <= 12 && /\p{Ll}/u.test(word) && MIXED_CASE_ACRONYM.test(word);
}

/** "TRLs" → "TRL"; other words unchanged. */
export function singularAcronym(word: string): string {
  return /[\p{Lu}\p{N}]s$/u.test(word) && word.length > 2 ? word.slice(0, -1) : word;
}

/** Where an acronym is defined in a string, with the expansion the writer gave (empty when it cannot be told apart). */
export interface AcronymDefinition {
  readonly acronym: string;
  readonly expansion: string;
  readonly acronymStart: number;
  readonly acronymEnd: number;
  readonly expansionStart: number;
  readonly expansionEnd: number;
  /** The corpus entry for the acronym, when the corpus knows it. */
  readonly term?: Term;
  /** True when the corpus knows the acronym and the writer's expansion is not one of its forms. */
  readonly contradictsCorpus: boolean;
}

/** Looks an acronym up in the corpus; provided by the term index. */
export type AcronymLookup = (acronym: string) => Term | undefined;

const JOINING_WORDS = new Set(['and', 'of', 'for', 'with', 'the', 'on', 'to', 'in', 'a', 'an', 'at', 'by', 'de', 'du', 'la']);
const PARENTHESISED = /\(\s*([^()\s][^()]{0,118}?)\s*\)/g;
const INNER_ACRONYM = /^[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*$/u;
const CLAUSE_BREAK = /[.;:!?,\u2014\u2013]\s|["“”]/g;

/** "Centre for Cybersecurity Belgium - CCB", "Taiwan Semiconductor Manufacturing Company, or TSMC". */
const NAMED_AFTER = /(?: [-\u2013\u2014]|,? or) (\p{Lu}[\p{Lu}\p{N}]{1,9})\b/gu;
/** "ETSI stands for European Telecommunications Standards Institute". */
const STANDS_FOR = /\b(\p{Lu}[\p{Lu}\p{N}]{1,9}) (?:stands|stood) for /gu;

/** Definitions written without parentheses: a name then a dash or "or" and the acronym, or "ACR stands for …". */
function namedAfter(value: string, lookup: AcronymLookup): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  if (value.includes(' or ') || /[-\u2013\u2014]/.test(value)) {
    for (const match of value.matchAll(NAMED_AFTER)) {
      const acronymStart = (match.index ?? 0) + match[0].length - match[1].length;
      const definition = expansionBefore(value, match.index ?? 0, match[1], acronymStart, lookup);
      // Only a name that spells the acronym out: "risk - CCB" or "this, or BIS" says nothing.
      if (definition?.expansion && spellsOut(definition.expansion, match[1])) found.push(definition);
    }
  }
  if (value.includes(' for ')) {
    for (const match of value.matchAll(STANDS_FOR)) {
      const expansionStart = (match.index ?? 0) + match[0].length;
      const words = tokenize(value.slice(expansionStart, expansionStart + 160));
      const from = letterMatchEnd(acronymLetters(match[1]), words);
      if (from === undefined) continue;
      const expansionEnd = expansionStart + words[from].end;
      found.push({ acronym: match[1], expansion: value.slice(expansionStart, expansionEnd).replace(/^[*_]+/, ''), acronymStart: match.index ?? 0, acronymEnd: (match.index ?? 0) + match[1].length, expansionStart, expansionEnd, term: lookup(match[1]), contradictsCorpus: false });
    }
  }
  return found;
}

/** The index of the word where the acronym's letters, read left to right with the first starting word 0, end. */
function letterMatchEnd(letters: string, words: readonly WordToken[]): number | undefined {
  if (words.length === 0 || words[0].text[0]?.toLowerCase() !== letters[0]) return undefined;
  let w = 0;
  let c = 1;
  for (let l = 1; l < letters.length; l++) {
    for (;;) {
      if (w >= words.length) return undefined;
      const text = words[w].text.toLowerCase();
      if (c < text.length && text[c] === letters[l] && !JOINING_WORDS.has(text)) { c++; break; }
      w++;
      c = 0;
      if (w < words.length && words[w].text.toLowerCase()[0] === letters[l] && !JOINING_WORDS.has(words[w].text.toLowerCase())) { c = 1; break; }
    }
  }
  return w;
}

/** Finds `Expansion (ACR)` and `ACR (Expansion)` definitions in a string of prose. */
export function findDefinitions(value: string, lookup: AcronymLookup): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (const match of value.includes('(') ? value.matchAll(PARENTHESISED) : []) {
    const open = match.index ?? 0;
    const innerStart = value.indexOf(match[1], open);
    const inner = match[1];
    const named = acronymInParentheses(inner, lookup);
    const found = named
      ? expansionBefore(value, open, named.acronym, innerStart + named.offset, lookup)
      : expansionInside(value, open, inner, innerStart, lookup);
    if (found) definitions.push(found);
  }
  definitions.push(...namedAfter(value, lookup));
  return definitions;
}

/**
 * The acronym a parenthesis introduces, if it holds one: "(WTO)", "(“DPRC”)", "(LGBTQ+)", the first
 * of a list "(GPL, LGPL and AGPL)" or "(PRC, or China)", a qualified form "(EU-U.S. DPF)" or a
 * name "(CIO Council)"; `offset` is where it starts inside the parenthesis.
 */
function acronymInParentheses(inner: string, lookup: AcronymLookup): { acronym: string; offset: number } | undefined {
  const quoted = /^["“'‘]?([^,;"”'’]*)/u.exec(inner)?.[1] ?? '';
  const lead = inner.length - inner.replace(/^["“'‘]/u, '').length;
  const text = quoted.replace(/\+$/, '').trim();
  const isAcronym = (candidate: string) => INNER_ACRONYM.test(candidate) && isAcronymLike(candidate);
  if (isAcronym(text) || (text.includes(' ') && lookup(text))) return { acronym: text, offset: lead };
  const words = text.split(' ');
  if (words.length < 2 || words.length > 3) return undefined;
  const last = words[words.length - 1];
  if (words.every((word) => isAcronym(word.replace(/\.$/, '')))) return { acronym: last, offset: lead + text.length - last.length };
  if (isAcronym(words[0]) && words.slice(1).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return { acronym: words[0], offset: lead };
  return undefined;
}

function isAcronymLike(text: string): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}\p{N}]/gu, '').length;
  return letters.length >= 2 && letters.length <= 12 && capitals >= 2 || (capitals >= 1 && letters.length <= 3 && /\p{N}/u.test(letters));
}

/** `Expansion (ACR)`: the expansion is the words just before the parenthesis. */
function expansionBefore(value: string, open: number, acronym: string, acronymStart: number, lookup: AcronymLookup): AcronymDefinition | undefined {
  const clauseStart = lastClauseBreak(value, open);
  const before = value.slice(clauseStart, open);
  const words = tokenize(before);
  if (words.length === 0) return undefined;
  const term = lookup(acronym) ?? lookup(singularAcronym(acronym));
  const make = (fromWord: number, contradicts: boolean): AcronymDefinition => ({
    acronym,
    expansion: value.slice(clauseStart + words[fromWord].start, clauseStart + words[words.length - 1].end),
    acronymStart,
    acronymEnd: acronymStart + acronym.length,
    expansionStart: clauseStart + words[fromWord].start,
    expansionEnd: clauseStart + words[words.length - 1].end,
    term,
    contradictsCorpus: contradicts,
  });
  if (term) {
    const known = knownExpansionsOf(term).map(significantWords);
    for (const expected of known) {
      const from = endsWithWords(words, expected);
      if (from >= 0) return make(from, false);
    }
  }
  const letters = acronymLetters(acronym);
  const window = Math.min(letters.length + 5, letters.length * 2);
  const candidateFrom = Math.max(0, words.length - window);
  const longForm = letterMatchStart(letters, words.slice(candidateFrom));
  if (longForm !== undefined) {
    const from = candidateFrom + longForm;
    const significant = words.slice(from).filter((word) => !JOINING_WORDS.has(word.text.toLowerCase())).length;
    const plausible = significant >= Math.ceil(letters.length / 3) && significant <= letters.length + 1;
    if (plausible) return make(from, term !== undefined && isNearMiss(value.slice(clauseStart + words[from].start, open), term));
  }
  const titled = titleCaseRunStart(words);
  if (titled !== undefined) return make(titled, false);
  // "a dedicated microcontroller (MCU)": the writer defines the acronym here, in words this matcher cannot align.
  // A year or a number in parentheses ("(2021)") defines nothing.
  if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2) return undefined;
  return { ...make(words.length - 1, false), expansion: '', expansionStart: open, expansionEnd: open };
}

/** `ACR (Expansion)`: an acronym right before a parenthesis that spells it out. */
function expansionInside(value: string, open: number, inner: string, innerStart: number, lookup: AcronymLookup): AcronymDefinition | undefined {
  // Only the words right before the parenthesis matter; looking further back made long paragraphs quadratic.
  const windowStart = Math.max(0, open - 64);
  const acronymMatch = /([\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*)\s*$/u.exec(value.slice(windowStart, open));
  if (!acronymMatch || !isAcronymLike(acronymMatch[1])) return undefined;
  const acronym = acronymMatch[1];
  const words = tokenize(inner);
  if (words.length < 2) return undefined;
  const term = lookup(acronym) ?? lookup(singularAcronym(acronym));
  const make = (contradicts: boolean): AcronymDefinition => ({
    acronym,
    expansion: inner,
    acronymStart: windowStart + acronymMatch.index,
    acronymEnd: windowStart + acronymMatch.index + acronym.length,
    expansionStart: innerStart,
    expansionEnd: innerStart + inner.length,
    term,
    contradictsCorpus: contradicts,
  });
  const innerWords = significantWords(inner);
  if (term && knownExpansionsOf(term).some((known) => sameWords(significantWords(known), innerWords))) return make(false);
  if (letterMatchStart(acronymLetters(acronym), words) === 0) return make(term !== undefined && isNearMiss(inner, term));
  return undefined;
}

/**
 * A writer's expansion contradicts the corpus only when it shares a meaningful word with the known one
 * ("Trade and Technology Commission" for TTC). With nothing in common it is another acronym that
 * happens to be spelled the same ("Data Protection Authority (DPA)"), which the writer is free to use.
 */
function isNearMiss(expansion: string, term: Term): boolean {
  // A year names one dated instrument ("… Management Act of 2002"), which a later one may have renamed.
  if (/\b(?:1[89]|20)\d\d\b/.test(expansion)) return false;
  const writtenWords = significantWords(expansion);
  if ((term.otherExpansions ?? []).some((other) => sameWords(significantWords(other), writtenWords))) return false;
  const written = new Set(writtenWords.flatMap(spelledOutCountry));
  const knownForms = knownExpansionsOf(term).map((known) => significantWords(known).flatMap(spelledOutCountry));
  // The same words in another order, or the known name with more words ("… Standards Publication").
  if (knownForms.some((known) => known.every((word) => written.has(word)))) return false;
  // Part of the known name ("Export-Import Bank" for the Export-Import Bank of the United States) is short, not wrong.
  if (knownForms.some((known) => [...written].every((word) => known.includes(word)))) return false;
  return knownForms.some((known) => known.some((word) => written.has(word)));
}

/** "U.S." and "US" read as "united states", so a reordered official name compares equal. */
function spelledOutCountry(word: string, index: number, words: readonly string[]): string[] {
  if (word === 'u' && words[index + 1] === 's') return ['united', 'states'];
  if (word === 's' && words[index - 1] === 'u') return [];
  return word === 'us' ? ['united', 'states'] : [word];
}

/** What an acronym may stand for: the expansion, worded aliases, and for a worded entry its own name. */
export function knownExpansionsOf(term: Term): string[] {
  const name = term.kind === 'term' ? term.term : undefined;
  return [term.expansion, name, ...(term.aliases ?? [])].filter((form): form is string => !!form && /\p{Ll}/u.test(form));
}

/** The words that carry meaning, folded: joining words and `&` are dropped, hyphens split words. */
export function significantWords(text: string): string[] {
  return tokenize(text).map((token) => foldWord(token.text)).filter((word) => !JOINING_WORDS.has(word));
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/** If the words end with the expected significant words, the index of the first of them; else -1. */
function endsWithWords(words: readonly WordToken[], expected: readonly string[]): number {
  let e = expected.length - 1;
  for (let w = words.length - 1; w >= 0 && e >= 0; w--) {
    const folded = foldWord(words[w].text);
    if (JOINING_WORDS.has(folded)) continue;
    if (folded !== expected[e]) return -1;
    if (e === 0) return w;
    e--;
  }
  return -1;
}

/** Whether an expansion spells the acronym out, its letters in order, the first starting a word ("Federal Risk and Authorization Management Program" for FedRAMP). */
export function spellsOut(expansion: string, acronym: string): boolean {
  const words = tokenize(expansion);
  // "CHIPS Act" does not spell CHIPS out: it repeats it.
  if (words.some((word) => word.text === acronym)) return false;
  return letterMatchStart(acronymLetters(acronym), words) !== undefined;
}

function acronymLetters(acronym: string): string {
  return acronym.replace(/s$/, (s) => (/[\p{Lu}\p{N}]s$/u.test(acronym) ? '' : s)).replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/**
 * Schwartz–Hearst abbreviation matching: walks the acronym's letters from the end and finds each in
 * the words, right to left, with the first letter at the start of a word. Returns the index of the
 * word where the long form starts.
 */
function letterMatchStart(letters: string, words: readonly WordToken[]): number | undefined {
  if (letters.length === 0 || words.length === 0) return undefined;
  const text = words.map((word) => word.text.toLowerCase()).join(' ');
  const wordAt: number[] = [];
  words.forEach((word, index) => {
    for (let i = 0; i < word.text.length; i++) wordAt.push(index);
    wordAt.push(index);
  });
  let t = text.length - 1;
  for (let l = letters.length - 1; l >= 0; l--) {
    const letter = letters[l];
    const mustStartWord = l === 0;
    while (t >= 0 && (text[t] !== letter || (mustStartWord && ((t > 0 && text[t - 1] !== ' ') || JOINING_WORDS.has(words[wordAt[t]].text.toLowerCase()))))) t--;
    if (t < 0) return undefined;
    if (l > 0) t--;
  }
  return wordAt[t];
}

/** The start of a run of capitalised words (and joining words) ending the string: "Group of Seven". */
function titleCaseRunStart(words: readonly WordToken[]): number | undefined {
  let start = words.length;
  for (let w = words.length - 1; w >= 0; w--) {
    const text = words[w].text;
    if (/^\p{Lu}/u.test(text)) start = w;
    else if (!JOINING_WORDS.has(text.toLowerCase())) break;
  }
  while (start < words.length && JOINING_WORDS.has(words[start].text.toLowerCase())) start++;
  const capitalised = words.slice(start).filter((word) => /^\p{Lu}/u.test(word.text)).length;
  return capitalised >= 2 ? start : undefined;
}

function lastClauseBreak(value: string, before: number): number {
  let start = Math.max(0, before - 200);
  CLAUSE_BREAK.lastIndex = start;
  for (const match of value.slice(0, before).matchAll(CLAUSE_BREAK)) {
    if ((match.index ?? 0) >= start) start = (match.index ?? 0) + match[0].length;
  }
  return start;
}
