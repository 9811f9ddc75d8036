import { acronymLetters } from './acronyms';

/** Capitalised words, with the small words a series' name may hold between them, right before a number. */
const NAME_BEFORE_NUMBER = /(?<![\p{L}\p{N}])((?:\p{Lu}\p{Ll}+\s+(?:(?:of|and|for|the|on|to|in)\s+)?){2,8})(?=\p{N})/gu;
const SMALL_WORD = /^(?:of|and|for|the|on|to|in)$/u;

/**
 * Series names written in full before a number ("Binding Operational Directive 16-02"), by the initials of their
 * words (`bod`), each the first place the text writes it; every tail of a longer run of capitalised words counts
 * ("Under Binding Operational Directive 16-02" also gives "bod"). One pass over the text.
 */
export function seriesNamesInFull(text: string): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const match of text.matchAll(NAME_BEFORE_NUMBER)) {
    const words = match[1].trim().split(/\s+/u);
    for (let from = 0; from < words.length; from++) {
      if (SMALL_WORD.test(words[from])) continue;
      const tail = words.slice(from);
      const initials = tail.filter((word) => !SMALL_WORD.test(word)).map((word) => word[0].toLowerCase()).join('');
      if (initials.length >= 2 && !names.has(initials)) names.set(initials, tail.join(' '));
    }
  }
  return names;
}

/**
 * "Binding Operational Directive 16-02" in a memo that also cites "BOD 15-01": the words a designator's letters
 * stand for, written in full before a number, so the writer uses the series both ways without tying the two.
 */
export function seriesNameInFull(names: ReadonlyMap<string, string>, acronym: string): string | undefined {
  return names.get(acronymLetters(acronym));
}
