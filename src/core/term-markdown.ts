import { formatCitation, statusSentence, type Recommendation, type Term } from './corpus';
import type { TermIndex } from './terms';

/**
 * The Markdown the editor renders from corpus and pack entries: hovers, completion details, tooltips,
 * explanations. Every string from an entry is data, shown as written: it cannot add a link, an image,
 * HTML, a heading or a line of its own. Links come only from a source's validated `https:` address
 * and from our own command links (which the hover's MarkdownString trusts by id).
 */

/** The command ids a hover links to; the extension owns them. */
export interface HoverCommands {
  readonly insertRecommendation: string;
  readonly showRecommendation: string;
  readonly showRelatedRecommendations: string;
}

const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g;
/** C0 and C1 controls (line breaks are folded first). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Characters that start Markdown or HTML constructs: links, images, emphasis, code, headings, tables, tags. */
const MARKDOWN_SYNTAX = /[\\`*_{}[\]#+!|<>~]/g;
/** Bare addresses that GFM turns into links by itself: `scheme://…` and `www.…`. */
const AUTOLINK_SCHEME = /([A-Za-z][\w+.-]*):(?=\/\/)/g;
const AUTOLINK_WWW = /\b(www)\./gi;

/** Text for Markdown, rendered as written: one line, no control characters, no syntax, no link of its own. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(MARKDOWN_SYNTAX, '\\$&')
    .replace(AUTOLINK_SCHEME, '$1\\:')
    .replace(AUTOLINK_WWW, '$1\\.');
}

/** An address fit for a Markdown link: `https:` only, no user name or password; undefined otherwise. */
export function markdownLinkUrl(address: string | undefined): string | undefined {
  if (!address) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  // href has spaces and angle brackets encoded; parentheses would end the link destination.
  return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** A fenced code block that no line of `code` can close: the fence is longer than any run of backticks in it. */
export function codeBlock(code: string, language: string): string {
  let longest = 0;
  for (const match of code.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code.replace(CONTROLS, (character) => (character === '\n' || character === '\t' ? character : ''))}\n${fence}`;
}

/** A `command:` link with JSON arguments, for trusted Markdown. */
export function commandLink(label: string, command: string, ...args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** The status line of a term: current, or what replaced it and since when. */
export function statusText(term: Term, index: TermIndex): string {
  const sentence = escapeMarkdown(statusSentence(term, term.successor ? index.term(term.successor) : undefined));
  return term.status === 'current' ? sentence : `⚠️ ${sentence}`;
}

/** The sources of a term as Markdown, linked where the source has a valid `https:` address. */
export function sourceLines(term: Term, index: TermIndex): string[] {
  return term.sources.map((citation) => {
    const source = index.source(citation.id);
    const text = escapeMarkdown(formatCitation(source, citation));
    const url = markdownLinkUrl(source?.url);
    return url ? `[${text}](${url})` : text;
  });
}

/**
 * A term's hover: heading with expansion, definition, status, sources and up to `maxRecommendations`
 * linked recommendations with command links (the hover's MarkdownString trusts only our commands).
 */
export function termHoverMarkdown(term: Term, index: TermIndex, maxRecommendations: number, commands: HoverCommands): string {
  const heading = term.expansion ? `${term.term} — ${term.expansion}` : term.term;
  const lines = [`#### ${escapeMarkdown(heading)}`, '', escapeMarkdown(term.definition), '', `**Status:** ${statusText(term, index)}`, ''];
  lines.push(`**Source:** ${sourceLines(term, index).join('; ')}`);
  const recommendations = index.recommendationsOf(term);
  if (recommendations.length > 0 && maxRecommendations > 0) {
    lines.push('', `**Recommendations** (${recommendations.length})`, '');
    for (const recommendation of recommendations.slice(0, maxRecommendations)) {
      lines.push(`- ${escapeMarkdown(recommendation.title)} — *${escapeMarkdown(recommendation.actor)}* · ${commandLink('Insert', commands.insertRecommendation, recommendation.id)} · ${commandLink('Show', commands.showRecommendation, recommendation.id)}`);
    }
    lines.push('', commandLink(`See all related recommendations`, commands.showRelatedRecommendations, term.id));
  }
  return lines.join('\n');
}

/** A full explanation of a term, as a Markdown document. */
export function termDocument(term: Term, index: TermIndex): string {
  const lines = [`# ${escapeMarkdown(term.expansion ? `${term.term} — ${term.expansion}` : term.term)}`, '', escapeMarkdown(term.definition), '', `**Status:** ${statusText(term, index)}`, ''];
  if (term.aliases?.length) lines.push(`**Also written:** ${escapeMarkdown(term.aliases.join(', '))}`, '');
  lines.push(`**Category:** ${escapeMarkdown(term.category)}`, '', '## Sources', '', ...sourceLines(term, index).map((line) => `- ${line}`));
  const recommendations = index.recommendationsOf(term);
  if (recommendations.length > 0) {
    lines.push('', '## Linked recommendations', '');
    for (const recommendation of recommendations) lines.push(`- **${escapeMarkdown(recommendation.title)}** (${escapeMarkdown(recommendation.actor)}): ${escapeMarkdown(recommendation.summary)}`);
  }
  return lines.join('\n') + '\n';
}

/** The citation of a recommendation: paper, organisation, date and section. */
export function recommendationCitation(recommendation: Recommendation, index: TermIndex): string {
  const source = index.source(recommendation.source.id);
  const authors = source?.authors?.length ? `${source.authors.join(' and ')}, ` : '';
  return `${authors}${formatCitation(source, recommendation.source)}`;
}

/**
 * The Markdown block inserted into a memo: the recommendation, its actor and its citation. It becomes
 * the memo's own text, which the writer reviews; line breaks are folded so it stays one quote block.
 */
export function recommendationBlock(recommendation: Recommendation, index: TermIndex): string {
  const url = markdownLinkUrl(index.source(recommendation.source.id)?.url);
  const line = (text: string) => text.replace(LINE_BREAKS, ' ');
  return [
    `> **Recommendation:** ${line(recommendation.title)}`,
    '>',
    `> ${line(recommendation.summary)}`,
    '>',
    `> *Actor:* ${line(recommendation.actor)}. *Source:* ${line(recommendationCitation(recommendation, index))}${url ? ` <${url}>` : ''}.`,
    '',
  ].join('\n');
}

/** A recommendation shown on its own, as a Markdown document. */
export function recommendationDocument(recommendation: Recommendation, index: TermIndex): string {
  const terms = recommendation.terms.map((id) => index.term(id)?.term ?? id).join(', ');
  return [
    `# ${escapeMarkdown(recommendation.title)}`,
    '',
    escapeMarkdown(recommendation.summary),
    '',
    `- **Actor:** ${escapeMarkdown(recommendation.actor)}`,
    `- **Sectors:** ${escapeMarkdown(recommendation.sectors.join(', '))}`,
    `- **Terms:** ${escapeMarkdown(terms)}`,
    `- **Source:** ${escapeMarkdown(recommendationCitation(recommendation, index))} (${recommendation.year})`,
    '',
  ].join('\n');
}

/** A recommendation's tooltip in the Related Recommendations view. */
export function recommendationTooltip(recommendation: Recommendation): string {
  return `**${escapeMarkdown(recommendation.title)}**\n\n${escapeMarkdown(recommendation.summary)}\n\n*${escapeMarkdown(recommendation.actor)}*`;
}
