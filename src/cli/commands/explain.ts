import { CorpusSearch, formatCitation, getBundledIndex, outcomeSentence, statusSentence, type Term, type TermIndex } from '../../core/index';

/** The output of `policy-lens explain`: text or JSON, and the exit code. */
export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Explains a term: expansion, definition, status, sources and linked recommendations. */
export function explainTerm(query: string, format: 'text' | 'json', index: TermIndex = getBundledIndex()): CommandOutput {
  const term = index.lookup(query.trim());
  if (!term) {
    const suggestions = new CorpusSearch(index).search(query, { kind: 'term', limit: 5 }).map((hit) => ({ term: hit.item as Term, quality: hit.quality }));
    const didYouMean = suggestions.length > 0 ? ` Did you mean: ${suggestions.map((s) => s.term.term).join(', ')}?` : ' No entry comes close.';
    if (format === 'json') {
      const json = { error: `unknown term "${query}"`, suggestions: suggestions.map((s) => ({ id: s.term.id, term: s.term.term, quality: s.quality })) };
      return { stdout: JSON.stringify(json, null, 2) + '\n', stderr: '', exitCode: 2 };
    }
    return { stdout: '', stderr: `policy-lens: "${query}" is not in the glossary.${didYouMean}\n`, exitCode: 2 };
  }
  const sources = term.sources.map((citation) => ({ ...citation, ...(index.source(citation.id) ?? {}), citation: formatCitation(index.source(citation.id), citation) }));
  const recommendations = index.recommendationsOf(term);
  const successor = term.successor ? index.term(term.successor) : undefined;
  if (format === 'json') {
    return { stdout: JSON.stringify({ ...term, sources, recommendations, successorTerm: successor?.term }, null, 2) + '\n', stderr: '', exitCode: 0 };
  }
  const lines = [`${term.term}${term.expansion ? ` — ${term.expansion}` : ''}`, ''];
  lines.push(term.definition, '');
  lines.push(`Status:   ${statusSentence(term, successor)}`);
  if (term.aliases?.length) lines.push(`Also:     ${term.aliases.join(', ')}`);
  lines.push(`Category: ${term.category}`);
  for (const source of sources) lines.push(`Source:   ${source.citation}${source.url ? ` <${source.url}>` : ''}`);
  if (recommendations.length > 0) {
    lines.push('', 'Linked recommendations:');
    for (const recommendation of recommendations) {
      lines.push(`  ${recommendation.id}: ${recommendation.title} (${recommendation.actor})`);
      if (recommendation.outcome) lines.push(`    ${outcomeSentence(recommendation.outcome)}`);
    }
  }
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode: 0 };
}
