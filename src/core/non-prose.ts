import type { Fix } from './findings';
import type { ParsedDocument } from './parse';

/**
 * Whether an edit would touch what is not prose: front matter, code, or a block of HTML (whose text is read, but whose
 * markup a fix must not risk). The quick fix and fix-all both leave such edits out, so the two always agree.
 */
export function touchesNonProse(fix: Fix, document: ParsedDocument): boolean {
  return document.nonProse.some((range) => (fix.start === fix.end ? range.start <= fix.start && fix.start < range.end : range.start < fix.end && fix.start < range.end));
}
