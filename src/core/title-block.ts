import type { ParsedDocument } from './parse';

/** A paragraph written wholly in bold or italics: "**Agency Launches Program**", "*A subtitle*". */
const WHOLLY_EMPHASISED = /^(\*\*|__|\*|_)(?![\s*_])([^]*?)(?<![\s*_])\1$/u;

/**
 * Where the document's title block ends: the headings at its top, and the paragraphs written wholly in bold or
 * italics among them, with no full stop at their end (a converted web page repeats its title and subtitle that way,
 * "**Title**" then "*Subtitle*").
 * Like a heading, such a title names the subject, and the definitions belong in the text that follows. 0 when the
 * document opens with body text.
 */
export function titleBlockEnd(document: ParsedDocument): number {
  let end = 0;
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      end = block.end;
      continue;
    }
    if (block.kind !== 'paragraph' || block.listItemStart !== undefined) break;
    const match = WHOLLY_EMPHASISED.exec(document.text.slice(block.start, block.end).trim());
    // A title names; a sentence ends with a full stop ("**Bottom line: the agency should act.**" is the memo's first
    // claim). A question or an exclamation may be a title, and so may a title ending with dotted initials ("D.C.").
    if (!match || match[2].includes(match[1]) || /\n\s*\n/u.test(match[2]) || endsWithFullStop(match[2].trim())) break;
    end = block.end;
  }
  return end;
}

function endsWithFullStop(text: string): boolean {
  return /[.;:]$/u.test(text) && !/(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u.test(text);
}
