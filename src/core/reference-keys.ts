/**
 * A reference list's entry opens with its key in square brackets, alone at the start of a line, a list item or a
 * table row, with its text after it ("[RFC9110]  Fielding, R. …", "| [OID4VP] | OpenID for Verifiable
 * Presentations |"). A link ("[text](…)") or a link definition ("[label]: …") is no entry.
 */
const ENTRY = /^[ \t]{0,3}(?:\|[ \t]*|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?\\?\[([^\]\\\n]{1,40})\\?\](?![(:[])/gm;

/** The keys a document's reference list gives entries for. */
export function referenceKeys(text: string): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const match of text.matchAll(ENTRY)) keys.add(match[1]);
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
