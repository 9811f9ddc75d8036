/** Whether a term is still the right word to use. */
export type TermStatus = 'current' | 'outdated' | 'superseded';

/** A reference to a source, with the section that supports the statement. */
export interface Citation {
  id: string;
  section?: string;
}

/** A glossary entry: an acronym or a term of art. */
export interface Term {
  id: string;
  term: string;
  kind: 'acronym' | 'term';
  expansion?: string;
  aliases?: string[];
  /** Other common meanings of the same acronym, which a writer may define it with. */
  otherExpansions?: string[];
  caseSensitive?: boolean;
  definition: string;
  category: string;
  status: TermStatus;
  statusNote?: string;
  /** Sources that show the status claim. */
  statusSources?: Citation[];
  statusSince?: string;
  successor?: string;
  asOf: string;
  /** What could not be confirmed against the public record as of `asOf`. */
  unconfirmed?: string;
  /** What must be looked up again; when set, `asOf` is the earlier date the entry is known to hold, not a check date. */
  recheck?: string;
  sources: Citation[];
  see?: string[];
  /** Ids of recommendations that concern this term; derived from the recommendations' `terms`. */
  recommendations?: string[];
}

/** A concrete recommendation from a published paper. */
export interface Recommendation {
  id: string;
  title: string;
  summary: string;
  actor: string;
  sectors: string[];
  terms: string[];
  source: Citation;
  year: number;
  /** The source sentence or clause the recommendation rests on, for review. */
  quote?: string;
  /** What has become of the recommendation, as checked on `outcome.asOf`. */
  outcome?: RecommendationOutcome;
}

/** What has become of a recommendation since it was made. */
export interface RecommendationOutcome {
  status: 'open' | 'met' | 'partly-met' | 'overtaken' | 'abandoned';
  note: string;
  date?: string;
  asOf: string;
  sources?: Citation[];
}

/** A paper, statute, judgment or official page that the corpus cites. */
export interface Source {
  id: string;
  title: string;
  organisation: string;
  authors?: string[];
  date: string;
  url?: string;
  kind?: string;
}

/** Terms, recommendations and sources, as bundled or as merged from packs. */
export interface Corpus {
  terms: Term[];
  recommendations: Recommendation[];
  sources: Source[];
}

/**
 * Formats a citation as "Title (Organisation, date)", or with a section as `"Section", in Title
 * (Organisation, date)`: the section is named as such, so a citation never ends on a bare heading.
 */
export function formatCitation(source: Source | undefined, citation: Citation): string {
  if (!source) return citation.id;
  const work = `${source.title} (${source.organisation}, ${source.date})`;
  return citation.section ? `"${citation.section}", in ${work}` : work;
}

/** A term's full name: "Expansion (ACR)" for acronyms, the term itself otherwise. */
export function displayName(term: Term): string {
  return term.expansion ? `${term.expansion} (${term.term})` : term.term;
}

/** Whether a term is current, or what replaced it and since when, as a plain sentence. */
export function statusSentence(term: Term, successor: Term | undefined): string {
  if (term.status === 'current') return `Current (as of ${term.asOf}).`;
  const label = term.status === 'superseded' ? 'Superseded' : 'Outdated';
  const since = term.statusSince ? ` since ${term.statusSince}` : '';
  const note = term.statusNote ? ` ${term.statusNote.replace(/\.?$/, '.')}` : '';
  const replaced = successor ? ` Replaced by ${displayName(successor)}.` : '';
  return `${label}${since} (as of ${term.asOf}).${note}${replaced}`;
}

const OUTCOME_LABELS: Record<RecommendationOutcome['status'], string> = {
  open: 'Open',
  met: 'Met',
  'partly-met': 'Partly met',
  overtaken: 'Overtaken',
  abandoned: 'Abandoned',
};

/** What became of a recommendation, as one line: "Met: EU-U.S. Data Privacy Framework adopted, 2023-07-10 (checked 2026-12-02)." */
export function outcomeSentence(outcome: RecommendationOutcome): string {
  const date = outcome.date ? `, ${outcome.date}` : '';
  return `${OUTCOME_LABELS[outcome.status]}: ${outcome.note.trim().replace(/\.$/, '')}${date} (checked ${outcome.asOf}).`;
}
