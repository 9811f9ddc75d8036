import { formatCitation, statusSentence, type Recommendation, type Term, type TermIndex } from '../core/index';
import { COMMANDS } from './constants';

/** A `command:` link with JSON arguments, for trusted Markdown. */
export function commandLink(label: string, command: string, ...args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Escapes text for Markdown so names like "[draft]" or "*" render as written; parentheses matter only after "]", which is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]#+!|<>]/g, '\\$&');
}

/** The status line of a term: current, or what replaced it and since when. */
export function statusText(term: Term, index: TermIndex): string {
  const sentence = escapeMarkdown(statusSentence(term, term.successor ? index.term(term.successor) : undefined));
  return term.status === 'current' ? sentence : `⚠️ ${sentence}`;
}

/** The sources of a term as Markdown lines, with links where the source has an address. */
export function sourceLines(term: Term, index: TermIndex): string[] {
  return term.sources.map((citation) => {
    const source = index.source(citation.id);
    const text = escapeMarkdown(formatCitation(source, citation));
    return source?.url ? `[${text}](${source.url})` : text;
  });
}

/**
 * A term's hover: heading with expansion, definition, status, sources and up to `maxRecommendations`
 * linked recommendations with command links (the hover's MarkdownString trusts only our commands).
 */
export function termHoverMarkdown(term: Term, index: TermIndex, maxRecommendations: number): string {
  const heading = term.expansion ? `${term.term} — ${term.expansion}` : term.term;
  const lines = [`#### ${escapeMarkdown(heading)}`, '', escapeMarkdown(term.definition), '', `**Status:** ${statusText(term, index)}`, ''];
  lines.push(`**Source:** ${sourceLines(term, index).join('; ')}`);
  const recommendations = index.recommendationsOf(term);
  if (recommendations.length > 0 && maxRecommendations > 0) {
    lines.push('', `**Recommendations** (${recommendations.length})`, '');
    for (const recommendation of recommendations.slice(0, maxRecommendations)) {
      lines.push(`- ${escapeMarkdown(recommendation.title)} — *${escapeMarkdown(recommendation.actor)}* · ${commandLink('Insert', COMMANDS.insertRecommendation, recommendation.id)} · ${commandLink('Show', COMMANDS.showRecommendation, recommendation.id)}`);
    }
    lines.push('', commandLink(`See all related recommendations`, COMMANDS.showRelatedRecommendations, term.id));
  }
  return lines.join('\n');
}

/** A full explanation of a term, as a Markdown document. */
export function termDocument(term: Term, index: TermIndex): string {
  const lines = [`# ${term.expansion ? `${term.term} — ${term.expansion}` : term.term}`, '', term.definition, '', `**Status:** ${statusText(term, index)}`, ''];
  if (term.aliases?.length) lines.push(`**Also written:** ${term.aliases.join(', ')}`, '');
  lines.push(`**Category:** ${term.category}`, '', '## Sources', '', ...sourceLines(term, index).map((line) => `- ${line}`));
  const recommendations = index.recommendationsOf(term);
  if (recommendations.length > 0) {
    lines.push('', '## Linked recommendations', '');
    for (const recommendation of recommendations) lines.push(`- **${recommendation.title}** (${recommendation.actor}): ${recommendation.summary}`);
  }
  return lines.join('\n') + '\n';
}

/** The citation of a recommendation: paper, organisation, date and section. */
export function recommendationCitation(recommendation: Recommendation, index: TermIndex): string {
  const source = index.source(recommendation.source.id);
  const authors = source?.authors?.length ? `${source.authors.join(' and ')}, ` : '';
  return `${authors}${formatCitation(source, recommendation.source)}`;
}

/** The Markdown block inserted into a memo: the recommendation, its actor and its citation. */
export function recommendationBlock(recommendation: Recommendation, index: TermIndex): string {
  const source = index.source(recommendation.source.id);
  const link = source?.url ? ` <${source.url}>` : '';
  return [
    `> **Recommendation:** ${recommendation.title}`,
    '>',
    `> ${recommendation.summary}`,
    '>',
    `> *Actor:* ${recommendation.actor}. *Source:* ${recommendationCitation(recommendation, index)}${link}.`,
    '',
  ].join('\n');
}

/** A recommendation shown on its own, as a Markdown document. */
export function recommendationDocument(recommendation: Recommendation, index: TermIndex): string {
  const terms = recommendation.terms.map((id) => index.term(id)?.term ?? id).join(', ');
  return [
    `# ${recommendation.title}`,
    '',
    recommendation.summary,
    '',
    `- **Actor:** ${recommendation.actor}`,
    `- **Sectors:** ${recommendation.sectors.join(', ')}`,
    `- **Terms:** ${terms}`,
    `- **Source:** ${recommendationCitation(recommendation, index)} (${recommendation.year})`,
    '',
  ].join('\n');
}
