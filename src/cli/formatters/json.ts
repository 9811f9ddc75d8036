import type { Finding } from '../../core/index';
import type { FileResult, Formatter } from './types';

/**
 * The public JSON contract: one object per file, `{ file, messages: [...] }`. Fix ranges are
 * string offsets (UTF-16 code units) into the file's text, as ESLint's are.
 */
export const formatJson: Formatter = (results) => JSON.stringify(results.map(toJson), null, 2) + '\n';

function toJson(result: FileResult) {
  return { file: result.file, messages: result.findings.map(toMessage) };
}

function toMessage(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    ...(finding.term ? { term: finding.term } : {}),
    ...(finding.recommendations && finding.recommendations.length > 0 ? { recommendations: [...finding.recommendations] } : {}),
    ...(finding.fix ? { fix: { range: [finding.fix.start, finding.fix.end], text: finding.fix.text, title: finding.fix.title } } : {}),
  };
}
