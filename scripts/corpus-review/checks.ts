// The checks of `npm run corpus:review`, over a corpus in memory: what a reviewer of the glossary
// should look at, and the contradictions that fail the build. No file access here (see ../corpus-review.ts).
import type { Citation, Corpus, Recommendation, Term } from '../../src/core/corpus';
import { splitSentences } from '../../src/core/sentences';
import { TermIndex } from '../../src/core/terms';

/** A cue from status-cues.json. */
export interface StatusCue {
  readonly cue: string;
  readonly passive?: boolean;
  readonly note: string;
}

/** The cue lists: `ended` contradicts a current entry, `inForce` an outdated or superseded one. */
export interface StatusCues {
  readonly ended: readonly StatusCue[];
  readonly inForce: readonly StatusCue[];
}

/** One thing the review found. Contradictions fail the build; warnings are for a reviewer to read. */
export interface ReviewFinding {
  readonly severity: 'contradiction' | 'warning';
  readonly check: string;
  readonly entry: string;
  readonly message: string;
}

/** The seed papers' texts by source id; `undefined` when the seeds are not beside the repository. */
export type SeedTexts = ReadonlyMap<string, string> | undefined;

/** Entries by the month of their `asOf`, oldest first. */
export interface AgeGroup {
  readonly month: string;
  readonly entries: string[];
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs every check. */
export function reviewCorpus(corpus: Corpus, cues: StatusCues, seeds: SeedTexts): ReviewFinding[] {
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  const newestSource = (citations: readonly Citation[] | undefined) =>
    (citations ?? [])
      .map((citation) => sources.get(citation.id)?.date)
      .filter((date): date is string => date !== undefined)
      .sort()
      .at(-1);
  return [
    ...corpus.terms.flatMap((term) => [...statusContradictions(term, cues), ...staleSources(term, newestSource), ...recheckChecks(term)]),
    ...corpus.recommendations.flatMap((recommendation) => [
      ...quoteChecks(recommendation, seeds),
      ...dateChecks(`recommendation ${recommendation.id}`, recommendation.outcome?.asOf, 'outcome.asOf'),
      ...outcomeChecks(recommendation, newestSource),
    ]),
    ...unlinkedTerms(corpus),
  ];
}

/** Every entry with an `asOf` (terms, and recommendations with an outcome), grouped by month, oldest first. */
export function entriesByAge(corpus: Corpus): AgeGroup[] {
  const dated = [
    ...corpus.terms.map((term) => ({ id: `term ${term.id}`, asOf: term.asOf })),
    ...corpus.recommendations.flatMap((recommendation) => (recommendation.outcome ? [{ id: `recommendation ${recommendation.id}`, asOf: recommendation.outcome.asOf }] : [])),
  ].sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
  const groups = new Map<string, string[]>();
  for (const entry of dated) {
    const month = entry.asOf.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), entry.id]);
  }
  return [...groups].map(([month, entries]) => ({ month, entries }));
}

/** A term whose own text says the opposite of its status, or an outdated term that cites nothing for it. */
export function statusContradictions(term: Term, cues: StatusCues): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const current = term.status === 'current';
  const subject = subjectPattern(term);
  for (const [field, text] of [['definition', term.definition], ['statusNote', term.statusNote ?? '']] as const) {
    for (const clause of clauses(text)) {
      for (const cue of current ? cues.ended : cues.inForce) {
        if (!saysOfItself(clause, subject, cue)) continue;
        findings.push({
          severity: 'contradiction',
          check: 'status-contradicts-text',
          entry: `term ${term.id}`,
          message: `is "${term.status}" but its ${field} says it ${cue.cue}: "${clause.trim()}"`,
        });
      }
    }
  }
  if (!current && !(term.statusSources?.length)) {
    findings.push({ severity: 'contradiction', check: 'status-unsourced', entry: `term ${term.id}`, message: `is "${term.status}" with no statusSources to show it` });
  }
  return findings;
}

/** Clauses of a text: its sentences, split again at semicolons, colons and dashes. */
function clauses(text: string): string[] {
  return splitSentences(text).flatMap((sentence) => sentence.text.split(/[;:]|\s[—–]\s/));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What may stand as the subject of a clause about the entry itself: its names, "It", "This <noun>". */
function subjectPattern(term: Term): string {
  const names = [term.term, term.expansion, ...(term.aliases ?? [])].filter((name): name is string => Boolean(name)).map(escapeRegExp);
  return `(?:(?:the\\s+)?(?:\\d{4}\\s+)?(?:${names.join('|')})(?:\\s+\\([^)]*\\))?|it|this(?:\\s+\\w+)?)`;
}

const PASSIVE_AUXILIARY = '(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|been)';
const ADVERB = '(?:\\w+ly|later|then|since|eventually|in\\s+\\d{4})';

/**
 * Whether a clause, opening with the entry as its subject (after an optional "In 2021," or "As of …,"), says the
 * cue of it: "It was struck down", "TPA lapsed on 1 July 2021", "It has lapsed". An intransitive cue
 * followed by an object ("It ended the programme") is something the entry did, not what it is.
 */
function saysOfItself(clause: string, subject: string, cue: StatusCue): boolean {
  const opening = '^\\s*(?:(?:in|on|by|since|after|as\\s+of)\\s[^,]{1,40},\\s*)?';
  const verb = cue.passive ? `${PASSIVE_AUXILIARY}\\s+(?:${ADVERB}\\s+)?` : `(?:(?:has|have|had)\\s+)?(?:${ADVERB}\\s+)?`;
  const object = cue.passive ? '' : '(?!\\s+(?:the|a|an|its|their|this|that|these|those)\\b)';
  return new RegExp(`${opening}${subject}\\s+(?:itself\\s+)?${verb}${escapeRegExp(cue.cue)}\\b${object}`, 'i').test(clause);
}

/** A status or a statusNote that claims more recent events than any source the entry cites. */
export function staleSources(term: Term, newestSource: (citations: readonly Citation[] | undefined) => string | undefined): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const entry = `term ${term.id}`;
  const newestForStatus = newestSource(term.statusSources?.length ? term.statusSources : term.sources);
  if (term.status !== 'current' && term.statusSince && newestForStatus && isBefore(newestForStatus, term.statusSince)) {
    findings.push({ severity: 'warning', check: 'sources-older-than-status', entry, message: `is "${term.status}" since ${term.statusSince}, but its newest source for that is from ${newestForStatus}` });
  }
  const newestOverall = newestSource([...term.sources, ...(term.statusSources ?? [])]);
  // Years after the check are plans ("definitive period from 2027"), not events a source must show.
  const checkedYear = term.asOf.slice(0, 4);
  const latestYear = (term.statusNote?.match(/\b(?:19|20)\d{2}\b/g) ?? []).filter((year) => year <= checkedYear).sort().at(-1);
  if (latestYear && newestOverall && isBefore(newestOverall, latestYear)) {
    findings.push({ severity: 'warning', check: 'sources-older-than-status', entry, message: `statusNote speaks of ${latestYear}, but its newest source is from ${newestOverall}` });
  }
  return findings;
}

/** Whether date `a` is before date `b`, compared at the precision both have ("2021-10" is not before "2021"). */
export function isBefore(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
}

/** An entry marked for re-check is listed as such; otherwise its asOf must be the full date of its check. */
export function recheckChecks(term: Term): ReviewFinding[] {
  if (term.recheck) return [{ severity: 'warning', check: 'needs-recheck', entry: `term ${term.id}`, message: `holds as of ${term.asOf}, not checked since: ${term.recheck}` }];
  return dateChecks(`term ${term.id}`, term.asOf);
}

function dateChecks(entry: string, asOf: string | undefined, field = 'asOf'): ReviewFinding[] {
  if (asOf === undefined || FULL_DATE.test(asOf)) return [];
  return [{ severity: 'warning', check: 'asof-not-a-date', entry, message: `${field} "${asOf}" is not the full date it was checked (YYYY-MM-DD)` }];
}

/** A recommendation with no quote, or one its seed paper does not contain. */
function quoteChecks(recommendation: Recommendation, seeds: SeedTexts): ReviewFinding[] {
  const entry = `recommendation ${recommendation.id}`;
  if (!recommendation.quote) return [{ severity: 'warning', check: 'quote-missing', entry, message: 'has no quote from its source' }];
  const seed = seeds?.get(recommendation.source.id);
  if (seed === undefined || quoteOccursIn(recommendation.quote, seed)) return [];
  return [{ severity: 'warning', check: 'quote-not-in-seed', entry, message: `quote not found in the seed paper of ${recommendation.source.id}: "${recommendation.quote}"` }];
}

/** Text as quotes are compared: one kind of quote mark and dash, single spaces, lower case. */
function normalizeForQuote(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Whether a quote occurs in a text; "…" or "..." in the quote marks an omission, and the parts must occur in order. */
export function quoteOccursIn(quote: string, text: string): boolean {
  const haystack = normalizeForQuote(text);
  let from = 0;
  const parts = normalizeForQuote(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((piece) => piece.replace(/^["']|["']$/g, ''))
    .filter((piece) => piece.length > 0);
  for (const part of parts) {
    const found = haystack.indexOf(part, from);
    if (found < 0) return false;
    from = found + part.length;
  }
  return true;
}

/** An outcome other than "open" with nothing cited for it, or dated after every source it cites. */
function outcomeChecks(recommendation: Recommendation, newestSource: (citations: readonly Citation[] | undefined) => string | undefined): ReviewFinding[] {
  const outcome = recommendation.outcome;
  if (!outcome || outcome.status === 'open') return [];
  const entry = `recommendation ${recommendation.id}`;
  const newest = newestSource(outcome.sources);
  if (!newest) return [{ severity: 'warning', check: 'outcome-unsourced', entry, message: `outcome "${outcome.status}" cites no source` }];
  if (outcome.date && isBefore(newest, outcome.date)) {
    return [{ severity: 'warning', check: 'sources-older-than-status', entry, message: `outcome "${outcome.status}" dated ${outcome.date}, but its newest source is from ${newest}` }];
  }
  return [];
}

/** Glossary terms a recommendation's title or summary names that its `terms` list leaves out. */
function unlinkedTerms(corpus: Corpus): ReviewFinding[] {
  const index = new TermIndex(corpus);
  return corpus.recommendations.flatMap((recommendation) => {
    const linked = new Set(recommendation.terms);
    const named = new Map<string, string>();
    for (const text of [recommendation.title, recommendation.summary]) {
      for (const occurrence of index.findOccurrences(text)) {
        if (!linked.has(occurrence.term.id)) named.set(occurrence.term.id, text.slice(occurrence.start, occurrence.end));
      }
    }
    return [...named].map(([id, written]) => ({
      severity: 'warning' as const,
      check: 'term-not-linked',
      entry: `recommendation ${recommendation.id}`,
      message: `names "${written}" (${id}) but does not list it in terms`,
    }));
  });
}
