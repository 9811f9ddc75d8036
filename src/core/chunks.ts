/**
 * Splitting a large document into chunks that parse the same on their own as in place.
 *
 * micromark's parse time grows faster than linearly with the number of top-level blocks (its
 * EditMap rewrites the whole event list), so a 1 MB memo took eight times as long per byte as a
 * 128 KB one. Parsing independent chunks of about CHUNK_TARGET characters keeps it linear.
 *
 * A chunk may end only where the next top-level block cannot depend on what came before, outside
 * fenced code and multi-line HTML blocks: after a blank line, before a line that starts at column 0
 * with a letter, digit, `#`, `>` or a bullet list item (so never a list continuation, indented code,
 * front matter fence, table row or HTML); and before any line that starts a top-level bullet list
 * item with content, since such an item interrupts a paragraph, closes every container a line at
 * column 0 does not continue (a nested item, its indented code) and starts a block of its own. A list
 * of thousands of items, which has no blank line at all, would otherwise be one chunk (a 1 MB outline
 * was one parse whose event list and garbage grew with it). Splitting a list in two changes only what
 * the rules never read (the list node, its looseness). Link and footnote definitions are the one
 * thing a block may use from another part of the document; the parser appends them to the chunks
 * that mention them.
 */

import { FenceTracker } from './fences';

/**
 * Documents below twice this size are parsed whole. Small, because a chunk's parse keeps all its
 * events and tokens alive until its tree is built, and each scavenge of V8's young generation copies
 * what is alive: at 32 KB, a chunk of short blocks (one-line paragraphs, list items, definitions)
 * held about 10 MB, so every scavenge during its parse took 20 to 120 ms instead of 1 to 5, and 256 KB
 * of one-line paragraphs took 1.9 s to parse instead of 0.5 s (`--trace-gc`). Prose in long
 * paragraphs makes far fewer events and parsed as fast either way. The editor uses the same size.
 */
export const CHUNK_TARGET = 4 * 1024;

/**
 * A whole-document parse also ends a chunk at the first safe point after this many lines, whatever its
 * size. What a chunk keeps alive while it parses grows with its blocks, not its characters: 4 KB of
 * one-line paragraphs or list items is about 240 blocks, and 256 KB of them linted in 2.3 s in 4 KB
 * chunks, 1.1 s in chunks of at most 32 lines (prose in long paragraphs reaches 4 KB first and is not
 * affected). The editor does not use it (`session.ts`).
 */
export const CHUNK_LINES = 32;

const BLANK = /^[ \t]*$/;
const SAFE_START = /^[\p{L}\p{N}#>]/u;
/** A top-level bullet list item with content on its line (an empty item cannot interrupt a paragraph). */
const BULLET_ITEM = /^[-*+][ \t]+\S/;
/** A line that may start an HTML block which only a blank line ends (CommonMark kinds 6 and 7). */
const HTML_START = /^ {0,3}</;
const HTML_BLOCK_OPENERS: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/;

/** Offsets where a chunk may start, chosen about `target` characters or `maxLines` lines apart; the first is always 0. */
export function chunkStarts(text: string, target = CHUNK_TARGET, maxLines = CHUNK_LINES): number[] {
  const starts = [0];
  if (text.length < target * 2) return starts;
  const fence = new FenceTracker();
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  // A line with a "|" might be a table row, which a following line might continue or complete.
  let previousMayBeTableRow = false;
  let linesInChunk = 0;
  // Inside what may be an HTML block that runs to the next blank line, every line belongs to it.
  let maybeHtmlToBlank = false;
  // Front matter is one block, whatever blank lines it holds.
  let lineStart = FRONT_MATTER.exec(text)?.[0].length ?? 0;
  // CR, LF and CRLF all end a line, as in micromark.
  const lineEnding = /\r\n?|\n/g;
  while (lineStart < text.length) {
    lineEnding.lastIndex = lineStart;
    const ending = lineEnding.exec(text);
    const lineEnd = ending ? ending.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (fence.isOpen) {
      fence.read(line);
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      // Only spaces and tabs make a line blank, as in micromark: a line of no-break spaces continues a paragraph.
      const isBlank = BLANK.test(line);
      const isBulletItem = !maybeHtmlToBlank && BULLET_ITEM.test(line);
      const mayBeTableRow = line.includes('|');
      const safe = previousBlank ? !isBlank && (SAFE_START.test(line) || isBulletItem) : isBulletItem && !mayBeTableRow && !previousMayBeTableRow;
      if (safe && (lineStart - starts[starts.length - 1] >= target || linesInChunk >= maxLines)) {
        starts.push(lineStart);
        linesInChunk = 0;
      }
      linesInChunk++;
      if (isBlank) maybeHtmlToBlank = false;
      else if (HTML_START.test(line)) maybeHtmlToBlank = true;
      previousMayBeTableRow = mayBeTableRow;
      if (!fence.read(line)) {
        const html = HTML_BLOCK_OPENERS.find(([open]) => open.test(line));
        if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
      }
      previousBlank = isBlank;
    }
    lineStart = ending ? lineEnd + ending[0].length : text.length;
  }
  return starts;
}
