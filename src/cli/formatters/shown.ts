import { DEFAULT_SEVERITIES, type Finding } from '../../core/index';

/**
 * Which findings the human-facing formats (stylish, github) print. Information findings wait until asked:
 * `--include-info` prints them all, and a rule whose information level comes from the configuration (one
 * that is not information by default, such as `"term-reference": "info"`) was asked for by name.
 */
export function shownFindings(findings: readonly Finding[], includeInfo: boolean): Finding[] {
  return includeInfo ? [...findings] : findings.filter((finding) => finding.severity !== 'info' || DEFAULT_SEVERITIES.get(finding.ruleId) !== 'info');
}
