import { analyzeDocument } from './analyze';
import type { Finding, Fix } from './findings';
import { lintAnalysis, type LintOptions } from './lint';
import { touchesNonProse } from './non-prose';
import { parseMarkdown, type ParsedDocument } from './parse';

/** Rounds of fix-and-re-lint before fix-all stops: a fix can reveal another (an outdated term's successor may be outdated too). */
export const MAX_FIX_ROUNDS = 10;

/** What applying every safe fix gave. */
export interface FixAllResult {
  readonly text: string;
  /** Fixes applied over all rounds. */
  readonly applied: number;
  readonly rounds: number;
  /** Whether the last lint found nothing more to fix (false only when the round limit stopped it). */
  readonly settled: boolean;
}

/**
 * The fixes of these findings that can be applied together: in document order, none overlapping
 * another or inserting at the same place, none touching code, HTML or front matter. The first of
 * two conflicting fixes wins; the next round of fix-all picks the other up if it still applies.
 */
export function compatibleFixes(findings: readonly Finding[], document: ParsedDocument): Fix[] {
  const fixes = findings
    .flatMap((finding) => (finding.fix ? [finding.fix] : []))
    .filter((fix) => fix.start >= 0 && fix.start <= fix.end && fix.end <= document.text.length && !touchesNonProse(fix, document))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  for (const fix of fixes) {
    const previous = chosen[chosen.length - 1];
    if (previous && (fix.start < previous.end || fix.start === previous.start)) continue;
    chosen.push(fix);
  }
  return chosen;
}

/** Applies fixes that `compatibleFixes` chose (sorted, not overlapping) to the text they were made for. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let result = '';
  let at = 0;
  for (const fix of fixes) {
    result += text.slice(at, fix.start) + fix.text;
    at = fix.end;
  }
  return result + text.slice(at);
}

/** Applies every safe fix, re-linting after each round until nothing is left to fix or `maxRounds` is reached. */
export function fixAll(text: string, options: LintOptions, maxRounds = MAX_FIX_ROUNDS): FixAllResult {
  let current = text;
  let applied = 0;
  for (let round = 1; round <= maxRounds; round++) {
    const document = parseMarkdown(current);
    const fixes = compatibleFixes(lintAnalysis(analyzeDocument(document, options.index), options.config), document);
    if (fixes.length === 0) return { text: current, applied, rounds: round - 1, settled: true };
    current = applyFixes(current, fixes);
    applied += fixes.length;
  }
  const document = parseMarkdown(current);
  const settled = compatibleFixes(lintAnalysis(analyzeDocument(document, options.index), options.config), document).length === 0;
  return { text: current, applied, rounds: maxRounds, settled };
}

/** The smallest single replacement that turns `before` into `after`: the text between their common prefix and suffix. */
export function changedSpan(before: string, after: string): { start: number; end: number; text: string } | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
