import type { DocumentAnalysis } from './analyze';
import type { Term } from './corpus';
import { acronymLetters, initialsOf, sameAcronym, significantWords, spellsOut } from './acronyms';
import { foldWord } from './words';

/**
 * The expansion of a glossary acronym that fits this document. An acronym with one meaning has its
 * expansion. One with several (`otherExpansions`: DPA is the Defense Production Act and a data protection
 * authority) has the meaning whose words the document uses elsewhere; when it uses none of them, or
 * more than one, the meaning cannot be told and there is none.
 */
export function expansionInContext(term: Term, acronym: string, prose: () => string): string | undefined {
  // Another acronym filed under an acronym entry (IESG under IETF) means what the alias spelling it out says.
  if (term.kind === 'acronym' && !sameAcronym(acronym, term.term)) return aliasSpellingOut(term, acronym);
  const main = term.expansion ?? (term.kind === 'term' ? nameSpellingOut(term, acronym) : undefined);
  const others = term.otherExpansions ?? [];
  if (others.length === 0 || !main) return main;
  const words = prose();
  const used = [main, ...others].filter((meaning) => words.includes(` ${significantWords(meaning).join(' ')} `));
  return used.length === 1 ? used[0] : undefined;
}

/**
 * For an acronym that is another name of a glossary entry ("BRI" for the Belt and Road Initiative): the entry's
 * name, or the alias that spells the letters out; never a name that holds the acronym itself ("CHIPS Act"
 * for CHIPS would only repeat it), and never another acronym (CENELEC holds the letters of CEN, but spells
 * nothing out).
 */
function nameSpellingOut(term: Term, acronym: string): string | undefined {
  const own = foldWord(acronym);
  const names = [term.term, ...(term.aliases ?? [])].filter((name) => !significantWords(name).includes(own));
  return names.find((name) => /\p{Ll}/u.test(name) && spellsOut(name, acronym)) ?? (names[0] === term.term ? term.term : undefined);
}

/**
 * The alias of an acronym entry that spells out another acronym filed under it: the name whose words start with
 * its letters first ("Internet Research Task Force" for IRTF, not "Internet Engineering Task Force", whose letters
 * also occur in order), else one that holds the letters in order.
 */
function aliasSpellingOut(term: Term, acronym: string): string | undefined {
  const letters = acronymLetters(acronym);
  const names = (term.aliases ?? []).filter((name) => spellsOut(name, acronym));
  return names.find((name) => initialsOf(significantWords(name)) === letters) ?? names[0];
}

/** The document's prose as its significant words, space-separated and padded, so a meaning is found as whole words. */
export function proseWords(analysis: DocumentAnalysis): string {
  return ` ${analysis.document.runs.map((run) => significantWords(run.value).join(' ')).join(' ')} `;
}
