import { escapeHtml } from './escape';

/** One bar: a label and a count. */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

const ROW = 22;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 260;

/** A horizontal bar chart as inline SVG (no script, no external resource), with a title for screen readers. */
export function barChart(title: string, bars: readonly Bar[]): string {
  // A loop, not Math.max(...values): spreading 130,000 arguments overflows the call stack.
  const max = bars.reduce((largest, bar) => Math.max(largest, bar.value), 1);
  const height = bars.length * ROW + 4;
  const width = LABEL_WIDTH + BAR_WIDTH + 40;
  const rows = bars.map((bar, index) => {
    const y = index * ROW + 2;
    const length = Math.round((bar.value / max) * BAR_WIDTH);
    const label = bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label;
    return [
      `<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${length}" height="${ROW - 6}" class="bar"><title>${escapeHtml(`${bar.label}: ${bar.value}`)}</title></rect>`,
      `<text x="${LABEL_WIDTH + length + 6}" y="${y + 15}">${bar.value}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(title)}</title>${rows.join('')}</svg>`;
}
