import type { ParsedDocument } from './parse';

/**
 * A reference list's entry opens with its key in square brackets, at the start of a table row or list item
 * ("| [OID4VP] | OpenID for Verifiable Presentations |", "- [NIST] National Institute …"), or of a line where
 * two spaces or a tab set it apart from its text ("[RFC9110]  Fielding, R. …"). A link ("[text](…)"), a link
 * definition ("[label]: …") and a line of running prose that happens to open with a bracket are no entry.
 */
const ENTRY = /^[ \t]{0,3}(?:\|[ \t]*\\?\[([^\]\\\n]{1,40})\\?\][ \t]*\||(?:[-*+]|\d{1,9}[.)])[ \t]+\\?\[([^\]\\\n]{1,40})\\?\][ \t]+\p{L}|\\?\[([^\]\\\n]{1,40})\\?\](?: {2,}|\t)\p{L})/gmu;

/** The keys the document's reference list gives entries for, read outside code, HTML and front matter. */
export function referenceKeys(document: Pick<ParsedDocument, 'text' | 'nonProse'>): ReadonlySet<string> {
  const keys = new Set<string>();
  // In document order (front matter first), like the matches.
  const skipped = document.nonProse;
  let s = 0;
  for (const match of document.text.matchAll(ENTRY)) {
    const at = match.index ?? 0;
    while (s < skipped.length && skipped[s].end <= at) s++;
    if (s < skipped.length && skipped[s].start <= at) continue;
    keys.add(match[1] ?? match[2] ?? match[3]);
  }
  return keys;
}

/**
 * Whether the text from `start` to `end` is a key cited in square brackets ("see [OID4VCI]", escaped "\[OID4VCI\]")
 * that the document's reference list has an entry for: a citation, not the writer's use of an acronym. An acronym
 * in brackets with no entry is an editorial insertion ("[DHS]" in a quotation) and stays a use.
 */
export function citesReference(text: string, start: number, end: number, keys: () => ReadonlySet<string>): boolean {
  const opens = text[start - 1] === '[';
  const closes = text[end] === ']' || (text[end] === '\\' && text[end + 1] === ']');
  return opens && closes && keys().has(text.slice(start, end));
}
