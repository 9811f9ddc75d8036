/**
 * Where a JSON(C) text nests objects and lists deeper than `maxDepth`, or undefined. A linear scan that
 * skips strings and comments, run before parsers that recurse, so a hostile file gets a message
 * instead of overflowing the stack.
 */
export function excessiveNesting(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (char === '{' || char === '[') {
      if (++depth > maxDepth) return i;
    } else if (char === '}' || char === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
