import type { DocumentAnalysis } from '../analyze';
import type { ResolvedConfig, RuleLevel } from '../config';
import type { Report, Severity } from '../findings';
import type { OptionSpec } from '../rule-options';

/** What a rule sees: the analysed document and the resolved configuration. */
export interface RuleContext {
  readonly analysis: DocumentAnalysis;
  readonly config: ResolvedConfig;
}

/** A lint rule: a plain object, one per file, registered in `rules/index.ts`. */
export interface Rule {
  /** Stable id, used in configuration, control comments and output. */
  readonly id: string;
  /** One line on what the rule finds. */
  readonly description: string;
  /** The rule's level when no configuration names it; `off` for rules only the review preset turns on. */
  readonly defaultSeverity: RuleLevel;
  /** The rule's level under the opt-in preset `"extends": "policy-lens:review"`; absent when the preset leaves it at its default. */
  readonly reviewSeverity?: Severity;
  /** Whether the rule's reports carry fixes. */
  readonly fixable: boolean;
  readonly tags: readonly string[];
  /** The options the rule reads from `[level, { ...options }]` in configuration. */
  readonly options?: Readonly<Record<string, OptionSpec>>;
  check(context: RuleContext, report: (report: Report) => void): void;
}
