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

  it('reads an HTML block inside a list or a quote, mapping its text back past the container markers', () => {
    const text = '# Note\n\n> <div>\n> QZQ is here\n> </div>\n\n- Item\n\n  <div>\n  The QZR helps.\n  </div>\n';
    const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
    const found = lintText(text, { index: getBundledIndex(), config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['QZQ', 'QZR']);
    // Indented deeper than the list item's content, with a reference before the acronym: the range is still exact.
    const deep = '- Item\n\n    <ul>\n      <li>\n      Costs where a QZP didn&rsquo;t meet the QZS rules.\n      </li>\n    </ul>\n';
    const deepFound = lintText(deep, { index: getBundledIndex(), config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.deepEqual(deepFound.map((f) => deep.slice(f.start, f.end)), ['QZP', 'QZS']);
  });

  it('decodes character references as a browser shows them, keeping exact ranges, and skips CDATA and declarations', () => {
    const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
    const lint = (text: string) => lintText(text, { index: getBundledIndex(), config }).filter((f) => f.ruleId === 'acronym-undefined');
    const entities = '<div>\nThe Q&amp;Z fund, the &ETH; sign and &#8220;QZD&#8221; now.\n</div>\n';
    assert.deepEqual(lint(entities).map((f) => entities.slice(f.start, f.end)), ['QZD']);
    // A quotation written with references is a quotation: no fix rewrites it.
    const quoted = '<p>He said &quot;The NSA is fine&quot; today.</p>\n';
    assert.deepEqual(lint(quoted).map((f) => [quoted.slice(f.start, f.end), f.fix]), [['NSA', undefined]]);
    assert.deepEqual(lint('<![CDATA[ The QZC acts ]]>\n<!DOCTYPE html>\n'), []);
    // Tag names are matched in ASCII lower case: a letter whose lower case is longer ("İ") shifts nothing.
    const dotted = '<div>\nİstanbul İzmir İzmit <code>x</code> The QZN acts.</div>\n';
    assert.deepEqual(lint(dotted).map((f) => dotted.slice(f.start, f.end)), ['QZN']);
  });

  it('offers no fix inside a block of HTML, so the quick fix and fix-all agree', () => {
    const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
    const text = '<div>\nThe NSA acts.\n</div>\n\nThe FBI acts.\n';
    const found = lintText(text, { index: getBundledIndex(), config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.fix === undefined]), [['NSA', true], ['FBI', false]]);
  });
});
