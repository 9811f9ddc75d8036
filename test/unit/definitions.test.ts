import assert from 'node:assert/strict';
import { findDefinitions, sameExpansion } from '../../src/core/acronyms';
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

  it('finds an acronym followed by its spelled-out form, only where the words spell it out', () => {
    assert.deepEqual(definitions('The KVT, or Kelp Valuation Tribunal, sat.').map((d) => [d.acronym, d.expansion]), [['KVT', 'Kelp Valuation Tribunal']]);
    assert.deepEqual(definitions('The RDQ – the Regional Dairy Quota – rose.').map((d) => [d.acronym, d.expansion]), [['RDQ', 'Regional Dairy Quota']]);
    assert.deepEqual(definitions('The WMF, i.e. the Wetland Monitoring Fund, paid.').map((d) => [d.acronym, d.expansion]), [['WMF', 'Wetland Monitoring Fund']]);
    // The fewest words that spell it out: what follows in the clause is not part of the name.
    assert.deepEqual(definitions('The WMF, the Wetland Monitoring Fund of the county, paid.').map((d) => d.expansion), ['Wetland Monitoring Fund']);
    assert.deepEqual(definitions('ZMB: Zinc Mining Bureau').map((d) => [d.acronym, d.expansion]), [['ZMB', 'Zinc Mining Bureau']]);
    assert.deepEqual(definitions('Notes: ZMB = Zinc Mining Bureau; QLT = Quay Licensing Trust.').map((d) => d.acronym), ['ZMB', 'QLT']);
    // Words that do not spell it out, another acronym, or a colon inside a sentence define nothing.
    assert.deepEqual(definitions('The YBX, the main fund, paid.'), []);
    assert.deepEqual(definitions('The ZMB, QLT and GHW met.'), []);
    assert.deepEqual(definitions('Ask the ZMB: zinc matters broadly.'), []);
  });

  it('finds an acronym alone in square brackets after the name it spells out, and nothing else in square brackets', () => {
    assert.deepEqual(definitions('Money went to the Kelp Valuation Tribunal [KVT] in May.').map((d) => [d.acronym, d.expansion]), [['KVT', 'Kelp Valuation Tribunal']]);
    // Editorial insertions and acronyms whose name is not before them define nothing.
    assert.deepEqual(definitions('The board said [sic] that the fund [the Tribunal] paid.'), []);
    assert.deepEqual(definitions('The new fund [KVT] paid.'), []);
    assert.deepEqual(definitions('Kelp Valuation Tribunal [KVT, 2019] papers.'), []);
  });

  it('finds legal definitions: a cue before the acronym in parentheses, or "known as"', () => {
    assert.deepEqual(definitions('the Coastal Haulage Council (hereinafter “CHC”)').map((d) => [d.acronym, d.expansion]), [['CHC', 'Coastal Haulage Council']]);
    assert.deepEqual(definitions('the Pike Ferry Authority (the PFA)').map((d) => d.acronym), ['PFA']);
    assert.deepEqual(definitions('the Pike Ferry Authority (hereinafter referred to as the “PFA”)').map((d) => d.acronym), ['PFA']);
    assert.deepEqual(definitions('the Upland Gravel Board, known as UGB, met').map((d) => [d.acronym, d.expansion]), [['UGB', 'Upland Gravel Board']]);
    assert.deepEqual(definitions('the board (the Board) met'), []);
  });

  it('reads an acronym then "or (the)" another short name as a definition where the words before spell it out', () => {
    assert.deepEqual(definitions('the Kelp Valuation Tribunal (KVT or the Tribunal) sat').map((d) => [d.acronym, d.expansion]), [['KVT', 'Kelp Valuation Tribunal']]);
    assert.deepEqual(definitions('This Executive Order (E.O. or the Order) is new').map((d) => [d.acronym, d.expansion]), [['E.O.', 'Executive Order']]);
    assert.deepEqual(definitions('the Pike Ferry Authority (PFA or Authority) met').map((d) => d.acronym), ['PFA']);
    // A choice between two bodies defines nothing.
    assert.deepEqual(definitions('Either agency (CISA or the State) may act'), []);
  });

  it('reads "(Full Name, ACR)" inside one parenthesis as a definition where the name spells the acronym out', () => {
    assert.deepEqual(definitions('the new law (Kelp Valuation Tribunal, KVT) sat').map((d) => [d.acronym, d.expansion]), [['KVT', 'Kelp Valuation Tribunal']]);
    // A list of two names, or a name with another body's acronym, defines nothing.
    assert.deepEqual(definitions('some bodies (Commerce, DOC) act'), []);
    assert.deepEqual(definitions('the rules (Germany, UK) apply'), []);
  });

  it('reads a slashed pair in a parenthesis after the two names as defining both', () => {
    assert.deepEqual(definitions('any quiet zone or kelp valuation (QZ/KV) change').map((d) => [d.acronym, d.expansion]), [['KV', 'kelp valuation'], ['QZ', '']]);
    assert.deepEqual(definitions('the agencies (QZA/QZB) act'), []);
  });

  it('reads a dotted abbreviation the glossary knows, with its last dot', () => {
    assert.deepEqual(definitions('an Executive Order (E.O.) today').map((d) => [d.acronym, d.expansion]), [['E.O.', 'Executive Order']]);
  });

  it('takes a parenthesis that lists acronyms as a definition only where the words before spell the first out', () => {
    assert.deepEqual(definitions('several ministries (VRM, TLQ and HNP) met'), []);
    assert.deepEqual(definitions('the Vale Road Ministry (VRM, TLQ and HNP) met').map((d) => d.acronym), ['VRM']);
    // A single acronym after any words still defines it: "a dedicated microcontroller (MCU)".
    assert.deepEqual(definitions('several ministries (VRM) met').map((d) => d.acronym), ['VRM']);
  });

  it('reads another grammatical number of a known expansion as the same name, not a near miss', () => {
    // The glossary lists "memorandum of understanding" and its plural: neither is a slip on the other.
    assert.deepEqual(definitions('Both ministries signed memoranda of understanding (MOUs) last spring.').map((d) => d.contradicts), [false]);
    assert.deepEqual(definitions('The two regulators signed a Memorandum of Understanding (MOU).').map((d) => d.contradicts), [false]);
    // Plurals the glossary does not list: Latin and regular.
    assert.deepEqual(definitions('The agencies filed memoranda of agreement (MOAs) with the board.').map((d) => d.contradicts), [false]);
    assert.deepEqual(definitions('Projects were scored on technology readiness levels (TRLs).').map((d) => d.contradicts), [false]);
    assert.deepEqual(definitions('the Bureaus of Industry and Security (BIS) of both countries').map((d) => d.contradicts), [false]);
  });

  it('still flags a near miss written in the plural', () => {
    // Another linking word is another name whatever the number.
    assert.deepEqual(definitions('The agencies filed memoranda on agreement (MOAs) with the board.').map((d) => d.contradicts), [true]);
    assert.deepEqual(definitions('Projects were scored on technology readyness levels (TRLs).').map((d) => d.contradicts), [true]);
  });

  it('compares expansions across number, case, joiners, country forms and articles', () => {
    for (const [a, b] of [
      ['memorandum of understanding', 'Memoranda of Understanding'],
      ['criterion for review', 'criteria for review'],
      ['basis of assessment', 'bases of assessment'],
      ['radius of harm', 'radii of harm'],
      ['price index', 'price indices'],
      ['small business', 'small businesses'],
      ['policy office', 'policies offices'],
      ['status report', 'statuses report'],
      ['Export-Import Bank', 'export import bank'],
      ['cyber security centre', 'Cybersecurity Center'],
      ['Research and Development Council', 'Research & Development Council'],
      ['United States Trade Agency', 'U.S. Trade Agency'],
      ['United States Trade Agency', 'US Trade Agency'],
      ['Committee on Standards', 'the Committee on Standards'],
    ]) {
      assert.equal(sameExpansion(a, b), true, `${a} / ${b}`);
      assert.equal(sameExpansion(b, a), true, `${b} / ${a}`);
    }
    for (const [a, b] of [
      ['memorandum of understanding', 'memorandum of agreement'],
      ['Committee on Standards', 'Committee for Standards'],
      ['National Security Strategy', 'National Security Systems'],
      ['Trade Council', 'Trade Councel'],
      ['Trade Council', 'Joint Trade Council'],
      ['data flow', 'date flow'],
    ]) assert.equal(sameExpansion(a, b), false, `${a} / ${b}`);
  });

  it('ignores parentheses that are not definitions', () => {
    assert.deepEqual(definitions('This grew (see above) and (2021) and (a) too.'), []);
    assert.deepEqual(definitions('the agency (which is new) said'), []);
  });
});
