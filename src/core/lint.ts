import { analyzeDocument, type DocumentAnalysis } from './analyze';
import type { ResolvedConfig } from './config';
import { ControlComments } from './controls';
import type { Finding, Report } from './findings';
import { parseMarkdown } from './parse';
import { RULES } from './rules/index';
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

/** Lints an already analysed document, so an editor can share one parse between linting, hovers and completion. */
export function lintAnalysis(analysis: DocumentAnalysis, config: ResolvedConfig): Finding[] {
  const document = analysis.document;
  const controls = new ControlComments(document.comments, document.lines);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const level = config.levels.get(rule.id) ?? rule.defaultSeverity;
    if (level === 'off') continue;
    rule.check({ analysis, config }, (report: Report) => {
      const start = document.lines.positionAt(report.start);
      if (!controls.isEmpty && controls.isDisabled(rule.id, start.line)) return;
      const end = document.lines.positionAt(report.end);
      findings.push({
        ruleId: rule.id,
        severity: level,
        ...withoutUndefined(report),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      });
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
