import type { DocumentAnalysis } from './analyze';
import type { Recommendation, Term } from './corpus';

/** A recommendation linked to a memo, with the memo's terms that link it. */
export interface RelatedRecommendation {
  readonly recommendation: Recommendation;
  readonly terms: readonly Term[];
}

/** The recommendations linked to the terms a memo uses, most-linked first, then in order of first use. */
export function relatedRecommendations(analysis: DocumentAnalysis): RelatedRecommendation[] {
  const related = new Map<string, { recommendation: Recommendation; terms: Term[]; order: number }>();
  for (const use of analysis.termUses) {
    for (const id of use.term.recommendations ?? []) {
      const recommendation = analysis.index.recommendation(id);
      if (!recommendation) continue;
      const entry = related.get(id) ?? { recommendation, terms: [], order: related.size };
      if (!entry.terms.includes(use.term)) entry.terms.push(use.term);
      related.set(id, entry);
    }
  }
  return [...related.values()].sort((a, b) => b.terms.length - a.terms.length || a.order - b.order);
}
