import assert from 'node:assert/strict';
import { acronymGlossary, analyzeDocument, DEFAULT_SEVERITIES, getBundledIndex, lintText, parseMarkdown, resolveConfig } from '../../src/core/index';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
/** The acronyms acronym-undefined reports in a memo, as written. */
const reported = (text: string) => lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined').map((f) => text.slice(f.start, f.end));

describe('acronym-undefined: what a use is', () => {
  it('reads a dotted abbreviation followed by a number as a citation of a numbered instrument', () => {
    assert.deepEqual(reported('# Note\n\nThe sanctions rest on E.O. 14024, signed in 2022.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe sanctions rest on E.O. 14024. Another E.O. may follow.\n'), ['E.O']);
  });

  it('still reads an abbreviation that ends a sentence before a number as an acronym', () => {
    assert.deepEqual(reported('# Note\n\nThe board asked the QZV. 2025 was a hard year.\n'), ['QZV']);
  });

  it('gives another acronym filed under an allowed entry its own first use', () => {
    // IETF is allowed by default; the IAB and the IESG are other bodies the glossary lists under it.
    assert.deepEqual(reported('# Note\n\nThe IETF chartered the group; the IAB objected.\n'), ['IAB']);
    assert.deepEqual(reported('# Note\n\nThe Internet Architecture Board (IAB) objected, and the IAB wrote to the IETF.\n'), []);
    // A definition of IETF does not define IESG.
    assert.deepEqual(reported('# Note\n\nThe Internet Engineering Task Force (IETF) met; the IESG approved.\n'), ['IESG']);
  });

  it('lists such an acronym in the memo glossary by its own letters and meaning', () => {
    const table = acronymGlossary(analyzeDocument(parseMarkdown('# Note\n\nThe IETF met and the IRTF listened.\n'), index)) ?? '';
    assert.match(table, /\| IRTF \| Internet Research Task Force \|/);
    assert.doesNotMatch(table, /\| IETF \| Internet Research/);
  });
});
