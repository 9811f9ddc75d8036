import { barChart } from './chart';
import { escapeHtml } from './escape';
import { splitInfo, type MemoReport, type ReportFinding, type ReviewReport } from './model';

/** How the HTML is embedded: a standalone file, or a VS Code webview with its own policy and links. */
export interface HtmlOptions {
  /** The Content-Security-Policy; by default no network, no scripts, inline styles only. */
  readonly contentSecurityPolicy?: string;
  /** Where a finding links to; without it, findings are not links. */
  readonly findingHref?: (memo: MemoReport, finding: ReportFinding) => string;
}

const DEFAULT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5rem; max-width: 72rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; } h3 { font-size: 1rem; margin-top: 1.2rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; } th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.verdict { font-weight: 600; padding: .4rem .6rem; border-radius: 4px; display: inline-block; }
.ready { background: #dafbe1; } .revise { background: #fff8c5; } .not-ready { background: #ffebe9; }
.error { color: #cf222e; } .warning { color: #9a6700; } .info { color: #0969da; }
.chart text { font: 12px system-ui, sans-serif; fill: currentColor; } .chart .bar { fill: #0969da; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 90%; }
td code { white-space: nowrap; }
@media (prefers-color-scheme: dark) { body { color: #e6edf3; background: #0d1117; } th { background: #161b22; } th, td { border-color: #30363d; }
  .ready { background: #033a16; } .revise { background: #3b2e00; } .not-ready { background: #490202; } }
body.vscode-light, body.vscode-dark, body.vscode-high-contrast { color: var(--vscode-foreground); background: var(--vscode-editor-background); }
body.vscode-dark th, body.vscode-high-contrast th { background: var(--vscode-editorWidget-background); }
body.vscode-dark th, body.vscode-dark td, body.vscode-high-contrast th, body.vscode-high-contrast td { border-color: var(--vscode-panel-border); }
body.vscode-dark .ready { background: #033a16; } body.vscode-dark .revise { background: #3b2e00; } body.vscode-dark .not-ready { background: #490202; }
`;

/** The report as one self-contained HTML page: inline CSS and SVG, no scripts, no network; every text escaped. */
export function renderHtml(report: ReviewReport, options: HtmlOptions = {}): string {
  const policy = options.contentSecurityPolicy ?? DEFAULT_POLICY;
  const summary = table(['memo', 'verdict', 'errors', 'warnings', 'info'], report.memos.map((memo) => [
    `<a href="#${memoAnchor(memo)}"><code>${escapeHtml(memo.file)}</code></a>`,
    verdict(memo),
    number(memo.counts.error),
    number(memo.counts.warning),
    number(memo.counts.info),
  ]));
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Policy Lens review</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1>Policy Lens review</h1>',
    summary,
    ...report.memos.map((memo) => memoSection(memo, options)),
    `<p><small>${escapeHtml(`${report.tool} ${report.version}`)}</small></p>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** The id of a memo's section in the page. */
export function memoAnchor(memo: MemoReport): string {
  return `memo-${memo.file.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

function memoSection(memo: MemoReport, options: HtmlOptions): string {
  const parts = [`<section id="${escapeHtml(memoAnchor(memo))}">`, `<h2><code>${escapeHtml(memo.file)}</code></h2>`, `<p>${verdict(memo)}</p>`];
  const bars = memo.sections.filter((section) => section.findings > 0 || section.title !== '').map((section) => ({ label: section.title || '(before the first heading)', value: section.findings }));
  if (bars.length > 0) parts.push('<h3>Findings per section</h3>', barChart(`Findings per section of ${memo.file}`, bars));
  const findingRows = (findings: readonly ReportFinding[]) => findings.map((finding) => {
    const where = `${finding.line}:${finding.column}`;
    const href = options.findingHref?.(memo, finding);
    return [href ? `<a href="${escapeHtml(href)}">${where}</a>` : where, severity(finding.severity), `<code>${escapeHtml(finding.ruleId)}</code>`, escapeHtml(finding.message)];
  });
  const { problems, info, problemRules, infoRules } = splitInfo(memo);
  for (const [title, rules, findings] of [['Findings', problemRules, problems], ['Information', infoRules, info]] as const) {
    if (findings.length === 0) continue;
    parts.push(`<h3>${title} by rule</h3>`, table(['rule', 'severity', 'findings'], rules.map((rule) => [`<code>${escapeHtml(rule.ruleId)}</code>`, severity(rule.severity), number(rule.count)])));
    parts.push(`<h3>${title}</h3>`, table(['where', 'severity', 'rule', 'message'], findingRows(findings)));
  }
  if (memo.sections.some((section) => section.readability)) {
    parts.push('<h3>Sections and readability</h3>', table(['section', 'line', 'findings', 'grade (Flesch-Kincaid)', 'words'], memo.sections.map((section) => [
      escapeHtml(section.title || '(before the first heading)'),
      number(section.line),
      number(section.findings),
      section.readability ? number(section.readability.grade.toFixed(1)) : '–',
      number(section.readability?.words ?? 0),
    ])));
  }
  if (memo.recommendations.length > 0) {
    parts.push('<h3>Recommendations</h3>', table(['line', 'recommendation', 'who acts'], memo.recommendations.map((item) => [number(item.line), escapeHtml(item.text), item.actor ? escapeHtml(item.actor) : '<span class="warning">no one named</span>'])));
  }
  if (memo.acronyms.length > 0) {
    parts.push('<h3>Acronyms</h3>', table(['acronym', 'expansion', 'defined', 'first use', 'uses'], memo.acronyms.map((acronym) => [
      `<code>${escapeHtml(acronym.acronym)}</code>`,
      escapeHtml(acronym.expansion ?? '–'),
      acronym.definedAtLine === null ? '<span class="warning">never</span>' : `line ${acronym.definedAtLine}`,
      `line ${acronym.firstUseLine}`,
      acronym.usedOnce ? '1 <small>(used once: spell it out instead?)</small>' : number(acronym.uses),
    ])));
  }
  if (memo.terms.length > 0) {
    parts.push('<h3>Glossary terms and linked recommendations</h3>', table(['term', 'uses', 'first line', 'linked recommendations'], memo.terms.map((term) => [
      escapeHtml(term.expansion ? `${term.term} (${term.expansion})` : term.term),
      number(term.uses),
      number(term.firstLine),
      term.recommendations.length === 0 ? '–' : `<ul>${term.recommendations.map((r) => `<li>${escapeHtml(r.title)} <small>(${escapeHtml(r.actor)})</small>${r.outcome ? ` <em>${escapeHtml(r.outcome)}</em>` : ''}</li>`).join('')}</ul>`,
    ])));
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** A table whose cells are HTML already escaped by the caller; numbers are marked to align right. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `<tr>${header.map((title) => `<th>${escapeHtml(title)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => (cell.startsWith(NUMBER) ? `<td class="n">${cell.slice(NUMBER.length)}</td>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n');
  return `<table>\n${head}\n${body}\n</table>`;
}

const NUMBER = '\u0001';

function number(value: number | string): string {
  return `${NUMBER}${escapeHtml(String(value))}`;
}

function severity(level: string): string {
  return `<span class="${escapeHtml(level)}">${escapeHtml(level)}</span>`;
}

function verdict(memo: MemoReport): string {
  return `<span class="verdict ${memo.verdict.status}">${escapeHtml(memo.verdict.text)}</span>`;
}
