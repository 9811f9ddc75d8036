import type { Term } from './corpus';
import { isVersionNumber, ORDINARY_CAPITALS, WELL_KNOWN_ACRONYMS } from './acronym-context';
import { foldWord, tokenize, type WordToken } from './words';

/** Written in capitals and digits, at least two characters and one capital, optionally with a plural "s". */
const ACRONYM_SHAPE = /^(?=[\p{N}]*\p{Lu})[\p{Lu}\p{N}]{2,}s?$/u;
/**
 * Roman numerals up to 39 ("Title IV", "Phase II", "XIV"). Larger ones, with an L or a C, are rare in policy prose
 * and spell acronyms far more often (CI for continuous integration, CV, XL).
 */
const ROMAN_NUMERAL = /^(?=[IVX]+$)X{0,3}(IX|IV|V?I{0,3})$/;

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
/** A small prefix letter then capitals: eIDAS (electronic identification …), mDL (mobile driving licence). */
const PREFIXED_ACRONYM = /^\p{Ll}\p{Lu}{2,8}s?$/u;

/** Whether a word is written like an acronym and is not a Roman numeral or a capitalised ordinary word. */
export function looksLikeAcronym(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return PREFIXED_ACRONYM.test(word);
  if (!ACRONYM_SHAPE.test(word)) return isMixedCaseAcronym(word);
  const singular = singularAcronym(word);
  if (ORDINARY_CAPITALS.has(singular) || ROMAN_NUMERAL.test(word) || PERIOD.test(word)) return false;
  return singular.replace(/\P{L}/gu, '').length <= LONGEST_UNKNOWN_ACRONYM;
}

/**
 * A word of four letters then three capitals or more (OpenSSF: Open Source Security Foundation) is an
 * acronym too, unless its capitals are an acronym every reader knows: then it is a product named after
 * it (OpenAPI, SelectUSA).
 */
const WORD_THEN_CAPITALS = /^\p{Lu}\p{Ll}{3}(\p{Lu}{3,})s?$/u;
const WELL_KNOWN = new Set(WELL_KNOWN_ACRONYMS);

function isMixedCaseAcronym(word: string): boolean {
  if (word.length > 12 || !/\p{Ll}/u.test(word)) return false;
  if (MIXED_CASE_ACRONYM.test(word)) return true;
  const capitals = WORD_THEN_CAPITALS.exec(word)?.[1];
  return capitals !== undefined && !WELL_KNOWN.has(capitals);
}

/**
 * Whether two spellings write the same letters: case, periods, joiners and a final "s" aside (DoD, D.O.D., DODs;
 * POA&M and POAM; TRIMs and TRIMS; BRICS and BRICS+; G20 and G-20).
 */
export function sameAcronym(a: string, b: string): boolean {
  return writtenLetters(a) === writtenLetters(b);
}

/** The letters an acronym is written with, in capitals: case, periods, joiners and a final "s" aside. */
function writtenLetters(word: string): string {
  return word.replace(/[.\-&+/]/g, '').toUpperCase().replace(/(?<=..)S$/, '');
}

/**
 * What groups the uses and definitions of one acronym: the glossary entry, or the letters themselves. An
 * alias written with other letters than the entry's own name is another acronym to learn: IESG, filed
 * under IETF (its first use and its definition are its own, and knowing IETF does not make it known), or
 * CEN and CENELEC, two bodies filed under one entry for both (defining one does not define the other).
 * Spellings of one alias stay one acronym (POA&M and POAM).
 */
export function acronymKey(term: Term | undefined, written: string): string {
  if (term && sameAcronym(written, term.term)) return term.id;
  if (term && term.kind !== 'acronym') return `${term.id}#${writtenLetters(written)}`;
  // "Memorandum of Understanding (MOU) … The MoU": one acronym, whatever its case. A final capital S is kept
  // (AIS is not AI).
  return singularAcronym(written).toUpperCase();
}

/** Whether a use or definition grouped under `key` is the glossary entry's own acronym, not another acronym filed under it. */
export function isEntryAcronym(term: Term | undefined, key: string): term is Term {
  return term !== undefined && term.id === key;
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
  /** True when the corpus knows the acronym and the writer's expansion is a near miss of one of its forms. */
  readonly contradictsCorpus: boolean;
  /** With `contradictsCorpus`: the known form the writer's expansion is a near miss of, the right replacement. */
  readonly expectedExpansion?: string;
}

/** Three capitals or more with a version glued on after a small "v" ("SSLv2", "MPLv2"); two (IPv6) name a protocol family. */
export const GLUED_VERSION = /^(\p{Lu}{3,})(v\p{N}+)$/u;

/** Looks an acronym up in the corpus; provided by the term index. */
export type AcronymLookup = (acronym: string) => Term | undefined;

export const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'with', 'the', 'on', 'to', 'in', 'a', 'an', 'at', 'by', 'de', 'du', 'la']);
const PARENTHESISED = /\(\s*([^()\s][^()]{0,118}?)\s*\)/g;
const INNER_ACRONYM = /^[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*$/u;
/** Punctuation that ends the clause a definition's expansion is read from; the period of dotted initials ("the U.S. Trade Representative") does not. */
const CLAUSE_BREAK = /(?<!(?:^|[^\p{L}.])\p{Lu}(?:\.\p{Lu})+)\.\s|[;:!?,\u2014\u2013]\s|["“”]/gu;
/** A closing quote mark, and at most one space, right before a parenthesis. */
const CLOSING_QUOTE_BEFORE = /["”]\s?$/u;

/**
 * "Centre for Cybersecurity Belgium - CCB", "Taiwan Semiconductor Manufacturing Company, or TSMC", "the
 * Quarterly Review Board, known as QRB", "…, hereafter called “QRB”".
 */
const NAMED_AFTER = /(?: [-\u2013\u2014]|,? or|,\s(?:(?:also|commonly|hereinafter|hereafter)\s)?(?:known\sas|called|referred\sto\sas)(?:\sthe)?) ["“]?(\p{Lu}[\p{Lu}\p{N}]{1,9})\b/gu;
/**
 * An acronym followed by its spelled-out form: "the QRB, or Quarterly Review Board,", "the QRB – the
 * Quarterly Review Board –", "QRB: Quarterly Review Board" opening a glossary item. The words after it must
 * spell it out (checked where it is found), so "the EU, the UK and Japan" defines nothing.
 */
const GLOSSED = /(?<![\p{L}\p{N}.&-])(\p{Lu}[\p{Lu}\p{N}]{1,9}s?|\p{Ll}\p{Lu}{2,9}s?)(,|\s[-\u2013\u2014]|:|\t|\s=)\s+(?:(?:or|i\.e\.,?|that is,?|namely|meaning)\s+)?(?:the\s+)?(?=\p{L})/gu;
/** Where a glossed form ends: the end of its clause. */
const GLOSS_END = /[,;:.!?()[\]\u2013\u2014"“”]| - /u;
/** "ETSI stands for European Telecommunications Standards Institute". */
const STANDS_FOR = /\b(\p{Lu}[\p{Lu}\p{N}]{1,9}) (?:stands|stood) for /gu;

/**
 * Definitions written without parentheses: a name then a dash, "or" or "known as" and the acronym; the
 * acronym then its spelled-out form; or "ACR stands for …".
 */
function namedAfter(value: string, lookup: AcronymLookup): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  if (value.includes(' or ') || /\s(?:as|called)\s/.test(value) || /[-\u2013\u2014]/.test(value)) {
    for (const match of value.matchAll(NAMED_AFTER)) {
      const acronymStart = (match.index ?? 0) + match[0].length - match[1].length;
      const definition = expansionBefore(value, match.index ?? 0, match[1], acronymStart, lookup);
      // Only a name that spells the acronym out: "risk - CCB" or "this, or BIS" says nothing.
      if (definition?.expansion && spellsOut(definition.expansion, match[1])) found.push(definition);
    }
  }
  for (const match of value.matchAll(GLOSSED)) {
    const acronym = match[1];
    const acronymStart = match.index ?? 0;
    // A colon or tab introduces a gloss only where the acronym opens the item ("QRB: Quarterly Review Board").
    if ((match[2] === ':' || match[2] === '\t') && !/^[\s*_>|#-]*$/u.test(value.slice(0, acronymStart))) continue;
    const expansionStart = acronymStart + match[0].length;
    const expansion = glossAfter(value, expansionStart, acronym);
    if (expansion) found.push({ acronym, expansion: expansion.text, acronymStart, acronymEnd: acronymStart + acronym.length, expansionStart, expansionEnd: expansionStart + expansion.length, term: lookup(acronym) ?? lookup(singularAcronym(acronym)), contradictsCorpus: false });
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

/**
 * The words from `from` on that spell the acronym out, up to the end of their clause, if they do: the words
 * whose initials are its letters, else the fewest words that hold its letters in order, the first letter
 * starting the first word, which must have small letters (not be another acronym). Exported for glossary
 * tables, where the gloss is the next cell.
 */
export function glossAfter(value: string, from: number, acronym: string): { text: string; length: number } | undefined {
  const rest = value.slice(from, from + 160);
  const clauseEnd = rest.search(GLOSS_END);
  const words = tokenize(clauseEnd < 0 ? rest : rest.slice(0, clauseEnd));
  if (words.length === 0 || !/\p{Ll}/u.test(words[0].text)) return undefined;
  const letters = acronymLetters(acronym);
  const most = Math.min(words.length, letters.length + 3);
  // Best, the words whose initials are the letters ("Kelp Valuation Tribunal" for KVT, not "Kelp Valuation").
  const initials = (from: number, count: number) => initialsOf(words.slice(from, count).map((word) => word.text).filter((text) => !JOINING_WORDS.has(text.toLowerCase())));
  for (let count = 1; count <= most; count++) {
    if (initials(0, count) === letters) return { text: rest.slice(0, words[count - 1].end), length: words[count - 1].end };
  }
  // A name in Title Case whose first word the acronym leaves out, as "Expansion (ACR)" may start before its
  // letters do: "UF – Test Unit Fraction", where every item of the list repeats "Test".
  if (/^\p{Lu}\p{Ll}/u.test(words[0].text)) {
    for (let count = 2; count <= most; count++) {
      if (!/^\p{Lu}/u.test(words[count - 1].text) && !JOINING_WORDS.has(words[count - 1].text.toLowerCase())) break;
      if (initials(1, count) === letters) return { text: rest.slice(0, words[count - 1].end), length: words[count - 1].end };
    }
  }
  for (let count = 1; count <= most; count++) {
    const candidate = words.slice(0, count);
    if (letterMatchStart(letters, candidate) !== 0) continue;
    const significant = candidate.filter((word) => !JOINING_WORDS.has(word.text.toLowerCase())).length;
    if (significant < Math.ceil(letters.length / 3) || significant > letters.length + 1) return undefined;
    const length = candidate[count - 1].end;
    return { text: rest.slice(0, length), length };
  }
  return undefined;
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
    // "(DHS, DOJ and DOC)", "(WG, Area, etc.)": a list of acronyms or of examples names them; it defines the first only
    // where the words before spell it out, or are a capitalised name. A parenthesis that closes another tags a source
    // ("(Data quality toolkit (Statistics Canada (GC)))"), and defines only where the words spell it out.
    const rest = named ? inner.slice(named.offset + named.acronym.length) : '';
    const closesOuter = /^\s*\)/u.test(value.slice(open + match[0].length, open + match[0].length + 4));
    const reading: DefinitionReading = named?.spelledOnly || (closesOuter && insideParenthesis(value, open))
      ? 'spelled'
      : LISTED_ACRONYM.test(rest) || LISTED_EXAMPLES.test(rest) ? 'listed' : 'free';
    // "Guidelines 2.1 (WCAG 2.1)": the expansion ends before the version it repeats.
    const versionAt = named?.version ? versionBefore(value, open, named.version) : open;
    const found = named
      ? expansionBefore(value, versionAt, named.acronym, innerStart + named.offset, lookup, reading)
      : expansionInside(value, open, inner, innerStart, lookup) ?? nameThenAcronym(inner, innerStart, lookup);
    if (found) definitions.push(found);
    if (found && named) definitions.push(...leadingAcronyms(inner, innerStart, named.offset, open, lookup));
  }
  for (const match of value.includes('[') ? value.matchAll(BRACKETED) : []) {
    const named = acronymInParentheses(match[1], lookup);
    // The acronym must end the brackets: alone ("[KVT]") or after the acronyms that qualify it, as a
    // reference key names its source ("the *Kelp Valuation Framework* [[NAKV KVF]]").
    if (!named || named.offset + named.acronym.length !== match[1].length) continue;
    const open = match.index ?? 0;
    const found = expansionBefore(value, open, named.acronym, open + 1 + named.offset, lookup, 'listed');
    // Square brackets also hold editorial insertions ("[sic]", "[the Board]"): only a name that spells the acronym out defines it.
    if (found?.expansion && spellsOut(found.expansion, named.acronym)) definitions.push(found);
  }
  definitions.push(...namedAfter(value, lookup));
  return definitions;
}

/**
 * "the Kelp Valuation Tribunal [KVT]": an acronym in square brackets after its name, as some writers define
 * it (often after a linked name, where a parenthesis would follow the link's own brackets), alone or after
 * one or two acronyms that qualify it, as in a reference key ("[NAKV KVF]").
 */
const BRACKETED = /\[((?:[\p{Lu}][\p{L}\p{N}&.-]{1,11} ){0,2}[\p{Lu}][\p{L}\p{N}&.-]{1,11})\](?!\()/gu;

/**
 * The acronym a parenthesis introduces, if it holds one: "(WTO)", "(“DPRC”)", "(LGBTQ+)", the first
 * of a list "(GPL, LGPL and AGPL)" or "(PRC, or China)", a qualified form "(EU-U.S. DPF)" or a
 * name "(CIO Council)"; `offset` is where it starts inside the parenthesis.
 */
function acronymInParentheses(whole: string, lookup: AcronymLookup): { acronym: string; offset: number; version?: string; spelledOnly?: true } | undefined {
  // "(the QRB)", "(hereinafter “QRB”)", "(known as QRB)": the words of a legal definition before the acronym.
  const cue = DEFINING_CUE.exec(whole)?.[0].length ?? 0;
  const inner = whole.slice(cue);
  const quoted = /^["“'‘]?([^,;"”'’]*)/u.exec(inner)?.[1] ?? '';
  const lead = cue + inner.length - inner.replace(/^["“'‘]/u, '').length;
  // "(E.O.)": a dotted abbreviation keeps its last dot, which the glossary writes too.
  const dotted = /^(?:\p{Lu}\.){2,}$/u.test(quoted.trim()) && lookup(quoted.trim()) ? quoted.trim() : undefined;
  if (dotted) return { acronym: dotted, offset: lead };
  const text = quoted.replace(/\+$/, '').trim();
  // "(SSL/TLS)", "(UI/UX)": a slashed pair after the two names; the second is read here, the first as leading it.
  const pair = /^\p{Lu}{2,6}\/(\p{Lu}{2,6})$/u.exec(quoted.trim());
  if (pair) return { acronym: pair[1], offset: lead + quoted.trim().length - pair[1].length, spelledOnly: true };
  // "(MPLv2)": the acronym with its version glued on, after the name and its version.
  const glued = GLUED_VERSION.exec(text);
  if (glued) return { acronym: glued[1], offset: lead, version: glued[2], spelledOnly: true };
  if (isAcronym(text) || (text.includes(' ') && lookup(text))) return { acronym: text, offset: lead };
  // "(PRC or China)", "(CFIUS or the Committee)", "(E.O. or the Order)": the acronym, then another short name for the
  // same thing. Only where the words before spell it out: "Either agency (CISA or State)" offers a choice, no definition.
  const alias = /^(\S+) or (?:the )?\p{Lu}[\p{L}-]*$/u.exec(text)?.[1];
  if (alias && (isAcronym(alias) || (/^(?:\p{Lu}\.){2,}$/u.test(alias) && lookup(alias)))) return { acronym: alias, offset: lead, spelledOnly: true };
  const words = text.split(' ');
  if (words.length < 2 || words.length > 3) return undefined;
  // "open radio access network (Open RAN)": a word and the acronym name the thing; the words before spell the acronym out.
  if (words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && isAcronym(words[1]) && looksLikeAcronym(words[1])) {
    return { acronym: words[1], offset: lead + text.length - words[1].length, spelledOnly: true };
  }
  const last = words[words.length - 1];
  // "(WCAG 2.1)": an acronym and the version of what it names.
  // Only where the words before spell it out: "(TLS 1.3)" after a sentence names the version in use, no definition.
  if (words.length === 2 && isAcronym(words[0]) && isVersionNumber(last)) return { acronym: words[0], offset: lead, version: last, spelledOnly: true };
  if (words.every((word) => isAcronym(word.replace(/\.$/, '')))) return { acronym: last, offset: lead + text.length - last.length };
  // "(CIO Council)", "(CLOUD AI Act; H.R. 4683)": an acronym naming a body or a short title, other acronyms in it aside.
  // A CamelCase word opens a name ("DKIM (DomainKeys Identified Mail)"), which spells out the acronym before it.
  // With other acronyms in it, only where the words before spell it out: "known flaws (CISA KEV Catalog)" cites.
  if (isAcronym(words[0]) && (looksLikeAcronym(words[0]) || lookup(words[0]) !== undefined) && words.slice(1).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) || isAcronym(word)) && words.slice(1).some((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) {
    return words.slice(1).some((word) => isAcronym(word)) ? { acronym: words[0], offset: lead, spelledOnly: true } : { acronym: words[0], offset: lead };
  }
  return undefined;
}

/** "(Cyber Resilience Act, CRA)": a name, a comma and the acronym it spells out, all inside the parenthesis. */
const NAME_THEN_ACRONYM = /^(\p{Lu}[^()]*?\S),\s+["“]?(\p{Lu}[\p{Lu}\p{N}&-]{1,9}s?)["”]?$/u;

function nameThenAcronym(inner: string, innerStart: number, lookup: AcronymLookup): AcronymDefinition | undefined {
  const match = NAME_THEN_ACRONYM.exec(inner);
  if (!match || !isAcronym(match[2]) || !spellsOut(match[1], match[2])) return undefined;
  const acronymStart = innerStart + inner.lastIndexOf(match[2]);
  return { acronym: match[2], expansion: match[1], acronymStart, acronymEnd: acronymStart + match[2].length, expansionStart: innerStart, expansionEnd: innerStart + match[1].length, term: lookup(match[2]) ?? lookup(singularAcronym(match[2])), contradictsCorpus: false };
}

/**
 * "Family-to-Family Health Information Centers (F2F HICs)": acronyms before the defined one in the parenthesis,
 * with only spaces between them, abbreviate the first words of the same name, so the parenthesis defines them too
 * (their words are not told apart: no expansion of their own).
 */
function leadingAcronyms(inner: string, innerStart: number, namedOffset: number, open: number, lookup: AcronymLookup): AcronymDefinition[] {
  const lead = inner.slice(0, namedOffset);
  // "(QZN 2024)" names a work and its year: no second acronym.
  // "(UI/UX)" after "user interface or user experience": a slashed pair names both, and the words spell both out.
  if (!/^(?:[^\s/]+[ /]){1,2}$/u.test(lead) || !/\p{L}/u.test(inner.slice(namedOffset))) return [];
  const found: AcronymDefinition[] = [];
  let offset = 0;
  for (const word of lead.slice(0, -1).split(/[ /]/u)) {
    const acronymStart = innerStart + offset;
    offset += word.length + 1;
    if (!isAcronym(word)) return [];
    const term = lookup(word) ?? lookup(singularAcronym(word));
    found.push({ acronym: word, expansion: '', acronymStart, acronymEnd: acronymStart + word.length, expansionStart: open, expansionEnd: open, term, contradictsCorpus: false });
  }
  return found;
}

/** Where the words before a parenthesis end, less the version they end with, if they repeat the parenthesis's version. */
function versionBefore(value: string, open: number, version: string): number {
  // "Framework v2.0 (CSF 2.0)", "Framework 2.0 (CSF v2.0)", "License Version 2 (MPLv2)": the same version, with or
  // without its "v" or "Version".
  const number = version.replace(/^v/u, '').replace(/\./gu, '\\.');
  const head = value.slice(Math.max(0, open - 16), open);
  const written = new RegExp(`\\s(?:[Vv]ersion\\s+|v)?${number}\\s*$`, 'u').exec(head);
  return written ? open - head.length + written.index + 1 : open;
}

/** Words that may open a parenthesis before the acronym it defines. */
const DEFINING_CUE = /^(?:(?:hereinafter|hereafter|henceforth|collectively|jointly|also)\s+)?(?:(?:referred\s+to\s+as|known\s+as|called)\s+)?(?:the\s+)?(?=["“'‘]?\p{Lu})/u;

/** Two capitals joined by an ampersand ("R&D", "Q&A", "M&A"): an abbreviation most readers know. */
export function isLetterPair(text: string): boolean {
  return /^\p{Lu}&\p{Lu}s?$/u.test(text);
}

/** Written as one acronym, joiners allowed ("EU-U.S.", "POA&M"), with the letters of one. */
function isAcronym(candidate: string): boolean {
  return INNER_ACRONYM.test(candidate) && isAcronymLike(candidate);
}

function isAcronymLike(text: string): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}\p{N}]/gu, '').length;
  return letters.length >= 2 && letters.length <= 12 && capitals >= 2 || (capitals >= 1 && letters.length <= 3 && /\p{N}/u.test(letters));
}

/** How far back an enclosing parenthesis is looked for; bounded so a long paragraph stays linear. */
const ENCLOSING_REACH = 160;

/** Whether a parenthesis opens inside another ("(Data quality toolkit (Statistics Canada (GC)))"). */
function insideParenthesis(value: string, open: number): boolean {
  const before = value.slice(Math.max(0, open - ENCLOSING_REACH), open);
  let depth = 0;
  for (let at = before.length - 1; at >= 0; at--) {
    if (before[at] === ')') depth++;
    else if (before[at] === '(' && depth-- === 0) return true;
  }
  return false;
}

/** What follows the first acronym of a parenthesis that lists more: ", DOJ and DOC", " and DOC". */
const LISTED_ACRONYM = /^\s*(?:,|,? and|,? or|;)\s*["“]?\p{Lu}[\p{Lu}\p{N}]+\b/u;
/** What follows the first item of a parenthesis of examples: ", Area, etc.", ", a region, a city, …". */
const LISTED_EXAMPLES = /^\s*,(?:[^]*\b(?:etc|and so on|among others)\.?\s*$|[^,]*,[^,]*,)/u;

/**
 * How freely the words before "(ACR)" may define it when they do not spell it out: `free`, a capitalised name or any
 * words (the writer's own wording, "a dedicated microcontroller (MCU)"); `listed`, a capitalised name only (the first
 * of several acronyms or examples in the parenthesis); `spelled`, neither.
 */
type DefinitionReading = 'free' | 'listed' | 'spelled';

/** `Expansion (ACR)`: the expansion is the words just before the parenthesis, as freely as `reading` allows. */
function expansionBefore(value: string, open: number, acronym: string, acronymStart: number, lookup: AcronymLookup, reading: DefinitionReading = 'free'): AcronymDefinition | undefined {
  // "“personally identifiable information” (PII)": the expansion in quotes is the quotation (a quote mark breaks a clause).
  const closingQuote = CLOSING_QUOTE_BEFORE.exec(value.slice(Math.max(0, open - 2), open))?.[0].length ?? 0;
  const clauseStart = lastClauseBreak(value, open - closingQuote);
  const before = value.slice(clauseStart, open - closingQuote);
  // The expansion starts after the acronym's last use in parentheses before it: "Alex Moreno (GDS) and Sam Ito
  // (GDS)" does not spell GDS out as "GDS) and Sam Ito" (the name may hold it: "the CHIPS and Science Act").
  const words = afterLastTag(tokenize(before), acronym, (word) => before[word.end] === ')');
  if (words.length === 0) return undefined;
  const term = lookup(acronym) ?? lookup(singularAcronym(acronym));
  const make = (fromWord: number, expected: string | undefined): AcronymDefinition => ({
    acronym,
    expansion: value.slice(clauseStart + words[fromWord].start, clauseStart + words[words.length - 1].end),
    acronymStart,
    acronymEnd: acronymStart + acronym.length,
    expansionStart: clauseStart + words[fromWord].start,
    expansionEnd: clauseStart + words[words.length - 1].end,
    term,
    contradictsCorpus: expected !== undefined,
    expectedExpansion: expected,
  });
  const written = (fromWord: number) => value.slice(clauseStart + words[fromWord].start, open);
  const known = term ? knownExpansionsOf(term).map(significantWords) : [];
  if (term) {
    for (const expected of known) {
      const from = endsWithWords(words, expected);
      // The known words, but joined by other small words ("Data Free Flow of Trust" for "… with Trust") may still be wrong.
      if (from >= 0) return make(from, nearMissOf(written(from), term));
    }
  }
  const letters = acronymLetters(acronym);
  const window = Math.min(letters.length + 5, letters.length * 2);
  const candidateFrom = Math.max(0, words.length - window);
  // Words whose initials are the letters, nearest first: the letter walk below is greedy and may start a word late
  // ("Electronic Communications Code" for EECC, leaving "European" out).
  const byInitials = initialsStart(letters, words, candidateFrom);
  if (byInitials !== undefined) return make(byInitials, term && nearMissOf(written(byInitials), term));
  const longForm = letterMatchStart(letters, words.slice(candidateFrom));
  if (longForm !== undefined) {
    const from = candidateFrom + longForm;
    const significant = words.slice(from).filter((word) => !JOINING_WORDS.has(word.text.toLowerCase())).length;
    const plausible = significant >= Math.ceil(letters.length / 3) && significant <= letters.length + 1;
    if (plausible) return make(from, term && nearMissOf(written(from), term));
  }
  const titled = titleCaseRunStart(words);
  // A long name in Title Case has the letters among its initials ("Closing Loopholes for the Overseas Use and
  // Development of Artificial Intelligence Act (CLOUD AI Act)"), more words than the letter walk allows.
  if (reading === 'spelled' && closingQuote === 0 && titled !== undefined && hasInitialsInOrder(words.slice(titled), letters)) return make(titled, undefined);
  // Quoted words that do not spell the acronym out are a quotation or a name ('He said "no" (QZN)'), not its expansion.
  if (closingQuote > 0 || reading === 'spelled') return undefined;
  if (titled !== undefined && known.length > 0 && namesSomethingElse(value, open, words, titled, letters, known)) return undefined;
  if (titled !== undefined) return make(titled, undefined);
  // "a dedicated microcontroller (MCU)": the writer defines the acronym here, in words this matcher cannot align.
  // A year or a number in parentheses ("(2021)") defines nothing.
  if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2 || reading === 'listed') return undefined;
  return { ...make(words.length - 1, undefined), expansion: '', expansionStart: open, expansionEnd: open };
}

/**
 * "Data on the Web Best Practices (W3C)", "Terence Eden (GDS)": capitalised words before a glossary acronym that
 * neither end as its name ends nor hold its name's first word nearby, nor have its letters among their initials,
 * name a work or a person, and the parenthesis tags who made it or where they work. A name may run on past its end
 * ("Civil Liberties Protection Officer in the Office of the Director of National Intelligence (CLPO)") or be cut by
 * a list's commas ("Commerce, Justice, Science, and Related Agencies (CJS)"): its first word is still within reach.
 * A name with the letters among its initials gives the acronym another meaning ("the Magnuson-Stevens Fishery
 * Conservation and Management Act (MSA)" where the glossary's MSA is a market surveillance authority).
 */
function namesSomethingElse(value: string, open: number, words: readonly WordToken[], titled: number, letters: string, known: readonly string[][]): boolean {
  if (hasInitialsInOrder(words.slice(titled), letters)) return false;
  const last = foldWord(words[words.length - 1].text);
  if (known.some((expected) => expected.at(-1) === last)) return false;
  // Capitalised, as in a name: "At the government meeting, Alex Moreno (GDS)" holds no part of one.
  const nearby = new Set(tokenize(value.slice(Math.max(0, open - NAME_REACH), open)).filter((word) => /^\p{Lu}/u.test(word.text)).map((word) => foldWord(word.text)));
  return !known.some((expected) => expected.length > 0 && nearby.has(expected[0]));
}

/** Whether the letters appear in order among the words' initials (tokens split hyphenated words: "Magnuson-Stevens"). */
function hasInitialsInOrder(words: readonly WordToken[], letters: string): boolean {
  let next = 0;
  for (const initial of initialsOf(words.map((word) => word.text))) if (initial === letters[next]) next++;
  return next >= letters.length;
}

/** How far before a parenthesis the first word of the glossary's name for its acronym may stand. */
const NAME_REACH = 160;

/** The words after the last one written as the acronym that closes a parenthesis (all of them if none does). */
function afterLastTag(words: readonly WordToken[], acronym: string, closesParenthesis: (word: WordToken) => boolean): readonly WordToken[] {
  for (let at = words.length - 1; at >= 0; at--) if (closesParenthesis(words[at]) && sameAcronym(words[at].text, acronym)) return words.slice(at + 1);
  return words;
}

/** The word from which the words up to the end, small joining words aside, have the letters as initials; not before `earliest`. */
function initialsStart(letters: string, words: readonly WordToken[], earliest: number): number | undefined {
  let initials = '';
  for (let from = words.length - 1; from >= earliest && initials.length < letters.length; from--) {
    const word = words[from].text.toLowerCase();
    if (JOINING_WORDS.has(word)) continue;
    initials = word[0] + initials;
    if (initials === letters) return from;
  }
  return undefined;
}

/** The first letters of words, lower-cased: "Internet Research Task Force" → "irtf". */
export function initialsOf(words: readonly string[]): string {
  return words.map((word) => word[0]?.toLowerCase() ?? '').join('');
}

/** `ACR (Expansion)`: an acronym right before a parenthesis that spells it out. */
function expansionInside(value: string, open: number, inner: string, innerStart: number, lookup: AcronymLookup): AcronymDefinition | undefined {
  // Only the words right before the parenthesis matter; looking further back made long paragraphs quadratic.
  const windowStart = Math.max(0, open - 64);
  // "known as “CERTS” (Computer Emergency Response Team)": the acronym may be quoted.
  const acronymMatch = /([\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*)(["”’']?)\s*$/u.exec(value.slice(windowStart, open));
  if (!acronymMatch || !isAcronymLike(acronymMatch[1])) return undefined;
  const acronym = acronymMatch[1];
  const words = tokenize(inner);
  if (words.length < 2) return undefined;
  const term = lookup(acronym) ?? lookup(singularAcronym(acronym));
  const make = (expected: string | undefined): AcronymDefinition => ({
    acronym,
    expansion: inner,
    acronymStart: windowStart + acronymMatch.index,
    acronymEnd: windowStart + acronymMatch.index + acronym.length,
    expansionStart: innerStart,
    expansionEnd: innerStart + inner.length,
    term,
    contradictsCorpus: expected !== undefined,
    expectedExpansion: expected,
  });
  // "QUIC (a new transport protocol)": the writer explains what the acronym is instead of spelling it out.
  if (/^(?:an?|the) \p{Ll}/u.test(inner)) return { ...make(undefined), expansion: '', expansionStart: innerStart, expansionEnd: innerStart };
  const innerWords = significantWords(inner);
  const knownWords = term !== undefined && knownExpansionsOf(term).some((known) => sameWords(significantWords(known), innerWords));
  // The letter walk is greedy from the right and can start a word too late ("European Electronic Communications
  // Code" for EECC starts at "Electronic"); words whose initials are the acronym's letters spell it out all the same.
  // A quoted plural in capitals ("“CERTS” (Computer Emergency Response Team)") spells out its singular; unquoted,
  // a final S is as often a letter of the name ("QZS (Quartz Zinc)" defines nothing).
  const plural = acronymMatch[2] !== '' && /\p{Lu}{2,}S$/u.test(acronym) ? [acronymLetters(acronym).slice(0, -1)] : [];
  for (const letters of [acronymLetters(acronym), ...plural]) {
    if (knownWords || letterMatchStart(letters, words) === 0 || initialsOf(words.map((word) => word.text)) === letters || initialsOf(innerWords) === letters) {
      return make(term && nearMissOf(inner, term));
    }
  }
  return undefined;
}

/**
 * The known form of the acronym that the writer's expansion is a near miss of: the same meaningful words in
 * the same order, but with another small word between them ("Data Free Flow of Trust" for "… with Trust"),
 * an inflected or derived word ("Digital Economic Partnership Agreement") or a one-letter typo. Anything
 * else is not reported: another content word ("National Security Systems" beside "National Security
 * Strategy") is a different meaning of the letters, the writer's to use; more or fewer words are a longer or
 * shorter form of the name; the same words in another order ("U.S. Export-Import Bank") are the name as
 * English reorders it.
 */
function nearMissOf(expansion: string, term: Term): string | undefined {
  // A year names one dated instrument ("… Management Act of 2002"), which a later one may have renamed.
  if (/\b(?:1[89]|20)\d\d\b/.test(expansion)) return undefined;
  const written = contentWords(expansion);
  if ((term.otherExpansions ?? []).some((other) => sameWords(contentWords(other), written))) return undefined;
  // The name as written in another form (number, case, joiners, "U.S.", an article) is one of its known forms, not a
  // near miss of another: checked against every form first, so one form's plural never reads as a slip on the singular.
  if ([...knownExpansionsOf(term), ...(term.otherExpansions ?? [])].some((known) => sameExpansion(known, expansion))) return undefined;
  return knownExpansionsOf(term).find((known) => {
    const expected = contentWords(known);
    if (expected.length !== written.length) return false;
    let changedWord = false;
    for (let i = 0; i < expected.length; i++) {
      if (expected[i] === written[i]) continue;
      if (!sameStem(expected[i], written[i]) && !oneTypoApart(expected[i], written[i])) return false;
      changedWord = true;
    }
    return changedWord || !sameWords(linkingWords(known), linkingWords(expansion));
  });
}

/**
 * Whether two expansions are the same name written differently: another grammatical number (regular plurals
 * and Latin or Greek ones: memoranda, analyses, criteria, stimuli, indices), case, hyphens, spaces and
 * punctuation, "&" for "and", "U.S." or "US" for "United States", a leading article, British spelling.
 * Every word must still be there, in the same order: another word, even a small one, is another name.
 */
export function sameExpansion(a: string, b: string): boolean {
  const wordsA = expansionWords(a);
  const wordsB = expansionWords(b);
  if (wordsA.length === wordsB.length && wordsA.every((word, index) => sameWordInAnyNumber(word, wordsB[index]))) return true;
  // "cyber security" and "cybersecurity", "e-commerce" and "ecommerce": the same letters, split otherwise.
  return wordsA.length !== wordsB.length && sameWordInAnyNumber(wordsA.join(''), wordsB.join(''));
}

/** Lower-case words, "&" read as "and", "U.S." and "US" as "united states", without a leading article. */
function expansionWords(text: string): string[] {
  const words = tokenize(text.replace(/&/g, ' and ')).map((token) => token.text.toLowerCase());
  const spelled = words.flatMap(spelledOutCountry);
  while (spelled.length > 1 && LEADING_ARTICLES.has(spelled[0])) spelled.shift();
  return spelled;
}

const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

/** Singular and plural endings of Latin and Greek loanwords: memorandum/memoranda, analysis/analyses, criterion/criteria, stimulus/stimuli, index/indices. */
const CLASSICAL_NUMBER: readonly (readonly [string, string])[] = [['um', 'a'], ['on', 'a'], ['is', 'es'], ['us', 'i'], ['ex', 'ices'], ['ix', 'ices']];

/** Two lower-case words that differ at most in grammatical number or in British and American spelling. */
function sameWordInAnyNumber(a: string, b: string): boolean {
  if (a === b || regularSingular(a) === regularSingular(b)) return true;
  const classical = (singular: string, plural: string) =>
    CLASSICAL_NUMBER.some(([one, many]) => singular.endsWith(one) && plural.endsWith(many) && singular.length - one.length >= 3 && singular.slice(0, -one.length) === plural.slice(0, -many.length));
  if (classical(a, b) || classical(b, a)) return true;
  return americanSpelling(foldWord(a)) === americanSpelling(foldWord(b));
}

/** The singular of a regular English plural: policies → policy, businesses → business, boxes → box, rules → rule. */
function regularSingular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|sh|ch|x|z|us)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The meaningful words, folded, in American spelling, with "U.S." read as "united states". */
function contentWords(text: string): string[] {
  return significantWords(text).flatMap(spelledOutCountry).map(americanSpelling);
}

/** Every word but articles, folded, "&" read as "and": what tells "Flow with Trust" from "Flow of Trust". */
function linkingWords(text: string): string[] {
  return tokenize(text.replace(/&/g, ' and ')).map((token) => foldWord(token.text)).filter((word) => word !== 'the' && word !== 'a' && word !== 'an').flatMap(spelledOutCountry).map(americanSpelling);
}

/** British spellings foldWord leaves apart: favoured, centre, programme, defence, catalogue. */
function americanSpelling(word: string): string {
  return word.replace(/our(ed|ing|able|ite|ful)$/, 'or$1').replace(/([^aeiou])re$/, '$1er').replace(/mme$/, 'm').replace(/ence$/, 'ense').replace(/ogue$/, 'og');
}

/** "economic" and "economy", "protection" and "protective": a shared stem of five letters or more, endings of at most three. */
function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 5 && a.length - common <= 3 && b.length - common <= 3;
}

/** One letter added, dropped, changed or swapped with its neighbour, in words of five letters or more. */
function oneTypoApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (a.length === b.length) return restA.slice(1) === restB.slice(1) || (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2));
  return a.length > b.length ? restA.slice(1) === restB : restB.slice(1) === restA;
}

/** Folded like the words it stands for ("States" folds to "state"). */
const UNITED_STATES = ['united', foldWord('states')];

/** "U.S." and "US" read as "united states", so a reordered official name compares equal. */
function spelledOutCountry(word: string, index: number, words: readonly string[]): string[] {
  if (word === 'u' && words[index + 1] === 's') return UNITED_STATES;
  if (word === 's' && words[index - 1] === 'u') return [];
  return word === 'us' ? UNITED_STATES : [word];
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

export function acronymLetters(acronym: string): string {
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
