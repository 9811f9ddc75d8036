import assert from 'node:assert/strict';
import { findDefinitions } from '../../src/core/acronyms';
import { getBundledIndex } from '../../src/core/index';

const index = getBundledIndex();
const definitions = (text: string) =>
  findDefinitions(text, (acronym) => index.acronym(acronym)).map((d) => ({ acronym: d.acronym, expansion: d.expansion, contradicts: d.contradictsCorpus }));

describe('definition detection', () => {
  it('finds "Expansion (ACR)" and "ACR (Expansion)"', () => {
    assert.deepEqual(definitions('We support the Trade Promotion Authority (TPA) now.'), [{ acronym: 'TPA', expansion: 'Trade Promotion Authority', contradicts: false }]);
    assert.deepEqual(definitions('We support TPA (trade promotion authority) now.'), [{ acronym: 'TPA', expansion: 'trade promotion authority', contradicts: false }]);
  });

  it('tolerates case, hyphens, -ise/-ize, & for and, and joining words', () => {
    for (const text of [
      'the trade-promotion authority (TPA)',
      'Data Free-Flow With Trust (DFFT)',
      'Data Free Flow & Trust (DFFT)',
      'the Open Radio-Access Network (O-RAN)',
    ]) {
      const [definition] = definitions(text);
      assert.equal(definition?.contradicts, false, text);
    }
  });

  it('finds definitions of acronyms the corpus does not know', () => {
    assert.deepEqual(definitions('The Joint Working Party (JWP) met.'), [{ acronym: 'JWP', expansion: 'Joint Working Party', contradicts: false }]);
    assert.deepEqual(definitions('The Group of Twenty Partners (G20P) met.').map((d) => d.expansion), ['Group of Twenty Partners']);
  });

  it('flags an expansion that contradicts the corpus', () => {
    assert.deepEqual(definitions('the Trade and Technology Commission (TTC)'), [{ acronym: 'TTC', expansion: 'Trade and Technology Commission', contradicts: true }]);
  });

  it('ignores parentheses that are not definitions', () => {
    assert.deepEqual(definitions('This grew (see above) and (2021) and (a) too.'), []);
    assert.deepEqual(definitions('the agency (which is new) said'), []);
  });
});
