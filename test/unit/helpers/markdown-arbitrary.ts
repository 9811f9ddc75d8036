// A grammar of realistic memo Markdown for fast-check: headings, prose with corpus acronyms and
// definitions, lists, nested quotes, fences, tables, footnotes, links, HTML and control comments,
// with any line ending, an optional byte order mark, emoji and tabs.
import fc from 'fast-check';

const word = fc.constantFrom('the', 'trade', 'policy', 'allies', 'should', 'export', 'controls', 'data', 'flows', 'security', 'and', 'of', 'Congress', 'talks');
const acronym = fc.constantFrom('TPA', 'IPEF', 'DFFT', 'O-RAN', 'USTR', 'TTC', 'TPP', 'XQZ', 'ABCD', 'US', 'TPAs', 'CHIPS Act', 'CHIPS and Science Act');
const definition = fc.constantFrom('Trade Promotion Authority (TPA)', 'Indo-Pacific Economic Framework (IPEF)', 'Data Free Flow with Trust (DFFT)',
  'Open Radio Access Network (O-RAN)', 'Trade Promotion Agency (TPA)', 'Trans-Pacific Partnership (TPP)', 'Xenon Quartz Zone (XQZ)');
const decoration = fc.constantFrom('🙂', '\t', 'é', '**TPA**', '_IPEF_', '`TPA`', '[TPA](https://example.org/tpa)', '[the paper][ref]', 'www.example.org/TPA',
  '<!-- note -->', 'e-mail ops@ustr.gov', '[^1]', '~~TPP~~', '&amp;', '\\*', '(', ')');
const inline = fc.oneof({ weight: 6, arbitrary: word }, { weight: 3, arbitrary: acronym }, { weight: 1, arbitrary: definition }, { weight: 2, arbitrary: decoration });
const sentence = fc.array(inline, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).chain((sentences) =>
  fc.boolean().map((wrap) => sentences.join(wrap ? '\n' : ' ')));

const controlComment = fc.tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line'), fc.constantFrom('', ' acronym-undefined', ' term-reference, term-outdated'))
  .map(([directive, rules]) => `<!-- policy-lens-${directive}${rules} -->`);

/** One top-level block; `depth` bounds nesting in quotes and lists. */
const block: fc.Arbitrary<string> = fc.letrec((tie) => ({
  block: fc.oneof(
    { weight: 6, arbitrary: paragraph },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), sentence).map(([level, text]) => `${'#'.repeat(level)} ${text}`) },
    { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom('-', '*', '1.', '2)'), paragraph), { minLength: 1, maxLength: 4 }).map((items) => items.map(([marker, text]) => `${marker} ${text.replace(/\n/g, '\n   ')}`).join('\n')) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), tie('block') as fc.Arbitrary<string>).map(([depth, inner]) => inner.split('\n').map((line) => `${'>'.repeat(depth)} ${line}`).join('\n')) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), paragraph).map(([fence, code]) => `${fence}\n${code}\n${fence}`) },
    { weight: 1, arbitrary: fc.array(fc.tuple(acronym, sentence), { minLength: 1, maxLength: 3 }).map((rows) => `| Term | Note |\n| --- | :-- |\n${rows.map(([a, s]) => `| ${a} | ${s} |`).join('\n')}`) },
    { weight: 1, arbitrary: controlComment },
    { weight: 1, arbitrary: fc.constantFrom('[ref]: https://example.org/ref', '[^1]: The TPA note.', '<div>\nTPA in HTML\n</div>', '---', '    indented TPA code', '<!--\nTPA in a comment\n-->') },
  ),
})).block;

/** A whole memo: blocks separated by blank lines, with a random line ending and maybe a byte order mark. */
export const markdownDocument = fc
  .tuple(fc.array(block, { minLength: 0, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r', 'mixed'), fc.boolean())
  .map(([blocks, ending, bom]) => {
    let text = blocks.join('\n\n') + '\n';
    if (ending === 'mixed') {
      let i = 0;
      text = text.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
    } else {
      text = text.replace(/\n/g, ending);
    }
    return (bom ? '\uFEFF' : '') + text;
  });

/** An edit: replace `remove` characters at a relative position with `insert`. */
export const textEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 6 }),
  insert: fc.oneof(fc.constantFrom('', 'x', '\n', '\n\n', ' TPA ', '(TPA)', 'Trade Promotion Authority (TPA)', '```\n', '> ', '- ', '|', '<!-- policy-lens-disable -->', '[^1]'), fc.string({ maxLength: 4 })),
});

/** Applies an edit to a text. */
export function applyEdit(text: string, edit: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
}
