import Fuse from 'fuse.js';
import { looksLikeAcronym } from './acronyms';
import type { Recommendation, Term } from './corpus';
import type { TermIndex } from './terms';
import { foldWord, tokenize } from './words';

/** How closely a hit matches the query: every rare word of it, or only some. */
export type MatchQuality = 'strong' | 'partial';

/** One search result, best first: `relevance` is 1 when every query word is in the entry's title or names. */
export type SearchHit = (
  | { readonly kind: 'recommendation'; readonly item: Recommendation }
  | { readonly kind: 'term'; readonly item: Term }
) & {
  readonly relevance: number;
  readonly quality: MatchQuality;
  /** The query's words, as typed, that the entry does not contain (none in a strong match, mostly). */
  readonly missing: readonly string[];
};

/**
 * Relevance thresholds, set on the labelled queries of test/fixtures/search/labelled-queries.json
 * (checked by test/unit/search.test.ts). On the 542-term glossary every expected hit there scores
 * 0.45 or more, and the best hit of a nonsense query 0.37 at most ("tax deductions for pets" → the
 * Inflation Reduction Act, on "tax" alone); on the earlier 187-term glossary, queries on topics it
 * lacked ("de minimis", "section 122") reached 0.39 with one shared word or a near-miss ("minimum"
 * for "minimis"). PARTIAL sits between: below it nothing is shown. STRONG needs (nearly) all the
 * query's distinctive words, most of them in the entry's title or names.
 */
export const MATCH_THRESHOLDS = { strong: 0.6, partial: 0.42 } as const;

/**
 * fuse.js's Bitap score for one query word against one corpus word: 0 is exact, errors count
 * against the word's length. 0.23 admits one typo in 5 letters and two in 9 ("promotoin" →
 * "promotion", 0.22) but not two in 7 ("minimis" → "minimum", 0.29). The match must start at the
 * word's first letter (distance 4: one letter in costs 0.25), so "ran" never matches "transfer".
 * fuse.js itself is asked with a looser threshold: its Bitap search prunes by the threshold and
 * misses some one-typo matches ("authorty" → "authority", 0.125) when asked with 0.23.
 */
const WORD_THRESHOLD = 0.23;
const FUSE_THRESHOLD = 0.4;
/**
 * A query word may be a prefix of a longer corpus word ("fund" → "funding"), at a small cost per
 * letter (counted up to 3): up to 3 letters more, or any ending for a prefix of 6 letters or more ("biotech").
 */
const EXTENSION_COST = 0.04;
/** Words this short (acronyms mostly: "ai", "ran", "wto") must match exactly. */
const EXACT_ONLY_LENGTH = 3;

/** How much a query word found in each field counts. Names are what a person searches by. */
const FIELD_WEIGHTS = { title: 1, names: 1, tags: 0.5, body: 0.4 } as const;
/** A small bonus for hits whose name is mostly query words, so "open RAN" puts O-RAN before O-RAN Alliance. */
const NAME_SPECIFICITY_BONUS = 0.05;

/**
 * A pasted paragraph must not freeze the editor's QuickPick: only the first 32 distinct words of a
 * query are searched, and a word over 40 letters (no corpus word is that long) is not looked up.
 */
const MAX_QUERY_WORDS = 32;
const MAX_WORD_LENGTH = 40;

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'onto', 'with', 'by', 'at', 'is', 'be', 'it', 'its', 'into', 'from', 'about', 'how', 'what', 'should', 'or', 'as', 'we', 'our', 'can', 'do', 'does']);

type Field = keyof typeof FIELD_WEIGHTS;

interface Searchable {
  readonly hit: Pick<SearchHit, 'kind' | 'item'>;
  /** Folded word → the weight of the best field it occurs in. */
  readonly words: Map<string, number>;
  /** Folded words the entry writes only as acronyms ("pet" of "PETs"): an ordinary query word is not one of them. */
  readonly acronymOnly: ReadonlySet<string>;
  /** The words of each name the entry goes by: a term, its expansion; a recommendation's title. */
  readonly names: ReadonlyArray<ReadonlySet<string>>;
}

/** The words of a text as search compares them: folded (case, plurals, spelling), two letters or more. */
function searchWords(text: string): string[] {
  return searchTokens(text).map(({ word }) => word);
}

/** Each word of a text folded, with whether it is written as an acronym (the linter's test: "PETs", "WTO"). */
function searchTokens(text: string): Array<{ word: string; acronym: boolean }> {
  return tokenize(text)
    .map((token) => ({ word: foldWord(token.text), acronym: looksLikeAcronym(token.text) }))
    .filter(({ word }) => word.length >= 2);
}

/**
 * Whether a query word, as typed, may stand for an acronym. As in the linter, an all-lowercase word
 * is an ordinary word ("pets" is not PETs), except a short one: "ai", "wto" and "ran" are typed for
 * AI, WTO and RAN far more often than meant as words.
 */
function mayBeAcronym(typed: string): boolean {
  return typed.length <= EXACT_ONLY_LENGTH || /\p{Lu}/u.test(typed);
}

/**
 * Search over recommendations and terms. Each query word is matched against the corpus's words with
 * fuse.js (typos and prefixes allowed); an entry's relevance adds up the query words it contains,
 * weighted by the field they occur in and by how rare the word is in the corpus (inverse document
 * frequency), so "open RAN funding" is decided by "RAN". Entries below MATCH_THRESHOLDS.partial are
 * left out: an empty result means "no close match". The CLI and the editor both rank with this.
 */
export class CorpusSearch {
  private readonly entries: Searchable[];
  /** Corpus word → the entries it occurs in, with the weight of its best field in each. */
  private readonly postings = new Map<string, Array<{ entry: number; weight: number; acronymOnly: boolean }>>();
  private readonly vocabulary: Fuse<string>;
  /** Close words by query word: the editor searches again at each keystroke, mostly with the same words. */
  private readonly closeWordCache = new Map<string, Map<string, number>>();

  constructor(index: TermIndex) {
    const termNames = (id: string) => {
      const term = index.term(id);
      return term ? `${term.term} ${term.expansion ?? ''}` : id;
    };
    this.entries = [
      ...index.corpus.recommendations.map((item) =>
        searchable({ kind: 'recommendation', item }, [item.title], { title: item.title, names: item.terms.map(termNames).join(' '), tags: item.sectors.join(' '), body: `${item.summary} ${item.actor}` }),
      ),
      ...index.corpus.terms.map((item) =>
        searchable({ kind: 'term', item }, [item.term, item.expansion ?? ''], { title: item.term, names: [item.expansion ?? '', ...(item.aliases ?? [])].join(' '), tags: item.category, body: item.definition }),
      ),
    ];
    this.entries.forEach((entry, position) => {
      for (const [word, weight] of entry.words) {
        const list = this.postings.get(word) ?? [];
        list.push({ entry: position, weight, acronymOnly: entry.acronymOnly.has(word) });
        this.postings.set(word, list);
      }
    });
    this.vocabulary = new Fuse([...this.postings.keys()], { includeScore: true, threshold: FUSE_THRESHOLD, location: 0, distance: 4 });
  }

  /** Entries best first, each with its match quality; `kind` narrows to recommendations or terms. Empty: no close match. */
  search(query: string, options: { limit?: number; kind?: SearchHit['kind'] } = {}): SearchHit[] {
    const words = queryWords(query);
    if (words.size === 0) return [];
    const evidence = new Map<number, number>();
    const foundWords = new Map<number, Set<string>>();
    const matchedNameWords = new Map<number, Set<string>>();
    const add = (sets: Map<number, Set<string>>, entry: number, word: string) => (sets.get(entry) ?? sets.set(entry, new Set()).get(entry)!).add(word);
    let totalWeight = 0;
    for (const [word, typed] of words) {
      const found = new Map<number, number>();
      const acronymAllowed = mayBeAcronym(typed);
      for (const [corpusWord, closeness] of this.closeWords(word)) {
        for (const { entry, weight, acronymOnly } of this.postings.get(corpusWord) ?? []) {
          if (acronymOnly && !acronymAllowed) continue;
          found.set(entry, Math.max(found.get(entry) ?? 0, closeness * weight));
          add(foundWords, entry, word);
          if (this.entries[entry].names.some((name) => name.has(corpusWord))) add(matchedNameWords, entry, corpusWord);
        }
      }
      const rarity = Math.log(1 + this.entries.length / (found.size + 1));
      totalWeight += rarity;
      for (const [entry, value] of found) evidence.set(entry, (evidence.get(entry) ?? 0) + rarity * value);
    }
    const ranked: Array<{ entry: number; relevance: number; rank: number }> = [];
    for (const [entry, value] of evidence) {
      const relevance = value / totalWeight;
      if (relevance < MATCH_THRESHOLDS.partial) continue;
      if (options.kind && this.entries[entry].hit.kind !== options.kind) continue;
      const matched = matchedNameWords.get(entry) ?? new Set<string>();
      const specificity = Math.max(0, ...this.entries[entry].names.map((name) => [...name].filter((word) => matched.has(word)).length / name.size));
      ranked.push({ entry, relevance, rank: relevance + NAME_SPECIFICITY_BONUS * specificity });
    }
    return ranked
      .sort((a, b) => b.rank - a.rank || a.entry - b.entry)
      .slice(0, options.limit ?? 10)
      .map(({ entry, relevance }) => ({
        ...this.entries[entry].hit,
        relevance: Math.min(1, relevance),
        quality: relevance >= MATCH_THRESHOLDS.strong ? 'strong' : 'partial',
        missing: [...words].filter(([word]) => !foundWords.get(entry)?.has(word)).map(([, typed]) => typed),
      }) as SearchHit);
  }

  /** The corpus words close to a query word, with their closeness (1 is the same word). */
  private closeWords(word: string): Map<string, number> {
    const cached = this.closeWordCache.get(word);
    if (cached) return cached;
    const close = new Map<string, number>();
    this.closeWordCache.set(word, close);
    if (this.postings.has(word)) close.set(word, 1);
    if (word.length <= EXACT_ONLY_LENGTH || word.length > MAX_WORD_LENGTH) return close;
    const maxExtension = word.length >= 6 ? Infinity : 3;
    for (const result of this.vocabulary.search(word)) {
      const extension = Math.max(0, result.item.length - word.length);
      if ((result.score ?? 1) > WORD_THRESHOLD || extension > maxExtension || close.has(result.item)) continue;
      close.set(result.item, 1 - (result.score ?? 1) - EXTENSION_COST * Math.min(extension, 3));
    }
    return close;
  }
}

/** The query words a hit lacks, in words: 'without "reboot"', or '' when it has them all. */
export function missingWords(hit: SearchHit): string {
  return hit.missing.length > 0 ? `without ${hit.missing.map((word) => `"${word}"`).join(', ')}` : '';
}

/** How well a hit matched, in words for the CLI and the editor: "strong match", or 'partial match, without "reboot"'. */
export function matchDescription(hit: SearchHit): string {
  const without = missingWords(hit);
  return `${hit.quality} match${without && `, ${without}`}`;
}

/** The distinct words of a query as search compares them, each with how it was typed; at most MAX_QUERY_WORDS. */
function queryWords(query: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const token of tokenize(query)) {
    const word = foldWord(token.text);
    if (word.length < 2 || STOP_WORDS.has(word) || words.has(word)) continue;
    if (words.size === MAX_QUERY_WORDS) break;
    words.set(word, token.text);
  }
  return words;
}

function searchable(hit: Searchable['hit'], names: string[], fields: Record<Field, string>): Searchable {
  const words = new Map<string, number>();
  const acronyms = new Set<string>();
  const ordinary = new Set<string>();
  for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
    for (const { word, acronym } of searchTokens(fields[field])) {
      words.set(word, Math.max(words.get(word) ?? 0, FIELD_WEIGHTS[field]));
      (acronym ? acronyms : ordinary).add(word);
    }
  }
  const acronymOnly = new Set([...acronyms].filter((word) => !ordinary.has(word)));
  return { hit, words, acronymOnly, names: names.map((name) => new Set(searchWords(name).filter((word) => !STOP_WORDS.has(word)))).filter((name) => name.size > 0) };
}
