import type { TermUse } from '../analyze';
import { displayName, type Term } from '../corpus';
import { quote } from './message';
import type { Rule } from './rule';

/** Words that show a sentence is about the past, where naming an outdated term is right. */
const HISTORICAL_CUES = /\b(struck down|invalidat\w*|annul\w*|replac\w*|succeed\w*|successor|supersed\w*|expir\w*|laps\w*|withdr[ae]w\w*|pulled out|form(er|erly)|previous(ly)?|predecessor|abandon\w*|histor\w*)\b/i;
/** Past-tense verbs count only right after the term ("the TPP was signed"), not anywhere in the sentence. */
const PAST_TENSE_AFTER = /^\W{0,3}\s*(?:\([^)]*\)\s*)?(was|were|had|ended|expired|lapsed)\b/i;

/** Outdated or superseded terms (a lapsed authority, a framework a court struck down). */
export const termOutdated: Rule = {
  id: 'term-outdated',
  description: 'A term the corpus marks outdated or superseded, with what replaced it.',
  defaultSeverity: 'warning',
  fixable: true,
  tags: ['terms', 'accuracy'],
  check({ analysis }, report) {
    let previous: { termId: string; run: unknown; sentenceStart: number } | undefined;
    for (const use of analysis.termUses) {
      const term = use.term;
      if (term.status === 'current') continue;
      // "the Trans-Pacific Partnership (TPP)" names one thing once.
      const sentenceStart = sentenceStartBefore(use.run.value, use.valueStart);
      const sameSentence = previous?.termId === term.id && previous.run === use.run && previous.sentenceStart === sentenceStart;
      previous = { termId: term.id, run: use.run, sentenceStart };
      if (sameSentence) continue;
      const successor = term.successor ? analysis.index.term(term.successor) : undefined;
      if (speaksOfThePast(use, successor)) continue;
      const since = term.statusSince ? ` since ${term.statusSince}` : '';
      const note = term.statusNote ? ` ${term.statusNote.replace(/\.?$/, '.')}` : '';
      const replaced = successor ? ` Use ${displayName(successor)} instead.` : '';
      const replacement = successor ? replacementText(use, successor) : undefined;
      report({
        message: `${quote(use.text)} is ${term.status}${since} (as of ${term.asOf}).${note}${replaced}`,
        start: use.start,
        end: use.end,
        term: term.id,
        recommendations: term.recommendations,
        fix: replacement ? { title: `Replace with "${replacement}"`, start: use.start, end: use.end, text: replacement } : undefined,
      });
    }
  },
};

function sentenceStartBefore(value: string, index: number): number {
  const before = value.slice(0, index);
  return Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
}

function sentenceAround(value: string, start: number, end: number): string {
  const sentenceStart = sentenceStartBefore(value, start);
  const after = value.slice(end).search(/[.?!](\s|$)/);
  return value.slice(sentenceStart, after < 0 ? value.length : end + after);
}

function speaksOfThePast(use: TermUse, successor: Term | undefined): boolean {
  const sentence = sentenceAround(use.run.value, use.valueStart, use.valueEnd);
  if (HISTORICAL_CUES.test(sentence) || PAST_TENSE_AFTER.test(use.run.value.slice(use.valueEnd, use.valueEnd + 40))) return true;
  if (!successor) return false;
  const lower = sentence.toLowerCase();
  return [successor.term, successor.expansion, ...(successor.aliases ?? [])].some((name) => name && lower.includes(name.toLowerCase()));
}

/** The successor's name in the same register as what the writer wrote: an acronym for an acronym. */
function replacementText(use: TermUse, successor: Term): string {
  const wroteAcronym = use.term.kind === 'acronym' && use.surface !== 'expansion';
  if (successor.kind !== 'acronym') return successor.term;
  return wroteAcronym ? successor.term : successor.expansion ?? successor.term;
}
