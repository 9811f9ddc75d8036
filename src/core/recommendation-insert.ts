import type { Recommendation } from './corpus';
import type { Finding } from './findings';
import { recommendationBlock } from './term-markdown';
import type { TermIndex } from './terms';

/** The rules whose fixes spell out an acronym where the memo has not defined it; their fixes are safe on our own text. */
const DEFINING_RULES = new Set(['acronym-undefined', 'acronym-expansion']);
/** Each round spells out the acronyms the previous one left; a block has only a few, so two rounds are plenty. */
const MAX_ROUNDS = 3;

/** Where and how a block lands in a memo: its text goes between `memo.slice(0, offset)` and the rest. */
export interface InsertionPoint {
  readonly memo: string;
  readonly offset: number;
  /** Text before the block (such as a blank line) so that it stands as its own paragraph. */
  readonly before?: string;
}

/** Lints a whole memo with the memo's own configuration and packs (the editor's, the CLI's or the server's). */
export type MemoLinter = (text: string) => readonly Finding[] | PromiseLike<readonly Finding[]>;

/**
 * The recommendation block as it should land in a memo so that it adds no warning there: every acronym
 * the memo has not defined before the insertion point is spelled out at its first use in the block
 * ("Group of Seven (G7)"), as the acronym rules' own fixes would write it. Returns the text to insert,
 * `before` included.
 */
export async function recommendationInsertion(recommendation: Recommendation, index: TermIndex, where: InsertionPoint, lint: MemoLinter): Promise<string> {
  const head = where.memo.slice(0, where.offset) + (where.before ?? '');
  const tail = where.memo.slice(where.offset);
  let block = recommendationBlock(recommendation, index);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const text = head + block + tail;
    const findings = await lint(text);
    const fixes = findings
      .flatMap((finding) => (DEFINING_RULES.has(finding.ruleId) ? [finding.fix ?? ourMeaning(finding, text, recommendation, index)] : []))
      .filter((fix): fix is NonNullable<typeof fix> => fix !== undefined)
      .filter((fix) => fix.start >= head.length && fix.end <= head.length + block.length)
      .sort((a, b) => b.start - a.start);
    if (fixes.length === 0) break;
    let lastStart = Infinity;
    for (const fix of fixes) {
      if (fix.end > lastStart) continue; // overlapping fixes wait for the next round
      block = block.slice(0, fix.start - head.length) + fix.text + block.slice(fix.end - head.length);
      lastStart = fix.start;
    }
  }
  return (where.before ?? '') + block;
}

/**
 * The expansion of an undefined acronym in our own block when the rule offers none because the acronym
 * has several meanings: the block is ours, so the meaning is the one of the term the recommendation
 * links (GPAI: the Global Partnership on AI, not general-purpose AI), or else the glossary's own.
 */
function ourMeaning(finding: Finding, text: string, recommendation: Recommendation, index: TermIndex): Finding['fix'] {
  if (finding.ruleId !== 'acronym-undefined') return undefined;
  const acronym = text.slice(finding.start, finding.end);
  const linked = recommendation.terms.map((id) => index.term(id)).find((term) => term?.kind === 'acronym' && term.term === acronym);
  const expansion = (linked ?? index.acronym(acronym))?.expansion;
  return expansion ? { start: finding.start, end: finding.end, text: `${expansion} (${acronym})`, title: `Expand ${acronym}` } : undefined;
}
