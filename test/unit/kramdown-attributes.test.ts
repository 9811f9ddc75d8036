import assert from 'node:assert/strict';
import { blankKramdownAttributes } from '../../src/core/kramdown-attributes';
import { parseMarkdown } from '../../src/core/index';

const prose = (text: string) => parseMarkdown(text).runs.map((run) => run.value).join('|');

describe('kramdown attribute lists: markup, not text', () => {
  it('reads no attribute line as prose, and keeps the text of the blocks beside it', () => {
    const text = ['Intro paragraph.', '{: .lead}', '', '## Scope', '{:#scope}', '', 'After.'].join('\n');
    assert.equal(prose(text), 'Intro paragraph.|Scope|After.');
  });

  it('drops the list item a "{:toc}" replaces with the table of contents', () => {
    assert.equal(prose(['* TOC', '{:toc}', '', 'Body text.'].join('\n')), 'Body text.');
    assert.equal(prose(['- Contents', '{: toc}', '', 'Body text.'].join('\n')), 'Body text.');
    // An ordinary list item before any other attribute line stays.
    assert.equal(prose(['- Keep this item', '{: .note}', '', 'Body text.'].join('\n')), 'Keep this item|Body text.');
  });

  it('lets an ordered list after an attribute line start its own block, so its indented items stay prose', () => {
    const text = ['> *These rules apply to servers.*', '{:start="2"}', '2.  **Report to the agency**', '', '    a.  Each office files a report.', '', 'After.'].join('\n');
    assert.equal(prose(text), 'These rules apply to servers.|Report to the agency|a.  Each office files a report.|After.');
  });

  it('leaves attribute-like lines inside fenced code, and braces inside a line of prose, as they are', () => {
    const fenced = ['```', '{:toc}', '```'].join('\n');
    assert.equal(blankKramdownAttributes(fenced), fenced);
    const inline = 'A sentence with {: braces} inside it.';
    assert.equal(blankKramdownAttributes(inline), inline);
  });

  it('keeps every offset: same length, line breaks where they were', () => {
    const text = 'One.\r\n{: .x}\r\n- TOC\n{:toc}\nTwo.';
    const blanked = blankKramdownAttributes(text);
    assert.equal(blanked.length, text.length);
    assert.equal(blanked, 'One.\r\n      \r\n     \n      \nTwo.');
  });
});
