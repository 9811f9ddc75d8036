import { isNotAnAcronymHere } from './acronym-context';
import { findDefinitions, looksLikeAcronym, singularAcronym, type AcronymDefinition } from './acronyms';
import type { Term } from './corpus';
import { sourceOffset, type ParseCache, type ParsedDocument, type ProseRun } from './parse';
import type { SurfaceKind, TermIndex, TermOccurrence } from './terms';
import { hasNoLowerCase, tokenize } from './words';

/** A corpus term found in the document, with source offsets. */
export interface TermUse {
  readonly term: Term;
  readonly surface: SurfaceKind;
  readonly run: ProseRun;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Where the use starts and ends in the run's value. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** A use of an acronym in prose; `key` groups the forms of one acronym (corpus id, or the singular text). */
export interface AcronymUse {
  readonly key: string;
  readonly text: string;
  readonly term?: Term;
  readonly run: ProseRun;
  readonly start: number;
  readonly end: number;
}

/** A definition of an acronym, with source offsets. */
export interface DefinitionSite extends AcronymDefinition {
  readonly key: string;
  readonly run: ProseRun;
  readonly sourceAcronymStart: number;
  readonly sourceAcronymEnd: number;
  readonly sourceExpansionStart: number;
  readonly sourceExpansionEnd: number;
}

/** What the rules read about a document: computed once, shared by every rule. */
export interface DocumentAnalysis {
  readonly document: ParsedDocument;
  readonly index: TermIndex;
  /** Every corpus term in prose, in document order. */
  readonly termUses: readonly TermUse[];
  /** Every acronym in prose (corpus or not), in document order. */
  readonly acronymUses: readonly AcronymUse[];
  /** Every acronym definition, in document order. */
  readonly definitions: readonly DefinitionSite[];
}

/** What one run of prose holds, with indices into its value; the same value always gives the same facts. */
interface RunFacts {
  readonly occurrences: readonly TermOccurrence[];
  readonly acronyms: readonly { key: string; text: string; start: number; end: number; term?: Term }[];
  readonly definitions: readonly AcronymDefinition[];
}

/**
 * Finds the terms, acronyms and definitions of a parsed document. With a cache (one per open
 * document in the editor), runs whose text did not change since the last call are not analysed again.
 */
export function analyzeDocument(document: ParsedDocument, index: TermIndex, cache?: ParseCache): DocumentAnalysis {
  const termUses: TermUse[] = [];
  const acronymUses: AcronymUse[] = [];
  const definitions: DefinitionSite[] = [];
  for (const run of document.runs) {
    const inHeading = run.block === 'heading';
    const facts = cache ? cache.get(`run:${inHeading ? 'h' : 'p'}:${run.value}`, () => analyzeRun(run.value, inHeading, index)) : analyzeRun(run.value, inHeading, index);
    for (const acronym of facts.acronyms) {
      acronymUses.push({ key: acronym.key, text: acronym.text, term: acronym.term, run, start: sourceOffset(run, acronym.start), end: sourceOffset(run, acronym.end) });
    }
    for (const occurrence of facts.occurrences) {
      termUses.push({
        term: occurrence.term,
        surface: occurrence.surface,
        run,
        start: sourceOffset(run, occurrence.start),
        end: sourceOffset(run, occurrence.end),
        text: run.value.slice(occurrence.start, occurrence.end),
        valueStart: occurrence.start,
        valueEnd: occurrence.end,
      });
    }
    for (const definition of facts.definitions) {
      definitions.push({
        ...definition,
        key: definition.term?.id ?? singularAcronym(definition.acronym),
        run,
        sourceAcronymStart: sourceOffset(run, definition.acronymStart),
        sourceAcronymEnd: sourceOffset(run, definition.acronymEnd),
        sourceExpansionStart: sourceOffset(run, definition.expansionStart),
        sourceExpansionEnd: sourceOffset(run, definition.expansionEnd),
      });
    }
  }
  return { document, index, termUses, acronymUses, definitions };
}

/** A name written like one acronym ("BRI", "O-RAN"): no small letters (but a plural "s") and no spaces. */
function isAcronymShapedName(written: string): boolean {
  return hasNoLowerCase(written.replace(/s$/, '')) && /\p{Lu}/u.test(written) && !/\s/u.test(written);
}

function analyzeRun(value: string, inHeading: boolean, index: TermIndex): RunFacts {
  const tokens = tokenize(value);
  // Title Case headings are normal; in body text, Title Case words run on into a longer proper name.
  const occurrences = index.findOccurrences(value, tokens, false, inHeading);
  const acronyms: RunFacts['acronyms'][number][] = [];
  const isAcronymHere = (text: string, start: number, end: number, at: number) =>
    !isNotAnAcronymHere(value, at === -1 ? [{ text, start, end }] : tokens, at === -1 ? 0 : at);
  let next = 0;
  let coveredUntil = 0;
  tokens.forEach((token, at) => {
    if (token.start < coveredUntil) return;
    while (next < occurrences.length && occurrences[next].end <= token.start) next++;
    const occurrence = occurrences[next];
    const inOccurrence = occurrence !== undefined && occurrence.start <= token.start && token.end <= occurrence.end;
    const written = occurrence ? value.slice(occurrence.start, occurrence.end) : '';
    // The acronym itself, or an alias written like one (BRI for the Belt and Road Initiative); never a worded alias.
    const isAcronymUse = inOccurrence && (occurrence.surface === 'term' ? occurrence.term.kind === 'acronym' : occurrence.surface === 'alias' && isAcronymShapedName(written));
    if (isAcronymUse) {
      if (occurrence.start === token.start && isAcronymHere(written, occurrence.start, occurrence.end, -1)) {
        acronyms.push({ key: occurrence.term.id, text: written, start: occurrence.start, end: occurrence.end, term: occurrence.term });
      }
    } else if (inOccurrence && occurrence.start === token.start && /\p{Lu}\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(written)) {
      // An acronym inside a longer name ("O-RAN Alliance", "OMB Memorandum M-24-15") is still a use of the acronym.
      const inner = tokens.filter((t) => t.start >= occurrence.start && t.end <= occurrence.end);
      const known = index.findOccurrences(value, inner, true).filter((found) => isAcronymShapedName(value.slice(found.start, found.end)));
      const found: RunFacts['acronyms'][number][] = known.map((acronym) => ({ key: acronym.term.id, text: value.slice(acronym.start, acronym.end), start: acronym.start, end: acronym.end, term: acronym.term }));
      inner.forEach((word, offset) => {
        if (known.some((name) => name.start <= word.start && word.end <= name.end) || !looksLikeAcronym(word.text)) return;
        if (isAcronymHere(word.text, word.start, word.end, at + offset)) found.push({ key: singularAcronym(word.text), text: word.text, start: word.start, end: word.end });
      });
      acronyms.push(...found.sort((x, y) => x.start - y.start));
      coveredUntil = occurrence.end;
    } else if (!inOccurrence && looksLikeAcronym(token.text) && isAcronymHere(token.text, token.start, token.end, at)) {
      acronyms.push({ key: singularAcronym(token.text), text: token.text, start: token.start, end: token.end });
    }
  });
  return { occurrences, acronyms, definitions: findDefinitions(value, (acronym) => index.acronym(acronym)) };
}
