import { inQuotation, isNotAnAcronymHere } from './acronym-context';
import { findDefinitions, glossAfter, looksLikeAcronym, singularAcronym, type AcronymDefinition, type AcronymLookup } from './acronyms';
import type { Term } from './corpus';
import { sourceOffset, type ParseCache, type ParsedDocument, type ProseBlock, type ProseRun } from './parse';
import type { SurfaceKind, TermIndex, TermOccurrence } from './terms';
import { hasNoLowerCase, tokenize, type WordToken } from './words';

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
}

/**
 * Finds the terms, acronyms and definitions of a parsed document. With a cache (one per open
 * document in the editor), runs whose text did not change since the last call are not analysed again.
 */
export function analyzeDocument(document: ParsedDocument, index: TermIndex, cache?: ParseCache): DocumentAnalysis {
  const termUses: TermUse[] = [];
  const acronymUses: AcronymUse[] = [];
  const definitions: DefinitionSite[] = [];
  const blocks = runsByBlock(document);
  const capitalsOnly = new Set(blocks.filter(isCapitalsOnlyParagraph).flatMap((group) => group.runs));
  // Column labels and the speakers of minutes are written in capitals but are no acronyms to spell out.
  const speakers = speakerLabels(document, blocks);
  const labels = new Set([...capitalHeaderCells(document, blocks), ...speakers.runs]);
  const blockOf = blockTexts(blocks);
  for (const run of document.runs) {
    const inHeading = run.block === 'heading';
    const facts = cache ? cache.get(`run:${inHeading ? 'h' : 'p'}:${run.value}`, () => analyzeRun(run.value, inHeading, index)) : analyzeRun(run.value, inHeading, index);
    // A paragraph all in capitals ("**4. SECURE**") is a heading written in bold: its words are not acronym uses.
    if (capitalsOnly.has(run)) continue;
    const block = blockOf.get(run);
    for (const acronym of labels.has(run) ? [] : facts.acronyms) {
      // A speaker's initials name that person in the prose of the minutes too ("JS confirmed that …").
      if (speakers.initials.has(acronym.text)) continue;
      // A quotation that a link splits into several runs (“[What’s in the QRB - Episode 4](…)”) is read over the whole block.
      if (block && block.text.length > run.value.length && inQuotation(block.text, { text: acronym.text, start: block.base + acronym.start, end: block.base + acronym.end })) continue;
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
  }
  // Definitions are read per block, across its runs: "[World Trade Organization](…) (WTO)" is split by the link.
  const lookup = (acronym: string) => index.acronym(acronym);
  for (const { runs: group } of blocks) {
    const joined = group.map((run) => run.value).join('');
    const found = cache ? cache.get(`definitions:${joined}`, () => findDefinitions(joined, lookup)) : findDefinitions(joined, lookup);
    const bases: number[] = [];
    group.reduce((base, run) => (bases.push(base), base + run.value.length), 0);
    /** The run holding a position of the joined text (at a boundary, the run that ends there). */
    const runAt = (position: number, isStart: boolean): number => {
      // The last run whose base is before the position (or at it, for a start): a binary search, as a paragraph may hold thousands of links.
      let low = 0;
      let high = group.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (isStart ? bases[middle] <= position : bases[middle] < position) low = middle;
        else high = middle - 1;
      }
      return low;
    };
    const at = (position: number, isStart = true): number => sourceOffset(group[runAt(position, isStart)], position - bases[runAt(position, isStart)]);
    for (const definition of found) {
      definitions.push({
        ...definition,
        key: definition.term?.id ?? singularAcronym(definition.acronym),
        run: group[runAt(definition.acronymStart, true)],
        sourceAcronymStart: at(definition.acronymStart),
        sourceAcronymEnd: at(definition.acronymEnd, false),
        sourceExpansionStart: at(definition.expansionStart),
        sourceExpansionEnd: at(definition.expansionEnd, false),
      });
    }
  }
  definitions.push(...glossaryTableDefinitions(document, blocks, lookup));
  definitions.sort((a, b) => a.sourceAcronymStart - b.sourceAcronymStart);
  return { document, index, termUses, acronymUses, definitions };
}

/**
 * "| QRB | Quarterly Review Board |": in a table row, a cell holding only an acronym and the next cell
 * spelling it out define the acronym, as a list of abbreviations does. (Cells are blocks of their own, so
 * the definitions read per block never see the two together.)
 */
function glossaryTableDefinitions(document: ParsedDocument, blocks: readonly { block?: ProseBlock; runs: ProseRun[] }[], lookup: AcronymLookup): DefinitionSite[] {
  const found: DefinitionSite[] = [];
  for (let b = 0; b + 1 < blocks.length; b++) {
    const [cell, next] = [blocks[b], blocks[b + 1]];
    if (cell.block?.kind !== 'tableCell' || next.block?.kind !== 'tableCell' || cell.runs.length !== 1) continue;
    if (document.text.slice(cell.block.end, next.block.start).includes('\n')) continue;
    const run = cell.runs[0];
    const acronym = run.value.trim();
    if (!looksLikeAcronym(acronym) || /\s/u.test(acronym)) continue;
    // The gloss is read in the first run of the next cell: "Zinc Mining Bureau", or the words before a link in it.
    const gloss = next.runs[0];
    const lead = gloss.value.length - gloss.value.trimStart().length;
    const expansion = glossAfter(gloss.value, lead, acronym);
    if (!expansion) continue;
    const term = lookup(acronym) ?? lookup(singularAcronym(acronym));
    const offset = run.value.indexOf(acronym);
    found.push({
      acronym, expansion: expansion.text, acronymStart: offset, acronymEnd: offset + acronym.length, expansionStart: lead, expansionEnd: lead + expansion.length,
      term, contradictsCorpus: false, key: term?.id ?? singularAcronym(acronym), run,
      sourceAcronymStart: sourceOffset(run, offset), sourceAcronymEnd: sourceOffset(run, offset + acronym.length),
      sourceExpansionStart: sourceOffset(gloss, lead), sourceExpansionEnd: sourceOffset(gloss, lead + expansion.length),
    });
  }
  return found;
}

/** Each run's block, as the block's runs joined and where the run starts in them. */
function blockTexts(blocks: readonly { runs: readonly ProseRun[] }[]): Map<ProseRun, { text: string; base: number }> {
  const found = new Map<ProseRun, { text: string; base: number }>();
  for (const { runs } of blocks) {
    if (runs.length < 2) continue;
    const text = runs.map((run) => run.value).join('');
    let base = 0;
    for (const run of runs) {
      found.set(run, { text, base });
      base += run.value.length;
    }
  }
  return found;
}

/** The cells of a table's header row when none of them has a small letter: "| COUNTRY | RATE |" labels columns. */
function capitalHeaderCells(document: ParsedDocument, blocks: readonly { block?: ProseBlock; runs: ProseRun[] }[]): ProseRun[] {
  const found: ProseRun[] = [];
  const text = document.text;
  for (let b = 0; b < blocks.length; b++) {
    const first = blocks[b].block;
    if (first?.kind !== 'tableCell') continue;
    const lineEnd = text.indexOf('\n', first.start);
    const nextLine = lineEnd < 0 ? '' : text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) < 0 ? undefined : text.indexOf('\n', lineEnd + 1));
    const row: ProseRun[] = [];
    let c = b;
    while (c < blocks.length && blocks[c].block?.kind === 'tableCell' && (lineEnd < 0 || (blocks[c].block?.start ?? 0) < lineEnd)) row.push(...blocks[c++].runs);
    // Only a header row: the line after it is the delimiter row ("| --- | :---: |").
    if (/^[\s|:-]*-[\s|:-]*$/u.test(nextLine) && row.every((run) => !/\p{Ll}/u.test(run.value))) found.push(...row);
    b = c - 1;
  }
  return found;
}

/** Initials in bold opening a line, after "Q:" or "A:" if any: "**JQ** noted …", "**Q: JQ** asked …". */
const SPEAKER = /^(?:[QA] ?: ?)?\p{Lu}{2,3}:?$/u;

/**
 * The speakers of minutes: when three or more lines of paragraphs open with bold initials, of at least two
 * people, the initials name who spoke, as an attendee list does, and are not acronyms to spell out, there
 * or anywhere else in the minutes.
 */
function speakerLabels(document: ParsedDocument, blocks: readonly { block?: ProseBlock; runs: ProseRun[] }[]): { runs: ProseRun[]; initials: ReadonlySet<string> } {
  const found: ProseRun[] = [];
  const text = document.text;
  for (const { block, runs } of blocks) {
    if (block?.kind !== 'paragraph' || runs.length < 2) continue;
    for (const run of runs.slice(0, -1)) {
      if (!SPEAKER.test(run.value.trim())) continue;
      const marker = text.slice(run.start - 2, run.start);
      const lineStart = run.start - 2 === block.start || text[run.start - 3] === '\n';
      if ((marker === '**' || marker === '__') && lineStart && text.slice(run.end, run.end + 2) === marker) found.push(run);
    }
  }
  const people = new Set(found.map((run) => run.value.replace(/^[QA] ?: ?/u, '').replace(/:$/, '').trim()));
  return found.length >= 3 && people.size >= 2 ? { runs: found, initials: people } : { runs: [], initials: new Set() };
}

/** A paragraph of its own (not a list item) without a small letter in any of its runs: "**4. SECURE**". */
function isCapitalsOnlyParagraph(group: { block?: ProseBlock; runs: readonly ProseRun[] }): boolean {
  return group.block?.kind === 'paragraph' && group.block.listItemStart === undefined && group.runs.every((run) => !/\p{Ll}/u.test(run.value));
}

/** The runs of each block, in order; a run belongs to the block whose range holds its start. */
function runsByBlock(document: ParsedDocument): { block?: ProseBlock; runs: ProseRun[] }[] {
  const groups: { block?: ProseBlock; runs: ProseRun[] }[] = [];
  let b = 0;
  for (const run of document.runs) {
    while (b < document.blocks.length - 1 && document.blocks[b].end <= run.start) b++;
    const block = document.blocks[b];
    const last = groups[groups.length - 1];
    if (last && last.block === block) last.runs.push(run);
    else groups.push({ block, runs: [run] });
  }
  return groups;
}

/** Whether a word is one of the words of a name. */
function isWordOf(word: string, name: string): boolean {
  return tokenize(name).some((part) => part.text === word);
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
  /** An acronym the matcher did not find as a term; the index may still know it ("LF" before "Legal"). */
  const unknownAcronym = (word: WordToken): RunFacts['acronyms'][number] => {
    const term = index.acronym(word.text) ?? index.acronym(singularAcronym(word.text));
    return { key: term?.id ?? singularAcronym(word.text), text: word.text, start: word.start, end: word.end, term };
  };
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
      if (occurrence.start === token.start && isAcronymHere(written, occurrence.start, occurrence.end, occurrence.end === token.end ? at : -1)) {
        acronyms.push({ key: occurrence.term.id, text: written, start: occurrence.start, end: occurrence.end, term: occurrence.term });
      }
    } else if (inOccurrence && occurrence.start === token.start && /\p{Lu}\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(written)) {
      // An acronym inside a longer name ("O-RAN Alliance", "OMB Memorandum M-24-15") is still a use of the acronym.
      // The name's own tokens, from this one on: tokens are in order and do not overlap, so no scan of the whole run.
      let innerEnd = at;
      while (innerEnd < tokens.length && tokens[innerEnd].end <= occurrence.end) innerEnd++;
      const inner = tokens.slice(at, innerEnd);
      const tokenAt = (offset: number) => (offset < 0 ? -1 : at + offset);
      // Codes stay codes inside a name too: IEC in "ISO/IEC JTC 1".
      const known = index.findOccurrences(value, inner, true).filter((found) => isAcronymShapedName(value.slice(found.start, found.end))
        && isAcronymHere(value.slice(found.start, found.end), found.start, found.end, tokenAt(inner.findIndex((t) => t.start === found.start && t.end === found.end))));
      const found: RunFacts['acronyms'][number][] = known.map((acronym) => ({ key: acronym.term.id, text: value.slice(acronym.start, acronym.end), start: acronym.start, end: acronym.end, term: acronym.term }));
      inner.forEach((word, offset) => {
        if (known.some((name) => name.start <= word.start && word.end <= name.end) || !looksLikeAcronym(word.text)) return;
        const acronym = unknownAcronym(word);
        // The acronym that names the entry itself ("CHIPS" in "CHIPS Act") is that name, not a separate use.
        if (!(acronym.term === occurrence.term && isWordOf(word.text, occurrence.term.term)) && isAcronymHere(word.text, word.start, word.end, at + offset)) found.push(acronym);
      });
      acronyms.push(...found.sort((x, y) => x.start - y.start));
      coveredUntil = occurrence.end;
    } else if (!inOccurrence && looksLikeAcronym(token.text) && isAcronymHere(token.text, token.start, token.end, at)) {
      acronyms.push(unknownAcronym(token));
    }
  });
  return { occurrences, acronyms };
}
