import type { DocumentAnalysis } from './analyze';
import { sourceOffset, type ParsedDocument, type ProseBlock, type ProseRun } from './parse';
import { memoizeByText } from './memo';
import { splitSentences, type Sentence } from './sentences';

/** The prose of one block as a single string (its runs joined), with a way back to source offsets. */
export interface BlockText {
  readonly block: ProseBlock;
  readonly value: string;
  readonly sentences: readonly Sentence[];
  /** The source offset of a value index. */
  sourceAt(index: number): number;
  /** The value between two indices as the reader wrote it: bare URLs and e-mail addresses, masked in `value`, restored. */
  readable(start: number, end: number): string;
}

/** A heading and the blocks up to the next heading; the first section of a memo may have no heading. */
export interface Section {
  readonly heading?: BlockText;
  /** The heading's text, "" for the part before the first heading. */
  readonly title: string;
  readonly depth: number;
  /** The paragraphs and table cells of the section (not those of deeper sections). */
  readonly blocks: readonly BlockText[];
}

/** What the prose-reading rules share: computed once per parsed document. */
export interface DocumentProse {
  readonly blocks: readonly BlockText[];
  readonly sections: readonly Section[];
  /** The document's title: its one level-1 heading, when it has exactly one (a memo's sections sit below it). */
  readonly title?: Section;
}

const cache = new WeakMap<ParsedDocument, DocumentProse>();

/** The blocks, sentences and sections of an analysed document, computed on first use and shared by every rule. */
export function proseOf(analysis: DocumentAnalysis): DocumentProse {
  const document = analysis.document;
  let prose = cache.get(document);
  if (!prose) {
    const blocks = blockTexts(document);
    const sections = sectionsOf(blocks);
    const topLevel = sections.filter((section) => section.heading && section.depth === 1);
    prose = { blocks, sections, title: topLevel.length === 1 ? topLevel[0] : undefined };
    cache.set(document, prose);
  }
  return prose;
}

/** A block's text as last built, with the runs it was built from and the document text it reads the source in. */
interface BuiltBlock {
  readonly runs: readonly ProseRun[];
  readonly text: BlockText;
  readonly source: { text: string };
}

/**
 * Block texts by block object. The editor's parse hands back the same block and run objects for a
 * chunk whose text and offset did not change (`ParseCache.placed`), so the source under them is the
 * same too, except where the parse read Markdown syntax as text (`readAsText`): there the text it
 * parsed differs from the source, and the block is built again.
 */
const builtBlocks = new WeakMap<ProseBlock, BuiltBlock>();

function blockTexts(document: ParsedDocument): BlockText[] {
  const texts: BlockText[] = [];
  let r = 0;
  let a = 0;
  const runs = document.runs;
  const readAsText = document.readAsText;
  for (const block of document.blocks) {
    while (r < runs.length && runs[r].start < block.start) r++;
    const inBlock: ProseRun[] = [];
    while (r < runs.length && runs[r].start < block.end) inBlock.push(runs[r++]);
    while (a < readAsText.length && readAsText[a].end <= block.start) a++;
    const rewritten = a < readAsText.length && readAsText[a].start < block.end;
    const built = builtBlocks.get(block);
    if (built && !rewritten && built.runs.length === inBlock.length && built.runs.every((run, i) => run === inBlock[i])) {
      // The same text under the block: read it in the newest version, so older versions' text is not kept alive.
      built.source.text = document.text;
      texts.push(built.text);
      continue;
    }
    const source = { text: document.text };
    const text = joinRuns(block, inBlock, source);
    builtBlocks.set(block, { runs: inBlock, text, source });
    texts.push(text);
  }
  return texts;
}

/** Joins a block's runs; where white space separated two runs in the source (a line break, a link title), one space stands for it. */
function joinRuns(block: ProseBlock, runs: readonly ProseRun[], source: { readonly text: string }): BlockText {
  const parts: string[] = [];
  const segments: { at: number; run?: ProseRun; offset: number }[] = [];
  let length = 0;
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    if (previous && /\s/.test(source.text.slice(previous.end, run.start))) {
      segments.push({ at: length, offset: previous.end });
      parts.push(' ');
      length++;
    }
    segments.push({ at: length, run, offset: run.start });
    parts.push(run.value);
    length += run.value.length;
  });
  const value = parts.join('');
  const sourceAt = (index: number): number => {
    if (segments.length === 0) return block.start;
    const segment = segments[lastAtOrBefore(segments, index, (entry) => entry.at)];
    if (!segment.run) return segment.offset;
    return sourceOffset(segment.run, Math.min(index - segment.at, segment.run.value.length));
  };
  const readable = (start: number, end: number): string =>
    value.slice(start, end).replace(MASKED, (mask, at: number) => source.text.slice(sourceAt(start + at), sourceAt(start + at + mask.length - 1) + 1));
  return { block, value, sentences: sentencesOf(value), sourceAt, readable };
}

/** What parse.ts puts in place of bare URLs and e-mail addresses (same length, so offsets hold). */
const MASKED = /\u2060+/g;

/** A block's sentences, remembered by text: the editor lints after each edit, and most blocks' text did not change. */
export const sentencesOf = memoizeByText(splitSentences);

function sectionsOf(blocks: readonly BlockText[]): Section[] {
  const sections: { heading?: BlockText; title: string; depth: number; blocks: BlockText[] }[] = [{ title: '', depth: 0, blocks: [] }];
  for (const text of blocks) {
    if (text.block.kind === 'heading') sections.push({ heading: text, title: text.value.trim(), depth: text.block.headingDepth, blocks: [] });
    else sections[sections.length - 1].blocks.push(text);
  }
  return sections.filter((section, index) => index > 0 || section.blocks.length > 0);
}

/** A sentence of a block, with its source range. */
export interface SentenceInSource {
  readonly text: BlockText;
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

const sourceSentences = new WeakMap<BlockText, SentenceInSource[]>();

/**
 * The sentence that holds a source offset (a term use, an acronym), or undefined outside prose blocks.
 * Blocks and each block's sentence ranges are found by binary search; the ranges are computed once per block.
 */
export function sentenceAt(prose: DocumentProse, offset: number): SentenceInSource | undefined {
  const text = prose.blocks[lastAtOrBefore(prose.blocks, offset, (entry) => entry.block.start)];
  if (!text || offset < text.block.start || offset >= text.block.end) return undefined;
  let ranges = sourceSentences.get(text);
  if (!ranges) {
    ranges = text.sentences.map((sentence) => ({ text, sentence, ...sourceRange(text, sentence.start, sentence.end) }));
    sourceSentences.set(text, ranges);
  }
  // The last sentence starting at or before the offset; an offset in the space between two belongs to the first.
  return ranges[lastAtOrBefore(ranges, offset, (entry) => entry.start)];
}

/** The index of the last entry whose key is at most `value` (0 when none is), in entries sorted by key. */
function lastAtOrBefore<T>(sorted: readonly T[], value: number, key: (entry: T) => number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (key(sorted[mid]) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A run of text inside a block, as source offsets: what a rule reports. */
export function sourceRange(text: BlockText, start: number, end: number): { start: number; end: number } {
  // An end at a run boundary belongs to the run it closes.
  return { start: text.sourceAt(start), end: end > start ? text.sourceAt(end - 1) + 1 : text.sourceAt(start) };
}
