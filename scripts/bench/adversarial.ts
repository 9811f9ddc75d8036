// Adversarial inputs next to normal prose of the same size. Each construct that once cost more than
// linear time is linted at 256 KB, 512 KB, … at least 1 MB; the table shows the CPU time per size,
// the worst ratio between one size and the one before (a linear cost doubles, 2.3x at most is the
// target) and the worst ratio to normal prose of the same size (3x at most). The unit tests check
// what these inputs give, never how long they take.
//
// Made to hold on a machine shared with other jobs (2 cores, load 5 to 30), without hiding real growth:
// - Every size of every construct is linted in fresh child processes (`--processes`, default 3, one
//   after the other; `node` with the flags in CHILD_FLAGS), as a CLI run lints a file: what the heap
//   holds, how large V8 has grown its spaces and what the JIT has learnt from other constructs or
//   sizes does not carry over. In one process for everything, single doublings swung from 1.1x to
//   2.95x on one construct in one run. Several processes, because one process can land on slower
//   code than another (the same 512 KB lint took 418-422 ms in one child and 564-618 ms in the next).
// - The clock is CPU time of the whole child (`process.cpuUsage()`: user + system, every thread), not
//   wall time, which counts the time other jobs hold the core. The child runs V8 on one thread
//   (`--single-threaded`: garbage collection and optimising compilation on the main thread). With
//   V8's helper threads, the main thread waits in GC pauses for helpers that a loaded machine does
//   not schedule, and the helpers' share (and their spinning) changed with the load; the optimising
//   compiler's thread used as much CPU as the main thread on normal prose at 256 KB. That work is all
//   still done and all timed, by one thread instead of several. The young generation has a fixed
//   size (`--min-semi-space-size` = `--max-semi-space-size` = 16 MB, V8's own maximum on 64 bits):
//   otherwise V8 grows it from 1 MB as survivors pile up, so the number of scavenges depended on what
//   ran before. `--default-gc` runs the children with V8's defaults instead, for comparison.
// - GC is also reported apart: the collector's pauses (perf_hooks 'gc' entries: wall time of each
//   pause, which is its CPU time unless the thread was preempted), and the worst doubling of the time
//   without them, so a doubling whose excess is only collection shows as such. The table's main
//   figures include GC: what a user pays.
// - In each child the construct is linted three times at 32 KB first, untimed and from cold, so its
//   paths are compiled; then the size is linted at least `--reps` times (default 2; once when that
//   took a second), more while they have used under a second, up to 5. The fastest over all processes is
//   kept: every repetition does the same work from the same cold state, so what varies is
//   interference, which only adds time. Super-linear work is in every repetition and survives the
//   minimum. The spread (slowest ÷ fastest) is printed so the noise is visible, and so is the worst
//   doubling from medians.
// - Each repetition starts cold: the engine's caches by text are emptied first (memo.ts; otherwise a
//   repetition takes its sentences from the one before and costs a third as much: an editor's re-lint,
//   not the first lint of a hostile file), and a full garbage collection runs (node --expose-gc) so it
//   does not pay for the previous one's garbage.
// - Sizes start at 256 KB. A doubling counts only when the smaller size takes at least `--floor` ms
//   (default 100), since the ratio of two very short times is mostly noise. Constructs that are cheap
//   at 1 MB go on doubling (to 4 MB by default) while one size takes under `--grow` seconds, so each
//   gets doublings above the floor: super-linear growth shows more, not less, at larger sizes. The
//   growth over all of a row's counted doublings is given as a rate per doubling too (the geometric
//   mean), the trend that single doublings scatter around.
//
// Arguments: `--sizes 256,512,1024` (KB), `--up-to <KB>` (every construct is measured up to this size;
// default 1024), `--only <part of a construct's name>` (several joined by "|"), `--processes <n>` (default 3), `--reps <n>`
// (per process, default 2), `--floor <ms>`, `--grow <seconds>` (default 4), `--budget <seconds>` (a
// construct stops once one size takes longer, even below `--up-to`, and fails; default 90),
// `--clock thread` (rank by main-thread CPU instead), `--default-gc` (V8's default threads and
// heap sizing in the children), `--verbose` (every repetition's times and collections).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
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
const processes = Number(argument('processes') ?? 3);
const minReps = Number(argument('reps') ?? 2);
const floorMs = Number(argument('floor') ?? 100);
const growMs = Number(argument('grow') ?? 4) * 1000;
const budgetMs = Number(argument('budget') ?? 90) * 1000;
const byThread = argument('clock') === 'thread';
const defaultGc = process.argv.includes('--default-gc');
const verbose = process.argv.includes('--verbose');
/** In a child, repetitions go on while they have used less CPU than this, up to MAX_REPS; one is enough once it took ONE_IS_ENOUGH_MS. */
const REPEAT_WHILE_UNDER_MS = 1000;
const MAX_REPS = 5;
const ONE_IS_ENOUGH_MS = 1000;
/** V8 flags of every child: see the top of this file. */
const CHILD_FLAGS = ['--expose-gc', ...(defaultGc ? [] : ['--single-threaded', '--min-semi-space-size=16', '--max-semi-space-size=16'])];

/** The 1-minute load average (Linux), to say how busy the machine was. */
function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return 'unknown';
  }
}

/** Real Markdown: the benchmark corpus's files joined in order, cut to the size wanted at a line break. */
function realMarkdown(): (bytes: number) => string {
  let joined: string | undefined;
  return (bytes) => {
    if (joined === undefined) {
      const largest = Math.max(...sizesKb) * 1024;
      const parts: string[] = [];
      let length = 0;
      const { files } = benchCorpus(process.cwd());
      for (let i = 0; length < largest && files.length > 0; i = (i + 1) % files.length) {
        const text = readFileSync(files[i], 'utf8');
        parts.push(text);
        length += text.length + 2;
      }
      joined = parts.join('\n\n');
    }
    return joined.slice(0, joined.lastIndexOf('\n', bytes) + 1);
  };
}

interface Construct {
  readonly name: string;
  readonly make: (bytes: number) => string;
}
// Ordinary Markdown whose blocks are as short as the constructs' lines: micromark's cost per block
// (a tokenizer for each paragraph, list item and definition), for scale next to the constructs.
const shortBlocks: Construct = { name: 'one-line paragraphs (ordinary, for scale)', make: (bytes) => 'The TPA lapsed.\n\n'.repeat(Math.ceil(bytes / 17)).slice(0, bytes) };
const prose: Construct = { name: 'normal prose', make: normalProse };
const ALL: readonly Construct[] = [prose, ...ADVERSARIAL_CONSTRUCTS, shortBlocks, { name: 'real Markdown (the bench corpus)', make: realMarkdown() }];
/** Inputs of one size, linted once each at the end; `bytes` is ignored. */
const FIXED: readonly Construct[] = [
  { name: 'a 2 MB line with no breaks', make: () => longLine(2 * 1024 * 1024) },
  { name: '100,000 nested list levels', make: () => nestedLists(100_000) },
  { name: '100,000 nested quote levels', make: () => nestedQuotes(100_000) },
  { name: '50,000 distinct acronyms', make: () => distinctAcronyms(50_000) },
  { name: '2 MB of "("', make: () => '('.repeat(2 * 1024 * 1024) },
];

/** One repetition, as a child reports it. */
interface Timing {
  /** CPU ms of the process (every thread). */
  readonly process: number;
  /** CPU ms of the main thread, NaN where unknown. */
  readonly thread: number;
  /**
   * CPU ms of the collector's pauses during the lint, estimated: their wall time scaled by the share of
   * the lint's wall time the main thread was running (on a loaded machine a pause also counts the time
   * another job held the core). And how many scavenges and full (mark-compact) collections there were.
   */
  readonly gc: number;
  readonly scavenges: number;
  readonly fullGcs: number;
}

/** What a child reports: its repetitions, and the size and findings of what it linted. */
interface ChildReport {
  readonly timings: Timing[];
  readonly bytes: number;
  readonly findings: number;
}

if (process.argv.includes('--child')) await child();
else main();

/**
 * In a child: lints `--bytes` of construct `--child` from cold, repetition after repetition, and prints
 * a ChildReport as JSON on the last line.
 */
async function child() {
  const name = argument('child');
  const construct = [...ALL, ...FIXED].find((candidate) => candidate.name === name);
  if (!construct) throw new Error(`no construct named ${name}`);
  const bytes = Number(argument('bytes'));
  const collectGarbage = (globalThis as { gc?: () => void }).gc;
  if (!collectGarbage) throw new Error('run with --expose-gc');
  const index = getBundledIndex();
  // Every rule runs: those the review preset turns on, and claim-unsourced, which a team turns on by name.
  const config = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET], rules: { 'claim-unsourced': 'warning', 'term-reference': 'info' } });
  for (let i = 0; i < 3; i++) {
    forgetEverythingRemembered();
    lintText(construct.make(32 * 1024), { index, config });
  }
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  // GC entries are queued for the observer after the pause; two turns of the event loop deliver them.
  const settle = async () => {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
    pauses.push(...observer.takeRecords());
  };
  const timings: Timing[] = [];
  let spent = 0;
  let findings = 0;
  let length = 0;
  while ((timings.length < minReps && spent < ONE_IS_ENOUGH_MS) || (spent < REPEAT_WHILE_UNDER_MS && timings.length < MAX_REPS)) {
    const text = construct.make(bytes);
    length = text.length;
    forgetEverythingRemembered();
    collectGarbage();
    await settle();
    pauses.length = 0;
    const threadStarted = threadCpuNs();
    const started = process.cpuUsage();
    const wallStarted = performance.now();
    findings = lintText(text, { index, config }).length;
    const wall = performance.now() - wallStarted;
    const used = process.cpuUsage(started);
    const threadEnded = threadCpuNs();
    await settle();
    const kind = (entry: PerformanceEntry) => (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    const cpu = (used.user + used.system) / 1000;
    const thread = threadStarted === undefined || threadEnded === undefined ? NaN : (threadEnded - threadStarted) / 1e6;
    const running = Math.min(1, (Number.isNaN(thread) ? cpu : thread) / wall);
    timings.push({
      process: cpu,
      thread,
      gc: pauses.reduce((sum, entry) => sum + entry.duration, 0) * running,
      scavenges: pauses.filter((entry) => kind(entry) === 1).length,
      fullGcs: pauses.filter((entry) => kind(entry) === 4).length,
    });
    spent += timings[timings.length - 1].process;
    if (timings[timings.length - 1].process > budgetMs) break;
  }
  observer.disconnect();
  const report: ChildReport = { timings, bytes: length, findings };
  console.log(JSON.stringify(report));
}

/** CPU nanoseconds the calling thread has run (Linux), or undefined where /proc does not say. */
function threadCpuNs(): number | undefined {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

interface Sample {
  readonly reps: number;
  /** Fastest, median and slowest repetition by the chosen clock, and the fastest by the other. */
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly otherMin: number;
  /** The fastest repetition's time without its GC pauses, and its GC pauses. */
  readonly minWithoutGc: number;
  readonly gcOfMin: number;
}

/** Lints `bytes` of `construct` in a fresh child process (see child()); `run` numbers it for --verbose. */
function runChild(construct: Construct, bytes: number, run: number): Timing[] {
  const passed = ['--reps', String(minReps), '--budget', String(budgetMs / 1000), '--sizes', sizesKb.join(',')];
  const result = spawnSync(process.execPath, [...CHILD_FLAGS, process.argv[1], '--child', construct.name, '--bytes', String(bytes), ...passed], {
    cwd: process.cwd(),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !last.startsWith('{')) throw new Error(`the child for ${construct.name} at ${bytes} bytes failed (status ${result.status}): ${result.stdout}`);
  const report = JSON.parse(last) as ChildReport;
  if (verbose) {
    const list = (pick: (timing: Timing) => number) => report.timings.map((timing) => pick(timing).toFixed(0)).join(' ');
    console.log(
      `  ${construct.name}, ${(bytes / 1024).toFixed(0)} KB, process ${run} (${report.findings} findings): CPU ${list((timing) => timing.process)} ms; main thread ${list((timing) => timing.thread)} ms; GC ${list((timing) => timing.gc)} ms; scavenges ${list((timing) => timing.scavenges)}; full GCs ${list((timing) => timing.fullGcs)}`,
    );
  }
  return report.timings;
}

/** The fastest, median and slowest of a size's repetitions. */
function summarize(timings: readonly Timing[]): Sample {
  const clock = (timing: Timing) => (byThread ? timing.thread : timing.process);
  const sorted = [...timings].sort((a, b) => clock(a) - clock(b));
  const fastest = sorted[0];
  const other = timings.map((timing) => (byThread ? timing.process : timing.thread));
  return {
    reps: timings.length,
    min: clock(fastest),
    median: clock(sorted[Math.floor((sorted.length - 1) / 2)]),
    max: clock(sorted[sorted.length - 1]),
    otherMin: Math.min(...other),
    minWithoutGc: clock(fastest) - fastest.gc,
    gcOfMin: fastest.gc,
  };
}

/** A fixed input in `processes` fresh processes, one after the other. */
function measure(construct: Construct, bytes: number): Sample {
  const timings: Timing[] = [];
  for (let run = 1; run <= processes; run++) timings.push(...runChild(construct, bytes, run));
  return summarize(timings);
}

function main() {
  const constructs = ALL.filter((construct) => construct === prose || !only || only.split('|').some((part) => construct.name.includes(part)));
  const label = (kb: number) => (kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`);
  const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
  const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '—');
  const clockName = byThread ? 'main-thread CPU' : 'process CPU (all threads)';
  const gcName = defaultGc ? "V8's default threads and heap sizing" : 'V8 on one thread, 16 MB semi-spaces';
  console.log(
    `adversarial inputs (lintText of the bundled engine, each size in ${processes} fresh node processes: ${gcName}; ${clockName} seconds per size, fastest repetition; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loadAverage()}):\n`,
  );

  const proseMs = new Map<number, number>();
  const rows: Record<string, string>[] = [];
  const reps: number[] = [];
  const summary = { doubling: 0, withoutGc: 0, trend: 0, medianDoubling: 0, otherDoubling: 0, toProse: 0, failed: [] as string[], over: [] as string[] };
  for (const construct of constructs) {
    const row: Record<string, string> = { construct: construct.name };
    // First one process per size, in order, to decide how far the construct goes; then the other
    // processes round-robin over those sizes, so a burst of load on the machine falls on several
    // sizes instead of all repetitions of one.
    const measured: { kb: number; timings: Timing[] }[] = [];
    let stopped = false;
    for (const kb of sizesKb) {
      const before = measured.length > 0 ? summarize(measured[measured.length - 1].timings).min : undefined;
      // Past --up-to, only while the last size was cheap; below it, always, unless over the budget.
      const grows = before === undefined || (kb <= upToKb ? before <= budgetMs : before < growMs);
      if (stopped || !grows) {
        stopped ||= kb <= upToKb;
        row[label(kb)] = kb <= upToKb ? '—' : '·';
        continue;
      }
      measured.push({ kb, timings: runChild(construct, kb * 1024, 1) });
    }
    for (let run = 2; run <= processes; run++) {
      for (const size of measured) if (summarize(size.timings).min <= budgetMs) size.timings.push(...runChild(construct, size.kb * 1024, run));
    }
    let previous: Sample | undefined;
    let first: Sample | undefined;
    let last: Sample | undefined;
    let doubling = 0;
    let withoutGc = 0;
    let medianDoubling = 0;
    let otherDoubling = 0;
    let counted = 0;
    let spread = 1;
    let toProse = 0;
    for (const { kb, timings } of measured) {
      const sample = summarize(timings);
      reps.push(sample.reps);
      row[label(kb)] = seconds(sample.min);
      spread = Math.max(spread, sample.max / sample.min);
      if (construct === prose) proseMs.set(kb, sample.min);
      else toProse = Math.max(toProse, sample.min / (proseMs.get(kb) ?? sample.min));
      if (previous !== undefined && previous.min >= floorMs) {
        counted++;
        first ??= previous;
        last = sample;
        doubling = Math.max(doubling, sample.min / previous.min);
        withoutGc = Math.max(withoutGc, sample.minWithoutGc / previous.minWithoutGc);
        medianDoubling = Math.max(medianDoubling, sample.median / previous.median);
        otherDoubling = Math.max(otherDoubling, sample.otherMin / previous.otherMin);
      }
      previous = sample;
    }
    const trend = first && last ? (last.min / first.min) ** (1 / counted) : NaN;
    row['worst doubling'] = counted === 0 ? `— (under ${floorMs} ms)` : `${ratio(doubling)} (${counted})`;
    row['without GC'] = counted === 0 ? '' : ratio(withoutGc);
    row['per doubling overall'] = counted === 0 ? '' : ratio(trend);
    row['by medians'] = counted === 0 ? '' : ratio(medianDoubling);
    row['GC share'] = previous ? `${Math.round((previous.gcOfMin / previous.min) * 100)}%` : '';
    row.spread = `${Math.round((spread - 1) * 100)}%`;
    row['worst ÷ prose'] = construct === prose ? '' : ratio(toProse);
    if (stopped) row['worst doubling'] += ' stopped: over budget';
    if (construct === shortBlocks) row.construct += ' ¹';
    else if (construct !== prose) {
      if (stopped) summary.failed.push(construct.name);
      if (doubling > 2.3) summary.over.push(`${construct.name} ${ratio(doubling)}`);
      summary.doubling = Math.max(summary.doubling, doubling);
      summary.withoutGc = Math.max(summary.withoutGc, withoutGc);
      summary.trend = Math.max(summary.trend, Number.isFinite(trend) ? trend : 0);
      summary.medianDoubling = Math.max(summary.medianDoubling, medianDoubling);
      summary.otherDoubling = Math.max(summary.otherDoubling, otherDoubling);
      summary.toProse = Math.max(summary.toProse, toProse);
    }
    rows.push(row);
  }
  printTable(rows);
  const worstDoubling = summary.failed.length > 0 ? Infinity : summary.doubling;
  console.log(`
Each size: ${processes} fresh node processes (${CHILD_FLAGS.join(' ')}), the fastest of ${Math.min(...reps)} to ${Math.max(...reps)} repetitions over them, each from cold (the engine's caches by text emptied, a full garbage collection). worst doubling: largest ratio of one size to the one before, over the doublings (counted in brackets) whose smaller size took at least ${floorMs} ms; without GC: the same with each fastest repetition's GC pauses taken out; per doubling overall: (last counted size ÷ first) ^ (1 ÷ doublings); by medians: the worst doubling from each size's median repetition; GC share: GC pauses in the largest size's fastest repetition; spread: the largest (slowest ÷ fastest − 1) of a row's sizes. "·": not measured (past ${label(upToKb)}, a construct grows only while one size takes under ${growMs / 1000} s).
¹ Not adversarial and not counted below: ordinary Markdown in blocks as short as the constructs' lines, to show what micromark's cost per block is.

Target: each doubling at most 2.3x: worst ${ratio(worstDoubling)} ${worstDoubling <= 2.3 ? '(met)' : `(NOT met: ${summary.over.join('; ')})`}${summary.failed.length > 0 ? ` (over budget: ${summary.failed.join(', ')})` : ''}; without GC ${ratio(summary.withoutGc)}; per doubling overall ${ratio(summary.trend)}; by medians ${ratio(summary.medianDoubling)}; by ${byThread ? 'process' : 'main-thread'} CPU ${ratio(summary.otherDoubling)}
Target: each size at most 3x normal prose: worst ${ratio(summary.toProse)} ${summary.toProse <= 3 ? '(met)' : '(NOT met)'}`);

  if (!only) {
    console.log('\nfixed-size inputs (fastest repetition, each in a fresh process; ratio to normal prose of the same size):');
    for (const input of FIXED) {
      const bytes = input.make(0).length;
      const ms = measure(input, bytes).min;
      const proseOfSize = measure(prose, bytes).min;
      console.log(`- ${input.name} (${(bytes / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms, ${(ms / proseOfSize).toFixed(2)}x prose (${proseOfSize.toFixed(0)} ms)`);
    }
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
