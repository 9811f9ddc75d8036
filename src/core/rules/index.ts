import { RULE_DOCS_BASE_URL } from '../constants';
import type { Severity } from '../findings';
import { acronymExpansion } from './acronym-expansion';
import { acronymUndefined } from './acronym-undefined';
import type { Rule } from './rule';
import { termOutdated } from './term-outdated';
import { termReference } from './term-reference';

export type { Rule, RuleContext } from './rule';

/** Every rule, in the order they run. */
export const RULES: readonly Rule[] = [acronymUndefined, acronymExpansion, termOutdated, termReference];

/** Rule ids, for configuration validation and completion. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** Each rule's default severity. */
export const DEFAULT_SEVERITIES: ReadonlyMap<string, Severity> = new Map(RULES.map((rule) => [rule.id, rule.defaultSeverity]));

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}
