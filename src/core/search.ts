import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Recommendation, Term } from './corpus';
import type { TermIndex } from './terms';

/** One search result: a recommendation or a term, with a score where 0 is a perfect match. */
export type SearchHit =
  | { readonly kind: 'recommendation'; readonly item: Recommendation; readonly score: number }
  | { readonly kind: 'term'; readonly item: Term; readonly score: number };

interface Searchable {
  readonly hit: Omit<SearchHit, 'score'>;
  readonly title: string;
  readonly names: string;
  readonly body: string;
  readonly tags: string;
}

const FUSE_OPTIONS: IFuseOptions<Searchable> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 3,
  keys: [
    { name: 'title', weight: 3 },
    { name: 'names', weight: 3 },
    { name: 'tags', weight: 1.5 },
    { name: 'body', weight: 1 },
  ],
};

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'onto', 'with', 'by', 'at', 'is', 'be', 'it', 'its', 'into', 'from', 'about', 'how', 'what', 'should']);

/**
 * Fuzzy search over recommendations and terms with fuse.js. Each word of the query is searched on
 * its own and an entry's score adds up over the words it matches, so longer queries rank entries
 * that match more of their words first, whatever the word order.
 */
export class CorpusSearch {
  private readonly fuse: Fuse<Searchable>;
  private readonly entries: Searchable[];

  constructor(index: TermIndex) {
    const termName = (id: string) => index.term(id)?.term ?? id;
    this.entries = [
      ...index.corpus.recommendations.map((item) => ({
        hit: { kind: 'recommendation' as const, item },
        title: item.title,
        names: item.terms.map((id) => [termName(id), index.term(id)?.expansion ?? ''].join(' ')).join(' '),
        body: `${item.summary} ${item.actor}`,
        tags: item.sectors.join(' '),
      })),
      ...index.corpus.terms.map((item) => ({
        hit: { kind: 'term' as const, item },
        title: item.term,
        names: [item.expansion ?? '', ...(item.aliases ?? [])].join(' '),
        body: item.definition,
        tags: item.category,
      })),
    ];
    this.fuse = new Fuse(this.entries, FUSE_OPTIONS);
  }

  /** Entries best first; `kind` narrows to recommendations or terms. */
  search(query: string, options: { limit?: number; kind?: SearchHit['kind'] } = {}): SearchHit[] {
    const words = query.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length >= 2 && !STOP_WORDS.has(word));
    if (words.length === 0) return [];
    const totals = new Map<number, { matched: number; score: number }>();
    for (const word of words) {
      for (const result of this.fuse.search(word)) {
        const total = totals.get(result.refIndex) ?? { matched: 0, score: 0 };
        total.matched += 1;
        total.score += 1 - (result.score ?? 1);
        totals.set(result.refIndex, total);
      }
    }
    return [...totals.entries()]
      .filter(([refIndex]) => !options.kind || this.entries[refIndex].hit.kind === options.kind)
      .sort(([, a], [, b]) => b.matched - a.matched || b.score - a.score)
      .slice(0, options.limit ?? 10)
      .map(([refIndex, total]) => ({ ...this.entries[refIndex].hit, score: 1 - total.score / words.length }) as SearchHit);
  }
}
