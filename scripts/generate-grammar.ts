// Generates the TextMate injection grammar that colours corpus terms in Markdown prose: acronyms,
// terms of art, and outdated or superseded names. The output is committed; a unit test regenerates
// it from the corpus and fails when the two differ, so run this script after editing `corpus/`.
//
//   npm run build:corpus && npx tsx scripts/generate-grammar.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, Term } from '../src/core/corpus';
import compiled from '../src/core/corpus.generated.json';
import { gapKind, hasNoLowerCase, tokenize } from '../src/core/words';

/** Where the grammar is written, relative to the repository root. */
export const GRAMMAR_PATH = 'syntaxes/policy-lens.injection.tmLanguage.json';

/** The scope name `contributes.grammars` refers to. */
export const GRAMMAR_SCOPE_NAME = 'policy-lens.terms.injection';

/**
 * The scopes the grammar assigns. The default themes colour them: constant variables blue, types teal,
 * invalid red. Acronyms are not `entity.name.tag`: Light+, Light Modern and High Contrast Light give tags
 * the colour of inline code (`markup.inline.raw`), so an acronym in prose looked like code.
 */
export const SCOPES = {
  acronym: 'variable.other.constant.acronym.policy-lens',
  term: 'entity.name.type.term.policy-lens',
  outdated: 'invalid.deprecated.term.policy-lens',
} as const;

/**
 * Where the patterns apply: all of a Markdown document except the parts the linter never checks.
 * The names are those of VS Code's built-in Markdown grammar (markdown-basics):
 * - `markup.fenced_code`: fenced code blocks, with or without a language;
 * - `markup.raw`: indented code blocks (`markup.raw.block.markdown`);
 * - `markup.inline.raw`: inline code (`markup.inline.raw.string.markdown`);
 * - `meta.embedded`: front matter (`meta.embedded.block.frontmatter`), code in a known language
 *   (`meta.embedded.block.<lang>`) and math from the markdown-math extension;
 * - `comment`: HTML comments, including the linter's control comments;
 * - `meta.tag`: HTML tags and their attribute values;
 * - `markup.underline.link`, `meta.link.inet`, `meta.link.email`, `meta.link.reference.def`:
 *   link destinations, autolinks and link reference definitions.
 * Link text stays in (`meta.link.inline.markdown` also covers the text, which the linter checks).
 * There is no `L:` prefix: at the start of a line an `L:` injection would win the tie with the
 * paragraph rule, and the rest of the line would lose its Markdown highlighting.
 */
export const INJECTION_SELECTOR = [
  'text.html.markdown',
  '-markup.fenced_code',
  '-markup.raw',
  '-markup.inline.raw',
  '-meta.embedded',
  '-comment',
  '-meta.tag',
  '-markup.underline.link',
  '-meta.link.inet',
  '-meta.link.email',
  '-meta.link.reference.def',
].join(' ');

/** Characters that continue a word. The underscore is left out so that `_TPA_` (emphasis) matches. */
const WORD_CHARACTER = '[-\\p{L}\\p{N}\\p{M}]';
const WORD_START = `(?<!${WORD_CHARACTER})`;
const WORD_END = `(?!${WORD_CHARACTER})`;
/** Between two words of a term: spaces, or a hyphen or slash with optional spaces (as `gapKind` "space"). */
const SPACE_GAP = '(?:\\s+|\\s*[-\u2010\u2011\u2013/]\\s*)';
/** After an abbreviating dot, as in "U.S. Trade" or "U.S.-EU" (as `gapKind` "dot"). */
const DOT_GAP = '\\.[-\u2010\u2011\u2013]?\\s?';

/** A TextMate rule that matches one of a list of alternatives. */
export interface GrammarPattern {
  comment: string;
  name: string;
  match: string;
}

/** The generated grammar, in the order it is written. */
export interface InjectionGrammar {
  information_for_contributors: string[];
  name: string;
  scopeName: string;
  injectionSelector: string;
  patterns: { include: string }[];
  repository: Record<string, GrammarPattern>;
}

type GroupId = 'outdated-exact' | 'outdated' | 'terms-exact' | 'terms' | 'acronyms';

interface Group {
  readonly id: GroupId;
  readonly scope: string;
  readonly caseInsensitive: boolean;
  readonly comment: string;
}

/**
 * The rules in priority order. TextMate takes the match that starts first; at the same start the
 * earlier rule wins, so outdated names come first, then multi-word terms, then acronyms: "AI Act"
 * and "O-RAN Alliance" are terms, not the acronyms "AI" and "O-RAN" followed by a word.
 */
const GROUPS: readonly Group[] = [
  { id: 'outdated-exact', scope: SCOPES.outdated, caseInsensitive: false, comment: 'Outdated or superseded terms written in capitals or marked case-sensitive.' },
  { id: 'outdated', scope: SCOPES.outdated, caseInsensitive: true, comment: 'Outdated or superseded terms, any case.' },
  { id: 'terms-exact', scope: SCOPES.term, caseInsensitive: false, comment: 'Current terms that match case-sensitively (Quad, CHIPS Act, NIST CSF).' },
  { id: 'terms', scope: SCOPES.term, caseInsensitive: true, comment: 'Current terms, aliases and acronym expansions, any case.' },
  { id: 'acronyms', scope: SCOPES.acronym, caseInsensitive: false, comment: 'Current acronyms and other one-word forms in capitals (BRI, CHIPS), as written, with an optional plural "s".' },
];

interface Alternative {
  readonly regex: string;
  readonly words: number;
  readonly length: number;
}

/** Builds the injection grammar for a corpus. Deterministic: the same corpus gives the same grammar. */
export function buildGrammar(corpus: Corpus): InjectionGrammar {
  const alternatives = new Map<GroupId, Map<string, Alternative>>(GROUPS.map((group) => [group.id, new Map()]));
  // The first entry to claim a written form keeps it, as in the term index.
  const claimed = new Set<string>();
  for (const term of corpus.terms) {
    for (const surface of surfaces(term)) {
      if (tokenize(surface.text).length === 0) continue;
      const group = groupOf(term, surface);
      const regex = surfaceRegex(surface);
      const key = `${GROUPS.find((g) => g.id === group)!.caseInsensitive ? 'i' : 's'}:${regex}`;
      if (claimed.has(key)) continue;
      claimed.add(key);
      alternatives.get(group)!.set(regex, { regex, words: tokenize(surface.text).length, length: surface.text.length });
    }
  }

  const grammar: InjectionGrammar = {
    information_for_contributors: [
      'Generated from the corpus by scripts/generate-grammar.ts; do not edit by hand.',
      'After changing corpus/, run: npm run build:corpus && npx tsx scripts/generate-grammar.ts',
    ],
    name: 'Policy Lens terms',
    scopeName: GRAMMAR_SCOPE_NAME,
    injectionSelector: INJECTION_SELECTOR,
    patterns: [],
    repository: {},
  };
  for (const group of GROUPS) {
    const list = [...alternatives.get(group.id)!.values()].sort(longestFirst);
    if (list.length === 0) continue;
    grammar.patterns.push({ include: `#${group.id}` });
    grammar.repository[group.id] = {
      comment: group.comment,
      name: group.scope,
      match: `${group.caseInsensitive ? '(?i)' : ''}${WORD_START}(?:${byFirstCharacter(list.map((a) => a.regex))})${WORD_END}`,
    };
  }
  return grammar;
}

/** The grammar file's text: pretty-printed JSON with a final newline. */
export function renderGrammar(corpus: Corpus): string {
  return JSON.stringify(buildGrammar(corpus), null, 2) + '\n';
}

interface Surface {
  readonly text: string;
  /** Matches case-sensitively, by the term index's rules. */
  readonly exact: boolean;
  /** Written as an acronym: one word, case-sensitive, no lower case (or the acronym entry itself: IoT). */
  readonly acronym: boolean;
}

/** Every written form of an entry, with the case rules of `TermIndex`. */
function surfaces(term: Term): Surface[] {
  const isAcronym = term.kind === 'acronym';
  const caseSensitive = term.caseSensitive === true;
  const list: Surface[] = [];
  const add = (text: string, exact: boolean, acronymEntry: boolean) =>
    list.push({ text, exact, acronym: exact && !/\s/.test(text) && (acronymEntry || hasNoLowerCase(text)) });
  add(term.term, isAcronym || caseSensitive, isAcronym);
  for (const alias of term.aliases ?? []) add(alias, caseSensitive || hasNoLowerCase(alias), false);
  if (term.expansion) add(term.expansion, caseSensitive, false);
  return list;
}

function groupOf(term: Term, surface: Surface): GroupId {
  if (term.status !== 'current') return surface.exact ? 'outdated-exact' : 'outdated';
  if (surface.acronym) return 'acronyms';
  return surface.exact ? 'terms-exact' : 'terms';
}

/** The regular expression for one written form, without the word boundaries. */
function surfaceRegex(surface: Surface): string {
  // An acronym is matched as written ("O-RAN", "R&D"), with an optional plural: "TPAs".
  if (surface.acronym) return `${escapeRegex(surface.text)}s?`;
  const tokens = tokenize(surface.text);
  let regex = '';
  tokens.forEach((token, index) => {
    if (index > 0) {
      const gap = surface.text.slice(tokens[index - 1].end, token.start);
      const kind = gapKind(gap);
      regex += kind === 'space' ? SPACE_GAP : kind === 'dot' ? DOT_GAP : escapeRegex(gap);
    }
    regex += surface.exact ? token.text : foldedWord(token.text, index === tokens.length - 1);
  });
  return regex;
}

/**
 * A word of a case-insensitive term, allowing what `foldWord` folds: British and American spellings
 * (-ise/-ize, -our/-or) and, on the last word, a plural ("export control", "economies").
 * Words are runs of letters, digits and marks, so they need no escaping.
 */
function foldedWord(word: string, last: boolean): string {
  let stem = word.toLowerCase();
  let plural = '';
  if (last && stem.length > 3 && /\p{L}$/u.test(stem)) {
    if (stem.endsWith('ies')) [stem, plural] = [stem.slice(0, -3), '(?:y|ies)'];
    else if (/[^aeiou]y$/.test(stem)) [stem, plural] = [stem.slice(0, -1), '(?:y|ies)'];
    else if (!stem.endsWith('s')) plural = 's?';
    else if (!/(ss|us|is)$/.test(stem)) [stem, plural] = [stem.slice(0, -1), 's?'];
  }
  stem = stem.replace(/i[sz](e|ed|es|ing|ation|ations)$/, 'i[sz]$1');
  if (stem.length >= 5) stem = stem.replace(/ou?r$/, 'ou?r');
  return stem + plural;
}

/** Escapes what is special in Oniguruma and in JavaScript's `u` mode (and nothing else, which `u` mode rejects). */
function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Joins alternatives, grouping those that start with the same letter or digit: `a(?:bc|d)|e`. Oniguruma
 * then tries one group per position instead of every alternative, which makes the rules several times
 * faster. Two alternatives with different first characters never match at the same place, so only
 * the order inside a group matters, and that is kept.
 */
function byFirstCharacter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const key = /^[\p{L}\p{N}]/u.test(alternative) ? String.fromCodePoint(alternative.codePointAt(0)!) : alternative;
    groups.set(key, [...(groups.get(key) ?? []), alternative]);
  }
  return [...groups.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const members = groups.get(key)!;
      return members.length === 1 ? members[0] : `${key}(?:${members.map((m) => m.slice(key.length)).join('|')})`;
    })
    .join('|');
}

/** Longer alternatives first, so that "Privacy Shield" loses to "EU-US Privacy Shield"; then by text. */
function longestFirst(a: Alternative, b: Alternative): number {
  return b.words - a.words || b.length - a.length || (a.regex < b.regex ? -1 : a.regex > b.regex ? 1 : 0);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const grammar = renderGrammar(compiled as Corpus);
  writeFileSync(join(import.meta.dirname, '..', GRAMMAR_PATH), grammar);
  console.log(`grammar: ${(grammar.length / 1024).toFixed(0)} KB → ${GRAMMAR_PATH}`);
}
