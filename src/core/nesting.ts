/**
 * A cap on how many containers (block quotes, list items) one line may open.
 *
 * micromark's time grows with the square of the containers open on a line: one line of 4,000
 * nested list markers took 6 s, 100,000 would take hours, and 10,000 nested quotes overflowed the
 * stack of the tree walk. Below the cap the square still shows: at each container's start micromark
 * tries a thematic break, which reads every marker after it, so 64 KB of lines of k list markers
 * parsed in 0.6 s at k = 8, 0.9 s at 16 and 2.5 s at 100 (prose: about 0.07 s). The deepest line in
 * the 26.7 MB bench corpus and the eval set opens 4 (an e-mail quote, "> > > >"), so 8 leaves twice
 * that. Markers past the cap are read as text: each is replaced by an invisible non-word character of
 * the same length, so every offset stays put, and parse-limit reports where.
 */
import { NEUTRAL } from './text-masks';

export const MAX_CONTAINERS_PER_LINE = 8;

/** A quote marker, or a list marker followed by white space or the line's end. */
const CONTAINER = String.raw`(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*`;
const DEEP_LINE = new RegExp(`^[ \\t]*(?:${CONTAINER}){${MAX_CONTAINERS_PER_LINE + 1},}`, 'gm');
const ONE_CONTAINER = new RegExp(CONTAINER, 'y');

/** The text with container markers beyond the cap turned into text (the same string when no line goes past it), and where that was done. */
export function capContainerNesting(text: string): { text: string; neutralized: { start: number; end: number }[] } {
  const neutralized: { start: number; end: number }[] = [];
  const capped = text.replace(DEEP_LINE, (prefix: string, offset: number) => {
    ONE_CONTAINER.lastIndex = prefix.length - prefix.trimStart().length;
    for (let kept = 0; kept < MAX_CONTAINERS_PER_LINE; kept++) ONE_CONTAINER.exec(prefix);
    const keep = ONE_CONTAINER.lastIndex;
    neutralized.push({ start: offset + keep, end: offset + prefix.trimEnd().length });
    return prefix.slice(0, keep) + prefix.slice(keep).replace(/[^ \t]/g, NEUTRAL);
  });
  return { text: capped, neutralized };
}
