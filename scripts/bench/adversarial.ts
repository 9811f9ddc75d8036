// Adversarial inputs next to normal prose of the same size. Each construct that once cost more than
// linear time is linted at 64 KB, 128 KB, … 1 MB: the table shows the CPU time per size (user +
// system time of this process, which a machine shared with other jobs disturbs far less than wall
// time: under a load of 20 on two cores, wall time swung by 3x between sizes), the worst ratio
// between one size and the one before (a linear cost doubles, 2.3x at most is the target) and the
// worst ratio to normal prose of the same size (3x at most). The unit tests check what these inputs
// give, never how long they take.
//
// Arguments: `--sizes 10,20,40,80` (KB), `--only <part of a construct's name>`, `--budget <seconds>`
// (a construct stops growing once one size takes longer; default 60).
import { readFileSync } from 'node:fs';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig, REVIEW_PRESET } from '../../src/core/index';
import { ADVERSARIAL_CONSTRUCTS, distinctAcronyms, longLine, nestedLists, nestedQuotes, normalProse } from '../../test/unit/helpers/adversarial-inputs';
import { benchCorpus } from './corpus.mjs';

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const sizesKb = (argument('sizes') ?? '64,128,256,512,1024').split(',').map(Number);
const only = argument('only');
const budgetMs = Number(argument('budget') ?? 60) * 1000;

const index = getBundledIndex();
// Every rule runs: those the review preset turns on, and claim-unsourced, which a team turns on by name.
const config = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET], rules: { 'claim-unsourced': 'warning', 'term-reference': 'info' } });
/** CPU milliseconds (user + system, every thread of the process, so garbage collection counts) to lint `text`. */
const lint = (text: string) => {
  const started = process.cpuUsage();
  lintText(text, { index, config });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

/** Real Markdown: the benchmark corpus's files joined in order, cut to the size wanted at a line break. */
function realMarkdown(): (bytes: number) => string {
  const largest = Math.max(...sizesKb) * 1024;
  const parts: string[] = [];
  let length = 0;
  const { files } = benchCorpus(process.cwd());
  for (let i = 0; length < largest && files.length > 0; i = (i + 1) % files.length) {
    const text = readFileSync(files[i], 'utf8');
    parts.push(text);
    length += text.length + 2;
  }
  const joined = parts.join('\n\n');
  return (bytes) => joined.slice(0, joined.lastIndexOf('\n', bytes) + 1);
}

// Ordinary Markdown whose blocks are as short as the constructs' lines: micromark's cost per block
// (a tokenizer for each paragraph, list item and definition), for scale next to the constructs.
const shortBlocks = { name: 'one-line paragraphs (ordinary, for scale)', make: (bytes: number) => 'The TPA lapsed.\n\n'.repeat(Math.ceil(bytes / 17)).slice(0, bytes) };
const constructs = [...ADVERSARIAL_CONSTRUCTS, shortBlocks, { name: 'real Markdown (the bench corpus)', make: realMarkdown() }]
  .filter((construct) => !only || construct.name.includes(only));

lint(normalProse(256 * 1024));
const proseMs = new Map(sizesKb.map((kb) => [kb, lint(normalProse(kb * 1024))]));
const label = (kb: number) => (kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`);
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

console.log(`adversarial inputs (in-process lintText of the bundled engine; CPU seconds per size; ${new Date().toISOString().slice(0, 10)}):\n`);
const rows: Record<string, string>[] = [{ construct: 'normal prose', ...Object.fromEntries(sizesKb.map((kb) => [label(kb), seconds(proseMs.get(kb) ?? 0)])), 'worst doubling': '', 'worst ÷ prose': '' }];
let worstDoubling = 0;
let worstToProse = 0;
for (const construct of constructs) {
  const row: Record<string, string> = { construct: construct.name };
  let previous: number | undefined;
  let doubling = 0;
  let toProse = 0;
  let stopped = false;
  for (const kb of sizesKb) {
    if (stopped) {
      row[label(kb)] = '—';
      continue;
    }
    const ms = lint(construct.make(kb * 1024));
    row[label(kb)] = seconds(ms);
    // Below 50 ms a ratio is mostly noise.
    if (previous !== undefined && previous > 50) doubling = Math.max(doubling, ms / previous);
    toProse = Math.max(toProse, ms / (proseMs.get(kb) ?? ms));
    previous = ms;
    stopped = ms > budgetMs;
  }
  row['worst doubling'] = `${doubling.toFixed(2)}x${stopped ? ' (stopped: over budget)' : ''}`;
  row['worst ÷ prose'] = `${toProse.toFixed(2)}x`;
  if (construct === shortBlocks) row.construct += ' ¹';
  else {
    worstDoubling = Math.max(worstDoubling, stopped ? Infinity : doubling);
    worstToProse = Math.max(worstToProse, toProse);
  }
  rows.push(row);
}
printTable(rows);
console.log(`\n¹ Not adversarial and not counted below: ordinary Markdown in blocks as short as the constructs' lines, to show what micromark's cost per block is.`);
console.log(`\nTarget: each doubling at most 2.3x: worst ${worstDoubling.toFixed(2)}x ${worstDoubling <= 2.3 ? '(met)' : '(NOT met)'}`);
console.log(`Target: each size at most 3x normal prose: worst ${worstToProse.toFixed(2)}x ${worstToProse <= 3 ? '(met)' : '(NOT met)'}`);

if (!only) {
  console.log('\nfixed-size inputs (ratio to normal prose of the same size):');
  const inputs: [string, string][] = [
    ['a 2 MB line with no breaks', longLine(2 * 1024 * 1024)],
    ['100,000 nested list levels', nestedLists(100_000)],
    ['100,000 nested quote levels', nestedQuotes(100_000)],
    ['50,000 distinct acronyms', distinctAcronyms(50_000)],
    ['2 MB of "("', '('.repeat(2 * 1024 * 1024)],
  ];
  for (const [name, text] of inputs) {
    const ms = lint(text);
    const prose = lint(normalProse(text.length));
    console.log(`- ${name} (${(text.length / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms, ${(ms / prose).toFixed(2)}x prose (${prose.toFixed(0)} ms)`);
  }
}

function printTable(table: Record<string, string>[]) {
  const columns = Object.keys(table[0]);
  const widths = columns.map((column) => Math.max(column.length, ...table.map((row) => String(row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(columns));
  console.log(`| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : '-'.repeat(width - 1) + ':')).join(' | ')} |`);
  for (const row of table) console.log(line(columns.map((column) => row[column] ?? '')));
}
