import type { DocumentAnalysis } from './analyze';
import { proseOf } from './prose';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;

/** `date: 2022-02-11` (YAML, quoted or not) or `date = 2022-02-11` (TOML) at the start of a front matter line. */
const FRONT_MATTER_DATE = /^date\s*[:=]\s*["']?(\d{4}-\d{2}-\d{2})/im;

/** A paragraph that is only a date, as memos and minutes put one under their title: "2014-04-09", "December 8, 2011", "Date: 8 December 2011". */
const DATE_LINE = new RegExp(`^(?:date\\s*:\\s*)?(?:(\\d{4})-(\\d{2})-(\\d{2})|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4}))\\.?$`, 'i');

/** How many blocks from the top a date line may stand: under the title, a banner or an address block, not in the body. */
const HEAD_BLOCKS = 12;

const cache = new WeakMap<object, string | undefined>();

/**
 * The date a document was written, as YYYY-MM-DD: its front matter's `date`, or else a paragraph near the
 * top that is only a date. Undefined when it states none (a draft being written now).
 */
export function documentDateOf(analysis: DocumentAnalysis): string | undefined {
  const document = analysis.document;
  if (cache.has(document)) return cache.get(document);
  const fromFrontMatter = document.frontMatter ? FRONT_MATTER_DATE.exec(document.frontMatter.value)?.[1] : undefined;
  const date = fromFrontMatter ?? dateLineOf(analysis);
  cache.set(document, date);
  return date;
}

function dateLineOf(analysis: DocumentAnalysis): string | undefined {
  for (const text of proseOf(analysis).blocks.slice(0, HEAD_BLOCKS)) {
    // A date line is short; a long paragraph is body text.
    if (text.block.kind !== 'paragraph' || text.value.length > 40) continue;
    const match = DATE_LINE.exec(text.value.trim().replace(/^[*_]+|[*_]+$/g, '').trim());
    if (!match) continue;
    if (match[1]) return `${match[1]}-${match[2]}-${match[3]}`;
    if (match[4]) return isoDate(match[6], match[4], match[5]);
    return isoDate(match[9], match[8], match[7]);
  }
  return undefined;
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Whether something dated `since` (YYYY, YYYY-MM or YYYY-MM-DD) happened after a document's date. */
export function isAfterDate(since: string, documentDate: string): boolean {
  return documentDate.slice(0, since.length) < since;
}
