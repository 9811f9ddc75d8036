import { acronymReadingHere, inQuotation, isUsPostalCode, WELL_KNOWN_ACRONYMS, type AcronymReading } from './acronym-context';
import { acronymKey, findDefinitions, GLUED_VERSION, sameAcronym, glossAfter, looksLikeAcronym, singularAcronym, type AcronymDefinition, type AcronymLookup } from './acronyms';
import type { Term } from './corpus';
import { sourceOffset, type ParseCache, type ParsedDocument, type ProseBlock, type ProseRun } from './parse';
import type { SurfaceKind, TermIndex, TermOccurrence } from './terms';
import { hasNoLowerCase, isNameJoiner, tokenize, type WordToken } from './words';
import { wordListPattern } from './word-list';
import claimSources from './rules/data/claim-sources.json';

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
  /** Where the acronym starts in the run's text (its value). */
  readonly valueStart: number;
  /**
   * A series or body cited by number ("BOD 22-01", "RFC 2119"): it names a document, so on its own it asks for no
   * definition; but where the same acronym is also used as a word, the reader meets it first here.
   */
  readonly designator?: true;
  /**
   * Inside a quotation of three words or more (a cited title, someone else's words), kept as written: the writer's
   * own first use is met elsewhere, and only an acronym used in quotations alone asks for a definition here.
   */
  readonly quoted?: true;
}

/** A definition of an acronym, with source offsets. */
export interface DefinitionSite extends AcronymDefinition {
  readonly key: string;
  readonly run: ProseRun;
  readonly sourceAcronymStart: number;
  readonly sourceAcronymEnd: number;
  readonly sourceExpansionStart: number;
  readonly sourceExpansionEnd: number;
  /** The keys of the acronyms a joined name defines one by one ("CEN-CENELEC" defines CEN and CENELEC too). */
  readonly partKeys: readonly string[] | undefined;
}

/** What the rules read about a document: computed once, shared by every rule. */
export interface DocumentAnalysis {
  readonly document: ParsedDocument;
  readonly index: TermIndex;
  /** Every corpus term in prose, in document order. */
  readonly termUses: readonly TermUse[];
  /** Every acronym in prose (corpus or not), in document order, designators cited by number included (`designator`). */
  readonly acronymUses: readonly AcronymUse[];
  /** Every acronym definition, in document order. */
  readonly definitions: readonly DefinitionSite[];
}

/** What one run of prose holds, with indices into its value; the same value always gives the same facts. */
interface RunFacts {
  readonly occurrences: readonly TermOccurrence[];
  /** The text of each occurrence, sliced once per run text rather than once per placement of the run. */
  readonly occurrenceTexts: readonly string[];
  readonly acronyms: readonly { key: string; text: string; start: number; end: number; term?: Term; designator?: true; quoted?: true }[];
}

/** The uses one run contributes, remembered per run object (see `ParseCache.placed`). */
interface RunUses {
  readonly index: TermIndex;
  readonly capitalsOnly: boolean;
  readonly termUses: readonly TermUse[];
  readonly acronymUses: readonly AcronymUse[];
}

/** The definitions one block contributes, remembered by its first run and checked against all its runs. */
interface BlockDefinitions {
  readonly index: TermIndex;
  readonly runs: readonly ProseRun[];
  readonly definitions: readonly DefinitionSite[];
}

/**
 * Per run and block object, what they contribute to the analysis. The parse cache hands back the same
 * objects for a chunk whose text and offset did not change, and only for it, so these hold for them.
 */
const usesByRun = new WeakMap<ProseRun, RunUses>();
const definitionsByBlock = new WeakMap<ProseRun, BlockDefinitions>();

/**
 * Finds the terms, acronyms and definitions of a parsed document. With a cache (one per open
 * document in the editor), runs whose text did not change since the last call are not analysed again,
 * and runs and blocks the parse placed where they were before are not even converted again.
 */
export function analyzeDocument(document: ParsedDocument, index: TermIndex, cache?: ParseCache): DocumentAnalysis {
  // Each run's and block's list, joined once at the end: pushing every use into one growing array cost more than finding them.
  const termUseLists: (readonly TermUse[])[] = [];
  const acronymUseLists: (readonly AcronymUse[])[] = [];
  const definitionLists: (readonly DefinitionSite[])[] = [];
  const blocks = runsByBlock(document);
  const capitalsOnly = new Set(blocks.filter(isCapitalsOnlyParagraph).flatMap((group) => group.runs));
  // Column labels and the speakers of minutes are written in capitals but are no acronyms to spell out.
  // They depend on other runs, so they filter each run's remembered uses rather than being part of them.
  const speakers = speakerLabels(document, blocks);
  const labels = new Set([...capitalHeaderCells(document, blocks), ...speakers.runs, ...postalCodeCells(document, blocks)]);
  /**
   * The run's remembered acronym uses, less those its context rules out. `block` is the joined text of the
   * run's block and where the run starts in it, given only for a block of several runs.
   */
  const inContext = (run: ProseRun, acronymUses: readonly AcronymUse[], block?: { text: string; base: number }): readonly AcronymUse[] => {
    if (labels.has(run)) return [];
    if (speakers.initials.size === 0 && !block) return acronymUses;
    // A speaker's initials name that person in the prose of the minutes too ("JS confirmed that …").
    const spoken = speakers.initials.size === 0 ? acronymUses : acronymUses.filter((use) => !speakers.initials.has(use.text));
    if (!block) return spoken;
    // A quotation that a link splits into several runs (“[What’s in the QRB - Episode 4](…)”) is read over the whole block.
    return spoken.map((use) => {
      if (use.quoted) return use;
      const start = block.base + use.valueStart;
      return inQuotation(block.text, { text: use.text, start, end: start + use.text.length }) ? { ...use, quoted: true as const } : use;
    });
  };
  // Block by block, so a block's runs are joined only when one of them has acronym uses to read in it.
  for (const { runs: group } of blocks) {
    let joined: string | undefined;
    let base = 0;
    for (const run of group) {
      const inHeading = run.block === 'heading';
      const space = inHeading ? 'run:h' : 'run:p';
      const isCapitalsOnly = capitalsOnly.has(run);
      let uses = cache ? usesByRun.get(run) : undefined;
      if (!uses || uses.index !== index || uses.capitalsOnly !== isCapitalsOnly) {
        const facts = cache ? cache.get(run.value, () => analyzeRun(run.value, inHeading, index), space) : analyzeRun(run.value, inHeading, index);
        const found = isCapitalsOnly ? { termUses: [], acronymUses: [] } : runUses(run, facts);
        uses = { index, capitalsOnly: isCapitalsOnly, termUses: found.termUses, acronymUses: found.acronymUses };
        if (cache) usesByRun.set(run, uses);
      } else if (cache) {
        // Keeps the facts of the run's text in the cache, for when an edit before it moves the run.
        cache.keep(run.value, space);
      }
      if (uses.acronymUses.length > 0) {
        const acronymUses = inContext(run, uses.acronymUses, group.length > 1 ? { text: (joined ??= joinedValue(group)), base } : undefined);
        if (acronymUses.length > 0) acronymUseLists.push(acronymUses);
      }
      if (uses.termUses.length > 0) termUseLists.push(uses.termUses);
      base += run.value.length;
    }
  }
  for (const { runs: group } of blocks) {
    let found = cache ? definitionsByBlock.get(group[0]) : undefined;
    if (!found || found.index !== index || found.runs.length !== group.length || found.runs.some((run, i) => run !== group[i])) {
      found = { index, runs: group, definitions: blockDefinitions(group, index, cache) };
      if (cache) definitionsByBlock.set(group[0], found);
    }
    if (found.definitions.length > 0) definitionLists.push(found.definitions);
  }
  const definitions = joinLists(definitionLists);
  const tableDefinitions = glossaryTableDefinitions(document, blocks, (acronym) => index.acronym(acronym));
  if (tableDefinitions.length > 0) {
    for (const definition of tableDefinitions) definitions.push(definition);
    definitions.sort((a, b) => a.sourceAcronymStart - b.sourceAcronymStart);
  }
  return { document, index, termUses: joinLists(termUseLists), acronymUses: joinLists(acronymUseLists), definitions };
}

/** A block's runs as one text, as the parse read them (no separators: offsets add up run by run). */
function joinedValue(runs: readonly ProseRun[]): string {
  return runs.map((run) => run.value).join('');
}

function joinLists<T>(lists: readonly (readonly T[])[]): T[] {
  // No spreading: a table of 90,000 rows gives as many lists, past the engine's limit on arguments.
  const joined: T[] = [];
  for (const list of lists) for (const item of list) joined.push(item);
  return joined;
}

/** A run's acronyms and terms at source offsets. */
function runUses(run: ProseRun, facts: RunFacts): { termUses: TermUse[]; acronymUses: AcronymUse[] } {
  const acronymUses = facts.acronyms.map((acronym): AcronymUse => ({
    key: acronym.key, text: acronym.text, term: acronym.term, run, start: sourceOffset(run, acronym.start), end: sourceOffset(run, acronym.end), valueStart: acronym.start,
    ...(acronym.designator ? { designator: true as const } : {}),
    ...(acronym.quoted ? { quoted: true as const } : {}),
  }));
  const termUses = facts.occurrences.map((occurrence, i): TermUse => ({
    term: occurrence.term,
    surface: occurrence.surface,
    run,
    start: sourceOffset(run, occurrence.start),
    end: sourceOffset(run, occurrence.end),
    text: facts.occurrenceTexts[i],
    valueStart: occurrence.start,
    valueEnd: occurrence.end,
  }));
  return { termUses, acronymUses };
}

/** The definitions of one block, read across its runs: "[World Trade Organization](…) (WTO)" is split by the link. */
function blockDefinitions(group: readonly ProseRun[], index: TermIndex, cache?: ParseCache): DefinitionSite[] {
  const lookup = (acronym: string) => index.acronym(acronym) ?? entryWrittenAs(acronym, index) ?? inCapitals(acronym, index);
  const joined = joinedValue(group);
  const found = cache ? cache.get(joined, () => findDefinitions(joined, lookup), 'definitions') : findDefinitions(joined, lookup);
  if (found.length === 0) return [];
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
  // Field by field: a spread of the found definition plus these fields made each site a slow
  // dictionary-mode object (about 150 ms a 1 MB memo in the editor, mostly in the garbage collector).
  return found.map((definition): DefinitionSite => ({
    acronym: definition.acronym,
    expansion: definition.expansion,
    acronymStart: definition.acronymStart,
    acronymEnd: definition.acronymEnd,
    expansionStart: definition.expansionStart,
    expansionEnd: definition.expansionEnd,
    term: definition.term,
    contradictsCorpus: definition.contradictsCorpus,
    expectedExpansion: definition.expectedExpansion,
    key: acronymKey(definition.term, definition.acronym),
    run: group[runAt(definition.acronymStart, true)],
    sourceAcronymStart: at(definition.acronymStart),
    sourceAcronymEnd: at(definition.acronymEnd, false),
    sourceExpansionStart: at(definition.expansionStart),
    sourceExpansionEnd: at(definition.expansionEnd, false),
    partKeys: partKeysOf(definition.acronym, index),
  }));
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

/**
 * The entry a use written this way belongs to when it is no acronym entry's own letters: an alias written like an
 * acronym ("LOA" for the term "level of assurance", listed as "LoA"). The uses of such an alias are grouped under
 * that entry (acronymKey), so its definition must be too, or "level of assurance (LOA)" would define letters no use
 * is filed under and the definition's own acronym would be reported as undefined.
 */
function entryWrittenAs(acronym: string, index: TermIndex): Term | undefined {
  const [whole] = index.findOccurrences(acronym);
  if (!whole || whole.start !== 0 || whole.end !== acronym.length) return undefined;
  return whole.surface === 'alias' && isAcronymShapedName(acronym) ? whole.term : undefined;
}

/** "MoU", "MoUs" for the glossary's MOU: its acronym written with small letters, in the singular. */
function inCapitals(written: string, index: TermIndex): Term | undefined {
  return /\p{Ll}/u.test(written) ? index.acronym(singularAcronym(written).toUpperCase()) : undefined;
}

/** A name written like one acronym ("BRI", "O-RAN"): no small letters (but a plural "s") and no spaces. */
function isAcronymShapedName(written: string): boolean {
  return hasNoLowerCase(written.replace(/s$/, '')) && /\p{Lu}/u.test(written) && !/\s/u.test(written);
}

/** A name written as a named instrument's title: it holds a capitalised instrument noun ("Act", "Directive", "Regulation"). */
const INSTRUMENT_TITLE = wordListPattern(claimSources.instrumentNouns.map((noun) => noun.entry), { caseSensitive: true });

/** How many words either side of an acronym joined by "&" are read with it: more than any reading of context looks at. */
const JOINED_NEIGHBOURS = 8;

function analyzeRun(value: string, inHeading: boolean, index: TermIndex): RunFacts {
  const tokens = tokenize(value);
  // Title Case headings are normal; in body text, Title Case words run on into a longer proper name.
  const occurrences = index.findOccurrences(value, tokens, false, inHeading);
  const acronyms: RunFacts['acronyms'][number][] = [];
  const knownAcronym = (word: string) => index.acronym(word) !== undefined;
  const readingHere = (text: string, start: number, end: number, at: number, glossaryAcronym = false) =>
    acronymReadingHere(value, at === -1 ? [{ text, start, end }] : tokens, at === -1 ? 0 : at, glossaryAcronym, knownAcronym);
  /** The acronym as found, marked when it names a designator cited by number ("BOD 22-01") or stands in a quotation. */
  const asRead = <T extends RunFacts['acronyms'][number]>(acronym: T, reading: Exclude<AcronymReading, 'other'>): T =>
    (reading === 'designator' ? { ...acronym, designator: true } : reading === 'quoted' ? { ...acronym, quoted: true } : acronym);
  const isOwnAcronym = (found: TermOccurrence) => found.surface === 'term' && found.term.kind === 'acronym';
  /** An acronym the matcher did not find as a term; the index may still know it ("LF" before "Legal"). */
  const unknownAcronym = (word: WordToken): RunFacts['acronyms'][number] => {
    const term = index.acronym(word.text) ?? index.acronym(singularAcronym(word.text)) ?? inCapitals(word.text, index);
    return { key: acronymKey(term, word.text), text: word.text, start: word.start, end: word.end, term };
  };
  let next = 0;
  let coveredUntil = 0;
  /** Capitals joined by an ampersand ("POA&M", "R&D"), read as one acronym over both their tokens. */
  const readJoined = (joined: WordToken, at: number) => {
    // Read among its neighbours ("Mitsui E&S Co., Ltd" ends a company name), a few words either side, as far as any
    // reading looks: a new array of every token for each joined acronym would make a block of them quadratic.
    const from = Math.max(0, at - JOINED_NEIGHBOURS);
    const around = [...tokens.slice(from, at), joined, ...tokens.slice(at + 2, at + 2 + JOINED_NEIGHBOURS)];
    const reading = acronymReadingHere(value, around, at - from, false, knownAcronym);
    if (reading !== 'other') acronyms.push(asRead(unknownAcronym(joined), reading));
    coveredUntil = joined.end;
  };
  tokens.forEach((token, at) => {
    if (token.start < coveredUntil) return;
    while (next < occurrences.length && occurrences[next].end <= token.start) next++;
    const occurrence = occurrences[next];
    const inOccurrence = occurrence !== undefined && occurrence.start <= token.start && token.end <= occurrence.end;
    const written = occurrence ? value.slice(occurrence.start, occurrence.end) : '';
    // The acronym itself, or an alias written like one (BRI for the Belt and Road Initiative); never a worded alias.
    const isAcronymUse = inOccurrence && (occurrence.surface === 'term' ? occurrence.term.kind === 'acronym' : occurrence.surface === 'alias' && isAcronymShapedName(written));
    // "OT&E" where the glossary knows OT: capitals joined by an ampersand are one acronym, as below.
    const joinedToGlossaryAcronym = isAcronymUse && occurrence.start === token.start && occurrence.end === token.end ? ampersandAcronym(value, token, tokens[at + 1]) : undefined;
    if (joinedToGlossaryAcronym) {
      readJoined(joinedToGlossaryAcronym, at);
    } else if (isAcronymUse) {
      if (occurrence.start !== token.start) return;
      const reading = readingHere(written, occurrence.start, occurrence.end, occurrence.end === token.end ? at : -1, isOwnAcronym(occurrence));
      if (reading === 'other') return;
      const parts = joinedAliasParts(value, tokens, at, index);
      if (parts && parts[parts.length - 1].end === occurrence.end) acronyms.push(...parts.map((part) => asRead(part, reading)));
      else acronyms.push(asRead({ key: acronymKey(occurrence.term, written), text: written, start: occurrence.start, end: occurrence.end, term: occurrence.term }, reading));
    } else if (inOccurrence && occurrence.start === token.start && /\p{Lu}\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(written)) {
      // An acronym inside a longer name ("O-RAN Alliance", "OMB Memorandum M-24-15") is still a use of the acronym.
      // The name's own tokens, from this one on: tokens are in order and do not overlap, so no scan of the whole run.
      let innerEnd = at;
      while (innerEnd < tokens.length && tokens[innerEnd].end <= occurrence.end) innerEnd++;
      const inner = tokens.slice(at, innerEnd);
      const tokenAt = (offset: number) => (offset < 0 ? -1 : at + offset);
      // A law's title is its name: capitals the glossary does not know as an abbreviation ("CHIPS" in "CHIPS and
      // Science Act", "FAST" in "FAST Act") are words of the title, not the writer's acronyms to spell out. Only
      // a name written as an instrument's title is one: "EUDI Wallet", filed under the regulation that creates
      // the wallet, names a thing, and EUDI in it is an acronym the reader must learn.
      const partOfTitle = (term: Term | undefined) => occurrence.term.category === 'legislation' && term?.kind !== 'acronym' && INSTRUMENT_TITLE.test(written);
      // Codes stay codes inside a name too: IEC in "ISO/IEC JTC 1".
      const known = index.findOccurrences(value, inner, true)
        .filter((found) => isAcronymShapedName(value.slice(found.start, found.end)) && !partOfTitle(found.term))
        .map((found) => ({ found, reading: readingHere(value.slice(found.start, found.end), found.start, found.end, tokenAt(inner.findIndex((t) => t.start === found.start && t.end === found.end)), isOwnAcronym(found)) }))
        .filter((read): read is { found: TermOccurrence; reading: Exclude<AcronymReading, 'other'> } => read.reading !== 'other');
      const found: RunFacts['acronyms'][number][] = known.map(({ found: acronym, reading }) => asRead({ key: acronymKey(acronym.term, value.slice(acronym.start, acronym.end)), text: value.slice(acronym.start, acronym.end), start: acronym.start, end: acronym.end, term: acronym.term }, reading));
      let joinedUntil = 0;
      inner.forEach((word, offset) => {
        if (word.start < joinedUntil) return;
        // "CEN-CENELEC" in "CEN-CENELEC JTC 13": the joined bodies, each its own acronym (the hyphen makes each part
        // read as a code), unless a name the glossary knows as an acronym covers them.
        const parts = joinedAliasParts(value, tokens, at + offset, index, innerEnd - 1);
        const partsEnd = parts ? parts[parts.length - 1].end : -1;
        if (parts && !known.some(({ found: name }) => name.start < partsEnd && word.start < name.end)) {
          joinedUntil = partsEnd;
          const reading = readingHere(value.slice(word.start, partsEnd), word.start, partsEnd, -1);
          if (reading !== 'other') found.push(...parts.map((part) => asRead(part, reading)));
          return;
        }
        if (known.some(({ found: name }) => name.start <= word.start && word.end <= name.end) || !looksLikeAcronym(word.text)) return;
        const acronym = unknownAcronym(word);
        // The acronym that names the entry itself ("CHIPS" in "CHIPS Act") is that name, not a separate use.
        if (partOfTitle(acronym.term) || (acronym.term === occurrence.term && isWordOf(word.text, occurrence.term.term))) return;
        const reading = readingHere(word.text, word.start, word.end, at + offset);
        if (reading !== 'other') found.push(asRead(acronym, reading));
      });
      acronyms.push(...found.sort((x, y) => x.start - y.start));
      coveredUntil = occurrence.end;
    } else if (!inOccurrence && (looksLikeAcronym(token.text) || /^\p{Lu}$/u.test(token.text))) {
      // "POA&M", "R&D": capitals joined by an ampersand are one acronym, defined and used as a whole (a lone capital only so).
      const joined = ampersandAcronym(value, token, tokens[at + 1]);
      if (joined) {
        readJoined(joined, at);
        return;
      }
      if (token.text.length === 1) return;
      const reading = readingHere(token.text, token.start, token.end, at);
      if (reading !== 'other') acronyms.push(asRead(unknownAcronym(token), reading));
    } else if (!inOccurrence && GLUED_VERSION.test(token.text)) {
      // "SSLv2", "SNMPv3": the acronym with its version glued on is a use of the acronym.
      const text = GLUED_VERSION.exec(token.text)?.[1] ?? token.text;
      const acronym = { text, start: token.start, end: token.start + text.length };
      const reading = readingHere(acronym.text, acronym.start, acronym.end, -1);
      if (reading !== 'other') acronyms.push(asRead(unknownAcronym(acronym), reading));
    }
  });
  return { occurrences, occurrenceTexts: occurrences.map((occurrence) => value.slice(occurrence.start, occurrence.end)), acronyms };
}

/**
 * "CEN/CENELEC", "CEN-CENELEC", "CEN CENELEC": a glossary name that joins acronyms it knows one by one, with a slash,
 * hyphen or dash (or a space, for a joint body the glossary names with a hyphen or slash), names several bodies, each
 * an acronym the reader must learn (and the writer define) on its own. An entry's own joined acronym stays one
 * ("ML-DSA", "CERT-EU"), and so does a name with a part that is no acronym ("O-RAN"). Reads at most the words up to `last` (a token index), and at most MAX_JOINED_PARTS of them,
 * so a long chain of joined words costs the same at each word.
 */
function joinedAliasParts(value: string, tokens: readonly WordToken[], first: number, index: TermIndex, last = tokens.length - 1): RunFacts['acronyms'][number][] | undefined {
  const parts: RunFacts['acronyms'][number][] = [];
  for (let at = first; at <= last && parts.length < MAX_JOINED_PARTS; at++) {
    const token = tokens[at];
    const gap = at > first ? value.slice(tokens[at - 1].end, token.start) : '';
    if (at > first && !isNameJoiner(gap) && gap !== ' ') break;
    const term = isAcronymShapedName(token.text) ? index.acronym(token.text) ?? entryWrittenAs(token.text, index) : undefined;
    if (!term) break;
    parts.push({ key: acronymKey(term, token.text), text: token.text, start: token.start, end: token.end, term });
  }
  // The longest run of them that the glossary knows as another name of one entry ("CEN/CENELEC" in "CEN/CENELEC-based").
  for (let count = parts.length; count >= 2; count--) {
    const joined = value.slice(parts[0].start, parts[count - 1].end);
    const entry = index.acronym(joined) ?? entryWrittenAs(joined, index) ?? spacedAliasOf(joined, index);
    if (entry && !sameAcronym(joined, entry.term)) return parts.slice(0, count);
  }
  return undefined;
}

/** The joint body whose alias is the whole of a name written with spaces ("CEN CENELEC" for CEN-CENELEC). */
function spacedAliasOf(name: string, index: TermIndex): Term | undefined {
  if (!name.includes(' ')) return undefined;
  const [whole] = index.findOccurrences(name);
  if (!whole || whole.start !== 0 || whole.end !== name.length || whole.surface !== 'alias') return undefined;
  // Only a name the glossary writes joined ("CEN-CENELEC"): "NATO DIANA" or "KORUS FTA" name one thing, and stay one use.
  const joint = [whole.term.term, ...(whole.term.aliases ?? [])].some((written) => /[-/]/u.test(written) && written.replace(/[-/]/gu, ' ') === name);
  return joint ? whole.term : undefined;
}

/** The acronyms a definition of a joined name defines one by one ("(CEN-CENELEC)"): only when the parts make up the whole name. */
function partKeysOf(acronym: string, index: TermIndex): string[] | undefined {
  const parts = joinedAliasParts(acronym, tokenize(acronym), 0, index);
  return parts && parts[parts.length - 1].end === acronym.length ? parts.map((part) => part.key) : undefined;
}

/**
 * The acronyms a definition defines, each with the expansion the writer gave it: its own, and each part of a
 * joined name ("CEN-CENELEC" defines CEN and CENELEC), which has none of its own (the writer's words spell
 * out the joined name, not the part).
 */
export function definedKeys(definition: DefinitionSite): { key: string; expansion: string | undefined }[] {
  const own = { key: definition.key, expansion: definition.expansion || undefined };
  return definition.partKeys ? [own, ...definition.partKeys.map((key) => ({ key, expansion: undefined }))] : [own];
}

/** More than any joined name in the glossary has. */
const MAX_JOINED_PARTS = 4;

/** An acronym, an ampersand and more capitals, with no space ("POA&M", "POA&Ms"): one acronym, as its definition writes it. */
function ampersandAcronym(value: string, token: WordToken, next: WordToken | undefined): WordToken | undefined {
  if (next === undefined || value[token.end] !== '&' || next.start !== token.end + 1 || !/^[\p{Lu}\p{N}]+s?$/u.test(next.text)) return undefined;
  return { text: value.slice(token.start, next.end), start: token.start, end: next.end };
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
      term, contradictsCorpus: false, key: acronymKey(term, acronym), run,
      sourceAcronymStart: sourceOffset(run, offset), sourceAcronymEnd: sourceOffset(run, offset + acronym.length),
      sourceExpansionStart: sourceOffset(gloss, lead), sourceExpansionEnd: sourceOffset(gloss, lead + expansion.length), partKeys: undefined,
    });
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

/** How many cells of one column must be postal codes for the column to be read as one of places. */
const POSTAL_TABLE_CELLS = 3;
/** Of a column's cells of two capitals, the share that must be postal codes: a column of NIST control families (AC, CA, IA, SC) is not one of places. */
const POSTAL_SHARE = 0.8;

/**
 * "| AK | 10.1 | IA | 13.9 |": cells that hold only a U.S. state's or territory's postal code, in a table column where
 * at least POSTAL_TABLE_CELLS cells do and nearly every other cell of two capitals does (a total row's "US", a
 * well-known acronym, is not counted against it), name places. One such cell alone ("| IN |") may be anything. A
 * table ends at a block that is no cell, or at a blank line (in a block quote too) between two cells; a row at a
 * line break.
 */
function postalCodeCells(document: ParsedDocument, blocks: readonly { block?: ProseBlock; runs: ProseRun[] }[]): ProseRun[] {
  const found: ProseRun[] = [];
  const columns = new Map<number, { postal: ProseRun[]; twoCapitals: number }>();
  let column = 0;
  let previousEnd = -1;
  const endTable = () => {
    for (const { postal, twoCapitals } of columns.values()) {
      if (postal.length >= POSTAL_TABLE_CELLS && postal.length >= POSTAL_SHARE * twoCapitals) for (const cell of postal) found.push(cell);
    }
    columns.clear();
  };
  for (const { block, runs } of blocks) {
    if (block?.kind !== 'tableCell') {
      endTable();
      previousEnd = -1;
      continue;
    }
    const gap = previousEnd >= 0 ? document.text.slice(previousEnd, block.start) : '\n';
    if (previousEnd >= 0 && /\n[ \t>]*\r?\n/u.test(gap)) endTable();
    column = gap.includes('\n') ? 0 : column + 1;
    previousEnd = block.end;
    const cell = runs.length === 1 ? runs[0].value.trim() : '';
    if (!/^\p{Lu}{2}$/u.test(cell) || WELL_KNOWN_ACRONYMS.includes(cell)) continue;
    let counts = columns.get(column);
    if (!counts) columns.set(column, (counts = { postal: [], twoCapitals: 0 }));
    counts.twoCapitals++;
    if (isUsPostalCode(cell)) counts.postal.push(runs[0]);
  }
  endTable();
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
