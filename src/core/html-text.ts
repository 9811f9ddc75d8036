/**
 * The text a reader sees in a block of raw HTML (a table, a list, a box of links that a page writes in HTML inside its
 * Markdown): the stretches between tags, grouped into the blocks that block-level elements make. Tags, their
 * attributes, comments, and the content of elements that hold no prose (scripts, styles, code) are left out.
 * One pass over the HTML, each character read a bounded number of times, so a hostile block stays linear.
 */

import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export type HtmlBlockKind = 'heading' | 'paragraph' | 'tableCell';

export interface HtmlTextBlock {
  readonly kind: HtmlBlockKind;
  /** Depth of a heading element (1-6), 0 for other blocks. */
  readonly headingDepth: number;
  /** The stretches of text in the block, offsets into the HTML, trimmed of white space. */
  readonly runs: readonly { readonly start: number; readonly end: number }[];
}

/** Elements whose content is not prose. */
const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template', 'svg', 'math', 'kbd', 'samp']);
/** Elements that flow inside a block of text; any other element starts or ends a block. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'ins', 'del']);
const TAG_NAME = /^<\/?([A-Za-z][\w:.-]*)/;
/** Markup with no text in it, by its opener and closer; the comment's "<!--" before the declaration's "<!". */
const SKIPPED_MARKUP: readonly (readonly [string, string])[] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<!', '>'], ['<?', '>']];
/** A character reference as HTML writes one: decimal, hexadecimal or named, with its semicolon. */
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/g;

/**
 * The text with its character references decoded, as a browser shows it ("R&amp;D" is "R&D", "&quot;" a quote mark);
 * an unknown name stays as written, and a code point that cannot be a character becomes U+FFFD, as HTML says.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (whole: string, decimal?: string, hexadecimal?: string, name?: string) => {
    if (name !== undefined) {
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? whole : decoded;
    }
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hexadecimal ?? '0', 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

export function htmlTextBlocks(html: string): HtmlTextBlock[] {
  const blocks: HtmlTextBlock[] = [];
  let runs: { start: number; end: number }[] = [];
  let kind: HtmlBlockKind = 'paragraph';
  let headingDepth = 0;
  const endBlock = () => {
    if (runs.length > 0) blocks.push({ kind, headingDepth, runs });
    runs = [];
    kind = 'paragraph';
    headingDepth = 0;
  };
  const addText = (start: number, end: number) => {
    while (start < end && /\s/u.test(html[start])) start++;
    while (end > start && /\s/u.test(html[end - 1])) end--;
    if (start < end && /\p{L}/u.test(html.slice(start, end))) runs.push({ start, end });
  };
  let lowered: string | undefined;
  let text = 0;
  let at = html.indexOf('<');
  while (at >= 0) {
    // Comments, CDATA sections, declarations and processing instructions hold no text a reader sees.
    const skipped = SKIPPED_MARKUP.find(([open]) => html.startsWith(open, at));
    if (skipped) {
      addText(text, at);
      const close = html.indexOf(skipped[1], at + skipped[0].length);
      text = close < 0 ? html.length : close + skipped[1].length;
      at = html.indexOf('<', text);
      continue;
    }
    const name = TAG_NAME.exec(html.slice(at, at + 64))?.[1].toLowerCase();
    if (name === undefined) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const tagEnd = endOfTag(html, at);
    addText(text, at);
    const closing = html[at + 1] === '/';
    if (!INLINE.has(name)) endBlock();
    if (!closing && /^h[1-6]$/u.test(name)) {
      kind = 'heading';
      headingDepth = Number(name[1]);
    } else if (!closing && (name === 'td' || name === 'th')) kind = 'tableCell';
    text = tagEnd;
    if (!closing && SKIPPED.has(name) && html[tagEnd - 2] !== '/') {
      // ASCII only: toLowerCase() may change a string's length ("İ"), and the indices must stay the HTML's.
      lowered ??= html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
      const close = lowered.indexOf(`</${name}`, tagEnd);
      text = close < 0 ? html.length : endOfTag(html, close);
    }
    at = html.indexOf('<', text);
  }
  addText(text, html.length);
  endBlock();
  return blocks;
}

/** Just past the ">" that closes the tag opening at `open`, quoted attribute values stepped over; the end if none. */
function endOfTag(html: string, open: number): number {
  let quote = '';
  for (let i = open + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}
