import { splitInfo, type MemoReport, type ReviewReport } from './model';

const VERDICT_MARK = { ready: '✅', revise: '⚠️', 'not-ready': '❌' } as const;
/** GitHub keeps comments under 65,536 characters; long finding lists are cut with a note. */
const MAX_FINDINGS_SHOWN = 100;

/** The report as GitHub-flavoured Markdown, for a pull-request comment: one section of tables per memo. */
export function renderMarkdown(report: ReviewReport): string {
  const lines = ['# Policy Lens review', ''];
  // Built with array literals, never push(...list): spreading arguments overflows the call stack at about 100,000 items.
  const sections = report.memos.flatMap((memo) => ['', ...memoSection(memo)]);
  const summary = table(['memo', 'verdict', 'errors', 'warnings', 'info'], report.memos.map((memo) => [code(memo.file), `${VERDICT_MARK[memo.verdict.status]} ${memo.verdict.text}`, memo.counts.error, memo.counts.warning, memo.counts.info]));
  return `${[...lines, ...summary, ...sections].join('\n')}\n`;
}

function memoSection(memo: MemoReport): string[] {
  const lines = [`## ${inlineCode(memo.file)}`, '', `**${VERDICT_MARK[memo.verdict.status]} ${cell(memo.verdict.text)}**`, ''];
  const { problems, info, problemRules, infoRules } = splitInfo(memo);
  let room = MAX_FINDINGS_SHOWN;
  for (const [title, rules, findings] of [['Findings', problemRules, problems], ['Information', infoRules, info]] as const) {
    if (findings.length === 0) continue;
    add(lines, `### ${title} by rule`, '', table(['rule', 'severity', 'findings'], rules.map((rule) => [code(rule.ruleId), rule.severity, rule.count])), '');
    const shown = findings.slice(0, room);
    room -= shown.length;
    if (shown.length > 0) add(lines, `### ${title}`, '', table(['line', 'severity', 'rule', 'message'], shown.map((finding) => [`${finding.line}:${finding.column}`, finding.severity, code(finding.ruleId), finding.message])));
    if (findings.length > shown.length) lines.push('', `…and ${findings.length - shown.length} more; run \`policy-lens lint\` for all of them.`);
    lines.push('');
  }
  const scored = memo.sections.filter((section) => section.readability);
  if (scored.length > 0) {
    add(lines, '### Sections', '', table(['section', 'line', 'findings', 'grade', 'words'], memo.sections.map((section) => [section.title || '(before the first heading)', section.line, section.findings, section.readability?.grade.toFixed(1) ?? '–', section.readability?.words ?? 0])), '');
  }
  if (memo.recommendations.length > 0) {
    add(lines, '### Recommendations', '', table(['line', 'recommendation', 'who acts'], memo.recommendations.map((item) => [item.line, item.text, item.actor ?? '(no one named)'])), '');
  }
  if (memo.acronyms.length > 0) {
    add(lines, '### Acronyms', '', table(['acronym', 'expansion', 'defined', 'first use', 'uses'], memo.acronyms.map((acronym) => [
      code(acronym.acronym),
      acronym.expansion ?? '–',
      acronym.definedAtLine === null ? 'never' : `line ${acronym.definedAtLine}`,
      `line ${acronym.firstUseLine}`,
      acronym.usedOnce ? '1 (used once: spell it out instead?)' : acronym.uses,
    ])), '');
  }
  if (memo.terms.length > 0) {
    add(lines, '### Glossary terms and linked recommendations', '', table(['term', 'uses', 'first line', 'linked recommendations'], memo.terms.map((term) => [
      term.expansion ? `${term.term} (${term.expansion})` : term.term,
      term.uses,
      term.firstLine,
      term.recommendations.length === 0 ? '–' : term.recommendations.map((r) => `${r.title} (${r.actor})${r.outcome ? ` — ${r.outcome}` : ''}`).join('; '),
    ])), '');
  }
  return lines;
}

/** A table cell: text (escaped), a number, or inline code. */
type Cell = string | number | { readonly code: string };

function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string[] {
  const render = (value: Cell) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? cell(value) : inlineCode(value.code));
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(render).join(' | ')} |`)];
}

/** Table cells hold one line; a pipe would end the cell, and HTML and Markdown must show as text. */
function cell(text: string): string {
  return oneLine(text).replace(/([\\`*_[\]|])/g, '\\$1').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline code on one line; a pipe is escaped even inside code, as GFM tables require. Backticks become quotes. */
function inlineCode(text: string): string {
  return `\`${oneLine(text).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** Every line break (CRLF, a lone CR or LF, U+2028, U+2029) and the spaces around it become one space. */
function oneLine(text: string): string {
  const parts = text.split(/\r\n?|[\n\u2028\u2029]/);
  if (parts.length === 1) return text;
  const last = parts.length - 1;
  return parts.map((part, i) => (i === 0 ? part.trimEnd() : i === last ? part.trimStart() : part.trim())).join(' ');
}

/** Appends lines and lists of lines one by one: push(...list) overflows the call stack on a long list. */
function add(lines: string[], ...parts: (string | readonly string[])[]): void {
  for (const part of parts) {
    if (typeof part === 'string') lines.push(part);
    else for (const line of part) lines.push(line);
  }
}

function code(text: string): Cell {
  return { code: text };
}
