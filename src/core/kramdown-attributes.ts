import { FenceTracker } from './fences';
import { linesFrom } from './front-matter';
import { LIST_ITEM_START } from './line-markers';
import { fillRanges } from './text-masks';

/**
 * A kramdown attribute list alone on its line ("{:toc}", "{: .note}", "{:start="2"}", "{:refdef: …}"): markup
 * that kramdown applies to the block beside it and never shows. CommonMark reads it as text, so the line was
 * linted as prose, and a "{:start="2"}" line glued the ordered list after it to the paragraph before it (its
 * indented items became code, unread).
 */
const ATTRIBUTE_LINE = /^ {0,3}\{:[^{}]*\}[ \t]*$/;
/** "{:toc}": kramdown replaces the list item just before it ("* TOC") with the table of contents. */
const TABLE_OF_CONTENTS = /^ {0,3}\{:[ \t]*toc[ \t]*\}[ \t]*$/;

/** The text with each attribute line, and the item a "{:toc}" replaces, turned into spaces (offsets stay put). */
export function blankKramdownAttributes(text: string): string {
  if (!text.includes('{:')) return text;
  const blanked: { start: number; end: number }[] = [];
  const fence = new FenceTracker();
  let previous: { text: string; start: number } | undefined;
  for (const line of linesFrom(text, 0)) {
    const fenceLine = fence.read(line.text);
    if (!fenceLine && !fence.isOpen && ATTRIBUTE_LINE.test(line.text)) {
      if (TABLE_OF_CONTENTS.test(line.text) && previous && LIST_ITEM_START.test(previous.text)) {
        blanked.push({ start: previous.start, end: previous.start + previous.text.length });
      }
      blanked.push({ start: line.start, end: line.start + line.text.length });
    }
    previous = line;
  }
  return fillRanges(text, blanked, ' ');
}
