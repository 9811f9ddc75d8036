/** The review report: a model built from analyses and findings, and its Markdown, HTML and JSON renderings. */
export { buildMemoReport, buildReviewReport, type MemoReport, type ReportFinding, type ReportSection, type ReportAcronym, type ReportTerm, type ReviewReport, type VerdictStatus } from './model';
export { renderMarkdown } from './markdown';
export { renderHtml, memoAnchor, type HtmlOptions } from './html';
export { renderJson } from './json';
