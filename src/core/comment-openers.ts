import { CONTAINER_PREFIX } from './line-markers';
import { fillRanges, NEUTRAL } from './text-masks';

/**
 * An HTML comment opener inside a paragraph that no "-->" closes. micromark tries each "<!--" in a paragraph as
 * an inline comment and reads on to the paragraph's end for its close, so a paragraph of unclosed openers cost
 * the square of its length (remark-parse alone: 0.55 s for 16 KB of "<!-- ", 1.9 s for 32 KB, 6.9 s for 64 KB).
 * Such an opener is text either way, and no prose: its four characters become invisible non-word characters
 * (same length, offsets stay put), so micromark sees no opener and no sentence ends at its "!". An opener at the
 * start of a line starts an HTML block, which micromark reads line by line: it is left alone.
 */
const OPENER = '<!--';
const CLOSER = '-->';

/** The text with every unclosed inline comment opener turned into text. */
export function neutralizeUnclosedCommentOpeners(text: string): string {
  if (!text.includes(OPENER)) return text;
  const unclosed: { start: number; end: number }[] = [];
  // The block's inline openers, and where its last closer starts.
  let openers: number[] = [];
  let lastClose = -1;
  const endBlock = () => {
    for (const at of openers) if (lastClose < at + OPENER.length) unclosed.push({ start: at, end: at + OPENER.length });
    openers = [];
    lastClose = -1;
  };
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') endBlock();
    else {
      const content = CONTAINER_PREFIX.exec(line)?.[0].length ?? 0;
      for (let at = line.indexOf(OPENER); at >= 0; at = line.indexOf(OPENER, at + OPENER.length)) {
        if (at !== content) openers.push(lineStart + at);
      }
      const close = line.lastIndexOf(CLOSER);
      if (close >= 0) lastClose = lineStart + close;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  endBlock();
  return fillRanges(text, unclosed, NEUTRAL);
}
