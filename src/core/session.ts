import { analyzeDocument, type DocumentAnalysis } from './analyze';
import { ParseCache, parseMarkdown } from './parse';
import type { TermIndex } from './terms';

/**
 * Small chunks for the editor: after a keystroke only the chunk that changed is parsed again, so the
 * cost of an edit depends on the chunk size, not on the memo's.
 */
export const EDITOR_CHUNK_TARGET = 4 * 1024;

/**
 * No cut by line count in the editor: it makes more, smaller chunks of list-heavy memos, each to be
 * looked up and placed again after every edit, and an edit of the 100 KB `edit-phases` memo cost
 * about 6 ms more CPU with it (median 17 → 23 ms).
 */
const EDITOR_CHUNK_LINES = Infinity;

/**
 * One open document's parse and analysis, kept between edits: analysing a new version re-parses only
 * the chunks whose text changed and re-analyses only the runs whose text changed. The results are
 * the same as a fresh `analyzeDocument(parseMarkdown(text))`; the benchmark checks it edit by edit.
 */
export class DocumentSession {
  private readonly cache = new ParseCache();

  constructor(private readonly index: TermIndex, private readonly chunkTarget = EDITOR_CHUNK_TARGET) {}

  analyze(text: string): DocumentAnalysis {
    return analyzeDocument(parseMarkdown(text, { chunkTarget: this.chunkTarget, chunkLines: EDITOR_CHUNK_LINES, cache: this.cache }), this.index, this.cache);
  }
}
