import assert from 'node:assert/strict';
import { DEFAULT_SEVERITIES, getBundledIndex, LineIndex, lintText, resolveConfig } from '../../src/core/index';

// term-reference (off by default) is on: its findings carry the term ranges these tests check.
const lint = (text: string) => lintText(text, { index: getBundledIndex(), config: resolveConfig(DEFAULT_SEVERITIES, { rules: { 'term-reference': 'info' } }) });
const undefinedUses = (text: string) => lint(text).filter((finding) => finding.ruleId === 'acronym-undefined');

describe('positions', () => {
  it('counts lines for LF, CRLF and lone CR like VS Code', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    assert.deepEqual([0, 2, 5, 7].map((offset) => index.positionAt(offset)), [
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    assert.equal(index.offsetAt({ line: 3, column: 1 }), 5);
  });

  it('puts every offset of random mixes of LF, CR, CRLF and LFCR on the line a character-by-character count gives', () => {
    const parts = ['a', 'bc', '\n', '\r', '\r\n', '\n\r', '\r\r', ''];
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let sample = 0; sample < 2000; sample++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => parts[Math.floor(random() * parts.length)]).join('');
      const index = new LineIndex(text);
      let line = 1;
      let column = 1;
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepEqual(index.positionAt(offset), { line, column }, `${JSON.stringify(text)} at ${offset}`);
        const code = text[offset];
        // A CR directly followed by LF ends the line only after the LF.
        if (code === '\n' || (code === '\r' && text[offset + 1] !== '\n')) {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
    }
  });

  it('reports exact ranges in a CRLF file', () => {
    const [finding] = undefinedUses('# Title\r\n\r\nFirst line.\r\nThen USTR acts.\r\n');
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [4, 6, 4, 10]);
  });

  it('counts columns in UTF-16 code units after emoji, accents and tabs', () => {
    const text = 'Café 🚀\tteam: USTR leads.\n';
    const [finding] = undefinedUses(text);
    // "Café " is 5 units, the rocket 2, the tab 1, "team: " 6: USTR starts at unit 15.
    assert.deepEqual([finding.line, finding.column, finding.endColumn], [1, 15, 19]);
    assert.equal(text.slice(finding.start, finding.end), 'USTR');
  });

  it('keeps offsets right after a byte order mark', () => {
    const text = '\ufeffThe USTR acts.';
    const [finding] = undefinedUses(text);
    assert.equal(text.slice(finding.start, finding.end), 'USTR');
    assert.equal(finding.column, 6);
  });

  it('maps ranges through escapes, entities and block-quote markers', () => {
    const text = '> Tom \\* Jerry &amp; the\n> export controls and USTR.\n';
    const findings = lint(text);
    const ustr = findings.find((finding) => finding.ruleId === 'acronym-undefined');
    assert.equal(text.slice(ustr!.start, ustr!.end), 'USTR');
    const controls = findings.find((finding) => finding.term === 'export-controls');
    assert.equal(text.slice(controls!.start, controls!.end), 'export controls');
  });

  it('keeps ranges right after character references that decode to "&"', () => {
    for (const text of ['AT&amp;T and the USTR met.', 'R&#38;D and the USTR met.', '&amp; &copy; USTR met.', 'Q&foo; and the USTR met.']) {
      const last = undefinedUses(text).at(-1);
      assert.equal(last && text.slice(last.start, last.end), 'USTR', text);
    }
    // The acronym the reference joins covers the reference as written.
    const [joined] = undefinedUses('R&#38;D and the USTR met.');
    assert.equal('R&#38;D and the USTR met.'.slice(joined.start, joined.end), 'R&#38;D');
  });

  it('matches a term across a line break inside a block quote', () => {
    const text = '> Allies align export\n> controls.\n';
    const controls = lint(text).find((finding) => finding.term === 'export-controls');
    assert.equal(text.slice(controls!.start, controls!.end), 'export\n> controls');
    assert.deepEqual([controls!.line, controls!.endLine], [1, 2]);
  });
});
