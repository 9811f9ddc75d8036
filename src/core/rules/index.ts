import type { RuleLevel } from '../config';
import { REVIEW_PRESET, RULE_DOCS_BASE_URL } from '../constants';
import type { Severity } from '../findings';
import { acronymExpansion } from './acronym-expansion';
import { acronymUndefined } from './acronym-undefined';
import { claimUnsourced } from './claim-unsourced';
import { memoStructure } from './memo-structure';
import { passiveRecommendation } from './passive-recommendation';
import { readability } from './readability';
import { recommendationActor } from './recommendation-actor';
import type { Rule } from './rule';
import type { OptionSpec } from '../rule-options';
import { sentenceLength } from './sentence-length';
import { termOutdated } from './term-outdated';
import { termReference } from './term-reference';
import { vagueCommitment } from './vague-commitment';

export type { Rule, RuleContext } from './rule';

/** Every rule, in the order they run. */
export const RULES: readonly Rule[] = [
  acronymUndefined,
  acronymExpansion,
  termOutdated,
  termReference,
  memoStructure,
  recommendationActor,
  passiveRecommendation,
  vagueCommitment,
  claimUnsourced,
  sentenceLength,
  readability,
];

/** Rule ids, for configuration validation and completion. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** Each rule's declared options, for configuration validation and the schema. */
export const RULE_OPTION_SPECS: ReadonlyMap<string, Readonly<Record<string, OptionSpec>>> = new Map(RULES.map((rule) => [rule.id, rule.options ?? {}]));

/** Each rule's default level (`off` for rules only a preset turns on). */
export const DEFAULT_SEVERITIES: ReadonlyMap<string, RuleLevel> = new Map(RULES.map((rule) => [rule.id, rule.defaultSeverity]));

/** Each preset a configuration may extend → the levels it sets over the defaults. */
export const PRESETS: ReadonlyMap<string, ReadonlyMap<string, Severity>> = new Map([
  [REVIEW_PRESET, new Map(RULES.flatMap((rule): [string, Severity][] => (rule.reviewSeverity ? [[rule.id, rule.reviewSeverity]] : [])))],
]);

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}
