// Adversarial inputs next to normal prose of the same size. Each construct that once cost more than
// linear time is linted at 256 KB, 512 KB, … at least 1 MB; the table shows the CPU time per size,
// the worst ratio between one size and the one before (a linear cost doubles, 2.3x at most is the
// target) and the worst ratio to normal prose of the same size (3x at most). The unit tests check
// what these inputs give, never how long they take.
//
// Made to hold on a machine shared with other jobs (2 cores, load 5 to 30), without hiding real growth:
// - The clock is CPU time of the whole process (`process.cpuUsage()`: user + system, every thread), not
//   wall time, which counts the time other jobs hold the core. Every thread, because garbage the lint
//   makes is part of its cost and V8 splits collecting it between the main thread and helper threads
//   in proportions that depend on how often the helpers get a core, that is on the load. The main
//   thread's own CPU time (`/proc/thread-self/schedstat`, Linux) is measured too and reported as a
//   cross-check. (`performance.eventLoopUtilization()` is no help: the lint is synchronous, so the loop
//   is busy for its whole wall time, preemption included.)
// - Each size is linted several times (at least `--reps`, default 3, and more while the repetitions
//   of that size have used under a second) and the fastest is kept: every repetition does the same
//   work from the same cold state, so what varies is interference (another job emptying the caches,
//   preemption), which only ever adds time. Super-linear work is in every repetition and survives the
//   minimum. The spread (slowest ÷ fastest) is printed so the noise is visible, and so is the worst
//   doubling computed from medians.
// - Each repetition starts cold: the engine's caches by text are emptied first (memo.ts; otherwise a
//   repetition takes its sentences from the one before and costs a third as much: an editor's re-lint,
//   not the first lint of a hostile file), and a full garbage collection runs (node --expose-gc) so it
//   does not pay for the previous one's garbage. Each construct is linted once at 32 KB first, untimed,
//   so its paths are compiled.
// - Sizes start at 256 KB: at 128 KB a lint of "digits and commas" fit in V8's young generation (1
//   scavenge, 4 at 256 KB, 8 at 512 KB), so its first doubling measured the onset of garbage
//   collection (2.86x) rather than growth. A doubling counts only when the smaller size takes at
//   least `--floor` ms (default 100), since the ratio of two very short times is mostly noise.
//   Constructs that are cheap at 1 MB go on doubling (to 4 MB by default) while one size takes under
//   `--grow` seconds, so each gets doublings above the floor: super-linear growth shows more, not
//   less, at larger sizes.
//
// Arguments: `--sizes 256,512,1024` (KB), `--up-to <KB>` (every construct is measured up to this size;
// default 1024), `--only <part of a construct's name>`, `--reps <n>` (default 3), `--floor <ms>`,
// `--grow <seconds>` (default 4), `--budget <seconds>` (a construct stops once one size takes longer,
// even below `--up-to`, and fails; default 90), `--clock thread` (rank by main-thread CPU instead),
// `--verbose` (every repetition's times).
import { readFileSync } from 'node:fs';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig, REVIEW_PRESET } from '../../src/core/index';
import { forgetEverythingRemembered } from '../../src/core/memo';
import { ADVERSARIAL_CONSTRUCTS, distinctAcronyms, longLine, nestedLists, nestedQuotes, normalProse } from '../../test/unit/helpers/adversarial-inputs';
import { benchCorpus } from './corpus.mjs';

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const sizesKb = (argument('sizes') ?? '256,512,1024,2048,4096').split(',').map(Number);
const upToKb = Number(argument('up-to') ?? 1024);
const only = argument('only');
const minReps = Number(argument('reps') ?? 3);
const floorMs = Number(argument('floor') ?? 100);
const growMs = Number(argument('grow') ?? 4) * 1000;
const budgetMs = Number(argument('budget') ?? 90) * 1000;
const byThread = argument('clock') === 'thread';
const verbose = process.argv.includes('--verbose');
/** Repetitions go on while those of one size have used less CPU than this, up to MAX_REPS. */
const REPEAT_WHILE_UNDER_MS = 1000;
const MAX_REPS = 9;

const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) console.warn('(no --expose-gc: repetitions may pay for each other\'s garbage)');

const index = getBundledIndex();
// Every rule runs: those the review preset turns on, and claim-unsourced, which a team turns on by name.
const config = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET], rules: { 'claim-unsourced': 'warning', 'term-reference': 'info' } });

/** CPU nanoseconds the calling thread has run (Linux), or undefined where /proc does not say. */
function threadCpuNs(): number | undefined {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

interface Timing {
  /** CPU ms of the process (every thread). */
  readonly process: number;
  /** CPU ms of the main thread, NaN where unknown. */
  readonly thread: number;
}

/**
 * One lint of `text` from cold: the engine's caches by text emptied (a repetition of the same text
 * would otherwise take its sentences from memory), then a full collection so it does not pay for
 * garbage made before it.
 */
function lintOnce(text: string): Timing {
  forgetEverythingRemembered();
  collectGarbage?.();
  const threadStarted = threadCpuNs();
  const started = process.cpuUsage();
  lintText(text, { index, config });
  const used = process.cpuUsage(started);
  const threadEnded = threadCpuNs();
  return { process: (used.user + used.system) / 1000, thread: threadStarted === undefined || threadEnded === undefined ? NaN : (threadEnded - threadStarted) / 1e6 };
}

interface Sample {
  readonly reps: number;
  /** Fastest, median and slowest repetition by the chosen clock, and the fastest by the other. */
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly otherMin: number;
}

/** Lints a text `make()` gives (a new string each time) at least `minReps` times, more while those have used under REPEAT_WHILE_UNDER_MS. */
function measure(make: () => string): Sample {
  const timings: Timing[] = [];
  let spent = 0;
  while (timings.length < minReps || (spent < REPEAT_WHILE_UNDER_MS && timings.length < MAX_REPS)) {
    const timing = lintOnce(make());
    timings.push(timing);
    spent += timing.process;
    if (timing.process > budgetMs) break;
  }
  if (verbose) {
    const list = (clock: keyof Timing) => timings.map((timing) => timing[clock].toFixed(0)).join(' ');
    console.log(`  ${(make().length / 1024).toFixed(0)} KB: process ${list('process')} ms; main thread ${list('thread')} ms`);
  }
  const chosen = timings.map((timing) => (byThread ? timing.thread : timing.process)).sort((a, b) => a - b);
  const other = timings.map((timing) => (byThread ? timing.process : timing.thread));
  return { reps: timings.length, min: chosen[0], median: chosen[Math.floor((chosen.length - 1) / 2)], max: chosen[chosen.length - 1], otherMin: Math.min(...other) };
}

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
const prose = { name: 'normal prose', make: normalProse };
const constructs = [prose, ...ADVERSARIAL_CONSTRUCTS, shortBlocks, { name: 'real Markdown (the bench corpus)', make: realMarkdown() }]
  .filter((construct) => construct === prose || !only || construct.name.includes(only));

const label = (kb: number) => (kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`);
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '—');

lintOnce(normalProse(256 * 1024));
const clockName = byThread ? 'main-thread CPU' : 'process CPU (all threads)';
console.log(`adversarial inputs (in-process lintText of the bundled engine; ${clockName} seconds per size, fastest of ${minReps} to ${MAX_REPS} repetitions; ${new Date().toISOString().slice(0, 10)}; load average ${loadAverage()}):\n`);

const proseMs = new Map<number, number>();
const rows: Record<string, string>[] = [];
const reps: number[] = [];
const summary = { doubling: 0, medianDoubling: 0, otherDoubling: 0, toProse: 0, counted: 0, failed: [] as string[] };
for (const construct of constructs) {
  lintOnce(construct.make(32 * 1024));
  const row: Record<string, string> = { construct: construct.name };
  let previous: Sample | undefined;
  let doubling = 0;
  let medianDoubling = 0;
  let otherDoubling = 0;
  let counted = 0;
  let spread = 1;
  let toProse = 0;
  let stopped = false;
  for (const kb of sizesKb) {
    // Past --up-to, only while the last size was cheap; below it, always, unless over the budget.
    const grows = previous === undefined || (kb <= upToKb ? previous.min <= budgetMs : previous.min < growMs);
    if (stopped || !grows) {
      stopped ||= kb <= upToKb;
      row[label(kb)] = kb <= upToKb ? '—' : '·';
      continue;
    }
    const sample = measure(() => construct.make(kb * 1024));
    reps.push(sample.reps);
    row[label(kb)] = seconds(sample.min);
    spread = Math.max(spread, sample.max / sample.min);
    if (construct === prose) proseMs.set(kb, sample.min);
    else toProse = Math.max(toProse, sample.min / (proseMs.get(kb) ?? sample.min));
    if (previous !== undefined && previous.min >= floorMs) {
      counted++;
      doubling = Math.max(doubling, sample.min / previous.min);
      medianDoubling = Math.max(medianDoubling, sample.median / previous.median);
      otherDoubling = Math.max(otherDoubling, sample.otherMin / previous.otherMin);
    }
    previous = sample;
  }
  row['worst doubling'] = counted === 0 ? `— (under ${floorMs} ms)` : `${ratio(doubling)} (${counted})`;
  row['by medians'] = counted === 0 ? '' : ratio(medianDoubling);
  row.spread = `${Math.round((spread - 1) * 100)}%`;
  row['worst ÷ prose'] = construct === prose ? '' : ratio(toProse);
  if (stopped) row['worst doubling'] += ' stopped: over budget';
  if (construct === shortBlocks) row.construct += ' ¹';
  else if (construct !== prose) {
    if (stopped) summary.failed.push(construct.name);
    summary.doubling = Math.max(summary.doubling, doubling);
    summary.medianDoubling = Math.max(summary.medianDoubling, medianDoubling);
    summary.otherDoubling = Math.max(summary.otherDoubling, otherDoubling);
    summary.toProse = Math.max(summary.toProse, toProse);
  }
  rows.push(row);
}
printTable(rows);
const worstDoubling = summary.failed.length > 0 ? Infinity : summary.doubling;
console.log(`
Each size: the fastest of ${Math.min(...reps)} to ${Math.max(...reps)} repetitions, each from cold (the engine's caches by text emptied, a full garbage collection). worst doubling: largest ratio of one size to the one before, over the doublings (counted in brackets) whose smaller size took at least ${floorMs} ms; by medians: the same from each size's median repetition; spread: the largest (slowest ÷ fastest − 1) of a row's sizes. "·": not measured (past ${label(upToKb)}, a construct grows only while one size takes under ${growMs / 1000} s).
¹ Not adversarial and not counted below: ordinary Markdown in blocks as short as the constructs' lines, to show what micromark's cost per block is.

Target: each doubling at most 2.3x: worst ${ratio(worstDoubling)} ${worstDoubling <= 2.3 ? '(met)' : '(NOT met)'}${summary.failed.length > 0 ? ` (over budget: ${summary.failed.join(', ')})` : ''}; by medians ${ratio(summary.medianDoubling)}; by ${byThread ? 'process' : 'main-thread'} CPU ${ratio(summary.otherDoubling)}
Target: each size at most 3x normal prose: worst ${ratio(summary.toProse)} ${summary.toProse <= 3 ? '(met)' : '(NOT met)'}`);

if (!only) {
  console.log('\nfixed-size inputs (fastest repetition; ratio to normal prose of the same size):');
  const inputs: [string, string][] = [
    ['a 2 MB line with no breaks', longLine(2 * 1024 * 1024)],
    ['100,000 nested list levels', nestedLists(100_000)],
    ['100,000 nested quote levels', nestedQuotes(100_000)],
    ['50,000 distinct acronyms', distinctAcronyms(50_000)],
    ['2 MB of "("', '('.repeat(2 * 1024 * 1024)],
  ];
  for (const [name, text] of inputs) {
    const ms = measure(() => text).min;
    const proseOfSize = measure(() => normalProse(text.length)).min;
    console.log(`- ${name} (${(text.length / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms, ${(ms / proseOfSize).toFixed(2)}x prose (${proseOfSize.toFixed(0)} ms)`);
  }
}

/** The 1-minute load average (Linux), to say how busy the machine was. */
function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return 'unknown';
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
