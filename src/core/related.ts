import type { DocumentAnalysis } from './analyze';
import type { Recommendation, Term } from './corpus';

/** A recommendation linked to a memo, with the memo's terms that link it. */
export interface RelatedRecommendation {
  readonly recommendation: Recommendation;
  readonly terms: readonly Term[];
}

/**
 * The recommendations linked to the terms a memo uses, by title (then id): a stable order, so inserting one
 * (which adds terms to the memo) does not move the rows under the writer's mouse.
 */
export function relatedRecommendations(analysis: DocumentAnalysis): RelatedRecommendation[] {
  const related = new Map<string, { recommendation: Recommendation; terms: Term[] }>();
  for (const use of analysis.termUses) {
    for (const id of use.term.recommendations ?? []) {
      const recommendation = analysis.index.recommendation(id);
      if (!recommendation) continue;
      const entry = related.get(id) ?? { recommendation, terms: [] };
      if (!entry.terms.includes(use.term)) entry.terms.push(use.term);
      related.set(id, entry);
    }
  }
  return [...related.values()].sort((a, b) => compareText(a.recommendation.title, b.recommendation.title) || compareText(a.recommendation.id, b.recommendation.id));
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
