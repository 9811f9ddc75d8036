/** Quotes found text for a message on one line: line breaks and container markers fold to a space. */
export function quote(text: string): string {
  // The match starts only where white space starts, so a long run of spaces is read once, not once per space.
  return `"${text.replace(/(?<![^\S\r\n])[^\S\r\n]*(?:\r\n?|\n)[\s>]*/g, ' ')}"`;
}

/** The start of a long text for a message: its first words, quoted, with an ellipsis when cut. */
export function excerpt(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return quote(all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`);
}
