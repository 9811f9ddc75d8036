import assert from 'node:assert/strict';
import { markAdmonitionBodies } from '../../src/core/admonitions';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseMarkdown, resolveConfig } from '../../src/core/index';

const prose = (text: string) => parseMarkdown(text).runs.map((run) => run.value).join('|');
const code = (text: string) => parseMarkdown(text).nonProse.map((range) => text.slice(range.start, range.end).trim());

describe('MkDocs admonitions: the body is prose', () => {
  it('reads each paragraph of a body indented four spaces as prose, title line included', () => {
    const text = ['Intro.', '', '!!! warning "Superseded"', '', '    The plan was withdrawn in May.', '    Read the new one.', '', '    It replaces the draft.', '', 'After.'].join('\n');
    assert.equal(prose(text), 'Intro.|!!! warning "Superseded"|The plan was withdrawn in May.\nRead the new one.|It replaces the draft.|After.');
  });

  it('knows the collapsible openers, with or without a title', () => {
    for (const opener of ['??? note', '???+ tip "Open by default"', "!!! danger 'Single quotes'", '!!! note']) {
      assert.ok(prose(`${opener}\n\n    Body text here.\n`).endsWith('Body text here.'), opener);
    }
  });

  it('keeps what the body indents further, or fences, as code, blank lines in the fence included', () => {
    const text = ['!!! example', '', '    Run this:', '', '        make all', '', '    ```', '    first line', '', '    after a blank', '    ```', '', '    Done.'].join('\n');
    assert.equal(prose(text), '!!! example|Run this:|Done.');
    assert.deepEqual(code(text), ['make all', '```\n    first line\n\n    after a blank\n    ```']);
  });

  it('ends a fence in a body only at a fence of its own character, at least as long', () => {
    const text = ['!!! example "Writing a fence"', '', '    ````markdown', '    ```', '', '    ~~~', '', '    inside the fence', '    ````', '', '    After the fence.'].join('\n');
    assert.equal(prose(text), '!!! example "Writing a fence"|After the fence.');
    assert.deepEqual(code(text), ['````markdown\n    ```\n\n    ~~~\n\n    inside the fence\n    ````']);
  });

  it('leaves an indented code block that no opener starts, and an opener inside a fence, as they were', () => {
    const plain = 'Para.\n\n    not an admonition body\n';
    assert.equal(markAdmonitionBodies(plain), plain);
    const fenced = '```\n!!! note\n    still code\n```\n';
    assert.equal(markAdmonitionBodies(fenced), fenced);
    assert.equal(markAdmonitionBodies('!!! note\nNot indented, so no body.\n'), '!!! note\nNot indented, so no body.\n');
  });

  it('keeps every offset: the marked text has the same length and differs only in the indents it marks', () => {
    const text = '!!! note "T"\n\n    One.\n    Two.\n\n    Three.\n';
    const marked = markAdmonitionBodies(text);
    assert.equal(marked.length, text.length);
    const changed = [...text].flatMap((ch, i) => (ch === marked[i] ? [] : [i]));
    assert.deepEqual(changed, [text.indexOf('    One.'), text.indexOf('    Three.')]);
  });

  it('an undefined acronym in a body is reported at its exact first use', () => {
    const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
    const text = '# Notice\n\n!!! danger "Withdrawn"\n\n    The ZQXR board withdrew this guidance.\n';
    const findings = lintText(text, { index: getBundledIndex(), config }).filter((finding) => finding.ruleId === 'acronym-undefined');
    assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), ['ZQXR']);
    assert.equal(findings[0]!.start, text.indexOf('ZQXR'));
  });
});
