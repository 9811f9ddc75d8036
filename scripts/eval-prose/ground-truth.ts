// Hand-built recall ground truth: in each listed document, every acronym a reader meets before its definition
// (or never defined) and every outdated glossary term used as current, each located by a quote from the
// document that contains its first use.
import type { KeyedFinding } from './labels';

/** One thing the rule should report, at the first occurrence of `text` inside the first occurrence of `context`. */
export interface ExpectedFinding {
  readonly text: string;
  readonly context: string;
  readonly note?: string;
}

export interface DocumentTruth {
  readonly file: string;
  readonly 'acronym-undefined': readonly ExpectedFinding[];
  readonly 'term-outdated': readonly ExpectedFinding[];
}

/** The rules recall is measured for. */
export const RECALL_RULES = ['acronym-undefined', 'term-outdated'] as const;
export type RecallRule = (typeof RECALL_RULES)[number];

export interface RecallResult {
  readonly expected: number;
  /** Reported at the expected first-use position. */
  readonly found: number;
  /** Reported for the same text, but elsewhere in the document. */
  readonly foundElsewhere: number;
  /** The same, one line each: where the first use is and where the rule reported the text instead. */
  readonly elsewhere: readonly string[];
  readonly missed: readonly string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for a quote in which any whitespace run matches any other. */
const loosely = (quote: string) => quote.trim().split(/\s+/).map(escape).join('\\s+');
/** A quote as a whole word (not "CEN" inside "CENELEC"), any whitespace run matching any other. */
const wordPattern = (quote: string) => new RegExp(`(?<![\\p{L}\\p{N}])${loosely(quote)}(?![\\p{L}\\p{N}])`, 'u');

/**
 * Where an expected finding starts, or a message saying why it cannot be located. Whitespace in the context
 * matches any run of whitespace, so a quote copied from a rendered page still finds a hard-wrapped source line.
 */
export function expectedOffset(text: string, expected: ExpectedFinding): number | string {
  const context = new RegExp(loosely(expected.context), 'u').exec(text);
  if (!context) return `context not found: "${expected.context}"`;
  const word = wordPattern(expected.text).exec(context[0]);
  if (!word) return `"${expected.text}" is not in its context "${expected.context}"`;
  return context.index + word.index;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export function recallOf(
  rule: RecallRule,
  truths: readonly DocumentTruth[],
  texts: ReadonlyMap<string, string>,
  findings: readonly KeyedFinding[],
): RecallResult {
  let expectedCount = 0;
  let found = 0;
  let foundElsewhere = 0;
  const missed: string[] = [];
  const elsewhere: string[] = [];
  for (const truth of truths) {
    const text = texts.get(truth.file);
    if (text === undefined) throw new Error(`ground truth names ${truth.file}, which is not in the set`);
    const reported = findings.filter((finding) => finding.file === truth.file && finding.rule === rule);
    for (const expected of truth[rule]) {
      expectedCount++;
      const offset = expectedOffset(text, expected);
      if (typeof offset === 'string') throw new Error(`${truth.file}: ${offset}`);
      if (reported.some((finding) => finding.start === offset)) found++;
      else {
        const word = wordPattern(expected.text);
        const instead = reported.find((finding) => word.test(finding.quote));
        if (instead) {
          foundElsewhere++;
          elsewhere.push(`${truth.file}: ${expected.text} (first use line ${lineOf(text, offset)}, reported at line ${instead.line})`);
        } else missed.push(`${truth.file}: ${expected.text}`);
      }
    }
  }
  return { expected: expectedCount, found, foundElsewhere, elsewhere, missed };
}
