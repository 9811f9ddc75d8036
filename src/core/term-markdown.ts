import { displayName, formatCitation, statusSentence, type Recommendation, type Source, type Term } from './corpus';
import { splitSentences } from './sentences';
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
  /** Opens the whole entry (definition, status note, every source and recommendation). */
  readonly explainTerm: string;
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

/** A hover's definition stays within this many characters when it takes a second sentence. */
const HOVER_DEFINITION_CHARACTERS = 200;
/** A first sentence longer than this is cut at a word, so the recommendations below stay in VS Code's 250 px hover. */
const HOVER_FIRST_SENTENCE_CHARACTERS = 180;

/** The first sentence of a definition, and the second too when both are short: a hover is read at a glance. */
export function shortDefinition(definition: string): { text: string; cut: boolean } {
  const sentences = splitSentences(definition.replace(LINE_BREAKS, ' '));
  const two = sentences.length > 1 ? definition.slice(sentences[0].start, sentences[1].end) : definition.trim();
  const text = two.length <= HOVER_DEFINITION_CHARACTERS || sentences.length <= 1 ? two : sentences[0].text;
  // Two short sentences already fit within HOVER_DEFINITION_CHARACTERS; only one long sentence is cut.
  if (text.length > HOVER_FIRST_SENTENCE_CHARACTERS && (sentences.length <= 1 || text !== two)) {
    const cutAt = text.lastIndexOf(' ', HOVER_FIRST_SENTENCE_CHARACTERS - 1);
    return { text: `${text.slice(0, cutAt > 0 ? cutAt : HOVER_FIRST_SENTENCE_CHARACTERS).replace(/[,;:]$/, '')}…`, cut: true };
  }
  return { text, cut: text.length < definition.trim().length };
}

/** The status of a term in one line with its date: "Current (as of 2026-12-02)", or what replaced it and since when. */
export function statusLine(term: Term, index: TermIndex): string {
  if (term.status === 'current') return `Current (as of ${escapeMarkdown(term.asOf)})`;
  const successor = term.successor ? index.term(term.successor) : undefined;
  const label = term.status === 'superseded' ? 'Superseded' : 'Outdated';
  const since = term.statusSince ? ` since ${term.statusSince}` : '';
  const by = successor ? ` by ${displayName(successor)}` : '';
  return `⚠️ ${escapeMarkdown(`${label}${since}${by} (as of ${term.asOf})`)}`;
}

/** An organisation as a reader knows it: the abbreviation it is given in brackets, else its name. */
function shortOrganisation(organisation: string): string {
  return /\(([A-Z][A-Za-z.&-]{1,11})\)\s*$/.exec(organisation)?.[1] ?? organisation;
}

/** A source title cut to this many characters at a word boundary in a hover. */
const SHORT_TITLE_CHARACTERS = 60;

/** A source in a few words: its title without bracketed detail and cut short, the organisation's short name and the year, linked when it can be. */
function shortSource(source: Source): string {
  const whole = source.title.replace(/\s*\([^()]*\)\s*$/, '') || source.title;
  const cut = whole.length <= SHORT_TITLE_CHARACTERS ? whole : `${whole.slice(0, SHORT_TITLE_CHARACTERS).replace(/[\s,:;-]+\S*$/, '')}…`;
  const title = escapeMarkdown(cut);
  const url = markdownLinkUrl(source.url);
  // Packs are validated, but a hover must not fail on an entry that slipped through without them.
  const detail = [source.organisation ? shortOrganisation(source.organisation) : '', source.date?.slice(0, 4) ?? ''].filter(Boolean).join(', ');
  return `${url ? `[${title}](${url})` : title}${detail ? ` (${escapeMarkdown(detail)})` : ''}`;
}

/** The distinct sources of a term, each once however many sections of it the entry cites. */
function distinctSources(term: Term, index: TermIndex): { source?: Source; id: string }[] {
  const seen = new Set<string>();
  const sources: { source?: Source; id: string }[] = [];
  for (const citation of term.sources) {
    if (seen.has(citation.id)) continue;
    seen.add(citation.id);
    sources.push({ id: citation.id, source: index.source(citation.id) });
  }
  return sources;
}

/**
 * A term's hover, read at a glance and short enough that its recommendations show without scrolling:
 * the term and its expansion, one or two sentences, the status in one line, the top `maxRecommendations`
 * linked recommendations (title, actor, Insert / Show), then links to the whole entry and the short
 * sources. With `maxRecommendations` 0 (clients that cannot run commands) it has no command link at all.
 */
export function termHoverMarkdown(term: Term, index: TermIndex, maxRecommendations: number, commands: HoverCommands): string {
  const withCommands = maxRecommendations > 0;
  const heading = term.expansion ? `**${escapeMarkdown(term.term)}** — ${escapeMarkdown(term.expansion)}` : `**${escapeMarkdown(term.term)}**`;
  const definition = shortDefinition(term.definition);
  const more = definition.cut && withCommands ? ` ${commandLink('More…', commands.explainTerm, term.id)}` : definition.cut ? ' …' : '';
  const lines = [heading, '', `${escapeMarkdown(definition.text)}${more}`, '', statusLine(term, index)];
  const recommendations = index.recommendationsOf(term);
  if (recommendations.length > 0 && withCommands) {
    const shown = recommendations.slice(0, maxRecommendations);
    const count = recommendations.length > shown.length ? ` (${shown.length} of ${recommendations.length})` : '';
    lines.push('', `**Recommendations**${count} · ${commandLink('All related', commands.showRelatedRecommendations, term.id)}`, '');
    for (const recommendation of shown) {
      lines.push(`- ${escapeMarkdown(recommendation.title)} — *${escapeMarkdown(recommendation.actor)}* · ${commandLink('Insert', commands.insertRecommendation, recommendation.id)} · ${commandLink('Show', commands.showRecommendation, recommendation.id)}`);
    }
  }
  const sources = distinctSources(term, index).map(({ source, id }) => (source ? shortSource(source) : escapeMarkdown(id)));
  if (sources.length > 0) lines.push('', `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}`);
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
 * `recommendationInsertion` fits it to the memo it lands in (acronyms spelled out where the memo has not).
 */
export function recommendationBlock(recommendation: Recommendation, index: TermIndex): string {
  const url = markdownLinkUrl(index.source(recommendation.source.id)?.url);
  const line = (text: string) => text.replace(LINE_BREAKS, ' ');
  // The citation shares the summary's paragraph (after a hard line break) as a "(Source: …)" note, so the
  // figures and dates in the summary have their source where claim-unsourced looks for it.
  return [
    `> **Recommendation:** ${line(recommendation.title)}`,
    '>',
    `> ${line(recommendation.summary)}\\`,
    `> *Actor:* ${line(recommendation.actor)}. (Source: ${line(recommendationCitation(recommendation, index))}${url ? `, <${url}>` : ''})`,
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

/** A recommendation's tooltip in the Related Recommendations view: the full title, summary, actor and the memo's terms that link it. */
export function recommendationTooltip(recommendation: Recommendation, linkedBy: readonly string[] = []): string {
  const terms = linkedBy.length > 0 ? `\n\nLinked by ${escapeMarkdown(linkedBy.join(', '))} in this memo.` : '';
  return `**${escapeMarkdown(recommendation.title)}**\n\n${escapeMarkdown(recommendation.summary)}\n\n*${escapeMarkdown(recommendation.actor)}*${terms}`;
}
