import { acronymLetters, JOINING_WORDS, knownExpansionsOf, sameExpansion } from './acronyms';
import type { Term } from './corpus';

const JOINER = `(?:(?:${[...JOINING_WORDS].join('|')})\\s+)?`;
/** Capitalised words, with the small words a series' name may hold between them, the last capitalised, right before a number. */
const NAME_BEFORE_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])((?:\\p{Lu}\\p{Ll}+\\s+${JOINER}){1,7}\\p{Lu}\\p{Ll}+)\\s+(?=\\p{N})`, 'gu');
/**
 * Two letters ("SF", "FY") match too many pairs of capitalised words by chance ("See Figure 2"): a two-letter series
 * counts only where its name is the glossary's meaning of the acronym ("Executive Order 14110" for EO).
 */
const SHORTEST_UNCHECKED_SERIES = 3;

/**
 * Series names written in full before a number in the memo's prose ("Binding Operational Directive 16-02"), by the
 * initials of their words (`bod`), each the first place the prose writes it; every tail of a longer run of
 * capitalised words counts ("Under Binding Operational Directive 16-02" also gives "bod"). `prose` is the text of
 * the prose runs only: front matter, comments, code and link targets are not the writer's words. One pass.
 */
export function seriesNamesInFull(prose: string): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const match of prose.matchAll(NAME_BEFORE_NUMBER)) {
    const words = match[1].split(/\s+/u);
    for (let from = 0; from < words.length; from++) {
      if (JOINING_WORDS.has(words[from].toLowerCase())) continue;
      const tail = words.slice(from);
      const initials = tail.filter((word) => !JOINING_WORDS.has(word.toLowerCase())).map((word) => word[0].toLowerCase()).join('');
      if (initials.length >= 2 && !names.has(initials)) names.set(initials, tail.join(' '));
    }
  }
  return names;
}

/**
 * "Binding Operational Directive 16-02" in a memo that also cites "BOD 15-01": the words a designator's letters
 * stand for, written in full before a number, so the writer uses the series both ways without tying the two.
 */
export function seriesNameInFull(names: ReadonlyMap<string, string>, acronym: string, term: Term | undefined): string | undefined {
  const letters = acronymLetters(acronym);
  const name = names.get(letters);
  if (name === undefined || letters.length >= SHORTEST_UNCHECKED_SERIES) return name;
  return term && knownExpansionsOf(term).some((known) => sameExpansion(known, name)) ? name : undefined;
}
