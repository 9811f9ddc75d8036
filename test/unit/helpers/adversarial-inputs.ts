// Inputs built to break a Markdown linter: huge lines, deep nesting, many distinct acronyms, and
// constructs that made a regular expression or the parser take more than linear time.
// Shared by test/unit/adversarial.test.ts (it must finish and give sane output) and the benchmark
// (which reports how long each takes next to prose of the same size).

import { MAX_CONTAINERS_PER_LINE } from '../../../src/core/nesting';

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

/** `head`, then `unit` repeated up to about `bytes` characters, then `tail`. */
function filled(bytes: number, head: string, unit: string, tail = '\n'): string {
  return head + unit.repeat(Math.max(1, Math.floor((bytes - head.length - tail.length) / unit.length))) + tail;
}

/**
 * Constructs that cost more than linear time in an earlier version (issue 13, and what fuzzing
 * found), each as a function of the size wanted. Every one is a single paragraph or a run of
 * lines, the worst shape for it.
 */
export const ADVERSARIAL_CONSTRUCTS: readonly { readonly name: string; readonly make: (bytes: number) => string }[] = [
  { name: 'a run of dots', make: (bytes) => filled(bytes, 'The TPA lapsed', '.') },
  { name: 'a dotted word before "@"', make: (bytes) => filled(bytes, 'Write to ', 'x.', '@\n') },
  { name: 'digits and commas', make: (bytes) => filled(bytes, 'Exports rose by ', '1,', ' million dollars.\n') },
  { name: '"(A" and spaces', make: (bytes) => filled(bytes, 'Exports rose 5% (A', ' ', 'x\n') },
  { name: 'many "(see" without ")"', make: (bytes) => filled(bytes, 'Exports rose 5% ', '(see ') },
  { name: 'a term word, spaces and "!"', make: (bytes) => filled(bytes, 'The Trade', ' ', '! Promotion Authority lapsed.\n') },
  { name: 'a recommendation with a run of spaces', make: (bytes) => filled(bytes, '## Recommendations\n\n- Congress should', ' ', 'act now.\n') },
  { name: 'an imperative with runs of spaces', make: (bytes) => filled(bytes, '## Recommendations\n\n- Direct USTR', ' x ', 'now.\n') },
  { name: 'many modal verbs in one clause', make: (bytes) => filled(bytes, '## Recommendations\n\n- ', 'it should act and ', 'so on.\n') },
  { name: 'many counts a sentence names', make: (bytes) => filled(bytes, 'Exports reached ', 'the 5 firms and the OWASP Top 10 lists, ', 'today.\n') },
  { name: 'an outdated name in one long sentence', make: (bytes) => filled(bytes, 'Trade under ', 'NAFTA, the pact, ', 'grew in 1994.\n') },
  { name: 'vague phrases across many sentences', make: (bytes) => filled(bytes, '', 'We should seek to act. ', '\n') },
  { name: 'a chain of glossary names joined by hyphens', make: (bytes) => filled(bytes, 'The ', 'eIDAS-CEN-', 'CENELEC met.\n') },
  { name: 'a nested outline with no blank line', make: (bytes) => filled(bytes, '', '- The TPA lapsed.\n  - It may be renewed.\n    - Congress decides.\n', '') },
  // As many markers as a line may open (nesting.ts): past the cap they are text, and cheap.
  { name: `lines of ${MAX_CONTAINERS_PER_LINE} nested list markers (the cap)`, make: (bytes) => filled(bytes, '', `${'- '.repeat(MAX_CONTAINERS_PER_LINE)}The TPA lapsed.\n`, '') },
  { name: 'a run of "*_"', make: (bytes) => filled(bytes, 'The TPA ', '*_') },
  { name: 'bracketed keys in one paragraph', make: (bytes) => filled(bytes, 'The TPA ', '[KEY] ', '\n') },
  { name: 'strikethrough runs in one paragraph', make: (bytes) => filled(bytes, 'The TPA ', '~a~ ', '\n') },
  { name: 'unclosed comment openers in one paragraph', make: (bytes) => filled(bytes, 'The TPA ', '<!-- ', '\n') },
  { name: 'repeated link definitions across chunks', make: (bytes) => filled(bytes, '', 'See [the source][a] for the TPA.\n\n[a]: https://example.org/a\n\n', '') },
  { name: 'template openers with no closer', make: (bytes) => filled(bytes, 'The TPA ', '{{< {% {{ ', '\n') },
  { name: 'template tags in one paragraph', make: (bytes) => filled(bytes, 'The TPA ', '{{< img alt="The QZX desk" >}} ', '\n') },
  { name: 'quotations holding acronyms in one paragraph', make: (bytes) => filled(bytes, 'The TPA ', '“Notes from the QZX desk” and ', 'more.\n') },
  { name: 'glossary acronyms tagging names in one paragraph', make: (bytes) => filled(bytes, 'The TPA ', 'Data on the Web Practices (W3C), ', 'more.\n') },
  { name: 'a block of HTML with unclosed quotes and scripts', make: (bytes) => filled(bytes, '<div>\n', '<td title="x>The QZX <script>a <b>TPA</b> R&D ', '</div>\n') },
  { name: 'a block of HTML of many small elements', make: (bytes) => filled(bytes, '<table>\n', '<tr><td>The QZX R&D</td><td><a href="#">TPA</a></td></tr>', '</table>\n') },
];
