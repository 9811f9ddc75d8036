import assert from 'node:assert/strict';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';
import { analyzeDocument } from '../../src/core/analyze';
import { parseMarkdown } from '../../src/core/parse';
import { documentDateOf } from '../../src/core/document-date';
import { narratesThePast, pastTenseFollows, setInThePast, speaksOfThePast } from '../../src/core/history';
import { proseOf, sentenceAt } from '../../src/core/prose';
import historyCues from '../../src/core/rules/data/history-cues.json';
import { WORD_LIST_ENTRY } from '../../src/core/word-list';
import nameContinuations from '../../src/core/rules/data/name-continuations.json';

const outdated = (text: string) =>
  lintText(text, { index: getBundledIndex(), config: resolveConfig(DEFAULT_SEVERITIES, { rules: { 'term-outdated': 'warning' } }) })
    .filter((finding) => finding.ruleId === 'term-outdated')
    .map((finding) => text.slice(finding.start, finding.end));

const analysisOf = (text: string) => analyzeDocument(parseMarkdown(text), getBundledIndex());

describe('history: what speaks of the past', () => {
  it('keeps every cue reviewable: lower case, a note each, no duplicates', () => {
    const cues = historyCues.cues.map((entry) => entry.cue);
    assert.equal(new Set(cues).size, cues.length);
    for (const entry of historyCues.cues) {
      assert.match(entry.cue, WORD_LIST_ENTRY, entry.cue);
      assert.ok(entry.note.trim().length > 0, `${entry.cue} has a note`);
    }
  });

  it('reads each cue as a whole word, with its endings where it has a *', () => {
    assert.ok(speaksOfThePast('The court invalidated the decision.'));
    assert.ok(speaksOfThePast('The prior framework offered no redress.'));
    assert.ok(speaksOfThePast('Firms no longer rely on it.'));
    assert.ok(!speaksOfThePast('Firms rely on it for priority access.'), '"prior" is not "priority"');
    assert.ok(!speaksOfThePast('Companies must certify every year.'));
  });

  it('reads a past tense only right after the name, its acronym, an appositive or a possessive phrase', () => {
    assert.ok(pastTenseFollows(' (TPP) was signed in 2016.'));
    assert.ok(pastTenseFollows(' took effect in 1994.'));
    assert.ok(pastTenseFollows(', signed in 1992, eliminated most duties.'));
    assert.ok(pastTenseFollows("'s rules of origin required regional content."));
    assert.ok(!pastTenseFollows(' sets the rules, as it was meant to.'));
    assert.ok(!pastTenseFollows("'s updated rules apply to autos."));
  });

  it('sets a sentence in the past when it has no present or future verb and a past auxiliary or an earlier year', () => {
    assert.ok(setInThePast('Under the pact, duties on grain were phased out.', 2020));
    assert.ok(setInThePast('Trade under the pact tripled between 1994 and 2016.', 2020));
    assert.ok(!setInThePast('Trade under the pact tripled in 2022.', 2020), 'a year after the change is not its past');
    assert.ok(!setInThePast('Since 1994, the pact has governed trade.', 2020), 'present perfect: still current');
    assert.ok(!setInThePast('Firms that were certified rely on the pact.', 2020), 'a relative clause sets only itself in the past');
    assert.ok(!setInThePast('The Trade Act of 1974 and the pact govern trade.', 2020), 'a year in a name dates nothing');
  });
});

describe('history: a finished story told in the present perfect or the past', () => {
  it('keeps every still-current word reviewable: lower case, a note each, no duplicates', () => {
    const cues = historyCues.stillCurrent.map((entry) => entry.cue);
    assert.equal(new Set(cues).size, cues.length);
    for (const entry of historyCues.stillCurrent) {
      assert.match(entry.cue, WORD_LIST_ENTRY, entry.cue);
      assert.ok(entry.note.trim().length > 0, `${entry.cue} has a note`);
    }
  });

  it('reads a present perfect of a finished action, or a past after a pronoun, as a story', () => {
    assert.ok(narratesThePast('For this toolkit we have borrowed heavily from the pilot office and reworked it for provinces.'));
    assert.ok(narratesThePast('Our review team has consulted the old pilot office and its published playbooks.'));
    assert.ok(narratesThePast('We partnered with the pilot office on two procurements.'));
    assert.ok(narratesThePast('They first drew on the pilot office for design help.'));
    assert.ok(narratesThePast("We've relied on the pilot office's design notes."));
  });

  it('keeps a sentence in the present when a verb, a word of continuance, a prescription or a request says so', () => {
    assert.ok(!narratesThePast('We have drawn on the pilot office and will keep using its guides.'), 'a future verb beside it');
    assert.ok(!narratesThePast('Since 2015 the pilot office has helped dozens of agencies.'), '"since": a state that runs up to now');
    assert.ok(!narratesThePast('To date, the pilot office has reviewed forty systems.'), '"to date" counts up to now');
    assert.ok(!narratesThePast('We have learned from the pilot office, and agencies should hire it.'), 'a prescription in the same sentence');
    assert.ok(!narratesThePast('We recommend that agencies partner with the pilot office.'), 'a recommendation');
    assert.ok(!narratesThePast('We have asked every bureau to partner with the pilot office.'), 'a request in force');
    assert.ok(!narratesThePast('The pilot office has been a model for other governments.'), 'a state, not a finished action');
    assert.ok(!narratesThePast('Teams that have worked with the pilot office rely on its guides.'), 'a relative clause tells only itself');
    assert.ok(!narratesThePast('Agencies use the automated checks of the pilot office.'), 'an -ed adjective is not a past verb');
  });

  it('sets such a sentence in the past for term-outdated, with or without a year', () => {
    assert.ok(setInThePast('In drafting this plan we have drawn on the pilot office.', 2025));
    assert.ok(setInThePast('In drafting this plan we have drawn on the pilot office.', undefined));
  });

  it('takes a finished story around an outdated term as history, and a recommendation to use it as current', () => {
    assert.deepEqual(outdated('In shaping this handbook, we have drawn from the work of 18F and reworked it for our teams.\n'), []);
    assert.deepEqual(outdated('Last year we partnered with 18F on the forms redesign.\n'), []);
    assert.deepEqual(outdated('We recommend that the bureau work with 18F on the forms redesign.\n'), ['18F']);
    assert.deepEqual(outdated('The bureau should work with 18F on the forms redesign.\n'), ['18F']);
    assert.deepEqual(outdated('Since 2016, 18F has redesigned the bureau forms.\n'), ['18F']);
    assert.deepEqual(outdated('We have asked the bureau to work with 18F on the forms redesign.\n'), ['18F']);
  });
});

describe('term-outdated: a name written as an ordinary phrase', () => {
  it('reads a proper name of the glossary in lower case or in the plural as the ordinary phrase, and in its own form as the name', () => {
    assert.deepEqual(outdated('States must address safe harbors for ransomware criminals.'), []);
    assert.deepEqual(outdated('**Address Safe Harbors for Criminals:** states act.'), []);
    assert.deepEqual(outdated('Firms rely on the Safe Harbor framework to move data.'), ['Safe Harbor framework']);
    // A name the glossary also writes with small words ("AI diffusion framework") is no proper name: its plural is still a use.
    assert.deepEqual(outdated('The AI Diffusion rules apply to exports today.'), ['AI Diffusion rules']);
  });
});

describe('name continuations', () => {
  it('keeps every entry reviewable: one capitalised word, a note each, no duplicates', () => {
    const words = nameContinuations.words.map((entry) => entry.word);
    assert.equal(new Set(words).size, words.length);
    for (const entry of nameContinuations.words) {
      assert.match(entry.word, /^\p{Lu}\p{Ll}+$/u, entry.word);
      assert.ok(entry.note.trim().length > 0, `${entry.word} has a note`);
    }
  });

  it('finds a term followed by a word that names its own text, not one that starts a longer name', () => {
    assert.deepEqual(outdated('Firms follow the Privacy Shield Principles today.\n'), ['Privacy Shield']);
    assert.deepEqual(outdated('Firms call the Privacy Shield Program Office today.\n'), []);
  });
});

describe('the document date', () => {
  it('comes from front matter, YAML or TOML', () => {
    assert.equal(documentDateOf(analysisOf("---\ntitle: Memo\ndate: '2019-03-04'\n---\n\nText.\n")), '2019-03-04');
    assert.equal(documentDateOf(analysisOf('+++\ndate = 2019-03-04\n+++\n\nText.\n')), '2019-03-04');
  });

  it('reads the keys publishers use and U.S.-style values, and skips placeholders', () => {
    assert.equal(documentDateOf(analysisOf('+++\ntitle = "Brief"\npublication_date = "04/03/2019"\n+++\n\nText.\n')), '2019-04-03');
    assert.equal(documentDateOf(analysisOf('---\npublished_time: 2019-03-04 10:00:00-04:00\n---\n\nText.\n')), '2019-03-04');
    assert.equal(documentDateOf(analysisOf('---\ndate: {DATE}\n---\n\nText.\n')), undefined);
  });

  it('comes from a paragraph near the top that is only a date', () => {
    assert.equal(documentDateOf(analysisOf('# Memo\n\nMarch 4, 2019\n\nText.\n')), '2019-03-04');
    assert.equal(documentDateOf(analysisOf('# Memo\n\n**Date:** 4 March 2019\n\nText.\n')), '2019-03-04');
    assert.equal(documentDateOf(analysisOf('# Memo\n\nThe talks of March 4, 2019 went well.\n')), undefined);
    assert.equal(documentDateOf(analysisOf('# Memo\n\nUpdated: 2019-03-04\n\nText.\n')), '2019-03-04');
    assert.equal(documentDateOf(analysisOf('# Memo\n\nVersion 2.0, updated 4 March 2019\n\nText.\n')), '2019-03-04');
  });

  it('keeps term-outdated quiet about a term that changed after the document was written', () => {
    const body = 'Companies transfer personal data under the Privacy Shield today.\n';
    assert.deepEqual(outdated(`---\ndate: 2019-03-04\n---\n\n${body}`), []);
    assert.deepEqual(outdated(`---\ndate: 2024-03-04\n---\n\n${body}`), ['Privacy Shield']);
    assert.deepEqual(outdated(body), ['Privacy Shield']);
  });
});

describe('sentenceAt', () => {
  it('finds the sentence that holds a source offset, once per block', () => {
    const text = '# Title\n\nTrade fell in the U.S. economy. Exports rose.\n\nA second paragraph.\n';
    const prose = proseOf(analysisOf(text));
    const at = (word: string) => sentenceAt(prose, text.indexOf(word))?.sentence.text;
    assert.equal(at('U.S.'), 'Trade fell in the U.S. economy.');
    assert.equal(at('Exports'), 'Exports rose.');
    assert.equal(at('second'), 'A second paragraph.');
    assert.equal(sentenceAt(prose, text.indexOf('\n\nA')), undefined);
  });
});

describe('term-outdated: an outdated acronym that has other meanings', () => {
  it('reports it only where the document spells out the outdated meaning', () => {
    // MSP: the superseded Minerals Security Partnership, or a managed service provider.
    assert.deepEqual(outdated('# Note\n\nThe Minerals Security Partnership (MSP) funds mines. The MSP should fund more.\n'), ['Minerals Security Partnership', 'MSP']);
    assert.deepEqual(outdated('# Note\n\nOur managed service provider (MSP) runs the servers. The MSP patches them.\n'), []);
    // Neither meaning spelled out: the letters alone do not tell which is meant.
    assert.deepEqual(outdated('# Note\n\nThe MSP should act.\n'), []);
  });
});
