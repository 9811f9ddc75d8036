import { lintAnalysis, RULES, type DocumentAnalysis, type Finding, type ResolvedConfig } from '../core/index';

/** How long one lint of a memo may run before the rules still to run are skipped. */
export const DEFAULT_LINT_BUDGET_MS = 2000;

/** How long the server works between two looks at its message queue (a cancellation, a newer edit). */
const SLICE_MS = 16;

/** A lint that stopped at its time budget: how long it ran and which rules it did not run. */
export interface OverBudget {
  readonly elapsedMs: number;
  readonly skippedRules: readonly string[];
}

export type BudgetedLint = { readonly findings: Finding[]; readonly overBudget?: OverBudget } | 'stale';

/**
 * Lints an analysed memo rule by rule, the same findings as one `lintAnalysis`: between rules it
 * lets the connection read waiting messages, and gives up ('stale') once `isStale` says a newer edit
 * made the work pointless. Past `budgetMs` the remaining rules are skipped and named, so a crafted
 * memo costs the server at most about the budget plus one rule, never the editor anything.
 */
export async function lintWithinBudget(analysis: DocumentAnalysis, config: ResolvedConfig, budgetMs: number, isStale: () => boolean): Promise<BudgetedLint> {
  const started = performance.now();
  let sliceStarted = started;
  const findings: Finding[] = [];
  const skippedRules: string[] = [];
  for (const rule of RULES) {
    if (performance.now() - started >= budgetMs) {
      if ((config.levels.get(rule.id) ?? rule.defaultSeverity) !== 'off') skippedRules.push(rule.id);
      continue;
    }
    findings.push(...lintAnalysis(analysis, config, [rule]));
    if (performance.now() - sliceStarted > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isStale()) return 'stale';
      sliceStarted = performance.now();
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return skippedRules.length > 0 ? { findings, overBudget: { elapsedMs: Math.round(performance.now() - started), skippedRules } } : { findings };
}
