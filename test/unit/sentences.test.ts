import assert from 'node:assert/strict';
import { countWords, forEachLetterWord, splitSentences } from '../../src/core/sentences';

const split = (text: string) => splitSentences(text).map((sentence) => sentence.text);
const letterWords = (text: string) => {
  const words: string[] = [];
  forEachLetterWord(text, (word) => words.push(word));
  return words;
};

describe('sentence splitting', () => {
  it('splits at terminal punctuation followed by a capital', () => {
    assert.deepEqual(split('Trade fell. Exports rose! Did imports? Yes.'), ['Trade fell.', 'Exports rose!', 'Did imports?', 'Yes.']);
  });

  it('does not split after abbreviations, initials, numbers or decimals', () => {
    const text = 'Dr. Smith met Gen. Jones, e.g. at No. 5 Main St. in March. Growth was 3.5 percent in the U.S. economy. J. Doe agreed.';
    assert.deepEqual(split(text), ['Dr. Smith met Gen. Jones, e.g. at No. 5 Main St. in March.', 'Growth was 3.5 percent in the U.S. economy.', 'J. Doe agreed.']);
  });

  it('ends a sentence after a dotted acronym only before a common opener', () => {
    assert.deepEqual(split('Firms moved to the U.S. The rest stayed. Talks with the U.S. Trade Representative went on.'), [
      'Firms moved to the U.S.',
      'The rest stayed.',
      'Talks with the U.S. Trade Representative went on.',
    ]);
  });

  it('ends a sentence after a word with capitals that is not an initial', () => {
    assert.deepEqual(split('Funding for R&D. Expanding it helps. Ask (J. Doe) first.'), ['Funding for R&D.', 'Expanding it helps.', 'Ask (J. Doe) first.']);
  });

  it('treats "no." as a word unless a number follows', () => {
    assert.deepEqual(split('They said no. Then See Art. XXI and Sec. 301 too, p. 5 too.'), ['They said no.', 'Then See Art. XXI and Sec. 301 too, p. 5 too.']);
  });

  it('keeps closing quotes and brackets with their sentence, and does not split before lower case', () => {
    assert.deepEqual(split('He said "no." Then (briefly) left. It ended, i.e. it stopped.'), ['He said "no."', 'Then (briefly) left.', 'It ended, i.e. it stopped.']);
  });

  it('reports index ranges into the text', () => {
    const text = '  One here.  Two there.';
    for (const sentence of splitSentences(text)) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  });

  it('counts numbers, dotted acronyms and hyphenated words as one word each', () => {
    assert.equal(countWords('The U.S. spent $3.5 billion on long-term aid.'), 8);
  });

  it('joins runs by one joiner only when a letter or digit follows it', () => {
    // "U.S.-led": the second dot is followed by "-", so the word stops at "U.S" and "led" is another;
    // "a-b-" stops before the trailing hyphen; letters outside the BMP are letters.
    const text = 'It’s the U.S.-led, long-term plan: 3.5 or 1,000 a-b- c. 𝐀𝐁’s x';
    assert.deepEqual(letterWords(text), ['It’s', 'the', 'U.S', 'led', 'long-term', 'plan', 'or', 'a-b', 'c', '𝐀𝐁’s', 'x']);
    assert.equal(countWords(text), 13);
  });

  it('reads a word of millions of joined runs without running out of stack', () => {
    // One pattern with a repeated group threw "Maximum call stack size exceeded" here (about 7 MB).
    const text = `Exports rose by ${'1,'.repeat(3_600_000)} million dollars.`;
    assert.equal(countWords(text), 6);
    assert.deepEqual(letterWords(text), ['Exports', 'rose', 'by', 'million', 'dollars']);
  });
});
