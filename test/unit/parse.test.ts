import assert from 'node:assert/strict';
import { parseMarkdown } from '../../src/core/index';

const prose = (text: string) => parseMarkdown(text).runs.map((run) => run.value).join('|');

describe('parseMarkdown: front matter of every flavour is never prose', () => {
  const flavours: Record<string, string> = {
    yaml: '---\ntitle: ALPHA memo\ndate: {DATE}\n---\n\nBody text.\n',
    'yaml closed by dots': '---\ntitle: ALPHA memo\n...\n\nBody text.\n',
    toml: '+++\ntitle = "ALPHA memo"\n+++\nBody text.\n',
    'kramdown-rfc draft': '---\ntitle: ALPHA draft\nauthor:\n  - name: BETA Org\n\n--- abstract\n\nBody text.\n\n--- middle\n',
    'pandoc title block': '% ALPHA report\n% BETA, GAMMA\n  continued\n% 2024\n\nBody text.\n',
  };
  for (const [flavour, text] of Object.entries(flavours)) {
    it(flavour, () => {
      const document = parseMarkdown(text);
      assert.ok(prose(text).startsWith('Body text.'), prose(text));
      assert.ok(document.frontMatter?.value.includes('ALPHA'), flavour);
      assert.ok(document.nonProse.some((range) => range.start === 0 && range.end >= text.indexOf('ALPHA')));
    });
  }

  it('keeps offsets exact after the front matter, with a byte order mark', () => {
    const text = '\uFEFF% Title\n\nThe WXYZ body.\n';
    const run = parseMarkdown(text).runs[0];
    assert.equal(text.slice(run.start, run.end), 'The WXYZ body.');
  });

  it('a thematic break later in the text is not front matter', () => {
    assert.equal(parseMarkdown('Intro.\n\n---\n\nMore.\n').frontMatter, undefined);
  });
});

describe('parseMarkdown: prose only', () => {
  it('keeps paragraphs, headings, list items, quotes, emphasis, link text, table cells and footnotes', () => {
    const text = [
      '# Heading',
      '',
      'Para *emph* **strong** [link text](https://x.test/a).',
      '',
      '- item one',
      '> quoted',
      '',
      '| cell |',
      '| --- |',
      '| body |',
      '',
      'Note[^1]',
      '',
      '[^1]: footnote text',
    ].join('\n');
    assert.equal(prose(text), 'Heading|Para |emph| |strong| |link text|.|item one|quoted|cell|body|Note|footnote text');
  });

  it('skips code, URLs, link destinations, front matter, HTML and comments', () => {
    const text = [
      '---',
      'title: FRONT',
      '---',
      '',
      'Text with `CODE` and <!-- COMMENT --> here.',
      '',
      '<div title="HTML">',
      'Seen in a markup block',
      '<script>SCRIPT</script>',
      '</div>',
      '',
      '```',
      'FENCED',
      '```',
      '',
      '    INDENTED',
      '',
      'See <https://auto.link/URL> and www.bare.test and [ref][r] and ![ALT](i.png).',
      '',
      '[r]: https://def.test/DEST',
    ].join('\n');
    const result = prose(text);
    for (const hidden of ['FRONT', 'CODE', 'HTML', 'SCRIPT', 'COMMENT', 'FENCED', 'INDENTED', 'URL', 'bare.test', 'DEST', 'ALT']) {
      assert.ok(!result.includes(hidden), `${hidden} is not prose: ${result}`);
    }
    assert.ok(result.includes('ref'));
    // The text a reader sees in a block of HTML is prose; its tags and attributes are not.
    assert.ok(result.includes('Seen in a markup block'));
    assert.ok(parseMarkdown(text).frontMatter?.value.includes('FRONT'));
  });

  it('collects HTML comments, block and inline, but not those in code', () => {
    const document = parseMarkdown('<!-- a -->\n\nText <!-- b --> more.\n\n```\n<!-- c -->\n```\n');
    assert.deepEqual(document.comments.map((comment) => comment.body.trim()), ['a', 'b']);
  });

  it('marks runs in headings with their depth', () => {
    const runs = parseMarkdown('## Sub\n\nBody').runs;
    assert.deepEqual(runs.map((run) => [run.block, run.headingDepth]), [['heading', 2], ['paragraph', 0]]);
  });
});

describe('prose blocks', () => {
  it('records paragraphs, headings and table cells with their list item and citations', () => {
    const text = '# Title\n\nA claim[^1] and [a link](https://x.org) and <https://bare.org>.\n\n- item one\n\n  more [ref][r]\n- item two\n\n| a |\n| - |\n| b |\n\n[^1]: Note.\n\n[r]: https://r.org\n';
    const blocks = parseMarkdown(text).blocks.map((block) => ({ kind: block.kind, text: text.slice(block.start, block.end), depth: block.headingDepth, item: block.listItemStart === undefined ? undefined : text.slice(block.listItemStart, block.listItemStart + 6), citations: block.citations }));
    assert.deepEqual(blocks, [
      { kind: 'heading', text: '# Title', depth: 1, item: undefined, citations: 0 },
      { kind: 'paragraph', text: 'A claim[^1] and [a link](https://x.org) and <https://bare.org>.', depth: 0, item: undefined, citations: 2 },
      { kind: 'paragraph', text: 'item one', depth: 0, item: '- item', citations: 0 },
      { kind: 'paragraph', text: 'more [ref][r]', depth: 0, item: '- item', citations: 1 },
      { kind: 'paragraph', text: 'item two', depth: 0, item: '- item', citations: 0 },
      { kind: 'tableCell', text: '| a |', depth: 0, item: undefined, citations: 0 },
      { kind: 'tableCell', text: '| b |', depth: 0, item: undefined, citations: 0 },
      { kind: 'paragraph', text: 'Note.', depth: 0, item: undefined, citations: 0 },
    ]);
  });
});
