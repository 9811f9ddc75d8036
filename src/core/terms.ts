import type { Corpus, Recommendation, Source, Term } from './corpus';
import { foldWord, gapKind, hasNoLowerCase, tokenize, type WordToken } from './words';
import nameContinuations from './rules/data/name-continuations.json';

/** Capitalised words that continue a term's own name ("the Privacy Shield Principles") instead of starting a longer one. */
const NAME_CONTINUATIONS = new Set(nameContinuations.words.map((entry) => entry.word));

/** Which written form of an entry matched. */
export type SurfaceKind = 'term' | 'alias' | 'expansion';

/** One occurrence of a corpus term in a string. */
export interface TermOccurrence {
  readonly term: Term;
  readonly surface: SurfaceKind;
  /** Index in the searched string where the occurrence starts. */
  readonly start: number;
  readonly end: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: { term: Term; surface: SurfaceKind };
}

/** Two entries of the corpus that claim the same written form. */
export interface SurfaceConflict {
  readonly surface: string;
  readonly kept: string;
  readonly dropped: string;
}

const ACRONYM_PLURAL = /^([\p{Lu}\p{N}][\p{L}\p{N}]*[\p{Lu}\p{N}])s$/u;

/** The term index: finds corpus terms in prose and looks entries up by id, acronym or name. */
export class TermIndex {
  private readonly root: TrieNode = { children: new Map() };
  private readonly byId = new Map<string, Term>();
  private readonly byAcronym = new Map<string, Term>();
  private readonly byName = new Map<string, Term>();
  private readonly recommendationsById = new Map<string, Recommendation>();
  private readonly sourcesById = new Map<string, Source>();
  readonly conflicts: SurfaceConflict[] = [];

  constructor(readonly corpus: Corpus) {
    for (const source of corpus.sources) this.sourcesById.set(source.id, source);
    for (const recommendation of corpus.recommendations) this.recommendationsById.set(recommendation.id, recommendation);
    for (const term of corpus.terms) this.add(term);
  }

  get terms(): readonly Term[] {
    return this.corpus.terms;
  }

  term(id: string): Term | undefined {
    return this.byId.get(id);
  }

  recommendation(id: string): Recommendation | undefined {
    return this.recommendationsById.get(id);
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** The recommendations linked to a term, in corpus order. */
  recommendationsOf(term: Term): Recommendation[] {
    return (term.recommendations ?? []).map((id) => this.recommendationsById.get(id)).filter((r): r is Recommendation => r !== undefined);
  }

  /** The corpus entry for an acronym as written (case-sensitive), if any. */
  acronym(text: string): Term | undefined {
    return this.byAcronym.get(text);
  }

  /** Finds an entry by id, term, acronym, alias or expansion, ignoring case. */
  lookup(name: string): Term | undefined {
    return this.byId.get(name) ?? this.byAcronym.get(name) ?? this.byName.get(normalizeName(name));
  }

  /**
   * Every corpus term in a string, longest match first, without overlaps. With `acronymsOnly`, just
   * the acronyms as written (to find "O-RAN" inside "O-RAN Alliance").
   */
  findOccurrences(value: string, tokens: readonly WordToken[] = tokenize(value), acronymsOnly = false, insideTitleCase = true): TermOccurrence[] {
    const found: TermOccurrence[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = this.longestMatchAt(value, tokens, i, acronymsOnly);
      if (!match) continue;
      if (!insideTitleCase && isPartOfLongerName(value, tokens, i, match.last, match.entry.term)) continue;
      found.push({ term: match.entry.term, surface: match.entry.surface, start: tokens[i].start, end: tokens[match.last].end });
      i = match.last;
    }
    return found;
  }

  private longestMatchAt(value: string, tokens: readonly WordToken[], first: number, acronymsOnly: boolean) {
    // Most words start no term: rule them out with two map lookups before walking the trie.
    const word = tokens[first].text;
    const children = this.root.children;
    if (!children.has(`=${word}`) && !children.has(`~${foldWord(word)}`) && !(isUpperOrDigit(word.charCodeAt(0)) && ACRONYM_PLURAL.test(word))) {
      return undefined;
    }
    let best: { entry: NonNullable<TrieNode['entry']>; last: number } | undefined;
    const walk = (node: TrieNode, index: number): void => {
      const wanted = node.entry && (!acronymsOnly || (node.entry.term.kind === 'acronym' && node.entry.surface !== 'expansion'));
      if (wanted && (!best || index - 1 > best.last)) best = { entry: node.entry!, last: index - 1 };
      if (index >= tokens.length || node.children.size === 0) return;
      const gap = index === first ? '' : gapKind(value.slice(tokens[index - 1].end, tokens[index].start));
      if (gap === 'other') return;
      for (const key of tokenKeys(tokens[index].text)) {
        const child = node.children.get(gap + key);
        if (child) walk(child, index + 1);
      }
    };
    walk(this.root, first);
    return best;
  }

  private add(term: Term): void {
    this.byId.set(term.id, term);
    const isAcronym = term.kind === 'acronym';
    if (isAcronym) this.byAcronym.set(term.term, term);
    this.insert(term.term, term, 'term', isAcronym || term.caseSensitive === true);
    for (const alias of term.aliases ?? []) {
      const exact = term.caseSensitive === true || hasNoLowerCase(alias);
      // An alias written like an acronym is one, whatever the entry's kind (BRI for the Belt and Road Initiative).
      if (hasNoLowerCase(alias) && /\p{Lu}/u.test(alias) && !/\s/.test(alias)) this.byAcronym.set(alias, term);
      this.insert(alias, term, 'alias', exact);
    }
    if (term.expansion) this.insert(term.expansion, term, 'expansion', term.caseSensitive === true);
    for (const name of [term.term, term.expansion, ...(term.aliases ?? [])]) {
      if (name && !this.byName.has(normalizeName(name))) this.byName.set(normalizeName(name), term);
    }
  }

  private insert(surface: string, term: Term, kind: SurfaceKind, exact: boolean): void {
    const tokens = tokenize(surface);
    if (tokens.length === 0) return;
    let node = this.root;
    tokens.forEach((token, index) => {
      const gap = index === 0 ? '' : gapKind(surface.slice(tokens[index - 1].end, token.start));
      const key = gap + (exact ? `=${token.text}` : `~${foldWord(token.text)}`);
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    });
    if (!node.entry) {
      node.entry = { term, surface: kind };
    } else if (node.entry.term.id !== term.id) {
      this.conflicts.push({ surface, kept: node.entry.term.id, dropped: term.id });
    }
  }
}

/**
 * A word term written in Title Case and followed by another capitalised word is part of a longer
 * proper name ("Data Protection Review Court"), not the glossary term, unless that word names a text
 * or part of the term itself ("the Privacy Shield Principles", name-continuations.json).
 */
function isPartOfLongerName(value: string, tokens: readonly WordToken[], first: number, last: number, term: Term): boolean {
  if (term.kind === 'acronym' || term.caseSensitive) return false;
  const next = tokens[last + 1];
  if (!next || !/^\p{Lu}\p{Ll}/u.test(next.text) || gapKind(value.slice(tokens[last].end, next.start)) !== 'space') return false;
  // "the Privacy Shield Program Office" is a body of its own.
  const after = tokens[last + 2];
  const nameGoesOn = after !== undefined && /^\p{Lu}/u.test(after.text) && gapKind(value.slice(next.end, after.start)) === 'space';
  if (NAME_CONTINUATIONS.has(next.text) && !nameGoesOn) return false;
  return tokens.slice(first, last + 1).every((token) => /^\p{Lu}/u.test(token.text) && !hasNoLowerCase(token.text));
}

function isUpperOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 127;
}

/** The trie keys a word of prose can follow: as written, as an acronym without its plural "s", and folded. */
function tokenKeys(word: string): string[] {
  const keys = [`=${word}`, `~${foldWord(word)}`];
  const plural = ACRONYM_PLURAL.exec(word);
  if (plural) keys.push(`=${plural[1]}`);
  return keys;
}

function normalizeName(name: string): string {
  return tokenize(name).map((token) => foldWord(token.text)).join(' ');
}
