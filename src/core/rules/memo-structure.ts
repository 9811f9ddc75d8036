import type { DocumentAnalysis } from '../analyze';
import { proseOf, sourceRange } from '../prose';
import { optionsFor } from '../rule-options';
import memoTypes from './data/memo-types.json';
import { quote } from './message';
import type { Rule } from './rule';

/** A required section: its name, then the other headings that count as it. */
type SectionNames = readonly string[];

/** The bundled memo types, from the data file a policy editor maintains. */
export const DEFAULT_MEMO_TYPES: Readonly<Record<string, readonly SectionNames[]>> = memoTypes.types;

const FRONT_MATTER_TYPE = /^type\s*:\s*["']?([\w-]+)["']?\s*(?:#.*)?$/m;

/** A memo of a known type has the sections its type requires, in order. */
export const memoStructure: Rule = {
  id: 'memo-structure',
  description: 'A memo of a known type (front matter `type:` or the configured default) lacks a required section, or has them out of order.',
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['structure'],
  options: {
    types: { kind: 'sectionTypes', description: 'Memo type → required sections in order; each a heading or a list of synonymous headings. Adds to or replaces the bundled types (decision-memo, options-memo, issue-brief).' },
    defaultType: { kind: 'string', description: 'The type of memos whose front matter names none (default: none, so untyped files are not checked).' },
  },
  check({ analysis, config }, report) {
    const options = optionsFor(config, 'memo-structure');
    const types = { ...DEFAULT_MEMO_TYPES, ...((options.types as Record<string, (string | string[])[]> | undefined) ?? {}) };
    const declared = declaredType(analysis);
    const type = declared?.type ?? (options.defaultType as string | undefined);
    if (!type) return;
    const required = types[type]?.map((section) => (typeof section === 'string' ? [section] : section));
    if (!required) {
      const where = declared ?? { start: 0, end: 0 };
      report({ message: `The memo type ${quote(type)} is not known; expected one of ${Object.keys(types).join(', ')}, or add it under the rule's "types" option.`, start: where.start, end: where.end });
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
        const placement = next !== undefined ? `add it before ${quote(headings[next].title)}` : 'add it at the end';
        report({ message: `${article(type, true)} ${type} needs ${article(names[0])} ${quote(names[0])} section${synonyms}; ${placement}.`, start: where?.start ?? 0, end: where?.end ?? 0 });
        return;
      }
      if (index < latest) {
        report({ message: `${quote(headings[index].title)} comes before ${quote(headings[latest].title)}; ${article(type)} ${type} puts ${latestName} first, then ${names[0]}.`, start: headings[index].start, end: headings[index].end });
        return;
      }
      latest = index;
      latestName = names[0];
    });
  },
};

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
