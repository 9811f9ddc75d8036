import assert from 'node:assert/strict';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';
import claimSources from '../../src/core/rules/data/claim-sources.json';
import { WORD_LIST_ENTRY } from '../../src/core/word-list';

const claims = (text: string) =>
  lintText(text, { index: getBundledIndex(), config: resolveConfig(DEFAULT_SEVERITIES, { rules: { 'claim-unsourced': 'warning' } }) })
    .filter((finding) => finding.ruleId === 'claim-unsourced')
    .map((finding) => text.slice(finding.start, finding.end));

describe('claim-unsourced data (claim-sources.json)', () => {
  for (const [list, items] of Object.entries(claimSources).filter(([key]) => key !== 'description') as [string, { entry: string; note: string }[]][]) {
    it(`${list}: every entry has a note, none repeats, each is written as the list expects`, () => {
      const written = items.map((item) => item.entry);
      assert.equal(new Set(written).size, written.length);
      for (const item of items) {
        assert.ok(item.note.trim().length > 0, `${item.entry} has a note`);
        // Instrument names are matched as written (capitalised); the other lists are lower case.
        if (list === 'instrumentNouns') assert.match(item.entry, /^\p{Lu}[\p{L}.]*(?: \p{Lu}\p{L}*)*$/u, item.entry);
        else assert.match(item.entry, WORD_LIST_ENTRY, item.entry);
      }
    });
  }
});

describe('claim-unsourced and notes lists', () => {
  const body = '# Brief\n\nExports fell by 12 percent last year.\n\n';
  it('reads a document whose notes have markers in the text', () => {
    assert.deepEqual(claims(`${body}Prices rose.[^1]\n\n[^1]: Census Bureau.\n`), ['12 percent']);
    assert.deepEqual(claims(body), ['12 percent']);
  });

  it('stays quiet when the notes have no marker in the text: which paragraph a note backs cannot be told', () => {
    assert.deepEqual(claims(`${body}## Notes\n\n1. Census Bureau, trade statistics, 2024.\n`), []);
  });
});
