/**
 * Caps on the inline delimiters micromark matches by walking back through every earlier one in a block.
 *
 * Emphasis (`*`, `_`, and GFM's `~`): micromark walks back through every earlier opener and splices the event list at each
 * match, so its time grows with the square of the delimiters in one paragraph: 10,000 pairs of `*_` took 15 s,
 * and a megabyte of them would take hours. Label brackets (`[`, `]` of links and references) cost the same way:
 * remark-parse alone took 0.9 s for 128 KB of "[KEY] " in one paragraph, 10.5 s for 256 KB and 32.7 s for 512 KB.
 * No paragraph needs that many; past the cap, each such delimiter in the block is read as text: replaced by an
 * invisible non-word character of the same length, so every offset stays put. Container markers and thematic
 * breaks at the start of a line, and HTML comments, are left alone. The count starts again after a blank line and at
 * each list item, which has inline content of its own.
 */
import { FenceTracker } from './fences';
import { CONTAINER_PREFIX, LIST_ITEM_START } from './line-markers';
import { NEUTRAL } from './text-masks';

export const MAX_EMPHASIS_RUNS_PER_BLOCK = 200;
export const MAX_LABELS_PER_BLOCK = 1000;

/** Where delimiters were read as text. */
export interface NeutralizedRange {
  readonly start: number;
  readonly end: number;
}

interface DelimiterKind {
  readonly delimiters: ReadonlySet<string>;
  /** Whether the delimiter at `i` opens a new one to count (a run of `**` counts once; `]` closes, it does not open). */
  readonly counts: (line: string, i: number) => boolean;
  readonly max: number;
}

// GFM strikethrough (`~`) is matched the same way: 128 KB of "~a~ " in one paragraph took 5.1 s, 256 KB 17.2 s.
const EMPHASIS: DelimiterKind = { delimiters: new Set(['*', '_', '~']), counts: (line, i) => line[i - 1] !== line[i], max: MAX_EMPHASIS_RUNS_PER_BLOCK };
const LABELS: DelimiterKind = { delimiters: new Set(['[', ']']), counts: (line, i) => line[i] === '[', max: MAX_LABELS_PER_BLOCK };
const KINDS = [EMPHASIS, LABELS];
/** Every delimiter of the kinds above, and "<" for the comments to pass over: the characters the scan stops at. */
const CANDIDATE = /[*_~[\]<]/g;

const THEMATIC_BREAK = /^[ \t>]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * The text with emphasis delimiters and link brackets past their caps in each block turned into text, and where
 * that was done for each. One pass serves both: the whole document goes through it at every parse.
 */
export function capInlineDelimiters(text: string): { text: string; emphasis: NeutralizedRange[]; labels: NeutralizedRange[] } {
  const [emphasis, labels] = KINDS.map((): NeutralizedRange[] => []);
  const neutralized = [emphasis, labels];
  if (!KINDS.some((kind) => [...kind.delimiters].some((delimiter) => text.includes(delimiter)))) return { text, emphasis, labels };
  const parts: string[] = [];
  let kept = 0;
  const runs = KINDS.map(() => 0);
  let lineStart = 0;
  // Fenced code is no inline content, and a fence of tildes must stay a fence.
  const fence = new FenceTracker();
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (fence.read(line) || fence.isOpen || line.trim() === '') runs.fill(0);
    else if (!THEMATIC_BREAK.test(line)) {
      // A list item starts its own inline content, as a blank line does.
      if (LIST_ITEM_START.test(line)) runs.fill(0);
      // One range per line and kind, from its first delimiter read as text to its last.
      const first = KINDS.map(() => -1);
      const last = KINDS.map(() => -1);
      CANDIDATE.lastIndex = CONTAINER_PREFIX.exec(line)?.[0].length ?? 0;
      for (let found = CANDIDATE.exec(line); found; found = CANDIDATE.exec(line)) {
        const i = found.index;
        // An HTML comment closed on the line is not markup, and control comments must stay as written.
        if (line[i] === '<') {
          const close = line.startsWith('<!--', i) ? line.indexOf('-->', i + 4) : -1;
          if (close >= 0) CANDIDATE.lastIndex = close + 3;
          continue;
        }
        const k = KINDS.findIndex((kind) => kind.delimiters.has(line[i]));
        if (KINDS[k].counts(line, i)) runs[k]++;
        if (runs[k] <= KINDS[k].max) continue;
        const at = lineStart + i;
        parts.push(text.slice(kept, at), NEUTRAL);
        kept = at + 1;
        if (first[k] < 0) first[k] = at;
        last[k] = at + 1;
      }
      first.forEach((start, k) => start >= 0 && neutralized[k].push({ start, end: last[k] }));
    }
    lineStart = newline < 0 ? text.length : newline + 1;
  }
  if (kept === 0) return { text, emphasis, labels };
  parts.push(text.slice(kept));
  return { text: parts.join(''), emphasis, labels };
}
