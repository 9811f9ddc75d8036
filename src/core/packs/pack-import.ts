import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMdast } from '../gfm';
import type { PackInput, PackTermInput } from './pack';
import { LOOKS_LIKE_ACRONYM } from './pack-terms';

/** A row of a spreadsheet or table, with the line of the file it starts on. */
export interface ImportRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** Something left out of the import, at the line of the file it concerns. */
export interface ImportNote {
  readonly line: number;
  readonly message: string;
}

/** `either`: an expansion for a term written like an acronym when the text is a short name, else a definition. */
type Column = 'term' | 'expansion' | 'definition' | 'either' | 'aliases' | 'category' | 'ignored';

/** Header words a glossary spreadsheet uses for each column, lowercased with punctuation dropped. */
const HEADERS: Record<Exclude<Column, 'ignored'>, readonly string[]> = {
  term: ['term', 'terms', 'acronym', 'acronyms', 'abbreviation', 'abbreviations', 'abbrev', 'initialism', 'short form', 'word', 'phrase', 'name', 'entry'],
  expansion: ['expansion', 'stands for', 'full form', 'long form', 'full name', 'spelled out'],
  either: ['meaning', 'means', 'explanation of abbreviation'],
  definition: ['definition', 'definitions', 'description', 'explanation', 'what it means', 'plain language'],
  aliases: ['aliases', 'alias', 'also', 'other names', 'also known as', 'aka', 'synonyms'],
  category: ['category', 'area', 'topic', 'field'],
};

const CATEGORIES = new Set(['trade', 'technology', 'economic-security', 'data-governance', 'standards', 'institution', 'agreement', 'legislation', 'forum', 'general']);

/** A capitalised mix with an inner capital (FedRAMP, SaaS): an acronym too, beside the capitals and digits of `LOOKS_LIKE_ACRONYM`. */
const MIXED_CASE_ACRONYM = /^[A-Z][a-z]*[A-Z][A-Za-z]{0,10}$/;
const acronymLike = (text: string) => LOOKS_LIKE_ACRONYM.test(text) || MIXED_CASE_ACRONYM.test(text);

/**
 * Turns the rows of a glossary (a spreadsheet or a Markdown table) into a pack. A header row is
 * recognised by its words (Acronym, Stands for, Definition…); without one, the columns are taken as
 * term, then expansion or definition, then definition. A second column is an expansion when the term is
 * written like an acronym and the text is a short name rather than a sentence.
 */
export function packFromRows(rows: readonly ImportRow[], pack: { name: string; version: string; description: string }): { pack: PackInput; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const header = columnsOf(rows[0]?.cells ?? []);
  const columns = header ?? defaultColumns(rows);
  if (header) {
    rows[0].cells.forEach((cell, i) => {
      if (header[i] === 'ignored' && cell.trim()) notes.push({ line: rows[0].line, message: `column "${cell.trim()}" is not a field of a pack term and was left out` });
    });
  }
  const terms: PackTermInput[] = [];
  const seen = new Map<string, number>();
  rows.forEach(({ cells, line }, i) => {
    if ((header && i === 0) || cells.every((cell) => !cell.trim())) return;
    const term = readRow(cells, columns);
    if (!term) {
      notes.push({ line, message: `has no term in its ${header ? `"${rows[0].cells[columns.indexOf('term')]?.trim()}" column` : 'first column'}; left out` });
      return;
    }
    const first = seen.get(term.term);
    if (first !== undefined) {
      notes.push({ line, message: `repeats "${term.term}" from line ${first}; left out` });
      return;
    }
    seen.set(term.term, line);
    terms.push(term);
  });
  return { pack: { name: pack.name, version: pack.version, description: pack.description, terms }, notes };
}

function columnsOf(cells: readonly string[]): Column[] | undefined {
  const columns = cells.map((cell): Column => {
    const key = cell.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
    const found = (Object.keys(HEADERS) as (keyof typeof HEADERS)[]).find((column) => HEADERS[column].includes(key));
    return found ?? 'ignored';
  });
  return columns.includes('term') && columns.some((column) => column === 'expansion' || column === 'definition' || column === 'either') ? columns : undefined;
}

function defaultColumns(rows: readonly ImportRow[]): Column[] {
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  return width >= 3 ? ['term', 'expansion', 'definition'] : ['term', 'either'];
}

function readRow(cells: readonly string[], columns: readonly Column[]): PackTermInput | undefined {
  const value = (column: Column) => {
    const i = columns.indexOf(column);
    const text = i >= 0 ? (cells[i] ?? '').replace(/\s+/g, ' ').trim() : '';
    return text || undefined;
  };
  const name = value('term');
  if (!name) return undefined;
  let expansion = value('expansion');
  let definition = value('definition');
  // "Meaning", or a second column without a header: an acronym and its name, or a word and what it means.
  const either = value('either');
  if (either && acronymLike(name) && isShortName(either) && !expansion) expansion = either;
  else if (either && !definition) definition = either;
  const aliases = value('aliases')?.split(/\s*[;|]\s*/).filter(Boolean);
  const category = value('category')?.toLowerCase().replace(/\s+/g, '-');
  return {
    term: name,
    ...(expansion ? { expansion } : {}),
    ...(definition ? { definition } : {}),
    ...(aliases && aliases.length > 0 ? { aliases } : {}),
    ...(category && CATEGORIES.has(category) ? { category } : {}),
  };
}

/** A name (Trade Promotion Authority) rather than a sentence: a few words, no full stop at the end. */
function isShortName(text: string): boolean {
  return text.split(' ').length <= 12 && !/[.!?]$/.test(text);
}

/** The rows of every table in a Markdown file, header rows included, in order; `undefined` when there is no table. */
export function rowsFromMarkdownTables(text: string): ImportRow[] | undefined {
  const tables: Table[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'table') tables.push(node);
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMdast(text));
  if (tables.length === 0) return undefined;
  const [first, ...rest] = tables.map((table) => table.children.map((row): ImportRow => ({ cells: row.children.map((cell) => toString(cell)), line: row.position?.start.line ?? 0 })));
  const key = (row: ImportRow | undefined) => row?.cells.join('|');
  // Later tables repeat the first one's header when a glossary is split by letter; keep one header.
  return [...first, ...rest.flatMap((rows) => (key(rows[0]) === key(first[0]) ? rows.slice(1) : rows))];
}
