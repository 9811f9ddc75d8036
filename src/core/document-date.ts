import type { DocumentAnalysis } from './analyze';
import { proseOf } from './prose';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;

/**
 * The date key of a front matter line and its value, YAML (`date: '2022-02-11'`) or TOML
 * (`publication_date = "04/23/2026"`): the keys publishers use for when a document was written or issued.
 */
const FRONT_MATTER_DATE = /^(?:date|publication_date|published|published_time|publish_date|issued|created)\s*[:=]\s*["']?([^"'\n]{6,40})/im;
/** A date written as a value: ISO "2022-02-11" (a time may follow) or U.S. "04/23/2026". */
const ISO_VALUE = /^(\d{4})-(\d{2})-(\d{2})\b/;
const US_VALUE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/**
 * A paragraph that is only a date, as memos and minutes put one under their title, perhaps with a short
 * label: "2014-04-09", "December 8, 2011", "Date: 8 December 2011", "Updated: 2016-05-20",
 * "Version 1.1, updated 18 March 2025".
 */
const DATE_LINE = new RegExp(`^(?:(?:version\\s+[\\d.]+,?\\s+)?(?:date|dated|updated|last\\s+updated|published|issued|released)\\s*:?\\s*)?(?:(\\d{4})-(\\d{2})-(\\d{2})|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4}))\\.?$`, 'i');

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
  const fromFrontMatter = document.frontMatter ? dateValue(FRONT_MATTER_DATE.exec(document.frontMatter.value)?.[1]) : undefined;
  const date = fromFrontMatter ?? dateLineOf(analysis);
  cache.set(document, date);
  return date;
}

/** A front matter value as YYYY-MM-DD, when it is a date (a `{DATE}` placeholder is not). */
function dateValue(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = ISO_VALUE.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = US_VALUE.exec(value);
  if (us) return `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  const line = DATE_LINE.exec(value.trim());
  return line ? dateOfLine(line) : undefined;
}

function dateLineOf(analysis: DocumentAnalysis): string | undefined {
  for (const text of proseOf(analysis).blocks.slice(0, HEAD_BLOCKS)) {
    // A date line is short; a long paragraph is body text.
    if (text.block.kind !== 'paragraph' || text.value.length > 50) continue;
    const match = DATE_LINE.exec(text.value.trim().replace(/^[*_]+|[*_]+$/g, '').trim());
    if (match) return dateOfLine(match);
  }
  return undefined;
}

function dateOfLine(match: RegExpExecArray): string {
  if (match[1]) return `${match[1]}-${match[2]}-${match[3]}`;
  if (match[4]) return isoDate(match[6], match[4], match[5]);
  return isoDate(match[9], match[8], match[7]);
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Whether something dated `since` (YYYY, YYYY-MM or YYYY-MM-DD) happened after a document's date. */
export function isAfterDate(since: string, documentDate: string): boolean {
  return documentDate.slice(0, since.length) < since;
}
