import assert from 'node:assert/strict';
import { sentenceCommits, verbCommits } from '../../src/core/commitments';
import { actorOf, agentlessPassives, formOf } from '../../src/core/recommendations';
import words from '../../src/core/rules/data/recommendation-words.json';

describe('what a recommendation is', () => {
  it('reads prescriptive, imperative and nominal items as recommendations', () => {
    assert.equal(formOf('The Treasury should publish the list by March.'), 'prescriptive');
    assert.equal(formOf('Grants must be renewed each year.'), 'prescriptive');
    assert.equal(formOf('We recommend that the council meet twice a year.'), 'prescriptive');
    assert.equal(formOf('Require suppliers to list their components.'), 'imperative');
    assert.equal(formOf('**Fund the labs.** Money follows results.'), 'imperative');
    assert.equal(formOf('Closer work with allies on standards.'), 'nominal');
    assert.equal(formOf('A deeper exchange of threat data.'), 'nominal');
  });

  it('does not read criteria, form fields, captions, questions, notes or conditions as recommendations', () => {
    for (const text of [
      'Operational resilience: a three-year record of keeping services running.',
      '**When to apply:** large, shared systems.',
      'Which option should the board choose?',
      'a `NOTICE` file listing third-party components.',
      'When lines are severed far offshore, repair crews are sent from the closest port.',
      'Should the present routes be damaged, traffic moves to the spare ones.',
      'The code under which the library is published is listed in the appendix.',
    ]) assert.equal(formOf(text), undefined, text);
  });

  it('finds who acts, across the one sentence splitter ("U.S." does not end the sentence)', () => {
    assert.equal(actorOf('Working with the U.S. Congress, the Treasury should publish the list.'), 'the Treasury');
    assert.equal(actorOf('Direct the trade office to open talks.'), 'the trade office');
    assert.equal(actorOf('Efforts should centre on memory chips.'), undefined);
  });

  it('reports prescribed passives only, never descriptive, conditional or inverted ones', () => {
    assert.deepEqual(agentlessPassives('Spare routes should be planned, should the present routes be damaged.').map((p) => p.text), ['should be planned']);
    assert.deepEqual(agentlessPassives('When cables are cut, ships are sent. If data is needed, ask.').map((p) => p.text), []);
    assert.deepEqual(agentlessPassives('Rules must be set by the board. Staff should be prepared to act.').map((p) => p.text), []);
    assert.deepEqual(agentlessPassives('New guidance is needed on transfers.').map((p) => p.text), ['is needed']);
  });
});

describe('what a commitment is', () => {
  const at = (sentence: string, phrase: string) => verbCommits(sentence, sentence.indexOf(phrase));
  it('binds a verb to an obligation, to the writer, or to "recommend that"', () => {
    assert.equal(at('The agency should seek to cut costs.', 'seek to'), true);
    assert.equal(at('We will also seek to cut costs.', 'seek to'), true);
    assert.equal(at('We recommend that the agency work toward one register.', 'work toward'), true);
  });
  it('leaves other people\'s aims and conditions alone', () => {
    assert.equal(at('Beijing will seek to widen its share.', 'seek to'), false);
    assert.equal(at('Readers who seek to understand the rules read the annex.', 'seek to'), false);
    assert.equal(at('If the board should seek to delay, the panel decides.', 'seek to'), false);
    assert.equal(sentenceCommits('Resources will be gathered while owners work towards a standard.'), false);
  });
});

describe('recommendation-words.json', () => {
  it('lists lower-case entries, each with a note, and no word in two lists that would contradict each other', () => {
    for (const [list, entries] of Object.entries(words)) {
      if (list === 'description') continue;
      for (const [word, note] of Object.entries(entries as Record<string, string>)) {
        assert.match(word, /^[a-z]+(?: [a-z]+)?$/, `${list}: ${word}`);
        assert.ok(typeof note === 'string' && note.trim().length > 3, `${list}: ${word} has a note`);
      }
    }
    const nominal = new Set(Object.keys(words.nominalOpeners));
    for (const verb of Object.keys(words.imperativeVerbs)) assert.ok(!nominal.has(verb), `${verb} is both a verb and a nominal opener`);
  });
});
