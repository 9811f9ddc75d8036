import { CorpusSearch, formatCitation, getBundledIndex, missingWords, outcomeSentence, type SearchHit, type TermIndex } from '../../core/index';
import type { CommandOutput } from './explain';

const INDENT = ' '.repeat(25);

/** Search over recommendations and terms, best first, each with its match quality; says so when nothing comes close. */
export function searchCorpus(query: string, format: 'text' | 'json', limit: number, index: TermIndex = getBundledIndex()): CommandOutput {
  const hits = new CorpusSearch(index).search(query, { limit });
  if (format === 'json') {
    const items = hits.map((hit) => ({ kind: hit.kind, quality: hit.quality, relevance: Number(hit.relevance.toFixed(3)), missing: hit.missing, ...hit.item }));
    return { stdout: JSON.stringify(items, null, 2) + '\n', stderr: '', exitCode: 0 };
  }
  if (hits.length === 0) return { stdout: `No close match for "${query}" in the glossary or the recommendations.\n`, stderr: '', exitCode: 0 };
  const lines = hits.some((hit) => hit.quality === 'strong') ? [] : [`No strong match for "${query}"; these share some of its words:`];
  for (const hit of hits) lines.push(...hitLines(hit, index));
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode: 0 };
}

function hitLines(hit: SearchHit, index: TermIndex): string[] {
  const quality = hit.quality.padEnd(9);
  const missing = hit.missing.length > 0 ? ` (${missingWords(hit)})` : '';
  if (hit.kind === 'term') return [`${quality}term            ${hit.item.id}: ${hit.item.term}${hit.item.expansion ? ` (${hit.item.expansion})` : ''}${missing}`];
  const recommendation = hit.item;
  const lines = [
    `${quality}recommendation  ${recommendation.id}: ${recommendation.title}${missing}`,
    `${INDENT}${recommendation.actor}; ${formatCitation(index.source(recommendation.source.id), recommendation.source)}`,
  ];
  if (recommendation.outcome) lines.push(`${INDENT}${outcomeSentence(recommendation.outcome)}`);
  return lines;
}
