import { CorpusSearch, formatCitation, getBundledIndex, type TermIndex } from '../../core/index';
import type { CommandOutput } from './explain';

/** Fuzzy search over recommendations and terms, best first. */
export function searchCorpus(query: string, format: 'text' | 'json', limit: number, index: TermIndex = getBundledIndex()): CommandOutput {
  const hits = new CorpusSearch(index).search(query, { limit });
  if (format === 'json') {
    const items = hits.map((hit) => ({ kind: hit.kind, score: Number(hit.score.toFixed(3)), ...hit.item }));
    return { stdout: JSON.stringify(items, null, 2) + '\n', stderr: '', exitCode: 0 };
  }
  if (hits.length === 0) return { stdout: '', stderr: `policy-lens: nothing matches "${query}"\n`, exitCode: 0 };
  const lines = hits.map((hit) => {
    if (hit.kind === 'term') return `term            ${hit.item.id}: ${hit.item.term}${hit.item.expansion ? ` (${hit.item.expansion})` : ''}`;
    const source = formatCitation(index.source(hit.item.source.id), hit.item.source);
    return `recommendation  ${hit.item.id}: ${hit.item.title}\n                ${hit.item.actor}; ${source}`;
  });
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode: 0 };
}
