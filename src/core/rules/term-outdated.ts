import { expansionInContext, proseWords } from '../acronym-meaning';
import type { TermUse } from '../analyze';
import { displayName, type Term } from '../corpus';
import { documentDateOf, isAfterDate } from '../document-date';
import { pastTenseFollows, setInThePast, speaksOfThePast } from '../history';
import { proseOf, sentenceAt, type SentenceInSource } from '../prose';
import type { Sentence } from '../sentences';
import { JOINING_WORDS } from '../acronyms';
import { quote } from './message';
import type { Rule } from './rule';

/** Outdated or superseded terms (a lapsed authority, a framework a court struck down) used as current. */
export const termOutdated: Rule = {
  id: 'term-outdated',
  description: 'A term the corpus marks outdated or superseded, with what replaced it.',
  // Below 90% precision on the real-prose test half (README, Evaluation on real prose): a review-pass rule.
  defaultSeverity: 'off',
  reviewSeverity: 'warning',
  fixable: true,
  tags: ['terms', 'accuracy'],
  check({ analysis }, report) {
    const prose = proseOf(analysis);
    const documentDate = documentDateOf(analysis);
    const reading = new SentenceReading();
    let previous: { termId: string; sentence: SentenceInSource | undefined } | undefined;
    let words: string | undefined;
    const proseWordsOnce = () => (words ??= proseWords(analysis));
    // Whether the document means an outdated acronym's outdated sense: one answer per term and spelling, as each asks the whole text.
    const meantHere = new Map<string, boolean>();
    const meansOutdated = (term: Term, written: string) => {
      const key = `${term.id}\u0000${written}`;
      let meant = meantHere.get(key);
      if (meant === undefined) meantHere.set(key, (meant = expansionInContext(term, written, proseWordsOnce) === term.expansion));
      return meant;
    };
    for (const use of analysis.termUses) {
      const term = use.term;
      if (term.status === 'current') continue;
      // "MSP" may be the superseded partnership or a managed service provider: only the document's own words tell.
      if (term.kind === 'acronym' && use.surface === 'term' && term.otherExpansions?.length && !meansOutdated(term, use.text)) continue;
      if (ordinaryPhrase(term, use.text)) continue;
      // A document written before the change used the term when it was current.
      if (documentDate && term.statusSince && isAfterDate(term.statusSince, documentDate)) continue;
      const located = sentenceAt(prose, use.start);
      // "the Trans-Pacific Partnership (TPP)" names one thing once.
      const sameSentence = previous?.termId === term.id && previous.sentence === located;
      previous = { termId: term.id, sentence: located };
      const sentence = located?.sentence;
      if (sameSentence) continue;
      const successor = term.successor ? analysis.index.term(term.successor) : undefined;
      if (pastTenseFollows(use.run.value.slice(use.valueEnd, use.valueEnd + 120)) || (sentence && reading.isHistory(sentence, term, successor))) continue;
      const replacement = successor ? replacementText(use, successor) : undefined;
      report({
        message: `${action(use, successor, replacement)}: ${statusPhrase(term)}`,
        start: use.start,
        end: use.end,
        term: term.id,
        recommendations: term.recommendations,
        fix: replacement ? { title: `Replace with "${replacement}"`, start: use.start, end: use.end, text: replacement } : undefined,
      });
    }
  },
};

/**
 * "address safe harbors for criminals": a name the glossary writes only in capitals ("Safe Harbor"), written here in
 * lower case or in the plural, is the ordinary phrase, not the instrument: a framework or an agreement is one thing.
 */
function ordinaryPhrase(term: Term, written: string): boolean {
  if (term.kind === 'acronym') return false;
  const names = [term.term, ...(term.aliases ?? [])];
  // Every word of every name capitalised, small joining words aside: "AI diffusion framework" is no proper name.
  if (!names.every((name) => name.split(/[\s-]+/u).every((word) => JOINING_WORDS.has(word) || /^\P{Ll}/u.test(word)))) return false;
  if (!/\p{Lu}/u.test(written)) return true;
  const last = written.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return last.endsWith('s') && !names.some((name) => name.split(/\s+/u).at(-1)?.toLowerCase() === last);
}

/** What the writer should do, first: replace with the successor, or say the term is past. */
function action(use: TermUse, successor: Term | undefined, replacement: string | undefined): string {
  if (replacement) return `Replace ${quote(use.text)} with ${quote(replacement)}`;
  if (successor) return `Replace ${quote(use.text)} with ${displayName(successor)}`;
  return `Update ${quote(use.text)}, or write of it in the past`;
}

/** "superseded on 16 July 2020 (as of 2026-12-02). Note." */
function statusPhrase(term: Term): string {
  const note = term.statusNote ? ` ${term.statusNote.replace(/\.?$/, '.')}` : '';
  return `${term.status}${term.statusSince ? ` ${onDate(term.statusSince)}` : ''} (as of ${term.asOf}).${note}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-07-16" → "on 16 July 2020", "2016-10" → "in October 2016", "2017" → "in 2017". */
function onDate(since: string): string {
  const [year, month, day] = since.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (!monthName) return `in ${year}`;
  return day ? `on ${Number(day)} ${monthName} ${year}` : `in ${monthName} ${year}`;
}

/** Whether sentences speak of the past, each read once however many terms it holds. */
class SentenceReading {
  private readonly read = new Map<Sentence, { lower: string; historical: boolean; names: Map<string, boolean>; pastOf: Map<number | undefined, boolean> }>();

  /**
   * A history cue, a sentence set wholly in the past of the term's change ("Under NAFTA, tariffs were
   * cut"), or the successor named beside the term ("the DPF replaced the Privacy Shield").
   */
  isHistory(sentence: Sentence, term: Term, successor: Term | undefined): boolean {
    let facts = this.read.get(sentence);
    if (!facts) {
      facts = { lower: sentence.text.toLowerCase(), historical: speaksOfThePast(sentence.text), names: new Map(), pastOf: new Map() };
      this.read.set(sentence, facts);
    }
    if (facts.historical) return true;
    const sinceYear = term.statusSince ? Number(term.statusSince.slice(0, 4)) : undefined;
    let past = facts.pastOf.get(sinceYear);
    if (past === undefined) facts.pastOf.set(sinceYear, (past = setInThePast(sentence.text, sinceYear)));
    if (past || !successor) return past;
    let names = facts.names.get(successor.id);
    if (names === undefined) {
      const lower = facts.lower;
      names = [successor.term, successor.expansion, ...(successor.aliases ?? [])].some((name) => !!name && lower.includes(name.toLowerCase()));
      facts.names.set(successor.id, names);
    }
    return names;
  }
}

/**
 * The successor's name in the same register as what the writer wrote (an acronym for an acronym), or
 * none when the writer inflected the name ("reciprocal tariffs"): the successor's name would not fit.
 */
function replacementText(use: TermUse, successor: Term): string | undefined {
  const term = use.term;
  const written = use.text.toLowerCase();
  if (![term.term, term.expansion, ...(term.aliases ?? [])].some((name) => name?.toLowerCase() === written)) return undefined;
  const wroteAcronym = term.kind === 'acronym' && use.surface !== 'expansion';
  if (successor.kind !== 'acronym') return successor.term;
  return wroteAcronym ? successor.term : successor.expansion ?? successor.term;
}
