import assert from 'node:assert/strict';
import { expansionInContext } from '../../src/core/acronym-meaning';
import type { Term } from '../../src/core/corpus';

/** A worded glossary entry with an acronym-shaped alias, as the corpus writes CHIPS for the CHIPS Act. */
function wordedEntry(term: string, aliases: string[]): Term {
  return { id: 'entry', term, kind: 'term', aliases, definition: 'A test entry.', category: 'legislation', status: 'current', asOf: '2026-12-02', sources: [] };
}

const noProse = () => ' ';

describe('the expansion offered for an acronym that is another name of an entry', () => {
  it('offers the alias that spells the letters out', () => {
    assert.equal(expansionInContext(wordedEntry('GRAIN Act', ['GRAIN', 'Growing Rural Agricultural Investment Now']), 'GRAIN', noProse), 'Growing Rural Agricultural Investment Now');
  });

  it('offers the entry\'s name when it does not hold the acronym', () => {
    assert.equal(expansionInContext(wordedEntry('Belt and Road Initiative', ['BRI']), 'BRI', noProse), 'Belt and Road Initiative');
  });

  it('never offers a name that holds the acronym itself, in the plural form the glossary writes either', () => {
    // "CHIPS Act (CHIPS)" would only repeat the letters; with no alias that spells them out there is nothing to offer.
    assert.equal(expansionInContext(wordedEntry('CHIPS Act', ['CHIPS']), 'CHIPS', noProse), undefined);
    assert.equal(expansionInContext(wordedEntry('GRAIN Act', ['GRAIN']), 'GRAIN', noProse), undefined);
  });
});
