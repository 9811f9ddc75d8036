/**
 * Metadata at the top of a document, in the flavours writers use: YAML (`---` … `---` or `...`),
 * TOML (`+++` … `+++`), kramdown-rfc Internet-Drafts (a YAML header closed by `--- abstract`, the
 * first section marker) and Pandoc title blocks (lines starting with `%`). None of it is prose.
 */
export interface FrontMatter {
  /** The metadata between the fences (for a Pandoc block, the `%` lines). */
  readonly value: string;
  readonly valueStart: number;
  /** The whole block, fences included, ending after its last line break. */
  readonly start: number;
  readonly end: number;
}

/** A line that closes a fenced header: the opening fence again, `...` for YAML, or a kramdown-rfc section marker. */
const closes = (fence: string, line: string): boolean => {
  const trimmed = line.trimEnd();
  if (trimmed === fence) return true;
  return fence === '---' && (trimmed === '...' || /^--- [a-z]+$/.test(trimmed));
};

/** The front matter at the very start of a text (after an optional byte order mark), or undefined. */
export function findFrontMatter(text: string): FrontMatter | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = linesFrom(text, start);
  const first = lines.next();
  if (first.done) return undefined;
  const opener = first.value.text.trimEnd();
  if (opener === '---' || opener === '+++') {
    for (const line of lines) {
      if (!closes(opener, line.text)) continue;
      // A kramdown-rfc marker opens the abstract: the header ends before it, and the marker line is metadata too.
      return { value: text.slice(first.value.next, line.start), valueStart: first.value.next, start, end: line.next };
    }
    return undefined;
  }
  if (!opener.startsWith('%')) return undefined;
  let end = first.value.next;
  for (const line of lines) {
    // Pandoc continues a title-block field on lines that start with a space.
    if (!line.text.startsWith('%') && !(line.text.startsWith(' ') && line.text.trim() !== '')) break;
    end = line.next;
  }
  return { value: text.slice(start, end), valueStart: start, start, end };
}

/** Lines from an offset: their text (without the line ending), start, and where the next line starts. */
export function* linesFrom(text: string, from: number): Generator<{ text: string; start: number; next: number }> {
  const ending = /\r\n?|\n/g;
  for (let start = from; start < text.length; ) {
    ending.lastIndex = start;
    const match = ending.exec(text);
    const end = match ? match.index : text.length;
    const next = match ? end + match[0].length : text.length;
    yield { text: text.slice(start, end), start, next };
    start = next;
  }
}

/** The text with the front matter's characters turned into spaces (line breaks kept), so offsets stay exact. */
export function blankOut(text: string, from: number, to: number): string {
  return text.slice(0, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ') + text.slice(to);
}
