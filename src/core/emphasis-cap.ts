/**
 * A cap on emphasis delimiters (`*`, `_`) in one block of text.
 *
 * micromark matches emphasis delimiters by walking back through every earlier opener, and splices the
 * event list at each match, so its time grows with the square of the delimiters in one paragraph:
 * 10,000 pairs of `*_` took 15 s, and a megabyte of them would take hours. No paragraph needs
 * hundreds; past the cap, each `*` and `_` in the block is read as text: replaced by an invisible
 * non-word character of the same length, so every offset stays put. Container markers and thematic
 * breaks at the start of a line, and HTML comments, are left alone.
 */
export const MAX_EMPHASIS_RUNS_PER_BLOCK = 200;

/** Where delimiters were read as text. */
export interface NeutralizedRange {
  readonly start: number;
  readonly end: number;
}

const NEUTRAL = '\u2060';
/** Block quote and list markers (with their spaces) that may start a line, and thematic breaks. */
const LINE_PREFIX = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t>]*)*/;
const THEMATIC_BREAK = /^[ \t>]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The text with delimiters past the cap in each block turned into text, and where that was done. */
export function capEmphasisDelimiters(text: string): { text: string; neutralized: NeutralizedRange[] } {
  const neutralized: NeutralizedRange[] = [];
  if (!text.includes('*') && !text.includes('_')) return { text, neutralized };
  const parts: string[] = [];
  let kept = 0;
  let runs = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') runs = 0;
    else if (!THEMATIC_BREAK.test(line)) {
      // One range per line, from its first delimiter read as text to its last.
      let first = -1;
      let last = -1;
      for (let i = LINE_PREFIX.exec(line)?.[0].length ?? 0; i < line.length; i++) {
        const ch = line[i];
        // An HTML comment closed on the line is not emphasis, and control comments must stay as written.
        if (ch === '<' && line.startsWith('<!--', i)) {
          const close = line.indexOf('-->', i + 4);
          if (close >= 0) i = close + 2;
          continue;
        }
        if (ch !== '*' && ch !== '_') continue;
        if (line[i - 1] !== ch) runs++;
        if (runs <= MAX_EMPHASIS_RUNS_PER_BLOCK) continue;
        const at = lineStart + i;
        parts.push(text.slice(kept, at), NEUTRAL);
        kept = at + 1;
        if (first < 0) first = at;
        last = at + 1;
      }
      if (first >= 0) neutralized.push({ start: first, end: last });
    }
    lineStart = newline < 0 ? text.length : newline + 1;
  }
  if (neutralized.length === 0) return { text, neutralized };
  parts.push(text.slice(kept));
  return { text: parts.join(''), neutralized };
}
