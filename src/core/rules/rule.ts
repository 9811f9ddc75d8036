import type { DocumentAnalysis } from '../analyze';
import type { RuleLevel } from '../config';
import type { Report, Severity } from '../findings';
import type { OptionSpecs, OptionValues, RuleOptions } from '../rule-options';

/**
 * What a rule sees: the analysed document, the allow-list, and its own options with their defaults
 * filled in. Not the whole configuration: a rule's behaviour never hangs on another rule's level or options.
 */
export interface RuleContext<Options = RuleOptions> {
  readonly analysis: DocumentAnalysis;
  /** Acronyms that need no definition. */
  readonly allow: ReadonlySet<string>;
  readonly options: Options;
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
  /** The options the rule reads from `[level, { ...options }]` in configuration: the one place their kinds, defaults and descriptions are written. */
  readonly options?: OptionSpecs;
  check(context: RuleContext, report: (report: Report) => void): void;
}

/** A rule with options, whose `check` gets them typed from the declarations. */
export interface RuleWithOptions<S extends OptionSpecs> extends Omit<Rule, 'options' | 'check'> {
  readonly options: S;
  check(context: RuleContext<OptionValues<S>>, report: (report: Report) => void): void;
}

/**
 * Declares a rule with options. The linter hands every rule its validated options with the declared
 * defaults filled in (`withDefaults`), which is what `OptionValues<S>` describes.
 */
export function defineRule<const S extends OptionSpecs>(rule: RuleWithOptions<S>): Rule {
  return rule as unknown as Rule;
}
