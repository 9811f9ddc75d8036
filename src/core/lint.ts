import { analyzeDocument, type DocumentAnalysis } from './analyze';
import type { ResolvedConfig } from './config';
import { ControlComments } from './controls';
import type { Finding, Report } from './findings';
import { touchesNonProse } from './non-prose';
import { parseMarkdown } from './parse';
import { withDefaults } from './rule-options';
import { RULES } from './rules/index';
import type { Rule } from './rules/rule';
import type { TermIndex } from './terms';

/** What linting needs besides the text. */
export interface LintOptions {
  readonly index: TermIndex;
  readonly config: ResolvedConfig;
}

/** Lints a Markdown document: every enabled rule, minus what control comments silence, in document order. */
export function lintText(text: string, { index, config }: LintOptions): Finding[] {
  return lintAnalysis(analyzeDocument(parseMarkdown(text), index), config);
}

/**
 * Lints an already analysed document, so an editor can share one parse between linting, hovers and
 * completion. A rule that throws gives one error finding that names it, in place of its findings, and
 * the other rules run on (markdownlint's `handleRuleFailures`).
 */
export function lintAnalysis(analysis: DocumentAnalysis, config: ResolvedConfig, rules: readonly Rule[] = RULES): Finding[] {
  const document = analysis.document;
  const controls = new ControlComments(document.comments, document.lines);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = config.levels.get(rule.id) ?? rule.defaultSeverity;
    if (level === 'off') continue;
    const found: Finding[] = [];
    try {
      const options = withDefaults(rule.options ?? {}, config.options.get(rule.id));
      rule.check({ analysis, allow: config.allow, options }, (report: Report) => {
        const start = document.lines.positionAt(report.start);
        if (!controls.isEmpty && controls.isDisabled(rule.id, start.line)) return;
        const end = document.lines.positionAt(report.end);
        found.push({
          ruleId: rule.id,
          severity: level,
          ...withoutUndefined(report.fix && touchesNonProse(report.fix, document) ? { ...report, fix: undefined } : report),
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
        });
      });
    } catch (error) {
      findings.push(ruleFailure(rule.id, error));
      continue;
    }
    for (const finding of found) findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** The finding that stands for a rule that threw: at the start of the document, an error, naming the rule and what went wrong. */
function ruleFailure(ruleId: string, error: unknown): Finding {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
  return {
    ruleId,
    severity: 'error',
    message: `The rule "${ruleId}" failed on this document and reported nothing (${reason}); the other rules ran. Please report this with the document.`,
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
