import assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { codeBlock, escapeMarkdown, getBundledIndex, markdownLinkUrl, recommendationDocument, recommendationTooltip, termDocument, termHoverMarkdown, type Recommendation, type Source, type Term, type TermIndex } from '../../src/core/index';

// Issue 13, item 5: pack and corpus text in hovers is data. A pack could add a tracking image, a link to
// file:///etc/passwd or a command: link; only validated https: sources and our own command links may link.

const COMMANDS = { insertRecommendation: 'policyLens.insertRecommendation', showRecommendation: 'policyLens.showRecommendation', showRelatedRecommendations: 'policyLens.showRelatedRecommendations', explainTerm: 'policyLens.explainTerm' };
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
    assert.equal(found.headings, 0, 'no heading: the term line is bold text');
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

  it('the bundled glossary renders without losing its source links, one per distinct source', () => {
    const index = getBundledIndex();
    const tpa = index.lookup('TPA')!;
    const links = constructs(termHoverMarkdown(tpa, index, 3, COMMANDS)).links.filter((url) => url.startsWith('https:'));
    const linked = new Set(tpa.sources.filter((citation) => index.source(citation.id)?.url).map((citation) => citation.id));
    assert.equal(links.length, linked.size);
  });

  it('a snippet body cannot close the code block that shows it', () => {
    const body = 'before\n````\n![](https://tracker.example/p.png)\n````';
    const html = render(codeBlock(body, 'markdown'));
    assert.match(html, /^<pre><code class="language-markdown">[^<]*<\/code><\/pre>$/);
    assert.equal(constructs(codeBlock(body, 'markdown')).images, 0);
  });
});

/** Hover width in characters: VS Code's hover is at least 500 px wide, about 72 characters of its 13 px font. */
const HOVER_WIDTH = 72;
/** Hover height in lines: at least 250 px tall, about 13 lines of 19 px, before it scrolls. */
const HOVER_LINES = 13;

/** The lines a hover shows at `width` characters: each paragraph and list item wrapped at word boundaries. */
function renderedLines(markdown: string, width = HOVER_WIDTH): string[] {
  const blocks = Array.from(render(markdown).matchAll(/<(p|li|h\d)>([\s\S]*?)<\/\1>/g), (match) => visibleText(match[2]).replace(/\s+/g, ' '));
  const lines: string[] = [];
  for (const block of blocks) {
    let line = '';
    for (const word of block.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

describe('hovers a writer reads at a glance (issue 12)', () => {
  const index = getBundledIndex();
  /** The entry whose definition and sources are longest: the hover most at risk of growing tall. */
  const longest = [...index.terms].sort((a, b) => b.definition.length + b.sources.length * 80 - (a.definition.length + a.sources.length * 80))[0];

  for (const [name, term] of [['TPA', index.lookup('TPA')!], [`the longest entry (${longest.term})`, longest]] as const) {
    it(`${name}: term and expansion first, status in one line, the recommendations within ${HOVER_LINES} lines at ${HOVER_WIDTH} characters`, () => {
      const markdown = termHoverMarkdown(term, index, 3, COMMANDS);
      const lines = renderedLines(markdown);
      assert.equal(lines[0], term.expansion ? `${term.term} — ${term.expansion}` : term.term);
      const status = lines.filter((line) => /^(⚠️ )?(Current|Superseded|Outdated)\b/.test(line));
      assert.equal(status.length, 1, lines.join('\n'));
      assert.match(status[0], /\d{4}-\d{2}/);
      const recommendations = index.recommendationsOf(term);
      const lastShown = lines.reduce((last, line, at) => (/ · Insert · Show$/.test(line) ? at : last), -1);
      if (recommendations.length > 0) {
        assert.equal(lines.filter((line) => / · Insert · Show$/.test(line)).length, Math.min(3, recommendations.length));
        assert.ok(lastShown < HOVER_LINES, `the last recommendation ends on line ${lastShown + 1}:\n${lines.join('\n')}`);
      }
      assert.ok(lines.length <= HOVER_LINES + 3, `${lines.length} lines:\n${lines.join('\n')}`);
    });
  }

  it('TPA: cites each paper once, shortly', () => {
    const tpa = index.lookup('TPA')!;
    const lines = renderedLines(termHoverMarkdown(tpa, index, 3, COMMANDS));
    const sources = lines.slice(lines.findIndex((line) => line.startsWith('Sources: '))).join(' ');
    assert.equal(sources.split('Launch Economic Security Agreements').length - 1, 1, sources);
    assert.ok(sources.length < 2 * HOVER_WIDTH, sources);
  });

  it('a long definition shows one or two sentences and a link to the whole entry', () => {
    const markdown = termHoverMarkdown(longest, index, 3, COMMANDS);
    assert.ok(!markdown.includes(longest.definition), 'the definition is cut');
    assert.ok(constructs(markdown).links.some((url) => url.startsWith(`command:${COMMANDS.explainTerm}?`)));
    assert.deepEqual(constructs(termHoverMarkdown(longest, index, 0, COMMANDS)).links.filter((url) => url.startsWith('command:')), [], 'no command links for clients that cannot run them');
  });
});
