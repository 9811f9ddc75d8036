import { recommendationTooltip, relatedRecommendations, type DocumentAnalysis } from '../core/index';
import type { RelatedRecommendationEntry } from '../shared/protocol';

/** The recommendations linked to the terms a memo uses, as `policyLens/relatedRecommendations` answers them. */
export function relatedRecommendationEntries(analysis: DocumentAnalysis): RelatedRecommendationEntry[] {
  return relatedRecommendations(analysis).map(({ recommendation, terms }) => ({
    recommendation: { id: recommendation.id, title: recommendation.title, actor: recommendation.actor },
    terms: terms.map((term) => ({ id: term.id, term: term.term })),
    tooltip: recommendationTooltip(recommendation, terms.map((term) => term.term)),
  }));
}
