/**
 * Word lists as the data files write them (`src/core/rules/data/*.json`): lower-case words, a
 * trailing `*` on a word for any ending ("invalidat*" finds invalidated, invalidation), words separated by single spaces.
 */

/** One entry's pattern source: literal words, any white space between them, `\p{L}*` for a word's trailing `*`. */
export function entryPattern(entry: string): string {
  return entry
    .split(' ')
    .map((word) => {
      const stem = word.endsWith('*') ? word.slice(0, -1) : word;
      const literal = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return word.endsWith('*') ? `${literal}\\p{L}*` : literal;
    })
    .join('\\s+');
}

/**
 * A pattern that finds any entry as whole words (case-insensitive unless `caseSensitive`). The
 * alternatives are literal words, so a test reads a text once, without backtracking.
 */
export function wordListPattern(entries: readonly string[], options: { caseSensitive?: boolean; global?: boolean } = {}): RegExp {
  const flags = `u${options.caseSensitive ? '' : 'i'}${options.global ? 'g' : ''}`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.map(entryPattern).join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** The shape every entry of a word list must have: lower-case words, an optional trailing `*`. */
export const WORD_LIST_ENTRY = /^[a-z]+\*?(?:[ -][a-z]+\*?)*$/;
