import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl, type Severity } from '../../core/index';
import type { Formatter } from './types';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** A SARIF 2.1.0 log, for code-scanning uploads. Columns are UTF-16 code units, as the run declares. */
export function createSarifFormatter(version: string): Formatter {
  return (results) => {
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'policy-lens',
              version,
              informationUri: ruleDocsUrl('').replace(/\/docs\/rules\/\.md$/, ''),
              rules: RULES.map((rule) => ({
                id: rule.id,
                shortDescription: { text: rule.description },
                helpUri: ruleDocsUrl(rule.id),
                defaultConfiguration: rule.defaultSeverity === 'off' ? { enabled: false, level: LEVEL[rule.reviewSeverity ?? 'info'] } : { level: LEVEL[rule.defaultSeverity] },
                properties: { tags: [...rule.tags] },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results: results.flatMap((result) =>
            result.findings.map((finding) => ({
              ruleId: finding.ruleId,
              ruleIndex: ruleIndex.get(finding.ruleId),
              level: LEVEL[finding.severity],
              message: { text: finding.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: artifactUri(result.file) },
                    region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
                  },
                },
              ],
              ...(finding.fix
                ? {
                    fixes: [
                      {
                        description: { text: finding.fix.title },
                        artifactChanges: [
                          {
                            artifactLocation: { uri: artifactUri(result.file) },
                            replacements: [{ deletedRegion: { charOffset: finding.fix.start, charLength: finding.fix.end - finding.fix.start }, insertedContent: { text: finding.fix.text } }],
                          },
                        ],
                      },
                    ],
                  }
                : {}),
            })),
          ),
        },
      ],
    };
    return JSON.stringify(log, null, 2) + '\n';
  };
}

/** A relative path as a relative URI reference (each segment encoded, so "#" or "?" stay part of the name); an absolute path as a file: URL. */
function artifactUri(file: string): string {
  return isAbsolute(file) ? pathToFileURL(file).href : file.split('/').map(encodeURIComponent).join('/');
}
