import { escapeControlCharacters, type Severity } from '../../core/index';
import { shownFindings } from './shown';
import type { Formatter } from './types';

/** Human-readable output grouped by file, in the style of ESLint's "stylish". */
export function createStylishFormatter(useColor: boolean, { quiet = false, includeInfo = false } = {}): Formatter {
  const paint = (code: number, text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
  // File names, messages and rule ids are data: one line each, no control characters of their own.
  const field = (text: string) => escapeControlCharacters(text, { singleLine: true });
  const severityLabel: Record<Severity, string> = {
    error: paint(31, 'error'),
    warning: paint(33, 'warning'),
    info: paint(36, 'info'),
  };
  return (results, verdict) => {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const blocks: string[] = [];
    let hiddenInfo = 0;
    for (const result of results) {
      const findings = shownFindings(result.findings, includeInfo);
      hiddenInfo += result.findings.length - findings.length;
      if (findings.length === 0) continue;
      const lines = [paint(4, field(result.file))];
      const width = findings.reduce((widest, finding) => Math.max(widest, `${finding.line}:${finding.column}`.length), 0);
      for (const finding of findings) {
        counts[finding.severity]++;
        const where = `${finding.line}:${finding.column}`.padEnd(width);
        lines.push(`  ${paint(2, where)}  ${severityLabel[finding.severity].padEnd(useColor ? 16 : 7)}  ${field(finding.message)}  ${paint(2, field(finding.ruleId))}`);
      }
      blocks.push(lines.join('\n'));
    }
    const total = counts.error + counts.warning + counts.info;
    if (results.length === 0) return '';
    const hidden = hiddenInfo > 0 ? `; ${hiddenInfo} info not shown (--include-info shows ${hiddenInfo === 1 ? 'it' : 'them'})` : '';
    // The mark and the reason follow the exit code: a run that fails never ends on a tick or a mere warning sign.
    const failed = verdict?.failed ?? counts.error > 0;
    const because = failed && verdict?.reason ? `; fails: ${verdict.reason}` : '';
    const checked = `${results.length} file${results.length === 1 ? '' : 's'} checked`;
    if (total === 0) return `${failed ? paint(31, '✖') : paint(32, '✔')} ${checked}, ${quiet ? 'no errors shown (--quiet hides warnings)' : failed ? 'no findings shown' : 'no problems'}${hidden}${because}\n`;
    const summary = `${failed ? paint(31, '✖') : paint(33, '⚠')} ${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${results.length} file${results.length === 1 ? '' : 's'}${hidden}${because}`;
    return `${blocks.join('\n\n')}\n\n${summary}\n`;
  };
}
