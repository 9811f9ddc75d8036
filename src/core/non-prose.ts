import type { Fix } from './findings';
import type { ParsedDocument } from './parse';

/** A document's non-prose ranges by start, with the furthest end among each prefix: one sort per document. */
interface RangeIndex {
  readonly starts: Float64Array;
  readonly furthestEnds: Float64Array;
}

const indexes = new WeakMap<ParsedDocument, RangeIndex>();

function indexOf(document: ParsedDocument): RangeIndex {
  let index = indexes.get(document);
  if (!index) {
    const ranges = [...document.nonProse].sort((a, b) => a.start - b.start);
    const starts = new Float64Array(ranges.length);
    const furthestEnds = new Float64Array(ranges.length);
    ranges.forEach((range, i) => {
      starts[i] = range.start;
      furthestEnds[i] = Math.max(range.end, i > 0 ? furthestEnds[i - 1] : -Infinity);
    });
    indexes.set(document, (index = { starts, furthestEnds }));
  }
  return index;
}

/**
 * Whether an edit would touch what is not prose: front matter, code, or a block of HTML (whose text is read, but whose
 * markup a fix must not risk). The quick fix and fix-all both leave such edits out, so the two always agree.
 * An insertion touches a range it falls inside; a replacement, a range it overlaps. Every finding with a fix asks, so
 * the ranges are searched, not scanned: a long memo of code spans and fixes would otherwise cost their product.
 */
export function touchesNonProse(fix: Fix, document: ParsedDocument): boolean {
  const { starts, furthestEnds } = indexOf(document);
  // The ranges that start before the edit ends (at or before an insertion point): the first `count` of them.
  const insertion = fix.start === fix.end;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (insertion ? starts[middle] <= fix.start : starts[middle] < fix.end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && furthestEnds[low - 1] > fix.start;
}
