import type { AcronymUse, DocumentAnalysis } from './analyze';
import { titleBlockEnd } from './title-block';

/**
 * The acronym uses a reader meets, in document order: a designator cited by number ("BOD 22-01") only for an acronym
 * the memo also uses as a word, a use inside a quotation only for an acronym the memo uses nowhere else, and, unless
 * `withTitles`, none in headings or the title block. What the memo's acronym table and the review report list, so
 * their first uses agree with acronym-undefined's.
 */
export function acronymUsesAsRead(analysis: DocumentAnalysis, withTitles = false): AcronymUse[] {
  const titleEnd = withTitles ? 0 : titleBlockEnd(analysis.document);
  const inBody = (use: AcronymUse) => withTitles || (use.run.block !== 'heading' && use.start >= titleEnd);
  const usedAsWord = new Set<string>();
  const usedOutsideQuotes = new Set<string>();
  for (const use of analysis.acronymUses) {
    if (!inBody(use) || use.quoted) continue;
    usedOutsideQuotes.add(use.key);
    if (!use.designator) usedAsWord.add(use.key);
  }
  return analysis.acronymUses.filter((use) => inBody(use) && (!use.designator || usedAsWord.has(use.key)) && (!use.quoted || !usedOutsideQuotes.has(use.key)));
}
