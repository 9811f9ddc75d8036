// Labels are keyed by what a finding covers, not where: file + rule + the quoted text (+ which occurrence of
// that quote, counted in document order), so inserting or moving unrelated text leaves them attached.

/** A person's judgement of a finding: would a demanding policy editor want the text changed? */
export type Verdict = 'true' | 'false' | 'debatable';

/** One judged (or, with `verdict: null`, still to be judged) finding. */
export interface Label {
  readonly file: string;
  readonly rule: string;
  /** The text the finding covers, whitespace collapsed, cut at QUOTE_LIMIT characters. */
  readonly quote: string;
  /** 1-based, among findings of the same rule with the same quote in the same file; absent means 1. */
  readonly occurrence?: number;
  readonly verdict: Verdict | null;
  readonly reason: string;
}

/** A finding reduced to its label key, with its position for people to find it. */
export interface KeyedFinding {
  readonly file: string;
  readonly rule: string;
  readonly quote: string;
  readonly occurrence: number;
  readonly line: number;
  readonly column: number;
  readonly start: number;
}

/** What a finding must have to be keyed: the engine's Finding satisfies it. */
export interface LocatedFinding {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/** Long quotes (a whole sentence for some rules) are cut so a label stays readable. */
export const QUOTE_LIMIT = 160;

export function quoteOf(text: string, start: number, end: number): string {
  const quote = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return quote.length > QUOTE_LIMIT ? quote.slice(0, QUOTE_LIMIT) : quote;
}

/** Keys a document's findings, numbering repeated quotes of the same rule in document order. */
export function keyFindings(file: string, text: string, findings: readonly LocatedFinding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return [...findings]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((finding) => {
      const quote = quoteOf(text, finding.start, finding.end);
      const key = `${finding.ruleId}\u0000${quote}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return { file, rule: finding.ruleId, quote, occurrence, line: finding.line, column: finding.column, start: finding.start };
    });
}

const labelKey = (file: string, rule: string, quote: string, occurrence: number) => `${file}\u0000${rule}\u0000${quote}\u0000${occurrence}`;

export interface LabelMatch {
  /** Findings with a verdict. */
  readonly judged: readonly { readonly finding: KeyedFinding; readonly label: Label & { readonly verdict: Verdict } }[];
  /** Findings without a label, or whose label has no verdict yet. */
  readonly unlabelled: readonly KeyedFinding[];
  /** Labels that no finding matches any more (the rule stopped reporting that text). */
  readonly stale: readonly Label[];
}

export function matchLabels(findings: readonly KeyedFinding[], labels: readonly Label[]): LabelMatch {
  const byKey = new Map(labels.map((label) => [labelKey(label.file, label.rule, label.quote, label.occurrence ?? 1), label]));
  const used = new Set<Label>();
  const judged: { finding: KeyedFinding; label: Label & { verdict: Verdict } }[] = [];
  const unlabelled: KeyedFinding[] = [];
  for (const finding of findings) {
    const label = byKey.get(labelKey(finding.file, finding.rule, finding.quote, finding.occurrence));
    if (label) used.add(label);
    if (label && label.verdict !== null) judged.push({ finding, label: label as Label & { verdict: Verdict } });
    else unlabelled.push(finding);
  }
  return { judged, unlabelled, stale: labels.filter((label) => !used.has(label)) };
}

/** An empty label for a person to fill in. */
export function stubFor(finding: KeyedFinding): Label {
  return {
    file: finding.file,
    rule: finding.rule,
    quote: finding.quote,
    ...(finding.occurrence > 1 ? { occurrence: finding.occurrence } : {}),
    verdict: null,
    reason: '',
  };
}

/** `folder/file:line:col rule "quote"`, the line a person labels from. */
export function formatFinding(folder: string, finding: KeyedFinding): string {
  const nth = finding.occurrence > 1 ? ` (occurrence ${finding.occurrence})` : '';
  return `${folder}/${finding.file}:${finding.line}:${finding.column} ${finding.rule} "${finding.quote}"${nth}`;
}

/** Reads a labels file's content; a clear message names what is wrong. */
export function parseLabels(json: string, source: string): Label[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source}: ${(error as Error).message}`);
  }
  const list = (data as { labels?: unknown }).labels;
  if (!Array.isArray(list)) throw new Error(`${source}: expected an object with a "labels" array`);
  list.forEach((label, i) => {
    const entry = label as Partial<Label>;
    const ok =
      typeof entry.file === 'string' && typeof entry.rule === 'string' && typeof entry.quote === 'string' && typeof entry.reason === 'string' &&
      (entry.verdict === null || entry.verdict === 'true' || entry.verdict === 'false' || entry.verdict === 'debatable') &&
      (entry.occurrence === undefined || (Number.isInteger(entry.occurrence) && entry.occurrence >= 1));
    if (!ok) throw new Error(`${source}: label ${i + 1} needs file, rule, quote, reason (strings), verdict ("true", "false", "debatable" or null) and an optional occurrence ≥ 1`);
  });
  return list as Label[];
}
