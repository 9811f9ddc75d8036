import type { ReviewReport } from './model';

/** The report as JSON: the model itself, documented in README ("Review report"), two-space indented. */
export function renderJson(report: ReviewReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
