import assert from 'node:assert/strict';
import { htmlTextBlocks } from '../../src/core/html-text';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseMarkdown, resolveConfig } from '../../src/core/index';

const texts = (html: string) => htmlTextBlocks(html).map((block) => [block.kind, block.runs.map((run) => html.slice(run.start, run.end))]);

describe('the text of a block of HTML', () => {
  it('groups the text between tags into the blocks that block elements make, inline elements inside them', () => {
    assert.deepEqual(texts('<ul>\n  <li>Integrate <a href="/x">Section 508</a> into pipelines.</li>\n  <li>Test it.</li>\n</ul>'), [
      ['paragraph', ['Integrate', 'Section 508', 'into pipelines.']],
      ['paragraph', ['Test it.']],
    ]);
    assert.deepEqual(texts('<table><tr><th>Role</th><td>Owner</td></tr></table>'), [['tableCell', ['Role']], ['tableCell', ['Owner']]]);
    assert.deepEqual(htmlTextBlocks('<h2>Scope</h2>').map((block) => [block.kind, block.headingDepth]), [['heading', 2]]);
  });

  it('leaves out tags and their attributes, comments, and the content of scripts, styles and code', () => {
    assert.deepEqual(texts('<div title="QZA text" data-x=\'>QZB\'>Seen</div><!-- QZC --><script>var QZD = "<b>";</script><style>.QZE{}</style><code>QZF</code><p>Also seen</p>'), [
      ['paragraph', ['Seen']],
      ['paragraph', ['Also seen']],
    ]);
  });

  it('reads what is left of broken HTML without losing text or hanging', () => {
    assert.deepEqual(texts('a < b and <c'), [['paragraph', ['a < b and']]]);
    assert.deepEqual(texts('<p>open quote <a href="x>never closed'), [['paragraph', ['open quote']]]);
    assert.deepEqual(texts('<script>never closed QZG'), []);
  });

  it('makes the text of a top-level HTML block prose the rules read, at its place in the source', () => {
    const text = '# Note\n\n<table><tr><td>Office of Management and Budget (OMB) and QZR report</td></tr></table>\n\nThe OMB acts.\n';
    const document = parseMarkdown(text);
    const run = document.runs.find((candidate) => candidate.value.includes('QZR'));
    assert.equal(run?.start, text.indexOf('Office of Management'));
    const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
    const found = lintText(text, { index: getBundledIndex(), config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.start]), [['QZR', text.indexOf('QZR')]]);
  });

  it('leaves an HTML block inside a list or a quote, whose value is not its source, unread', () => {
    const text = '# Note\n\n> <div>\n> QZQ is here\n> </div>\n';
    assert.equal(parseMarkdown(text).runs.some((run) => run.value.includes('QZQ')), false);
  });
});
