import type { DocumentAnalysis } from '../analyze';
import { proseOf, sourceRange } from '../prose';
import memoTypes from './data/memo-types.json';
import { quote } from './message';
import { defineRule, type Rule } from './rule';

/** A required section: its name, then the other headings that count as it. */
type SectionNames = readonly string[];

/** The bundled memo types, from the data file a policy editor maintains. */
export const DEFAULT_MEMO_TYPES: Readonly<Record<string, readonly SectionNames[]>> = memoTypes.types;

const FRONT_MATTER_TYPE = /^type\s*:\s*["']?([\w-]+)["']?\s*(?:#.*)?$/m;

/** A memo of a known type has the sections its type requires, in order. */
export const memoStructure: Rule = defineRule({
  id: 'memo-structure',
  description: 'A memo of a known type (front matter `type:` or the configured default) lacks a required section, or has them out of order.',
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['structure'],
  options: {
    types: { kind: 'sectionTypes', default: {}, description: 'Memo type → required sections in order; each a heading or a list of synonymous headings. Adds to or replaces the bundled types (decision-memo, options-memo, issue-brief).' },
    defaultType: { kind: 'string', description: 'The type of memos whose front matter names none; without it, files whose front matter names no type are not checked.' },
  },
  check({ analysis, options }, report) {
    const types = { ...DEFAULT_MEMO_TYPES, ...options.types };
    const declared = declaredType(analysis);
    // `type:` is a common front matter field (a Hugo or Jekyll page type): a document is a memo only when it
    // names a memo type this rule knows. An unknown value says the page is something else, unless it is a
    // misspelt memo type ("desicion-memo"), which is reported with the type it is closest to.
    if (declared && !Object.hasOwn(types, declared.type)) {
      const meant = Object.keys(types).find((known) => withinTwoEdits(declared.type.toLowerCase(), known.toLowerCase()));
      if (meant) report({ message: `Use the memo type ${quote(meant)}: ${quote(declared.type)} is not known.`, start: declared.start, end: declared.end });
      return;
    }
    const type = declared?.type ?? options.defaultType;
    if (!type) return;
    const required = types[type]?.map((section) => (typeof section === 'string' ? [section] : section));
    if (!required) {
      report({ message: `Set defaultType to one of ${Object.keys(types).join(', ')}, or add ${quote(type)} under the rule's "types" option: it is not a known memo type.`, start: 0, end: 0 });
      return;
    }
    const headings = sectionHeadings(analysis);
    const found = required.map((names) => headings.findIndex((heading) => names.some((name) => headingMatches(heading.normalized, name))));
    let latest = -1;
    let latestName = '';
    required.forEach((names, i) => {
      const index = found[i];
      if (index < 0) {
        const next = found.slice(i + 1).find((later) => later >= 0);
        const where = next !== undefined ? headings[next] : headings[headings.length - 1] ?? declared;
        const synonyms = names.length > 1 ? ` (or ${names.slice(1, 4).map((name) => quote(name)).join(', ')})` : '';
        const placement = next !== undefined ? ` before ${quote(headings[next].title)}` : ' at the end';
        report({ message: `Add ${article(names[0])} ${quote(names[0])} section${synonyms}${placement}: ${article(type)} ${type} needs one.`, start: where?.start ?? 0, end: where?.end ?? 0 });
        return;
      }
      if (index < latest) {
        report({ message: `Move ${quote(headings[index].title)} after ${quote(headings[latest].title)}: ${article(type)} ${type} puts ${latestName} first, then ${names[0]}.`, start: headings[index].start, end: headings[index].end });
        return;
      }
      latest = index;
      latestName = names[0];
    });
  },
});

/** Whether two short names differ by at most two inserted, deleted, replaced or swapped characters. */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return false;
  // Optimal string alignment distance, on names of at most 64 characters.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length] <= 2;
}

function article(word: string, capital = false): string {
  const an = /^[aeiou]/i.test(word);
  return capital ? (an ? 'An' : 'A') : an ? 'an' : 'a';
}

function declaredType(analysis: DocumentAnalysis): { type: string; start: number; end: number } | undefined {
  const frontMatter = analysis.document.frontMatter;
  const match = frontMatter && FRONT_MATTER_TYPE.exec(frontMatter.value);
  if (!frontMatter || !match) return undefined;
  const lineStart = analysis.document.text.indexOf(match[0], frontMatter.start);
  const start = lineStart + match[0].indexOf(match[1]);
  return { type: match[1], start, end: start + match[1].length };
}

/** The memo's section headings: below the title when there is one level-1 title, every heading otherwise. */
function sectionHeadings(analysis: DocumentAnalysis): { title: string; normalized: string; start: number; end: number }[] {
  const prose = proseOf(analysis);
  return prose.sections
    .filter((section) => section.heading && section !== prose.title)
    .map((section) => {
      const heading = section.heading!;
      return { title: section.title, normalized: normalizeHeading(section.title), ...sourceRange(heading, 0, heading.value.trimEnd().length) };
    });
}

function normalizeHeading(title: string): string {
  return title.toLowerCase().replace(/^(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.|[a-z][.)])\s+/, '').replace(/^the\s+/, '').replace(/[:.]\s*$/, '').trim();
}

function headingMatches(normalized: string, name: string): boolean {
  const wanted = normalizeHeading(name);
  return normalized === wanted || normalized.startsWith(`${wanted} `) || normalized.startsWith(`${wanted}:`);
}
