import type { Corpus } from './corpus';

/** A broken or duplicated reference inside a corpus, named by the entry that holds it. */
export interface CorpusProblem {
  readonly entry: string;
  readonly message: string;
}

/** Checks that ids are unique and every reference (successor, see, sources, terms) resolves. */
export function checkCorpusLinks(corpus: Corpus): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const termIds = uniqueIds('term', corpus.terms, problems);
  const recommendationIds = uniqueIds('recommendation', corpus.recommendations, problems);
  const sourceIds = uniqueIds('source', corpus.sources, problems);
  const expect = (entry: string, kind: string, id: string, known: Set<string>) => {
    if (!known.has(id)) problems.push({ entry, message: `refers to unknown ${kind} "${id}"` });
  };
  for (const term of corpus.terms) {
    const entry = `term "${term.id}"`;
    if (term.successor) expect(entry, 'term', term.successor, termIds);
    for (const related of term.see ?? []) expect(entry, 'term', related, termIds);
    for (const citation of term.sources) expect(entry, 'source', citation.id, sourceIds);
    for (const recommendation of term.recommendations ?? []) expect(entry, 'recommendation', recommendation, recommendationIds);
    if (term.kind === 'acronym' && !term.expansion) problems.push({ entry, message: 'is an acronym without an expansion' });
  }
  for (const recommendation of corpus.recommendations) {
    const entry = `recommendation "${recommendation.id}"`;
    expect(entry, 'source', recommendation.source.id, sourceIds);
    for (const term of recommendation.terms) expect(entry, 'term', term, termIds);
  }
  return problems;
}

function uniqueIds(kind: string, entries: readonly { id: string }[], problems: CorpusProblem[]): Set<string> {
  const ids = new Set<string>();
  for (const { id } of entries) {
    if (ids.has(id)) problems.push({ entry: `${kind} "${id}"`, message: 'is defined more than once' });
    ids.add(id);
  }
  return ids;
}

/** Gives each term the ids of the recommendations that name it, keeping any it already lists. */
export function linkRecommendationsToTerms(corpus: Corpus): Corpus {
  const linked = new Map<string, string[]>();
  for (const recommendation of corpus.recommendations) {
    for (const termId of recommendation.terms) {
      const list = linked.get(termId) ?? [];
      if (!list.includes(recommendation.id)) list.push(recommendation.id);
      linked.set(termId, list);
    }
  }
  return {
    ...corpus,
    terms: corpus.terms.map((term) => {
      const fromRecommendations = linked.get(term.id) ?? [];
      const all = [...new Set([...(term.recommendations ?? []), ...fromRecommendations])];
      return all.length > 0 ? { ...term, recommendations: all } : term;
    }),
  };
}
