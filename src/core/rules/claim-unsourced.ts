import { proseOf, sourceRange } from '../prose';
import { compilePatterns, optionsFor, type TextPattern } from '../rule-options';
import { memoizeByText } from '../memo';
import { quote } from './message';
import type { Rule } from './rule';

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

/** A sentence that names its own source in words ("according to ITIF", "as detailed in a CSIS report"). */
const ATTRIBUTED = /\baccording to\b|\bas (?:detailed|reported|noted|documented|shown|estimated|found) (?:in|by)\b|\b(?:report|study|survey|paper|analysis|data|estimates?) (?:by|from)\b|\b(?:published|released|issued) (?:a|an|its|their) (?:report|study|survey|paper|analysis)\b/i;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const EVENT_VERB = /\b(?:launched|signed|announced|passed|enacted|imposed|lapsed|expired|adopted|agreed|entered into force|took effect|withdrew|banned|blocked|approved|released|published|issued|unveiled|struck down|ruled|invaded|sanctioned|tightened|introduced|expanded|restricted|joined|established|concluded|ratified|suspended|terminated)\b/i;

/**
 * Figures that state a fact someone could check, each with what kind of figure it is. Numbers are
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
  { kind: 'date', pattern: new RegExp(`\\b(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2},)?\\s+\\d{4}\\b`, 'g') },
];

/** A sentence stating a figure (money, a percentage, a count, a ranking, the date of an event) needs a source in its paragraph. */
export const claimUnsourced: Rule = {
  id: 'claim-unsourced',
  description: 'A sentence states a figure (money, a percentage, a count, a ranking, the date of an event) with no citation in its paragraph.',
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['sources', 'accuracy'],
  options: {
    citationPatterns: { kind: 'patternList', ignoredWhenUntrusted: true, description: 'Regular expressions (case-insensitive) that also count as a citation, added to the bundled ones, e.g. "\\\\(CRS [^)]+\\\\)".' },
  },
  check({ analysis, config }, report) {
    const patterns = [...DEFAULT_CITATIONS, ...compilePatterns((optionsFor(config, 'claim-unsourced').citationPatterns as string[] | undefined) ?? [])];
    for (const text of proseOf(analysis).blocks) {
      // Headings and table cells are labels; a paragraph with a footnote, a link or a citation pattern is sourced.
      if (text.block.kind !== 'paragraph' || text.block.citations > 0) continue;
      if (patterns.some((pattern) => pattern.test(text.value))) continue;
      for (const sentence of text.sentences) {
        const figure = unattributedFigure(sentence.text);
        if (!figure) continue;
        const start = sentence.start + figure.index;
        report({
          message: `${quote(figure.text)} (${figure.kind}) is stated without a source; cite one in this paragraph: a footnote, a link or "(Source: …)".`,
          ...sourceRange(text, start, start + figure.text.length),
        });
      }
    }
  },
};

// The editor re-lints after each edit; most sentences did not change, so their figures are remembered.
const unattributedFigure = memoizeByText((sentence: string) => (ATTRIBUTED.test(sentence) ? null : firstFigure(sentence) ?? null));

function firstFigure(sentence: string): { kind: string; text: string; index: number } | undefined {
  let first: { kind: string; text: string; index: number } | undefined;
  for (const { kind, pattern } of FIGURES) {
    for (const match of sentence.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (first && first.index <= index) break;
      if (kind === 'date' && !EVENT_VERB.test(sentence)) break;
      first = { kind, text: match[0].trim(), index };
      break;
    }
  }
  return first;
}
