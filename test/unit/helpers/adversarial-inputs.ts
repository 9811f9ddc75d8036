// Inputs built to break a Markdown linter: huge lines, deep nesting, many distinct acronyms.
// Shared by test/unit/adversarial.test.ts (it must finish and give sane output) and the benchmark
// (which reports how long each takes next to prose of the same size).

const PROSE = 'The Trade Promotion Authority (TPA) lapsed in 2021, and IPEF talks on DFFT and O-RAN continue. ';

/** One line of about `bytes` characters, with no line break. */
export function longLine(bytes: number): string {
  return PROSE.repeat(Math.ceil(bytes / PROSE.length)).slice(0, bytes);
}

/** One line opening `levels` nested lists (`- - - … - text`): each marker starts a list inside the last. */
export function nestedLists(levels: number): string {
  return `${'- '.repeat(levels)}The TPA lapsed.\n`;
}

/** One line opening `levels` block quotes: `>>>>…> text`. */
export function nestedQuotes(levels: number): string {
  return `${'>'.repeat(levels)} The TPA lapsed.\n`;
}

/** `count` distinct undefined acronyms (AAB, AAC, …), twelve to a paragraph. */
export function distinctAcronyms(count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let name = '';
    for (let n = i + 26 * 26; n > 0; n = Math.floor(n / 26)) name = String.fromCharCode(65 + (n % 26)) + name;
    words.push(name);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < words.length; i += 12) paragraphs.push(`The ${words.slice(i, i + 12).join(' and ')} agreed.`);
  return paragraphs.join('\n\n') + '\n';
}

/** Normal memo prose of about `bytes` characters, the yardstick for the others. */
export function normalProse(bytes: number): string {
  const paragraph = `${PROSE.repeat(3).trim()}\n\n`;
  return paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes);
}
