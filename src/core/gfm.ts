import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { applyEditsInPlace } from './micromark-edits';

applyEditsInPlace();

/**
 * GitHub Flavored Markdown as remark-gfm assembles it, minus autolink literals: that extension
 * alone made parsing about 1.6 times slower on real prose. Bare URLs and e-mail addresses are
 * masked out of prose in `parse.ts` instead, which costs one regular expression per text node.
 *
 * Each construct is listed with what a text must contain for it to occur. The table construct is
 * tried at the start of every line, which cost about a tenth of the parse time on prose without
 * tables, so a text is parsed with only the constructs it can hold; the tree is the same.
 */
const GFM_PARTS = [
  // A delimiter row needs a pipe, or a colon next to a dash (`a` over `:--` is a one-column table).
  { mayOccurIn: (text: string) => text.includes('|') || text.includes(':-') || text.includes('-:'), micromark: gfmTable, mdast: gfmTableFromMarkdown },
  { mayOccurIn: (text: string) => text.includes('[^'), micromark: gfmFootnote, mdast: gfmFootnoteFromMarkdown },
  { mayOccurIn: (text: string) => text.includes('~'), micromark: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown },
  { mayOccurIn: (text: string) => text.includes('['), micromark: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
] as const;

const processors = new Map<number, { parse(text: string): unknown }>();

/** Parses Markdown (CommonMark, GFM without autolink literals; front matter is blanked out before, in `parse.ts`) into mdast. */
export function parseMdast(text: string): Root {
  let mask = 0;
  GFM_PARTS.forEach((part, bit) => {
    if (part.mayOccurIn(text)) mask |= 1 << bit;
  });
  let processor = processors.get(mask);
  if (!processor) {
    const parts = GFM_PARTS.filter((_, bit) => mask & (1 << bit));
    processor = unified()
      .use(remarkParse)
      .use(function gfmParts(this: import('unified').Processor) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...parts.map((part) => part.micromark()));
        (data.fromMarkdownExtensions ??= []).push(...parts.map((part) => part.mdast()));
      });
    processors.set(mask, processor);
  }
  return processor.parse(text) as Root;
}
