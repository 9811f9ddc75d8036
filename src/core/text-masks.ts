/**
 * Invisible, and not a letter, digit or space: text put in place of markup to be read as text keeps its length
 * (every offset stays put), and words on either side of it never join into one term.
 */
export const NEUTRAL = '\u2060';

/** The text with each range (in order, not overlapping) filled with `fill`, one per character, so offsets stay exact. */
export function fillRanges(text: string, ranges: readonly { start: number; end: number }[], fill: string): string {
  if (ranges.length === 0) return text;
  let result = '';
  let from = 0;
  for (const range of ranges) {
    result += text.slice(from, range.start) + fill.repeat(range.end - range.start);
    from = range.end;
  }
  return result + text.slice(from);
}
