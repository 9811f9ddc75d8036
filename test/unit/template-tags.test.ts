import assert from 'node:assert/strict';
import { neutralizeTemplateTags } from '../../src/core/template-tags';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseMarkdown, resolveConfig } from '../../src/core/index';

const prose = (text: string) => parseMarkdown(text).runs.map((run) => run.value.replace(/\u2060/g, '')).join('|');
const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
const acronyms = (text: string) => lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined').map((f) => text.slice(f.start, f.end));

describe('site generators\' template tags: markup, not text', () => {
  it('keeps the text\'s length and line breaks, and leaves text without tags as it is', () => {
    const text = 'A {{< figure\n  alt="Two QZX panels" >}} B {% include x.html %} C {{ site.baseurl }} D';
    const neutral = neutralizeTemplateTags(text);
    assert.equal(neutral.length, text.length);
    assert.equal(neutral.split('\n').length, text.split('\n').length);
    assert.doesNotMatch(neutral, /QZX|include|baseurl/);
    assert.match(neutral, /^A .* B .* C .* D$/s);
    const plain = 'No tags here, only {braces} and }} closers.';
    assert.equal(neutralizeTemplateTags(plain), plain);
  });

  it('reads nothing in a Hugo shortcode or Liquid tag as prose, and keeps a link whose destination holds one', () => {
    assert.equal(prose('{{< legacy-img src="a.jpg" alt="Screen of the QZX app" >}}While here.\n'), 'While here.');
    assert.deepEqual(acronyms('# Note\n\n{{< legacy-img src="a.jpg" alt="Screen of the QZX app" >}}While here.\n'), []);
    // "{{ site.baseurl }}" has spaces: read as text, it broke the link, and its destination became prose.
    assert.equal(prose('See the [template]({{ site.baseurl }}/assets/QZX-form.docx) now.\n'), 'See the |template| now.');
    assert.deepEqual(acronyms('# Note\n\nThe [Quartz Zinc Exchange]({{< ref "/qzx.md" >}}) (QZX) met. The QZX agreed.\n'), []);
  });

  it('leaves an opener with no closer in reach as text', () => {
    assert.equal(prose('Use {{< when the QZX says so.\n'), 'Use {{< when the QZX says so.');
    assert.equal(prose(`Use {% ${'word '.repeat(500)}%} then.\n`).includes('word'), true);
  });
});
