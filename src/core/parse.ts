import type { Root, Nodes, Text, Html, Link } from 'mdast';
import { markAdmonitionBodies } from './admonitions';
import { neutralizeUnclosedCommentOpeners } from './comment-openers';
import { blankKramdownAttributes } from './kramdown-attributes';
import { neutralizeTemplateTags } from './template-tags';
import { chunkStarts } from './chunks';
import { decodeCharacterReferences, htmlTextBlocks } from './html-text';
import { blankOut, findFrontMatter } from './front-matter';
import { parseMdast } from './gfm';
import { capInlineDelimiters } from './delimiter-cap';
import { capContainerNesting } from './nesting';
import { LineIndex } from './positions';
import { NEUTRAL } from './text-masks';

/** The kind of block a prose run sits in; rules treat headings differently from body text. */
export type BlockKind = 'heading' | 'paragraph' | 'tableCell';

/** A stretch of prose: the text of one mdast text node, with a way back to exact source offsets. */
export interface ProseRun {
  /** The text as Markdown means it: escapes and character references resolved, container markers removed. */
  readonly value: string;
  /** Source offset of value[0]. */
  readonly start: number;
  /** Source offset just after the last character. */
  readonly end: number;
  /** Offset from `start` of each value index (length value.length + 1); absent when the value is the source slice itself. */
  readonly offsets?: Int32Array;
  readonly block: BlockKind;
  /** Depth of the heading the run is in (1-6), 0 outside headings. */
  readonly headingDepth: number;
}

/** A paragraph, heading or table cell: the unit sentences and citations belong to. Blocks never nest. */
export interface ProseBlock {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  /** Depth of a heading (1-6), 0 for other blocks. */
  readonly headingDepth: number;
  /** Source offset of the innermost list item the block is in; absent outside lists. */
  readonly listItemStart?: number;
  /** Footnote references and links (not bare URLs) in the block: what counts as citing a source. */
  readonly citations: number;
}

/** An HTML comment anywhere in the document, block or inline. */
export interface HtmlComment {
  readonly body: string;
  readonly start: number;
  readonly end: number;
}

/** A Markdown document reduced to what the rules read. */
export interface ParsedDocument {
  readonly text: string;
  readonly lines: LineIndex;
  readonly runs: readonly ProseRun[];
  /** Paragraphs, headings and table cells in document order; every run lies inside one. */
  readonly blocks: readonly ProseBlock[];
  readonly comments: readonly HtmlComment[];
  readonly frontMatter?: { readonly value: string; readonly start: number; readonly end: number };
  /** Source ranges that are never prose (code, HTML, front matter), in document order. */
  readonly nonProse: readonly { readonly start: number; readonly end: number }[];
  /**
   * Markdown syntax read as plain text so that parsing stays linear, in document order: container
   * markers past the cap on one line (`nesting.ts`), emphasis delimiters and link brackets past their
   * caps in one block (`delimiter-cap.ts`).
   */
  readonly readAsText: readonly { readonly start: number; readonly end: number; readonly construct: 'container' | 'emphasis' | 'label' }[];
}

/** Bare URLs in text, which GFM would have made links. */
const BARE_URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<]*[^\s<?!.,:;*_~)'"\]]/gi;
/** The domain of an e-mail address, read from just after its "@". */
const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+/y;

/** Parses Markdown and collects the prose runs (never code, URLs, HTML or front matter) with exact source offsets. */
export function parseMarkdown(text: string, options: { chunkTarget?: number; chunkLines?: number; cache?: ParseCache } = {}): ParsedDocument {
  // Without a cache (the CLI), nothing is remembered, so no chunk text is hashed as a key.
  const cache = options.cache;
  const remember = <T>(key: string, make: () => T, space: string): T => (cache ? cache.get(key, make, space) : make());
  // micromark drops a leading byte order mark; the body is parsed without it and offsets moved by one.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Front matter of every flavour is found once here and blanked out, so no parser ever reads it as prose.
  const unmasked = bom ? text.slice(1) : text;
  const front = findFrontMatter(unmasked);
  // MkDocs admonition bodies are prose, not indented code; kramdown attribute lines and site generators' template
  // tags are markup, not text;
  // constructs whose parse time grows with their square are read as text past a cap. All keep the text's
  // length, so offsets hold.
  const marked = neutralizeTemplateTags(blankKramdownAttributes(markAdmonitionBodies(front ? blankOut(unmasked, front.start, front.end) : unmasked)));
  const nesting = capContainerNesting(neutralizeUnclosedCommentOpeners(marked));
  const inline = capInlineDelimiters(nesting.text);
  const body = inline.text;
  const readAsText = [
    ...nesting.neutralized.map((range) => ({ start: range.start + bom, end: range.end + bom, construct: 'container' as const })),
    ...inline.emphasis.map((range) => ({ start: range.start + bom, end: range.end + bom, construct: 'emphasis' as const })),
    ...inline.labels.map((range) => ({ start: range.start + bom, end: range.end + bom, construct: 'label' as const })),
  ].sort((a, b) => a.start - b.start);
  const starts = chunkStarts(body, options.chunkTarget, options.chunkLines);
  const chunks = starts.map((start, index) => {
    const source = body.slice(start, starts[index + 1] ?? body.length);
    return { start, source, ...remember(source, () => parseChunk(source), 'chunk') };
  });
  const document: Collected = { runs: [], blocks: [], comments: [], nonProse: [] };
  const definitions = new DefinitionIndex();
  for (const chunk of chunks) for (const definition of chunk.definitions) definitions.add(chunk, definition);
  for (const chunk of chunks) {
    // A reference resolves only if its definition is parsed with it: when a chunk names a label
    // defined in another chunk, parse it again with those definitions appended after its end.
    const needed = definitions.isEmpty ? [] : definitions.mentionedIn(chunk.searchable(), chunk, chunk.definitions);
    const suffix = needed.length === 0 ? '' : `\n\n${needed.join('\n\n')}\n`;
    const prose = suffix === '' ? chunk.prose : remember(chunk.source + suffix, () => collectProse(parseMdast(chunk.source + suffix), chunk.source), 'linked');
    const base = bom + chunk.start;
    // A chunk the last parse placed at the same offset gets the same run and block objects back, so
    // what the analysis remembers per run and block (keyed by those objects) holds for them too.
    appendAll(document, cache ? cache.placed(prose, base, () => shifted(prose, base)) : shifted(prose, base));
  }
  cache?.prune();
  if (front) {
    document.frontMatter = { value: front.value, start: bom + front.start, end: bom + front.end };
    document.nonProse.unshift({ start: bom + front.start, end: bom + front.end });
  }
  const { runs, blocks, comments, nonProse, frontMatter } = document;
  return { text, lines: new LineIndex(text), runs, blocks, comments, frontMatter, nonProse, readAsText };
}

/**
 * Remembers how chunks parsed, keyed by their text, so an editor that parses a document again after
 * each keystroke re-parses only the chunk that changed. Entries unused by the latest parse are dropped.
 */
export class ParseCache {
  private entries = new Map<string, Map<string, unknown>>();
  private used = new Map<string, Map<string, unknown>>();
  private placements = new Map<object, Map<number, unknown>>();
  private placementsUsed = new Map<object, Map<number, unknown>>();

  /**
   * The value remembered for a key, or what `make` gives. Keys of different kinds live in separate
   * spaces, so a key can be a text itself (whose hash V8 keeps) rather than a new string built from it.
   */
  get<T>(key: string, make: () => T, space = ''): T {
    const value = (this.used.get(space)?.get(key) ?? this.entries.get(space)?.get(key) ?? make()) as T;
    innerMap(this.used, space).set(key, value);
    return value;
  }

  /** Keeps a remembered value for the next parse, if there is one, without making it. */
  keep(key: string, space = ''): void {
    const value = this.entries.get(space)?.get(key);
    if (value !== undefined) innerMap(this.used, space).set(key, value);
  }

  /**
   * What `make` gives for a cached value placed at a source offset, remembered by both: a chunk whose
   * text and offset did not change since the last parse (every chunk before an edit) is not shifted again.
   */
  placed<T>(value: object, at: number, make: () => T): T {
    const placed = (this.placementsUsed.get(value)?.get(at) ?? this.placements.get(value)?.get(at) ?? make()) as T;
    innerMap(this.placementsUsed, value).set(at, placed);
    return placed;
  }

  /** Keeps only what the latest parse used. */
  prune(): void {
    this.entries = this.used;
    this.used = new Map();
    this.placements = this.placementsUsed;
    this.placementsUsed = new Map();
  }
}

function parseChunk(source: string) {
  const tree = parseMdast(source);
  // Only needed when another chunk holds definitions, which most documents never have.
  let searchable: string | undefined;
  return { prose: collectProse(tree, source), definitions: definitionsOf(tree, source), searchable: () => (searchable ??= normalizeLabel(source)) };
}

/** What one chunk holds, with offsets relative to the chunk's start. */
/** The map under `key` in a map of maps, made when missing. */
function innerMap<K, J, V>(outer: Map<K, Map<J, V>>, key: K): Map<J, V> {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Map()));
  return inner;
}

interface Collected {
  runs: ProseRun[];
  blocks: ProseBlock[];
  comments: HtmlComment[];
  nonProse: { start: number; end: number }[];
  frontMatter?: ParsedDocument['frontMatter'];
}

/** A chunk's prose moved to start at `base` (the chunk's own objects when it starts the document). */
function shifted(chunk: Collected, base: number): Collected {
  if (base === 0) return chunk;
  return {
    runs: chunk.runs.map((run) => ({ ...run, start: run.start + base, end: run.end + base })),
    blocks: chunk.blocks.map((block) => ({ ...block, start: block.start + base, end: block.end + base, listItemStart: block.listItemStart === undefined ? undefined : block.listItemStart + base })),
    comments: chunk.comments.map((comment) => ({ ...comment, start: comment.start + base, end: comment.end + base })),
    nonProse: chunk.nonProse.map((range) => ({ start: range.start + base, end: range.end + base })),
  };
}

function appendAll(into: Collected, chunk: Collected): void {
  for (const run of chunk.runs) into.runs.push(run);
  for (const block of chunk.blocks) into.blocks.push(block);
  for (const comment of chunk.comments) into.comments.push(comment);
  for (const range of chunk.nonProse) into.nonProse.push(range);
}

/**
 * A link or footnote definition found by the parser, as source text another chunk can append: its
 * label with a placeholder destination (nothing reads where a link goes, and a long title appended to
 * every chunk that mentions it would be parsed once per chunk).
 */
interface ChunkDefinition {
  /** How a reference to it starts, lower-cased: "[label" or "[^label". */
  readonly mention: string;
  readonly source: string;
}

/**
 * The first definition of each label in the document, and which of them a chunk mentions. A chunk is
 * read once for the labels it names; comparing every definition with every chunk grew with their
 * product (a document repeating one definition took about four times as long per doubling).
 */
class DefinitionIndex {
  private readonly byMention = new Map<string, { owner: unknown; source: string }>();
  /** Labels with a "]" in them, which the scan below cannot read whole: compared the slow way, and rare. */
  private readonly bracketed: { mention: string; owner: unknown; source: string }[] = [];

  get isEmpty(): boolean {
    return this.byMention.size === 0 && this.bracketed.length === 0;
  }

  add(owner: unknown, definition: ChunkDefinition): void {
    if (this.byMention.has(definition.mention)) return;
    this.byMention.set(definition.mention, { owner, source: definition.source });
    if (definition.mention.includes(']')) this.bracketed.push({ ...definition, owner });
  }

  /**
   * The definitions from other chunks that a chunk's text (as `normalizeLabel` gives it) mentions, once
   * each, leaving out labels the chunk defines itself: its references resolve without them (which
   * definition a label resolves to changes nothing the rules read), and appending them anyway parsed
   * every chunk of a document that repeats its definitions twice.
   */
  mentionedIn(text: string, owner: unknown, own: readonly ChunkDefinition[]): string[] {
    const needed = new Set<string>();
    const defined = new Set(own.map((definition) => definition.mention));
    let close = -1;
    for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
      if (close < open) close = text.indexOf(']', open);
      if (close < 0) break;
      // A label is at most 999 characters; a reference mentions "[label" up to its "]".
      if (close - open > 1001) continue;
      const mention = text.slice(open, close);
      const definition = this.byMention.get(mention);
      if (definition && definition.owner !== owner && !defined.has(mention)) needed.add(definition.source);
    }
    for (const definition of this.bracketed) {
      if (definition.owner !== owner && !defined.has(definition.mention) && text.includes(definition.mention)) needed.add(definition.source);
    }
    return [...needed];
  }
}

function definitionsOf(tree: Root, source: string): ChunkDefinition[] {
  const found: ChunkDefinition[] = [];
  // A loop over a stack, not recursion: block quotes and lists nest as deep as the input does.
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'definition' && node.position) {
      const text = source.slice(node.position.start.offset, node.position.end.offset).replace(/^[ \t>]+/gm, '');
      found.push({ mention: normalizeLabel(`[${node.label ?? node.identifier}`), source: `${text.slice(0, labelEnd(text) + 1)}: .` });
    } else if (node.type === 'footnoteDefinition') {
      const label = node.label ?? node.identifier;
      found.push({ mention: normalizeLabel(`[^${label}`), source: `[^${label}]: .` });
    }
    const children = 'children' in node ? (node.children as Nodes[]) : [];
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return found;
}

/** The index of the "]" that closes the label a definition's source starts with (a label holds no unescaped bracket). */
function labelEnd(source: string): number {
  for (let i = 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length - 1;
}

/** Labels match ignoring case, runs of white space and backslash escapes, as CommonMark compares them. */
function normalizeLabel(text: string): string {
  return text.replace(/\\/g, '').replace(/\s+/g, ' ').toLowerCase();
}

/** Collects the prose of a tree parsed from `source`, keeping what starts before the end of `chunk` (a prefix of the source). */
function collectProse(tree: Root, chunk: string): Collected {
  const limit = chunk.length;
  const into: Collected = { runs: [], blocks: [], comments: [], nonProse: [] };
  const { runs, blocks, comments, nonProse } = into;
  const markNonProse = (node: Nodes) => {
    if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      nonProse.push({ start: node.position.start.offset, end: node.position.end.offset });
    }
  };

  // A loop over a stack, not recursion: block quotes, lists and emphasis nest as deep as the input does.
  // Each entry carries what recursion would have kept: the enclosing list item and prose block.
  interface Context {
    readonly block: BlockKind;
    readonly headingDepth: number;
    readonly listItemStart?: number;
    readonly owner?: { citations: number };
  }
  const pending: { node: Nodes; context: Context }[] = [];
  const visitChildren = (node: Nodes, context: Context) => {
    const children = (node as { children: Nodes[] }).children;
    for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i], context });
  };
  const visitBlock = (node: Nodes, kind: BlockKind, headingDepth: number, context: Context): void => {
    const block = { kind, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0, headingDepth: kind === 'heading' ? headingDepth : 0, listItemStart: context.listItemStart, citations: 0 };
    blocks.push(block);
    visitChildren(node, { block: kind, headingDepth, listItemStart: context.listItemStart, owner: block });
  };
  const visit = (node: Nodes, context: Context): void => {
    const { block, headingDepth } = context;
    switch (node.type) {
      case 'text':
        addRun(node, block, headingDepth);
        return;
      case 'html':
        collectComments(node, comments);
        markNonProse(node);
        // A block of HTML (not a tag inside a paragraph) holds text the reader sees: a table, a list, a box of links.
        if (!context.owner) addHtmlText(node, context);
        return;
      case 'code':
      case 'inlineCode':
        markNonProse(node);
        return;
      case 'image':
      case 'imageReference':
      case 'definition':
        return;
      case 'link':
        if (isAutolink(node)) return;
        if (context.owner) context.owner.citations++;
        break;
      case 'linkReference':
      case 'footnoteReference':
        if (context.owner) context.owner.citations++;
        break;
      case 'listItem':
        visitChildren(node, { ...context, listItemStart: node.position?.start.offset });
        return;
      case 'heading':
        visitBlock(node, 'heading', node.depth, context);
        return;
      case 'tableCell':
        visitBlock(node, 'tableCell', headingDepth, context);
        return;
      case 'paragraph':
        visitBlock(node, 'paragraph', headingDepth, context);
        return;
    }
    if ('children' in node) visitChildren(node, context);
  };

  const addRun = (node: Text, block: BlockKind, headingDepth: number): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || node.value.length === 0) return;
    const slice = chunk.slice(start, end);
    const offsets = slice === node.value ? undefined : alignValueToSource(node.value, slice);
    runs.push({ value: maskBareAddresses(node.value), start, end, offsets, block, headingDepth });
  };

  /**
   * The text of a block of HTML, its character references decoded. Inside a list or quote its value lacks the container
   * markers its source has: offsets map each run back, as for a text node.
   */
  const addHtmlText = (node: Html, context: Context): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const source = chunk.slice(start, end);
    const nodeOffsets = source === node.value ? undefined : lineSuffixOffsets(node.value, source);
    if (source !== node.value && !nodeOffsets) return;
    const at = (index: number) => start + (nodeOffsets ? nodeOffsets[index] : index);
    for (const html of htmlTextBlocks(node.value)) {
      const first = html.runs[0];
      const last = html.runs[html.runs.length - 1];
      blocks.push({ kind: html.kind, start: at(first.start), end: at(last.end), headingDepth: html.headingDepth, listItemStart: context.listItemStart, citations: 0 });
      for (const run of html.runs) {
        const runStart = at(run.start);
        const raw = node.value.slice(run.start, run.end);
        const value = decodeCharacterReferences(raw);
        // Each index of the decoded text, to its place in the raw HTML (references), then in the source (container markers).
        const decoded = value === raw ? undefined : alignValueToSource(value, raw);
        let offsets: Int32Array | undefined;
        if (decoded || nodeOffsets) {
          offsets = new Int32Array(value.length + 1);
          for (let i = 0; i <= value.length; i++) offsets[i] = at(run.start + (decoded ? decoded[i] : i)) - runStart;
        }
        runs.push({ value: maskBareAddresses(value), start: runStart, end: at(run.end), offsets, block: html.kind, headingDepth: html.headingDepth });
      }
    }
  };

  for (const child of tree.children) {
    if ((child.position?.start.offset ?? 0) >= limit) break;
    pending.push({ node: child, context: { block: 'paragraph', headingDepth: 0 } });
    for (let next = pending.pop(); next; next = pending.pop()) visit(next.node, next.context);
  }
  return into;
}

/** Replaces bare URLs and e-mail addresses with a mask of the same length, so offsets stay put. */
function maskBareAddresses(value: string): string {
  const masked = value.includes('://') || value.includes('www.') ? value.replace(BARE_URL, (address) => NEUTRAL.repeat(address.length)) : value;
  if (!value.includes('@')) return masked;
  const parts: string[] = [];
  let kept = 0;
  for (const [start, end] of emailAddresses(value)) {
    parts.push(masked.slice(kept, start), NEUTRAL.repeat(end - start));
    kept = end;
  }
  parts.push(masked.slice(kept));
  return parts.join('');
}

/**
 * E-mail addresses as GFM sees them (`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, starting at a word boundary),
 * found from each "@" outwards. A regular expression for them is tried at every boundary of a long
 * dotted word and reads it to its end each time: quadratic.
 */
function emailAddresses(value: string): [number, number][] {
  const found: [number, number][] = [];
  let end = 0;
  for (let at = value.indexOf('@'); at >= 0; at = value.indexOf('@', at + 1)) {
    let start = at;
    while (start > end && isLocalPartCharacter(value.charCodeAt(start - 1))) start--;
    // The address starts at its first word character (the boundary `\b` needs).
    while (start < at && !isAsciiWordCharacter(value.charCodeAt(start))) start++;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (!EMAIL_DOMAIN.exec(value)) continue;
    end = EMAIL_DOMAIN.lastIndex;
    found.push([start, end]);
  }
  return found;
}

function isAsciiWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isLocalPartCharacter(code: number): boolean {
  return isAsciiWordCharacter(code) || code === 46 || code === 43 || code === 45;
}

/** Whether a source offset falls inside code, HTML or front matter. */
export function isInNonProse(document: ParsedDocument, offset: number): boolean {
  return document.nonProse.some((range) => range.start <= offset && offset < range.end);
}

/** The source offset of a value index in a run. */
export function sourceOffset(run: ProseRun, valueIndex: number): number {
  return run.start + (run.offsets ? run.offsets[valueIndex] : valueIndex);
}

/** Links whose text is their own address (`<https://…>`, bare `www.…`) are URLs, not prose. */
function isAutolink(link: Link): boolean {
  if (link.children.length !== 1 || link.children[0].type !== 'text') return false;
  const label = link.children[0].value;
  return link.url === label || link.url.endsWith(label) || link.url === `mailto:${label}`;
}

/** A character reference; it decodes to one or two UTF-16 units, each given the reference's start. */
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

function collectComments(node: Html, into: HtmlComment[]): void {
  const base = node.position?.start.offset ?? 0;
  const value = node.value;
  // indexOf, not a lazy pattern: an HTML block of openers with no closer would make a pattern try each opener to the end.
  for (let open = value.indexOf('<!--'); open >= 0; open = value.indexOf('<!--', open)) {
    const close = value.indexOf('-->', open + 4);
    if (close < 0) break;
    into.push({ body: value.slice(open + 4, close), start: base + open, end: base + close + 3 });
    open = close + 3;
  }
}

/**
 * Maps each index of an HTML block's value to its offset in the source slice, where each line of the value is its
 * source line less the container markers and indentation before it (inside a list or quote); undefined if a line is not.
 */
function lineSuffixOffsets(value: string, source: string): Int32Array | undefined {
  const valueLines = value.split(/(?<=\r\n|\r(?!\n)|\n)/u);
  const sourceLines = source.split(/(?<=\r\n|\r(?!\n)|\n)/u);
  if (valueLines.length !== sourceLines.length) return undefined;
  const offsets = new Int32Array(value.length + 1);
  let v = 0;
  let s = 0;
  for (let line = 0; line < valueLines.length; line++) {
    const [valueLine, sourceLine] = [valueLines[line], sourceLines[line]];
    if (!sourceLine.endsWith(valueLine)) return undefined;
    const shift = sourceLine.length - valueLine.length;
    for (let i = 0; i < valueLine.length; i++) offsets[v + i] = s + shift + i;
    v += valueLine.length;
    s += sourceLine.length;
  }
  offsets[value.length] = source.length;
  return offsets;
}

/**
 * Maps each index of a text node's value to its offset in the source slice. The two differ by
 * backslash escapes, character references and the container markers (`>`, list indentation) that
 * start continuation lines; everything else is the same character for character.
 */
function alignValueToSource(value: string, source: string): Int32Array {
  const offsets = new Int32Array(value.length + 1);
  let s = 0;
  for (let v = 0; v < value.length; v++) {
    const ch = value[v];
    if (isLineEnding(value[v - 1]) && source[s] !== ch && isContainerPrefix(source[s])) {
      // A continuation line that starts with a reference or an escape: skip its markers, then read it as such.
      let content = s;
      while (isContainerPrefix(source[content])) content++;
      if (source[content] === '&' || source[content] === '\\') {
        s = content;
        v--;
        continue;
      }
    }
    // A reference that decodes to the very character it starts with (`&amp;` is "&") must be seen as a reference.
    const reference = source[s] === '&' ? CHARACTER_REFERENCE.exec(source.slice(s, s + 40)) : null;
    // An unknown name (`&foo;`) stays literal text in the value.
    if (reference && !value.startsWith(reference[0], v)) {
      offsets[v] = s;
      if (v + 1 < value.length && value.charCodeAt(v) >= 0xd800 && value.charCodeAt(v) <= 0xdbff) offsets[++v] = s;
      s += reference[0].length;
      continue;
    }
    if (source[s] === ch) {
      offsets[v] = s++;
      continue;
    }
    if (source[s] === '\\' && source[s + 1] === ch) {
      offsets[v] = s;
      s += 2;
      continue;
    }
    if (isLineEnding(value[v - 1]) || isLineEnding(ch)) {
      // Skip container markers and indentation at the start of a continuation line.
      const found = source.indexOf(ch, s);
      if (found >= 0) {
        s = found;
        offsets[v] = s++;
        continue;
      }
    }
    offsets[v] = Math.min(s, source.length);
    if (s < source.length) s++;
  }
  offsets[value.length] = source.length;
  return offsets;
}

/** A line ending as micromark keeps it in a value: LF, or CR alone in files with old Mac line endings. */
function isLineEnding(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}

/** Indentation and block quote markers that start a continuation line. */
function isContainerPrefix(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '>';
}
