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

  it('tolerates case, hyphens, -ise/-ize, & for and, and articles', () => {
    for (const text of [
      'the trade-promotion authority (TPA)',
      'Data Free-Flow With Trust (DFFT)',
      'the Office of United States Trade Representative (USTR)',
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

  it('flags an expansion that is a near miss of the corpus', () => {
    assert.deepEqual(definitions('the Data Free Flow of Trust (DFFT)'), [{ acronym: 'DFFT', expansion: 'Data Free Flow of Trust', contradicts: true }]);
    // Another joining word changes the name as much: "and" (or "&") where the name says "with".
    assert.deepEqual(definitions('Data Free Flow & Trust (DFFT)').map((d) => d.contradicts), [true]);
    assert.deepEqual(definitions('the Trade and Technology Councel (TTC)'), [{ acronym: 'TTC', expansion: 'Trade and Technology Councel', contradicts: true }]);
    assert.deepEqual(definitions('the Digital Economic Partnership Agreement (DEPA)'), [{ acronym: 'DEPA', expansion: 'Digital Economic Partnership Agreement', contradicts: true }]);
  });

  it('takes another content word as another meaning of the letters, and British spelling as the same name', () => {
    assert.deepEqual(definitions('the Trade and Technology Commission (TTC)'), [{ acronym: 'TTC', expansion: 'Trade and Technology Commission', contradicts: false }]);
    assert.deepEqual(definitions('the National Security Staff (NSS)'), [{ acronym: 'NSS', expansion: 'National Security Staff', contradicts: false }]);
    assert.deepEqual(definitions('the Bureau of Industry & Security (BIS)').map((d) => d.contradicts), [false]);
  });

  it('ignores parentheses that are not definitions', () => {
    assert.deepEqual(definitions('This grew (see above) and (2021) and (a) too.'), []);
    assert.deepEqual(definitions('the agency (which is new) said'), []);
  });
});
