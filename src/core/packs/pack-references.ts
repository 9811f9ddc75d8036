import type { JSONPath } from 'jsonc-parser';
import type { Corpus } from '../corpus';
import type { Pack } from './pack';

/** The sentence `pack init` and *Create Team Pack* leave in new terms for the team to replace. */
export const PLACEHOLDER_DEFINITION = 'Replace this sentence with a definition in plain words.';

/** A problem with an entry of a pack, at the JSON path it concerns. */
export interface PackReferenceProblem {
  readonly path: JSONPath;
  /** What is wrong, to follow the path ("terms[0].see[1] refers to …"). */
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/**
 * Checks what the schema cannot: ids and acronyms are unique within the pack, and every reference
 * (successor, see, sources, recommendations, a recommendation's terms and source) names an entry of
 * this pack or of the bundled corpus. A pack must stand on its own so `pack validate` can check it alone.
 */
export function checkPackReferences(pack: Pack, bundled: Corpus): PackReferenceProblem[] {
  const problems: PackReferenceProblem[] = [];
  const terms = pack.terms ?? [];
  const recommendations = pack.recommendations ?? [];
  const sources = pack.sources ?? [];
  const termIds = knownIds('terms', terms, bundled.terms, problems);
  const recommendationIds = knownIds('recommendations', recommendations, bundled.recommendations, problems);
  const sourceIds = knownIds('sources', sources, bundled.sources, problems);
  const expect = (path: JSONPath, kind: string, id: string, known: ReadonlySet<string>) => {
    if (!known.has(id)) problems.push({ path, severity: 'error', message: `refers to unknown ${kind} "${id}"; it is neither in this pack nor in the bundled corpus` });
  };

  if (pack.defaultSource) expect(['defaultSource'], 'source', pack.defaultSource, sourceIds);
  const acronyms = new Map<string, number>();
  terms.forEach((term, i) => {
    if (term.kind === 'acronym') {
      const first = acronyms.get(term.term);
      if (first !== undefined) problems.push({ path: ['terms', i, 'term'], severity: 'error', message: `defines the acronym "${term.term}" again; terms[${first}] ("${terms[first].id}") already does` });
      else acronyms.set(term.term, i);
    }
    if (term.definition.includes(PLACEHOLDER_DEFINITION)) {
      problems.push({ path: ['terms', i, 'definition'], severity: 'warning', message: `is still the placeholder; write what ${term.term} means in plain words` });
    }
    if (term.successor) expect(['terms', i, 'successor'], 'term', term.successor, termIds);
    term.see?.forEach((id, j) => expect(['terms', i, 'see', j], 'term', id, termIds));
    term.sources.forEach((citation, j) => expect(['terms', i, 'sources', j, 'id'], 'source', citation.id, sourceIds));
    term.recommendations?.forEach((id, j) => expect(['terms', i, 'recommendations', j], 'recommendation', id, recommendationIds));
  });
  recommendations.forEach((recommendation, i) => {
    expect(['recommendations', i, 'source', 'id'], 'source', recommendation.source.id, sourceIds);
    recommendation.terms.forEach((id, j) => expect(['recommendations', i, 'terms', j], 'term', id, termIds));
  });
  return problems;
}

/** The ids a reference may name, reporting ids the pack defines twice. */
function knownIds(field: 'terms' | 'recommendations' | 'sources', own: readonly { id: string }[], bundled: readonly { id: string }[], problems: PackReferenceProblem[]): Set<string> {
  const seen = new Map<string, number>();
  own.forEach(({ id }, i) => {
    const first = seen.get(id);
    if (first !== undefined) problems.push({ path: [field, i, 'id'], severity: 'error', message: `"${id}" is already the id of ${field}[${first}]${field === 'terms' ? ' (an id not written is made from the term)' : ''}; give one of them its own, for example "id": "${id}-2"` });
    else seen.set(id, i);
  });
  return new Set([...seen.keys(), ...bundled.map(({ id }) => id)]);
}
