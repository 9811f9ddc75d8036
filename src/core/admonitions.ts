import { FenceTracker } from './fences';

/**
 * Admonitions of Python-Markdown, as MkDocs sites write them: an opener line ("!!! note", "??? tip",
 * "???+ danger", with an optional quoted title) and a body indented four spaces. CommonMark reads that
 * body as indented code, so its prose was never checked. Each paragraph of the body becomes a list item:
 * a "-" goes in the first column of its indent, so the text keeps its length and every offset stays put.
 * What the body indents further (code) or fences stays code.
 */
const OPENER = /^(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*$/;
const BODY_INDENT = '    ';

/** The text with each admonition's body paragraphs turned into list items (the same string when it has none). */
export function markAdmonitionBodies(text: string): string {
  if (!text.includes('!!!') && !text.includes('???')) return text;
  const marked: number[] = [];
  const documentFence = new FenceTracker();
  const bodyFence = new FenceTracker();
  let inBody = false;
  let paragraphStart = true;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const blank = line.trim() === '';
    if (inBody && (blank || line.startsWith(BODY_INDENT))) {
      const inner = line.slice(BODY_INDENT.length);
      if (blank) {
        paragraphStart = !bodyFence.isOpen;
      } else {
        if (paragraphStart && !bodyFence.isOpen) marked.push(lineStart);
        bodyFence.read(inner);
        paragraphStart = false;
      }
    } else {
      inBody = false;
      if (!documentFence.read(line) && !documentFence.isOpen && OPENER.test(line)) {
        inBody = true;
        bodyFence.reset();
        paragraphStart = true;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (marked.length === 0) return text;
  let result = '';
  let from = 0;
  for (const offset of marked) {
    result += `${text.slice(from, offset)}-`;
    from = offset + 1;
  }
  return result + text.slice(from);
}
