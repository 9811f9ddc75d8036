import assert from 'node:assert/strict';
import { getBundledIndex } from '../../src/core/index';

const index = getBundledIndex();
const found = (text: string) => index.findOccurrences(text).map((occurrence) => `${occurrence.term.id}=${text.slice(occurrence.start, occurrence.end)}`);

describe('term index', () => {
  it('matches acronyms case-sensitively as whole words, with hyphens and digits', () => {
    assert.deepEqual(found('O-RAN and 3GPP and G7 and TPA'), ['o-ran=O-RAN', '3gpp=3GPP', 'g7=G7', 'tpa=TPA']);
    assert.deepEqual(found('tpa and Tpa and TPAX and XTPA'), []);
  });

  it('matches plural and possessive acronyms', () => {
    assert.deepEqual(found("TRLs and the TPA's terms"), ['trl=TRLs', "tpa=TPA"]);
  });

  it('matches multi-word terms case-insensitively, across line breaks and in the plural', () => {
    assert.deepEqual(found('Export Controls, export\ncontrols and an export control'), [
      'export-controls=Export Controls',
      'export-controls=export\ncontrols',
      'export-controls=export control',
    ]);
    assert.deepEqual(found('the CHIPS and Science Act and the EU-U.S. Privacy Shield'), ['chips-and-science-act=CHIPS and Science Act', 'privacy-shield=EU-U.S. Privacy Shield']);
  });

  it('does not join words across sentence ends or commas', () => {
    assert.deepEqual(found('We export. Controls matter.').filter((f) => f.startsWith('export-controls')), []);
  });

  it('resolves aliases and expansions to one entry', () => {
    assert.equal(index.lookup('Trade Promotion Authority')?.id, 'tpa');
    assert.equal(index.lookup('tpa')?.id, 'tpa');
    assert.equal(index.lookup('Open RAN')?.id, 'o-ran');
    assert.deepEqual(found('Open RAN and the Open Radio Access Network'), ['o-ran=Open RAN', 'o-ran=Open Radio Access Network']);
  });

  it('leaves a Title Case term alone inside a longer proper name in body text', () => {
    const inBody = (text: string) => index.findOccurrences(text, undefined, false, false).map((o) => o.term.id);
    assert.ok(!inBody('The Data Protection Review Court ruled.').includes('data-protection'));
    assert.ok(inBody('Strong data protection matters. Data Protection matters too.').filter((id) => id === 'data-protection').length === 2);
    // A longer name that is itself in the glossary still matches, as the longest match.
    assert.deepEqual(inBody('Firms certified under the EU-U.S. Privacy Shield Framework.'), ['privacy-shield']);
  });

  it('prefers the longest match', () => {
    assert.deepEqual(found('the CHIPS and Science Act'), ['chips-and-science-act=CHIPS and Science Act']);
  });

  it('builds without two entries claiming the same written form', () => {
    assert.deepEqual(index.conflicts, []);
  });
});
