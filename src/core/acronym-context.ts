import acronymWords from './rules/data/acronym-words.json';
import claimSources from './rules/data/claim-sources.json';
import type { WordToken } from './words';

/** Capitalised words that are ordinary words, not acronyms (data: `rules/data/acronym-words.json`). */
export const ORDINARY_CAPITALS: ReadonlySet<string> = new Set(Object.keys(acronymWords.ordinaryCapitals));
/** Acronyms every reader knows: the default allow-list. */
export const WELL_KNOWN_ACRONYMS: readonly string[] = Object.keys(acronymWords.wellKnown);
/** The nouns that name a kind of instrument ("Directive", "Regulation"), single words only, for numbers cited after them. */
const INSTRUMENT_NOUNS: readonly string[] = claimSources.instrumentNouns.map((noun) => noun.entry).filter((entry) => /^\p{L}+$/u.test(entry));
const BRAND_NAMES: ReadonlySet<string> = new Set(Object.keys(acronymWords.brandNames));
const NAME_SUFFIXES: ReadonlySet<string> = new Set(Object.keys(acronymWords.nameSuffixes));
const NAME_PREFIXES: ReadonlySet<string> = new Set(Object.keys(acronymWords.namePrefixes));
const US_STATES: ReadonlySet<string> = new Set(Object.keys(acronymWords.usStates));
const GRADE_WORDS: ReadonlySet<string> = new Set(Object.keys(acronymWords.gradeWords));
const POST_NOMINALS: ReadonlySet<string> = new Set(Object.keys(acronymWords.postNominals));
const PRODUCT_HEADS: ReadonlySet<string> = new Set(Object.keys(acronymWords.productHeads));
const NUMBERING_WORDS: ReadonlySet<string> = new Set(Object.keys(acronymWords.numberingWords));
/** Any Roman numeral: after a numbering word even a large one ("Title XLI") is a number. */
const ANY_ROMAN_NUMERAL = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;

const HAS_DIGIT = /\p{N}/u;
/** "3PAO": a number then an acronym of three or more capitals still reads as an acronym. */
const NUMBERED_ACRONYM = /^\p{N}+\p{Lu}{3,}s?$/u;
/** Followed by a number or a numbered code ("RFC 2119", "TC 47X", "OJ L 330", "IEC TC65"): a series or body, cited by number (a version, "HTTP 1.1", is not: VERSION_NUMBER). */
const DESIGNATOR_NUMBER = /^ (?:\p{Lu} )?\p{N}|^ \p{Lu}{1,4}\p{N}/u;
/** A version number: "2.1", "v3.0.1", "V1.1". */
const VERSION = '[vV]?\\p{N}{1,2}(?:\\.\\p{N}{1,2}){1,2}';
/** A version after the word ("SAML 2.0", "TLS 1.3", "v3.1"): the acronym names a technology, used in the sentence, not a numbered document. */
const VERSION_NUMBER = new RegExp(`^ ${VERSION}(?![\\p{N}-]|\\.\\p{N})`, 'u');
const WHOLE_VERSION = new RegExp(`^${VERSION}$`, 'u');

/** Whether a word is a version number ("2.1", "v3.0.1"). */
export function isVersionNumber(text: string): boolean {
  return WHOLE_VERSION.test(text);
}
const CAPITALS_ONLY = /^[\p{Lu}\p{N}]+$/u;
/**
 * Two capitals or more among digits (W3C, C2PA, E2EE): when the glossary files the word as an acronym, its letters
 * abbreviate words and the digits are part of the name. One capital with digits (G7, 5G, H100) is a series name or a code.
 */
const LETTERS_WITH_DIGITS = /^(?=[\p{N}]*\p{Lu}[\p{N}]*\p{Lu})[\p{Lu}\p{N}]+s?$/u;
const LOWER_CASE = /\p{Ll}/u;
const CURRENCY_SIGN = /^\p{Sc}$/u;
/** A hyphen, also the Unicode and non-breaking ones, which joins the parts of one name ("MP-06", "MP‑06"). */
const HYPHEN = /^[-\u2010\u2011]$/u;

/**
 * How an acronym-shaped word reads where it stands:
 * - `other`: something other than an acronym to spell out: a code or identifier, part of a shouted stretch of
 *   capitals, or part of a company or licence name;
 * - `designator`: a series or body cited by number ("BOD 22-01", "RFC 2119"), which names a document rather than
 *   using the acronym in a sentence of its own (see `AcronymUse.designator`);
 * - `quoted`: inside a quotation, someone else's words or a title kept as written (see `AcronymUse.quoted`);
 * - `acronym`: an acronym.
 * `index` is the word's position in `tokens`, the words of `value`; `glossaryAcronym`: the glossary files the word
 * as an acronym of its own; `knownAcronym`: whether the glossary files a word as an acronym.
 */
export function acronymReadingHere(
  value: string,
  tokens: readonly WordToken[],
  index: number,
  glossaryAcronym = false,
  knownAcronym: (word: string) => boolean = () => false,
): AcronymReading {
  const token = tokens[index];
  const other = isCode(value, token, glossaryAcronym, knownAcronym) || BRAND_NAMES.has(token.text) || isLegalFormWord(value, tokens, index)
    || inShoutedStretch(value, tokens, index) || beforeNameSuffix(value, tokens, index) || (!knownAcronym(token.text) && opensCompanyName(value, tokens, index))
    || isPlaceState(value, tokens, index) || isGrade(value, tokens, index) || isNumberedPart(value, tokens, index)
    || isMeasureAfterNumber(value, token) || isPostNominal(value, tokens, index) || endsProductName(value, tokens, index);
  if (other) return 'other';
  // A document cited by number names it, inside a quoted title too ("Lessons From BOD 22-01 Audits").
  if (citedByNumber(value, token)) return 'designator';
  return inQuotation(value, token) ? 'quoted' : 'acronym';
}

export type AcronymReading = 'other' | 'designator' | 'quoted' | 'acronym';

/**
 * "PJSC “Rostelecom”", "HM Treasury": a legal form or honorific written before the capitalised name it belongs to.
 * Not for letters the glossary files as an acronym: "AO" is a Russian legal form, and far more often an authorizing official.
 */
function opensCompanyName(value: string, tokens: readonly WordToken[], index: number): boolean {
  const name = tokens[index + 1];
  return NAME_PREFIXES.has(tokens[index].text) && name !== undefined && /^\p{Lu}/u.test(name.text) && /^ ["“«]?$/u.test(value.slice(tokens[index].end, name.start));
}

/**
 * "GmbH", "Ltd", "Inc": a company's legal form written as a word, part of its name; in capitals ("Trade Data
 * Monitor LLC", "Zinc Works PLC") only right after a name of two capitalised words ("an LLC may" is still read).
 */
function isLegalFormWord(value: string, tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (!NAME_SUFFIXES.has(token.text)) return false;
  if (LOWER_CASE.test(token.text)) return true;
  // A name of two capitalised words at least, the first not just opening the sentence: "An LLC may", "A Delaware
  // LLC", "In Ohio, LLC members" and "the Texas AG" (an attorney general) use the letters as a word.
  const name = tokens[index - 1];
  const first = tokens[index - 2];
  if (name === undefined || first === undefined || !/^\p{Lu}/u.test(name.text) || !/^\p{Lu}/u.test(first.text)) return false;
  if (!/^,? $/u.test(value.slice(name.end, token.start)) || value.slice(first.end, name.start) !== ' ') return false;
  return !/(?:[.!?:]\s*|^\s*)$/u.test(value.slice(Math.max(0, first.start - 3), first.start));
}

/**
 * A series or body cited by number ("RFC 2119"); a dotted abbreviation keeps its closing period before the
 * number ("E.O. 14347", "S.I. 2019/419"), where the period ends the abbreviation, not a sentence.
 */
function citedByNumber(value: string, token: WordToken): boolean {
  const closingPeriod = token.text.includes('.') && value[token.end] === '.' ? 1 : 0;
  const next = value.slice(token.end + closingPeriod, token.end + closingPeriod + 12);
  return DESIGNATOR_NUMBER.test(next) && !VERSION_NUMBER.test(next);
}

/**
 * "the Payments Gateway API", "Grafana UI": a generic technical word ending a product's capitalised name.
 * The capitalised word before it must not open the sentence ("Teams API calls …" is read as an acronym).
 */
function endsProductName(value: string, tokens: readonly WordToken[], index: number): boolean {
  const name = tokens[index - 1];
  if (!PRODUCT_HEADS.has(tokens[index].text) || name === undefined || !/^\p{Lu}\p{Ll}/u.test(name.text)) return false;
  if (value.slice(name.end, tokens[index].start) !== ' ') return false;
  const before = value.slice(Math.max(0, name.start - 3), name.start);
  return name.start > 0 && !/(?:[.!?:]\s*|^\s*)$/u.test(before) && /\s$/u.test(before);
}

/** "Jane Doe MP", "Ann Lee, PhD": a title or honour right after a person's capitalised name. */
function isPostNominal(value: string, tokens: readonly WordToken[], index: number): boolean {
  const name = tokens[index - 1];
  if (!POST_NOMINALS.has(tokens[index].text) || name === undefined || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) return false;
  const gap = value.slice(name.end, tokens[index].start);
  return gap === ' ' || gap === ', ';
}

/**
 * A number (not a year) then a space: what follows may be its unit or currency. The number ends on a digit:
 * "Since 2022, DOC's bureau" puts a comma between them, and DOC is no unit. A number hyphened on to a word is part
 * of a name ("K-12 IT staff", "COVID-19 PPE"), not an amount; a range ("9-11 ET") or a minus sign ("-5 EUR") is still one.
 */
const AFTER_AMOUNT = /(?:^|[^\p{L}\p{N}.,-]|(?<!\p{L})-)(?!(?:1[89]|20)\d\d\s$)\p{N}(?:[\p{N},.]*\p{N})?\s$/u;
/**
 * A document's number after the series it belongs to, an acronym or an instrument's noun: "the Directive 20-01
 * VDP template", "BOD 18-01 ", "Regulation 2024/2982 ". It numbers a document and measures nothing; after any
 * other word ("Tuesday 9-11 ET", "Band 10-20 GW") the numbers are a range.
 */
const AFTER_DOCUMENT_NUMBER = new RegExp(`(?:\\b\\p{Lu}{2,}|\\b(?:${INSTRUMENT_NOUNS.join('|')}))\\s+\\p{N}+(?:[-\\u2010\\u2011/]\\p{N}+)+\\s$`, 'u');
/** A clock time then a space: "10 a.m. ", "14:30 ". */
const AFTER_TIME = /(?:\b[ap]\.m\.|\b[ap]m|\p{N}:\p{N}\p{N})\s$/iu;
/** A name and its version number then a space: "WCAG 2.1 ", "Profile v3.0 ". */
const AFTER_VERSION = /\p{Lu}[\p{L}\p{N}]*\s+v?\p{N}+(?:\.\p{N}+)+\s$/u;

/**
 * A unit, currency or time zone after an amount or a time ("30 EUR", "10 GW", "10 a.m. ET"), or a conformance
 * level or profile after a versioned name ("WCAG 2.1 AA"): two or three capitals, singular. "5 CSPs", a count
 * of acronyms, stays an acronym.
 */
function isMeasureAfterNumber(value: string, token: WordToken): boolean {
  if (token.text.length > 3 || !CAPITALS_ONLY.test(token.text) || HAS_DIGIT.test(token.text)) return false;
  const before = value.slice(Math.max(0, token.start - 40), token.start);
  return (AFTER_AMOUNT.test(before) && !AFTER_DOCUMENT_NUMBER.test(before)) || AFTER_TIME.test(before) || AFTER_VERSION.test(before);
}

/** A U.S. state's or territory's two-letter postal code ("NH", "PR"). */
export function isUsPostalCode(text: string): boolean {
  return US_STATES.has(text);
}

/** "Bretton Woods, NH": a state's postal code after a capitalised place name and a comma. */
function isPlaceState(value: string, tokens: readonly WordToken[], index: number): boolean {
  const place = tokens[index - 1];
  return US_STATES.has(tokens[index].text) && place !== undefined && /^\p{Lu}\p{Ll}/u.test(place.text) && value.slice(place.end, tokens[index].start) === ', ';
}

/** "Title XLI", "Part CC": a Roman numeral after a word that numbers parts of a law or document. */
function isNumberedPart(value: string, tokens: readonly WordToken[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && NUMBERING_WORDS.has(before.text) && value.slice(before.end, tokens[index].start) === ' ' && ANY_ROMAN_NUMERAL.test(tokens[index].text);
}

/** "level AA", "tier B": a grade or level named in capitals is a label, not an acronym. */
function isGrade(value: string, tokens: readonly WordToken[], index: number): boolean {
  const before = tokens[index - 1];
  if (before === undefined || !GRADE_WORDS.has(before.text) || value.slice(before.end, tokens[index].start) !== ' ') return false;
  // "system-level APIs": the grade word ends a compound modifier, and a plural names things, not a grade.
  return !HYPHEN.test(value[before.start - 1] ?? '') && !/\p{Lu}s$/u.test(tokens[index].text);
}

/** How far a quotation is looked for either side of a word; bounded so a long run stays linear. */
const QUOTE_REACH = 120;

/**
 * Inside a quotation of three words or more ("What’s in the SOSS - Episode 13"): a title or someone
 * else's words, which the writer quotes as written. A quoted single name ("the “DPRC”") is still read.
 */
export function inQuotation(value: string, token: WordToken, fewestWords = 3): boolean {
  const before = value.slice(Math.max(0, token.start - QUOTE_REACH), token.start);
  const after = value.slice(token.end, token.end + QUOTE_REACH);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  const straight = before[open] === '"';
  // A straight quote opens a quotation only where an even number of them came before in reach.
  if (straight && (before.slice(0, open).match(/"/g) ?? []).length % 2 === 1) return false;
  const close = after.indexOf(straight ? '"' : '”');
  if (close < 0 || (!straight && after.slice(0, close).includes('“'))) return false;
  const quoted = before.slice(open + 1) + token.text + after.slice(0, close);
  return (quoted.match(/[\p{L}\p{N}]+/gu) ?? []).length >= fewestWords;
}

/**
 * Identifiers, codes and units: words with digits (R47750, TR30, CO2, H100, RFC9110; not a glossary acronym
 * such as W3C, see LETTERS_WITH_DIGITS), words joined
 * to another by `_`, `/`, a dot or a colon with no space (DATA_DLT_05, ISO/IEC, GOV.UK, README.md,
 * a marking such as TLP:AMBER, a namespaced name such as urn:ietf) or by a hyphen to another
 * capitalised or numbered part (MP-06, SD-JWT, R-MI), and words in braces ({DATE}, {{PoLP}}).
 */
function isCode(value: string, token: WordToken, glossaryAcronym: boolean, knownAcronym: (word: string) => boolean): boolean {
  const lettered = NUMBERED_ACRONYM.test(token.text) || (glossaryAcronym && LETTERS_WITH_DIGITS.test(token.text));
  if (HAS_DIGIT.test(token.text) && !lettered) return true;
  const before = value[token.start - 1] ?? '';
  const after = value[token.end] ?? '';
  const beforeThat = value[token.start - 2] ?? '';
  const afterThat = value[token.end + 1] ?? '';
  if (after === '_' || before === '_') return true;
  if ((after === '/' || before === '/') && !betweenSlashedAcronyms(value, token, knownAcronym) && !besideSlashedWord(value, token, knownAcronym)) return true;
  if (inBraces(value, token)) return true;
  // "COM(2020) 823", "JOIN(2020) 18 final": a document series glued to the year in parentheses is a document number.
  if (after === '(' && /\p{N}/u.test(afterThat)) return true;
  // "A*STAR": a name with a literal asterisk inside (escaped in Markdown, "A\*STAR"); emphasis marks never reach the text.
  if ((before === '*' && /[\p{L}\p{N}]/u.test(beforeThat)) || (after === '*' && /[\p{L}\p{N}]/u.test(afterThat))) return true;
  // "AU$50", "HK$ 2 billion": a currency's country letters glued to its sign.
  if (CURRENCY_SIGN.test(after)) return true;
  // "UTC+1", "C++": an offset or a name joined by a plus sign.
  if (after === '+' && /[\p{N}+]/u.test(afterThat)) return true;
  if (after === '.' && /[\p{L}\p{N}]/u.test(afterThat)) return true;
  // A colon that separates (a space after it, "Scope: ...") is prose; one that joins two words is part of a code.
  if ((after === ':' && /[\p{L}\p{N}]/u.test(afterThat)) || (before === ':' && /[\p{L}\p{N}]/u.test(beforeThat))) return true;
  if (before === '.' && /[\p{L}\p{N}]/u.test(beforeThat)) return true;
  if (HYPHEN.test(after) && /[\p{Lu}\p{N}]/u.test(afterThat)) return true;
  if (HYPHEN.test(before) && /[\p{Lu}\p{N}]/u.test(beforeThat)) return true;
  // An en dash joins a code only to one letter or a number ("C–CAR", "MP–06"); between two names it relates them ("DHS–DOJ").
  if (after === '\u2013' && /^(?:\p{Lu}(?![\p{L}\p{N}.])|\p{N})/u.test(value.slice(token.end + 1, token.end + 3))) return true;
  return before === '\u2013' && /(?:(?<![\p{L}\p{N}])\p{Lu}|\p{N})$/u.test(value.slice(Math.max(0, token.start - 3), token.start - 1));
}

/** A word in small letters then a slash ("standards/WCAG criterion"), or a slash then one ("WCAG/guidance"). */
const SLASHED_WORD_BEFORE = /(?<![\p{L}\p{N}_/.:-])\p{Ll}{3,}\/$/u;
const SLASHED_WORD_AFTER = /^\/\p{Ll}{3,}(?![\p{L}\p{N}_/]|[.:-][\p{L}\p{N}])/u;

/**
 * "the Section 508 standards/WCAG criterion": a glossary acronym slashed to an ordinary word is used as a word, the
 * slash offering the two as alternatives; a path or a code has more slashes, dots or digits ("docs/README.md").
 */
function besideSlashedWord(value: string, token: WordToken, knownAcronym: (word: string) => boolean): boolean {
  if (!knownAcronym(token.text) || HAS_DIGIT.test(token.text)) return false;
  const before = value[token.start - 1] === '/';
  const after = value[token.end] === '/';
  if (before === after) return false;
  if (before) return SLASHED_WORD_BEFORE.test(value.slice(Math.max(0, token.start - 24), token.start)) && !/^(?:[\p{L}\p{N}_/]|[.:-][\p{L}\p{N}])/u.test(value.slice(token.end, token.end + 2));
  return SLASHED_WORD_AFTER.test(value.slice(token.end, token.end + 24)) && !/[\p{L}\p{N}_/.:-]$/u.test(value[token.start - 1] ?? '');
}

/**
 * What carries a code on past a word: a letter, digit, underscore or slash, or a dot, colon or hyphen that joins on to
 * more ("IETF/IRTF.v2", "SSL/TLS-PSK"); a sentence's full stop and a compound's hyphen ("HTTP/SNI-based") do not.
 */
const CODE_GOES_ON = '[\\p{L}\\p{N}_/]|[.:][\\p{L}\\p{N}]|-[\\p{Lu}\\p{N}]';
const CODE_GOES_ON_AT_START = new RegExp(`^(?:${CODE_GOES_ON})`, 'u');
/** Capitals with no joiner past them: the other side of "SSL/TLS", after the slash or before it. */
const SLASHED_CAPITALS_AFTER = new RegExp(`^\\/([\\p{Lu}\\p{N}]{2,})(?!${CODE_GOES_ON})`, 'u');
const SLASHED_CAPITALS_BEFORE = /(?<![\p{L}\p{N}_/.:-])([\p{Lu}\p{N}]{2,})\/$/u;

/**
 * "SSL/TLS", "ISO/IEC standards": two acronyms of three capitals or more side by side, joined by a slash, at least one
 * of them one the glossary knows, each an acronym of its own; a slash to or from anything else (a digit, a longer
 * chain, a small letter, two letters) still makes a code or an idiom ("DATA/DLT1", "ISO/IEC/IEEE", "n/a", "TL/DR"),
 * and so does a pair that a number or another code follows.
 */
function betweenSlashedAcronyms(value: string, token: WordToken, knownAcronym: (word: string) => boolean): boolean {
  if (!/^\p{Lu}{2,}$/u.test(token.text)) return false;
  const before = value[token.start - 1] === '/' ? value.slice(Math.max(0, token.start - 14), token.start) : undefined;
  const after = value[token.end] === '/' ? value.slice(token.end, token.end + 14) : undefined;
  if (before !== undefined && after !== undefined) return false;
  const otherMatch = before !== undefined ? SLASHED_CAPITALS_BEFORE.exec(before) : SLASHED_CAPITALS_AFTER.exec(after ?? '');
  const other = otherMatch?.[1];
  // The other side is capitals, or a glossary acronym written with digits among them ("W3C/WAI"); digits elsewhere
  // make a code ("DATA/DLT1").
  if (other === undefined || !(/^\p{Lu}+$/u.test(other) || (knownAcronym(other) && /\p{Lu}.*\p{Lu}/u.test(other)))) return false;
  // One of the two must be an acronym the glossary knows: capitals such as "PASS/FAIL", "SECRET/NOFORN", "EN/FR",
  // "MB/GB" or "AA/AAA" are labels, codes and units.
  if (!knownAcronym(token.text) && !knownAcronym(other)) return false;
  // "CI/CD pipelines", "TCP/IP": with a side of two capitals, both sides must be acronyms the glossary knows, neither
  // longer than three ("EN/FR" versions, "QX/QYZW" are codes and labels).
  if ((token.text.length < 3 || other.length < 3) && (token.text.length > 3 || other.length > 3 || !knownAcronym(token.text) || !knownAcronym(other))) return false;
  const pairEnd = before !== undefined ? token.end : token.end + (otherMatch?.[0].length ?? 0);
  // "ISO/IEC 17011", "ISO/IEC JTC 1": a pair that opens a longer designator is part of that code.
  if (/^ (?:\p{N}|\p{Lu}{2,}\b)/u.test(value.slice(pairEnd, pairEnd + 5))) return false;
  // A sentence's full stop or a compound's hyphen may follow the pair ("IETF/IRTF.", "HTTP/SNI-based").
  if (before !== undefined) return !CODE_GOES_ON_AT_START.test(value.slice(token.end, token.end + 2));
  return !/[\p{L}\p{N}_/.:-]$/u.test(value[token.start - 1] ?? '');
}

/** How far a brace is looked for either side of a word; bounded so a long run stays linear. */
const BRACE_REACH = 80;

/**
 * Inside braces: a template placeholder ("{DATE}") or a reference of kramdown-rfc ("{{PoLP}}", "{{?ALPN=RFC7301}}"),
 * not the writer's prose: the nearest brace before the word opens, and the nearest after it closes.
 */
function inBraces(value: string, token: WordToken): boolean {
  const before = value.slice(Math.max(0, token.start - BRACE_REACH), token.start);
  const open = before.lastIndexOf('{');
  if (open < 0 || before.lastIndexOf('}') > open) return false;
  const after = value.slice(token.end, token.end + BRACE_REACH);
  const close = after.indexOf('}');
  return close >= 0 && (after.indexOf('{') < 0 || after.indexOf('{') > close);
}

/** Words in capitals next to each other ("FREE AND OPEN", "MEMORANDUM FOR CHIEF INFORMATION OFFICERS"): emphasis, not acronyms. */
function inShoutedStretch(value: string, tokens: readonly WordToken[], index: number): boolean {
  // A possessive in capitals ("EDITOR'S NOTE") is part of its word: the "S" after the apostrophe is stepped over.
  const possessive = (at: number) => tokens[at]?.text === 'S' && at > 0 && /^['’]$/u.test(value.slice(tokens[at - 1].end, tokens[at].start));
  const joined = (a: WordToken, b: WordToken) => /^(?:['’]S)?[\s*_&'’-]*$/u.test(value.slice(a.end, b.start));
  // One capital letter ("A", "I") starts sentences; it is no sign of shouting.
  const shouted = (token: WordToken | undefined) => token !== undefined && token.text.length > 1 && CAPITALS_ONLY.test(token.text) && !HAS_DIGIT.test(token.text);
  const stretch = [tokens[index]];
  // Two words either side decide it; looking further would make a long line of capitals quadratic.
  for (let at = index, steps = 0; steps < 2; steps++) {
    const before = possessive(at - 1) ? at - 2 : at - 1;
    if (!shouted(tokens[before]) || !joined(tokens[before], tokens[at])) break;
    stretch.unshift(tokens[(at = before)]);
  }
  for (let at = index, steps = 0; steps < 2; steps++) {
    const after = possessive(at + 1) ? at + 2 : at + 1;
    if (!shouted(tokens[after]) || !joined(tokens[at], tokens[after])) break;
    stretch.push(tokens[(at = after)]);
  }
  // "The IESG MAY", "the CA MUST NOT": a specification's requirement key words are capitalised by convention, not shouted.
  // Not for IT, which is also the word "it" ("IT MUST NOT disclose the data").
  const keyWordsOnly = stretch.every((word) => word === tokens[index] || REQUIREMENT_KEY_WORDS.has(word.text));
  if (keyWordsOnly && !REQUIREMENT_KEY_WORDS.has(tokens[index].text) && !PRONOUN_HOMOGRAPHS.has(tokens[index].text)) return false;
  return stretch.length >= 3 || (stretch.length === 2 && stretch.some((word) => ORDINARY_CAPITALS.has(word.text) || word.text.length > 6));
}

/** Acronyms that are also a pronoun written in capitals. */
const PRONOUN_HOMOGRAPHS: ReadonlySet<string> = new Set(['IT']);

/** The requirement key words of RFC 2119 and RFC 8174 (BCP 14), one word at a time ("MUST NOT" is MUST then NOT). */
const REQUIREMENT_KEY_WORDS: ReadonlySet<string> = new Set(['MUST', 'SHALL', 'SHOULD', 'MAY', 'NOT', 'REQUIRED', 'RECOMMENDED', 'OPTIONAL']);

/** "CNOOC Limited", "Aerospace CH UAV Co., Ltd", "MIT license": the word belongs to a company or licence name. */
function beforeNameSuffix(value: string, tokens: readonly WordToken[], index: number): boolean {
  for (let next = index + 1; next < tokens.length && next <= index + 6; next++) {
    const word = tokens[next];
    // A legal form stands as a word of its own: "Co" in "Co-Chair" or "Co-operation" begins another word.
    if (NAME_SUFFIXES.has(word.text) && !/^[-\u2010\u2011]\p{L}/u.test(value.slice(word.end, word.end + 2))) return true;
    // The name goes on over capitalised words, "&" and parentheses ("Offshore & Marine Engineering (Group) Company").
    if (LOWER_CASE.test(word.text[0]) || !/^[\s&()'’-]*$/u.test(value.slice(tokens[next - 1].end, word.start))) return false;
  }
  return false;
}
