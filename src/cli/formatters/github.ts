import { escapeControlCharacters, type Severity } from '../../core/index';
import { shownFindings } from './shown';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands, which show up as annotations on the pull request; information only with `includeInfo` or when configured. */
export const createGithubFormatter = ({ includeInfo = false } = {}): Formatter => (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const finding of shownFindings(result.findings, includeInfo)) {
      const properties = [
        `file=${escapeProperty(result.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(`policy-lens(${finding.ruleId})`)}`,
      ].join(',');
      lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};

/** The runner's escapes, so a value cannot end the command or start another line; other control characters made visible. */
function escapeData(text: string): string {
  return escapeControlCharacters(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
