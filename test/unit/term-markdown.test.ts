import assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { codeBlock, escapeMarkdown, getBundledIndex, markdownLinkUrl, recommendationDocument, recommendationTooltip, termDocument, termHoverMarkdown, type Recommendation, type Source, type Term, type TermIndex } from '../../src/core/index';

// Issue 13, item 5: pack and corpus text in hovers is data. A pack could add a tracking image, a link to
// file:///etc/passwd or a command: link; only validated https: sources and our own command links may link.

const COMMANDS = { insertRecommendation: 'policyLens.insertRecommendation', showRecommendation: 'policyLens.showRecommendation', showRelatedRecommendations: 'policyLens.showRelatedRecommendations' };
const HOSTILE = '![](https://tracker.example/pixel.png) [x](file:///etc/passwd) [y](command:workbench.action.terminal.sendSequence?%7B%7D) <img src=https://tracker.example/i.png> https://bare.example www.bare.example\n\n# Heading\n\n```\ncode\u001b[2J';

/** Markdown as HTML, rendered by CommonMark with GFM's bare-address links, raw HTML let through so it shows. */
function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfmAutolinkLiteral()], htmlExtensions: [gfmAutolinkLiteralHtml()] });
}

/** The links, images, raw HTML and headings a renderer would make of some Markdown. */
function constructs(markdown: string): { links: string[]; images: number; html: number; headings: number } {
  const html = render(markdown);
  return {
    links: Array.from(html.matchAll(/<a href="([^"]*)"/g), (match) => match[1].replace(/&amp;/g, '&')),
    images: (html.match(/<img\b/g) ?? []).length,
    html: (html.match(/<(?!\/?(a|p|h\d|strong|em|ul|li|code|pre)\b)[a-z]/g) ?? []).length,
    headings: (html.match(/<h\d>/g) ?? []).length,
  };
}

/** The text a reader sees. */
function visibleText(markdown: string): string {
  return render(markdown).replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

function hostileIndex(sourceUrl: string): { term: Term; index: TermIndex } {
  const source = { id: 'evil-source', title: `Paper ${HOSTILE}`, publisher: HOSTILE, url: sourceUrl } as unknown as Source;
  const recommendation = { id: 'evil-rec', title: `Do ${HOSTILE}`, summary: HOSTILE, actor: HOSTILE, sectors: [HOSTILE], terms: ['evil'], year: 2026, source: { id: 'evil-source' } } as unknown as Recommendation;
  const term = { id: 'evil', term: 'EVIL', kind: 'acronym', expansion: `Evil ${HOSTILE}`, definition: HOSTILE, category: HOSTILE, aliases: [HOSTILE], status: 'current', asOf: '2026-11', sources: [{ id: 'evil-source' }] } as unknown as Term;
  const index = { source: (id: string) => (id === source.id ? source : undefined), term: () => undefined, recommendationsOf: () => [recommendation] } as unknown as TermIndex;
  return { term, index };
}

describe('Markdown from corpus and pack text (issue 13)', () => {
  it('a hover shows hostile pack text as text: no image, no HTML, no heading of its own, and links only to the https source and our commands', () => {
    const { term, index } = hostileIndex('https://good.example/paper');
    const markdown = termHoverMarkdown(term, index, 3, COMMANDS);
    const found = constructs(markdown);
    assert.equal(found.images, 0);
    assert.equal(found.html, 0);
    assert.equal(found.headings, 1, 'only the hover heading');
    assert.deepEqual(found.links.filter((url) => !url.startsWith('command:policyLens.')), ['https://good.example/paper']);
    assert.doesNotMatch(markdown, /\u001b/);
  });

  it('a source address that is not https: is not linked', () => {
    for (const url of ['file:///etc/passwd', 'command:workbench.action.terminal.new', 'javascript:alert(1)', 'http://plain.example', 'https://user:secret@good.example/', 'not a url']) {
      const { term, index } = hostileIndex(url);
      const links = constructs(termHoverMarkdown(term, index, 0, COMMANDS)).links;
      assert.deepEqual(links, [], url);
    }
  });

  it('an https address cannot end its link early', () => {
    assert.equal(markdownLinkUrl('https://good.example/a(b)c d<e>'), 'https://good.example/a%28b%29c%20d%3Ce%3E');
    const { term, index } = hostileIndex('https://good.example/x)](javascript:alert(1)');
    assert.deepEqual(constructs(termHoverMarkdown(term, index, 0, COMMANDS)).links, ['https://good.example/x%29%5D%28javascript:alert%281%29']);
  });

  it('explanations and tooltips escape every field too', () => {
    const { term, index } = hostileIndex('https://good.example/paper');
    for (const markdown of [termDocument(term, index), recommendationDocument(index.recommendationsOf(term)[0], index), recommendationTooltip(index.recommendationsOf(term)[0])]) {
      const found = constructs(markdown);
      assert.equal(found.images, 0);
      assert.equal(found.html, 0);
      assert.deepEqual(found.links.filter((url) => url !== 'https://good.example/paper'), []);
    }
  });

  it('escaping keeps the text as written once rendered', () => {
    const text = 'U.S. "safe" (harbor) 50% — [draft] *not* a_b <tag> ~x~ https://a.example www.b.example\nnext';
    assert.equal(visibleText(escapeMarkdown(text)), text.replace('\n', ' '));
    assert.deepEqual(constructs(escapeMarkdown(text)).links, []);
  });

  it('the bundled glossary renders without losing its source links', () => {
    const index = getBundledIndex();
    const tpa = index.lookup('TPA')!;
    const links = constructs(termHoverMarkdown(tpa, index, 3, COMMANDS)).links.filter((url) => url.startsWith('https:'));
    assert.equal(links.length, tpa.sources.filter((citation) => index.source(citation.id)?.url).length);
  });

  it('a snippet body cannot close the code block that shows it', () => {
    const body = 'before\n````\n![](https://tracker.example/p.png)\n````';
    const html = render(codeBlock(body, 'markdown'));
    assert.match(html, /^<pre><code class="language-markdown">[^<]*<\/code><\/pre>$/);
    assert.equal(constructs(codeBlock(body, 'markdown')).images, 0);
  });
});
