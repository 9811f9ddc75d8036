import assert from 'node:assert/strict';
import { neutralizeUnclosedCommentOpeners } from '../../src/core/comment-openers';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseMarkdown, resolveConfig } from '../../src/core/index';

const N = '\u2060';

describe('HTML comment openers that nothing closes', () => {
  it('turns an inline opener with no closer after it in its paragraph into text, and only it', () => {
    assert.equal(neutralizeUnclosedCommentOpeners('The <!-- draft note and <!-- more.'), `The ${N.repeat(4)} draft note and ${N.repeat(4)} more.`);
    // Closed later in the same paragraph, even on another line: a comment, left as it is.
    const closed = 'The <!-- a note\nthat ends --> here.';
    assert.equal(neutralizeUnclosedCommentOpeners(closed), closed);
    // A closer in the next paragraph closes nothing here.
    assert.equal(neutralizeUnclosedCommentOpeners('The <!-- note.\n\nLater --> text.'), `The ${N.repeat(4)} note.\n\nLater --> text.`);
  });

  it('leaves an opener at the start of a line, which starts an HTML block, and keeps the length', () => {
    const block = '<!-- hidden\n\nstill hidden -->\n\n- <!-- item note\n';
    assert.equal(neutralizeUnclosedCommentOpeners(block), block);
    const text = 'A <!-- b\n\n<!-- c -->\n';
    assert.equal(neutralizeUnclosedCommentOpeners(text).length, text.length);
  });

  it('reads the same prose, and control comments still work', () => {
    assert.equal(parseMarkdown('The TPA <!-- unclosed lapsed.\n').runs.map((run) => run.value).join(''), `The TPA ${N.repeat(4)} unclosed lapsed.`);
    const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
    const text = 'The QZV met. <!-- policy-lens-disable-line acronym-undefined --> The <!-- stray\n';
    assert.deepEqual(lintText(text, { index: getBundledIndex(), config }).filter((finding) => finding.ruleId === 'acronym-undefined'), []);
  });
});
