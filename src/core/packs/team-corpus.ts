import type { PolicyLensConfig } from '../config';
import type { Corpus, Recommendation, Source, Term } from '../corpus';
import { linkRecommendationsToTerms } from '../corpus-links';
import { TermIndex } from '../terms';
import type { LoadedPack, PackLocation, PackProblem, PackSnippet } from './pack';

/** A snippet with the pack it came from. */
export interface TeamSnippet extends PackSnippet {
  readonly name: string;
  readonly pack: string;
}

/** The bundled corpus with a list of packs applied: what linting, hovers and search use. */
export interface TeamCorpus {
  readonly index: TermIndex;
  /** Each pack's rule levels and allowed acronyms, in pack order, to go before the workspace's own configuration. */
  readonly configLayers: readonly PolicyLensConfig[];
  readonly snippets: readonly TeamSnippet[];
  /** Entries two packs define differently: the later pack wins, and both places are named. */
  readonly conflicts: readonly PackProblem[];
  readonly packs: readonly LoadedPack[];
}

interface Origin {
  readonly location?: PackLocation;
}

/**
 * Applies packs over the bundled corpus, in order: a later entry replaces an earlier one with the same
 * id, and an acronym defined by a later pack replaces the earlier entry for that acronym (whatever its
 * id), so each acronym has one meaning. When the earlier entry came from another pack and the two
 * expansions differ, that is reported as a conflict in the later pack, naming both entries.
 */
export function buildTeamCorpus(bundled: Corpus, packs: readonly LoadedPack[]): TeamCorpus {
  const terms = new Map<string, Term & Origin>(bundled.terms.map((term) => [term.id, term]));
  const recommendations = new Map<string, Recommendation>(bundled.recommendations.map((entry) => [entry.id, entry]));
  const sources = new Map<string, Source>(bundled.sources.map((entry) => [entry.id, entry]));
  const acronymOwners = new Map<string, string>();
  for (const term of bundled.terms) if (term.kind === 'acronym') acronymOwners.set(term.term, term.id);
  const conflicts: PackProblem[] = [];
  const snippets: TeamSnippet[] = [];

  for (const { pack, locations } of packs) {
    for (const term of pack.terms ?? []) {
      const location = locations.get(`term:${term.id}`);
      const replaced = [terms.get(term.id), term.kind === 'acronym' ? terms.get(acronymOwners.get(term.term) ?? '') : undefined];
      for (const earlier of new Set(replaced)) {
        if (!earlier) continue;
        if (earlier.location && location && differs(earlier, term)) conflicts.push(conflict(term, earlier, location, earlier.location));
        terms.delete(earlier.id);
        if (earlier.kind === 'acronym' && acronymOwners.get(earlier.term) === earlier.id) acronymOwners.delete(earlier.term);
      }
      terms.set(term.id, { ...term, location });
      if (term.kind === 'acronym') acronymOwners.set(term.term, term.id);
    }
    for (const recommendation of pack.recommendations ?? []) recommendations.set(recommendation.id, recommendation);
    for (const source of pack.sources ?? []) sources.set(source.id, source);
    for (const [name, snippet] of Object.entries(pack.snippets ?? {})) snippets.push({ ...snippet, name, pack: pack.name });
  }

  const corpus = linkRecommendationsToTerms({
    terms: [...terms.values()].map(withoutOrigin),
    recommendations: [...recommendations.values()],
    sources: [...sources.values()],
  });
  return {
    index: new TermIndex(corpus),
    configLayers: packs.map(({ pack }) => ({ ...(pack.rules ? { rules: pack.rules } : {}), ...(pack.allow ? { allow: pack.allow } : {}) })),
    snippets,
    conflicts,
    packs,
  };
}

/** Two definitions of one entry that a reader would tell apart. */
function differs(a: Term, b: Term): boolean {
  const normal = (text: string | undefined) => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return a.term !== b.term || normal(a.expansion) !== normal(b.expansion);
}

function conflict(later: Term, earlier: Term & Origin, location: PackLocation, earlierLocation: PackLocation): PackProblem {
  const describe = (term: Term) => `"${term.term}"${term.expansion ? ` (${term.expansion})` : ''}, id "${term.id}"`;
  return {
    ...location,
    severity: 'warning',
    message: `${describe(later)} replaces ${describe(earlier)} from an earlier pack; the later pack wins`,
    related: { ...earlierLocation, message: `replaced by ${describe(later)} in ${location.file}` },
  };
}

function withoutOrigin(term: Term & Origin): Term {
  const { location: _location, ...rest } = term;
  return rest;
}
