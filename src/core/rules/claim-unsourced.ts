import { quotedSpans } from '../commitments';
import { proseOf, sourceRange, type BlockText, type Section } from '../prose';
import { wordListPattern } from '../word-list';
import claimSources from './data/claim-sources.json';
import { compilePatterns, type TextPattern } from '../rule-options';
import { memoizeByText } from '../memo';
import { quote } from './message';
import { defineRule, type Rule } from './rule';

/** "(Source: …)", "(see …)": the note runs to the next ")". */
const SOURCE_NOTE = /\((?:sources?|see|cf\.|data|figures?)\s*:?\s[^)]+\)/i;

/**
 * What counts as a citation written as text, besides footnote references and links. Each runs in
 * linear time: a source note is looked for only up to the last ")" (past it, every "(see" would read
 * the rest of the paragraph in vain), and an author's name ends in a non-space character, so the
 * spaces before the year are not shared out between two repetitions in every possible way.
 */
const DEFAULT_CITATIONS: readonly TextPattern[] = [
  { test: (text) => SOURCE_NOTE.test(text.slice(0, text.lastIndexOf(')') + 1)) },
  /\(\s*\p{Lu}[\p{L}&.'’ -]*[\p{L}&.'’-](?: *,)?\s+(?:19|20)\d{2}[a-z]?(?:,\s*p+\.\s*\d+)?\s*\)/u,
  /\[\d+(?:[,–-]\s*\d+)*\]/,
];

/** A sentence that names its own source in words ("according to ITIF", "as detailed in a CSIS report", "ITA issued press releases noting"). */
const ATTRIBUTED = /\baccording to\b|\bas (?:detailed|reported|noted|documented|shown|estimated|found) (?:in|by)\b|\b(?:report|study|survey|paper|analysis|data|estimates?) (?:by|from)\b|\b(?:published|released|issued) (?:a |an |its |their )?(?:press releases?|reports?|stud(?:y|ies)|surveys?|papers?|analys[ie]s)\b/i;

const entries = (list: readonly { entry: string }[]) => list.map((item) => item.entry);
/** A commitment, intention or recommendation ("will apply", "intends to purchase", "recommended"): a figure after it is its content. */
const COMMITMENT = wordListPattern(entries(claimSources.commitments));
/** A named instrument (a capitalised "Act", "Executive Order", "Joint Statement"): its terms and date are in the instrument. */
const INSTRUMENT = wordListPattern(entries(claimSources.instrumentNouns), { caseSensitive: true });
/** Headings of a notes or reference list, whose entries are citations themselves. */
const REFERENCE_HEADING = new RegExp(`^(?:${wordListPattern(entries(claimSources.referenceHeadings)).source})$`, 'iu');
/** "these 59 entities", "the following 59 entities": the counted items are named in the document. */
const ENUMERATOR_BEFORE = new RegExp(`${wordListPattern(entries(claimSources.enumerators)).source}\\s+$`, 'iu');
/** "one of the largest", "one of the world's largest": a hedged ranking names no rank to check. */
const HEDGED_RANKING_BEFORE = /\bone\s+of\s+(?:(?:the|its|their|our)\s+)?(?:[\p{L}’']+\s+)?$/iu;
/** A figure or table caption with its source line ("Figure 1. … Source: Census Bureau data"). */
const SOURCED_CAPTION = /^(?:figure|table|chart|exhibit|graph)\s+\d+\b[\s\S]*\bsources?\s*:/i;
/**
 * A note marker in the text: a footnote reference "[^3]" (not its definition "[^3]:"), a superscript
 * (HTML "<sup>", Pandoc "^3^", or the characters "¹²³"), a bracketed number "[3]".
 */
const NOTE_MARKER = /\[\^[^\]\s]{1,40}\](?!:)|<sup>|\^\d{1,3}\^|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d{1,3}\]/;
/** A bare URL in a paragraph's source: a link to where the figure comes from, like a written link. */
const BARE_URL = /\bhttps?:\/\/\S/i;
/** "(Figure 1)", "see Table 2", "Box 3 shows": a numbered exhibit of the document, which carries its own source line. */
const EXHIBIT_REFERENCE = /\b(?:figure|table|box|chart|exhibit|graph)s?\s+\d+/i;
/** A line that gives the source of what stands above it ("Source: CRS, based on …"). */
const SOURCE_LINE = /^sources?\s*:/i;

/**
 * Figures that state a fact someone could check, each with what kind of figure it is. Dates are not
 * among them: the date of a public act is in the record of the act, and a reader who doubts it checks
 * that record, not a footnote. Numbers are
 * read to at most 40 digits and commas: tried at every digit of a longer run, each try read the run
 * to its end.
 */
const FIGURES: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  { kind: 'money', pattern: /(?:US\$|[$€£¥])\s?\d[\d,]{0,40}(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion|bn|mn|[mbk])\b)?|\b\d[\d,]{0,40}(?:\.\d+)?\s?(?:thousand|million|billion|trillion)\s+(?:dollars|euros|yuan|yen|pounds)\b/giu },
  // "%" right after the number: "2 %}" is template syntax, not a share.
  { kind: 'percentage', pattern: /\b\d+(?:\.\d+)?(?:%|\s?(?:percent|per cent|percentage points?)\b)/gi },
  // Counted nouns in lower case: "50 United Nations Plaza" is an address.
  { kind: 'count', pattern: /\b(?:\d{1,3}(?:,\d{3}){1,12}|\d+(?:\.\d+)?\s(?:thousand|million|billion)|\d+)\s+(?:[\p{L}-]+\s+)?(?:countries|nations|economies|members|companies|firms|businesses|jobs|workers|people|tons|tonnes|units|students|researchers|engineers|patents|suppliers|vendors|signatories|projects|facilities|plants|factories|deals|transactions|cases|investigations|entities)\b/gu },
  { kind: 'ranking', pattern: /\b(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|fastest[- ]growing)\b|\btop (?:\d+|five|ten|three)\b|\bnumber one\b/gi },
];

/** A sentence stating a figure (money, a percentage, a count, a ranking) needs a source in its paragraph. */
export const claimUnsourced: Rule = defineRule({
  id: 'claim-unsourced',
  description: 'A sentence states a figure (money, a percentage, a count, a ranking) with no citation in its paragraph.',
  // Below 75% precision on the real-prose test half even for a review pass (README, Evaluation on real prose):
  // off in every preset; a team that wants it names it in "rules".
  defaultSeverity: 'off',
  fixable: false,
  tags: ['sources', 'accuracy', 'opt-in'],
  options: {
    citationPatterns: { kind: 'patternList', default: [], ignoredWhenUntrusted: true, description: 'Regular expressions (RE2 syntax, case-insensitive, matched in linear time) that also count as a citation, added to the bundled ones, e.g. `\\\\(CRS [^)]+\\\\)` in JSON.' },
  },
  check({ analysis, options }, report) {
    const patterns = [...DEFAULT_CITATIONS, ...compilePatterns(options.citationPatterns)];
    const source = analysis.document.text;
    const sections = proseOf(analysis).sections;
    // A numbered figure, table or box with a source line: a paragraph that points to one is backed by it.
    const exhibitsHaveSources = sections.some((section) => section.blocks.some(isSourceLine));
    const sourced = (text: BlockText) => {
      if (text.block.citations > 0 || patterns.some((pattern) => pattern.test(text.value))) return true;
      if (exhibitsHaveSources && EXHIBIT_REFERENCE.test(text.value)) return true;
      // Superscript note markers and bare URLs are masked or blanked in the prose: read them in the source.
      const written = source.slice(text.block.start, text.block.end);
      return NOTE_MARKER.test(written) || BARE_URL.test(written);
    };
    const isNotes = (section: Section) => REFERENCE_HEADING.test(section.title.replace(/^[\d.\s]+/, ''));
    // Notes with no marker in the text (lost when the memo was pasted or converted): which paragraph a note backs cannot be told.
    if (sections.some(isNotes) && !NOTE_MARKER.test(source)) return;
    for (const section of sections) {
      // A notes or reference list is the citations themselves.
      if (isNotes(section)) continue;
      let leadIn: BlockText | undefined;
      section.blocks.forEach((text, index) => {
        const isListItem = text.block.listItemStart !== undefined;
        if (!isListItem) leadIn = text;
        // Headings and table cells are labels; a paragraph with a footnote, a link or a citation pattern is sourced.
        if (text.block.kind !== 'paragraph' || sourced(text)) return;
        // A list goes on from its lead-in ("According to the Secretary, the report recommended:"), which may source it.
        if (isListItem && leadIn && leadIn !== text && continuesIntoList(leadIn) && (sourced(leadIn) || leadInExcuses(leadIn))) return;
        if (exhibitBelowIsSourced(section.blocks, index)) return;
        for (const sentence of text.sentences) {
          const figure = unattributedFigure(sentence.text);
          if (!figure) continue;
          const start = sentence.start + figure.index;
          report({
            message: `Cite a source for ${quote(figure.text)} in this paragraph (a footnote, a link or "(Source: …)"): the ${figure.kind === 'money' ? 'amount' : figure.kind} is stated without one.`,
            ...sourceRange(text, start, start + figure.text.length),
          });
        }
      });
    }
  },
});

/** A source line ("Source: Census Bureau") or a caption that ends with one ("Figure 2. … Source: …"). */
function isSourceLine(text: BlockText): boolean {
  const value = text.value.trim();
  return SOURCE_LINE.test(value) || SOURCED_CAPTION.test(value);
}

/** A caption that names an exhibit ("Table 1. Selected timelines"), standing above or below it. */
const EXHIBIT_CAPTION = /^(?:figure|table|chart|exhibit|graph|box)\s+\d+\b/i;

/**
 * Whether a figure, table or box right below the paragraph gives its source: past the exhibit's caption
 * and cells, before the next paragraph of text, stands a source line. The walk stops at the first
 * ordinary paragraph, so each block is passed over by at most the paragraph just above it.
 */
function exhibitBelowIsSourced(blocks: readonly BlockText[], index: number): boolean {
  for (let next = index + 1; next < blocks.length; next++) {
    const text = blocks[next];
    if (isSourceLine(text)) return true;
    if (text.block.kind === 'paragraph' && !EXHIBIT_CAPTION.test(text.value.trim())) return false;
  }
  return false;
}

/** A lead-in that the list below completes: it ends with a colon, or with no terminal punctuation. */
function continuesIntoList(leadIn: BlockText): boolean {
  return /(?::|[^.!?:"”’)\]\s])\s*$/u.test(leadIn.value.slice(-40));
}

/**
 * A lead-in whose last sentence names its source, states what someone recommends or commits to, or
 * names an instrument whose terms the list sets out ("The President signed a Proclamation that:").
 */
function leadInExcuses(leadIn: BlockText): boolean {
  const last = leadIn.sentences[leadIn.sentences.length - 1]?.text ?? '';
  return ATTRIBUTED.test(last) || COMMITMENT.test(last) || INSTRUMENT.test(last);
}

// The editor re-lints after each edit; most sentences did not change, so their figures are remembered.
const unattributedFigure = memoizeByText((sentence: string) => (ATTRIBUTED.test(sentence) ? null : firstFigure(sentence) ?? null));

function firstFigure(sentence: string): { kind: string; text: string; index: number } | undefined {
  let first: { kind: string; text: string; index: number } | undefined;
  const instrumentIsSubject = opensWithInstrument(sentence);
  let committed: ((index: number) => boolean) | undefined;
  let quoted: Uint8Array | undefined;
  for (const { kind, pattern } of FIGURES) {
    for (const match of sentence.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (first && first.index <= index) break;
      const text = match[0].trim();
      committed ??= committedFrom(sentence);
      if (instrumentIsSubject || committed(index)) break;
      // Words in quotation marks are someone else's, or a title; a figure in a name ("the Fortune 500 companies", "OWASP Top 10") is part of the name.
      quoted ??= quotedMask(sentence);
      if (quoted[index] || inName(sentence, index, text)) continue;
      if (kind === 'ranking' && HEDGED_RANKING_BEFORE.test(sentence.slice(Math.max(0, index - 40), index))) continue;
      if (kind === 'count' && isEnumerated(sentence, index, text)) continue;
      first = { kind, text, index };
      break;
    }
  }
  return first;
}

/** Which characters of a sentence stand inside quotation marks, marked once so each figure is looked up in constant time. */
function quotedMask(sentence: string): Uint8Array {
  const mask = new Uint8Array(sentence.length);
  for (const span of quotedSpans(sentence)) mask.fill(1, span.start, span.end);
  return mask;
}

/**
 * Whether a count or ranking is part of a name: it follows a capitalised word inside the sentence
 * ("the Fortune 500 companies", "the OWASP Top 10") or is capitalised itself ("the Top 10 Risks").
 * Money and percentages after a name ("Canada's $20 billion") are still figures.
 */
function inName(sentence: string, index: number, text: string): boolean {
  if (/^[$€£¥\d.,]+\s?(?:%|percent\b|per cent\b|US\$)/iu.test(text) || /^(?:US\$|[$€£¥])/u.test(text)) return false;
  if (index > 0 && /^\p{Lu}/u.test(text)) return true;
  const before = /([\p{L}\p{N}'’.-]+)\s+$/u.exec(sentence.slice(Math.max(0, index - 40), index));
  if (!before) return false;
  const wordStart = index - before[0].length;
  return wordStart > 0 && /^\p{Lu}/u.test(before[1]);
}

/**
 * An instrument that acts in the present on what follows: "a Proclamation imposing", "an Executive
 * Order that raises", "the Act provides". A past verb ("since the Act passed") tells an event instead.
 */
const INSTRUMENT_ACTING = new RegExp(`(?:${INSTRUMENT.source})\\s+(?:(?:that|which)\\s+)?\\p{Ll}+(?:ing|[^s]s)\\b`, 'u');

/**
 * A figure after a commitment in its clause ("commits to apply a tariff of 15 percent"), or after an
 * instrument acting on it ("signed a Proclamation imposing 25 percent duties"), is what is committed
 * to or set, not a reported fact. The sentence is read once: for each clause (parted by ";" or ":"),
 * where its first commitment ends; a figure is committed when one ended before it in its clause.
 */
function committedFrom(sentence: string): (index: number) => boolean {
  const clauses: { start: number; committedAt: number }[] = [];
  let start = 0;
  for (const part of sentence.split(/(?<=[;:])/)) {
    let committedAt = Infinity;
    for (const found of [COMMITMENT.exec(part), INSTRUMENT_ACTING.exec(part)]) if (found) committedAt = Math.min(committedAt, start + found.index + found[0].length);
    clauses.push({ start, committedAt });
    start += part.length;
  }
  let c = 0;
  return (index) => {
    // Figures are asked about in order within each kind; a new kind starts again from the first clause.
    if (c > 0 && clauses[c].start > index) c = 0;
    while (c + 1 < clauses.length && clauses[c + 1].start <= index) c++;
    return clauses[c].committedAt <= index;
  };
}

/** Words that open an adverbial clause or phrase, not a subject. */
const ADVERBIAL_OPENER = /^(?:since|after|before|when|while|once|until|as|although|though|because|if|unless|in|on|at|by|with|without|despite|following|through|during|for|from|over|between)$/i;

/**
 * Whether the sentence's subject is a named instrument ("The CHIPS and Science Act provides $52.7
 * billion", "Under Section 3 of the Act, …"): the instrument is the figure's source. The name is the
 * run of capitalised words and connectors the sentence opens with.
 */
function opensWithInstrument(sentence: string): boolean {
  const words = sentence.slice(0, 200).split(/\s+/, 20);
  let i = 0;
  const determiner = () => {
    if (!/^(?:the|this|that)$/i.test(words[i] ?? '')) return false;
    i++;
    // "The agreement lowers …", "This memorandum requires …": the instrument named by its kind.
    const noun = (words[i] ?? '').replace(/[,;:]$/, '');
    return /^\p{Ll}+$/u.test(noun) && INSTRUMENT.test(noun[0].toUpperCase() + noun.slice(1));
  };
  if (/^under$/i.test(words[i] ?? '')) i++;
  if (determiner()) return true;
  if (/^(?:section|article|title)$/i.test(words[i] ?? '') && /^\d/.test(words[i + 1] ?? '') && words[i + 2] === 'of') i += 3;
  if (determiner()) return true;
  // "Since the Act passed, …": a sentence that opens with an adverbial clause or phrase does not open with its subject.
  if (ADVERBIAL_OPENER.test(words[i] ?? '')) return false;
  const name: string[] = [];
  for (; i < words.length; i++) {
    const word = words[i];
    if (!/^(?:\p{Lu}|\d)/u.test(word) && !/^(?:and|of|for|on|the|to|in|&)$/.test(word)) break;
    name.push(word);
    if (/[,;:]$/.test(word)) break;
  }
  return name.length > 0 && INSTRUMENT.test(name.join(' '));
}

/** A count whose items the sentence names ("the following 59 entities", "4 new members: A, B, C and D"). */
function isEnumerated(sentence: string, index: number, text: string): boolean {
  if (ENUMERATOR_BEFORE.test(sentence.slice(Math.max(0, index - 20), index))) return true;
  const count = Number(/^\d+/.exec(text)?.[0] ?? 'NaN');
  if (!(count >= 2 && count <= 12)) return false;
  // Named items follow closely; reading only the next 300 characters keeps a sentence of many counts linear.
  const after = sentence.slice(index + text.length, index + text.length + 300);
  const commas = after.split(',').length - 1;
  return commas >= count - 1;
}
