import type { TermUse } from '../analyze';
import type { ProseRun } from '../parse';
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
    const sentences = new RunSentences();
    for (const use of analysis.termUses) {
      const term = use.term;
      if (term.status === 'current') continue;
      // "the Trans-Pacific Partnership (TPP)" names one thing once.
      const sentenceStart = sentences.startBefore(use.run, use.valueStart);
      const sameSentence = previous?.termId === term.id && previous.run === use.run && previous.sentenceStart === sentenceStart;
      previous = { termId: term.id, run: use.run, sentenceStart };
      if (sameSentence) continue;
      const successor = term.successor ? analysis.index.term(term.successor) : undefined;
      if (speaksOfThePast(use, successor, sentences.around(use.run, use.valueStart, use.valueEnd))) continue;
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

/** A sentence around a term use: its text in lower case and whether it speaks of the past, read once however many terms it holds. */
interface SentenceAround {
  readonly lower: string;
  readonly historical: boolean;
  /** Successor id → whether the sentence names it. */
  readonly names: Map<string, boolean>;
}

/**
 * The sentences of each run as this rule reads them: a sentence ends at ". ", "? " or "! " before a
 * use, and at terminal punctuation before white space or the end after it. Each run's ends are found
 * once, and each sentence is read once: searching the run again for every outdated term was quadratic
 * in a long paragraph full of them.
 */
class RunSentences {
  private readonly runs = new Map<ProseRun, { starts: number[]; ends: number[]; around: Map<string, SentenceAround> }>();

  /** Where the sentence holding `index` starts. */
  startBefore(run: ProseRun, index: number): number {
    const starts = this.of(run).starts;
    // The last ". " that ends before the index; the sentence starts at its space, as it always has.
    const at = lowerBound(starts, index) - 1;
    return at >= 0 ? starts[at] : 0;
  }

  around(run: ProseRun, start: number, end: number): SentenceAround {
    const facts = this.of(run);
    const from = this.startBefore(run, start);
    const next = lowerBound(facts.ends, end);
    const to = next < facts.ends.length ? facts.ends[next] : run.value.length;
    const key = `${from}:${to}`;
    let sentence = facts.around.get(key);
    if (!sentence) {
      const text = run.value.slice(from, to);
      sentence = { lower: text.toLowerCase(), historical: HISTORICAL_CUES.test(text), names: new Map() };
      facts.around.set(key, sentence);
    }
    return sentence;
  }

  private of(run: ProseRun) {
    let facts = this.runs.get(run);
    if (!facts) {
      const value = run.value;
      const starts: number[] = [];
      const ends: number[] = [];
      for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (ch !== '.' && ch !== '?' && ch !== '!') continue;
        if (value[i + 1] === ' ') starts.push(i + 1);
        if (i + 1 === value.length || /\s/.test(value[i + 1])) ends.push(i);
      }
      facts = { starts, ends, around: new Map() };
      this.runs.set(run, facts);
    }
    return facts;
  }
}

/** The index of the first element at least `value` in a sorted array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function speaksOfThePast(use: TermUse, successor: Term | undefined, sentence: SentenceAround): boolean {
  if (sentence.historical || PAST_TENSE_AFTER.test(use.run.value.slice(use.valueEnd, use.valueEnd + 40))) return true;
  if (!successor) return false;
  let names = sentence.names.get(successor.id);
  if (names === undefined) {
    names = [successor.term, successor.expansion, ...(successor.aliases ?? [])].some((name) => !!name && sentence.lower.includes(name.toLowerCase()));
    sentence.names.set(successor.id, names);
  }
  return names;
}

/** The successor's name in the same register as what the writer wrote: an acronym for an acronym. */
function replacementText(use: TermUse, successor: Term): string {
  const wroteAcronym = use.term.kind === 'acronym' && use.surface !== 'expansion';
  if (successor.kind !== 'acronym') return successor.term;
  return wroteAcronym ? successor.term : successor.expansion ?? successor.term;
}
