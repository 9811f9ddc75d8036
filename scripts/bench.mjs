// npm run bench: whole-process wall time, CPU time, throughput and peak memory of the policy-lens
// CLI next to a parse-only baseline (unified + remark-parse), markdownlint-cli2 and textlint, on the
// same files in the same run; then single large files, adversarial inputs and the editor's path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runBundled } from './bench/bundled.mjs';
import { benchCorpus, totalBytes } from './bench/corpus.mjs';
import { writeSingleFiles } from './bench/single-files.mjs';
import { markdownlintCommand, textlintCommand } from './bench/tools.mjs';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.POLICY_LENS_BENCH_RUNS ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));

/** Runs a command `runs` times; returns the median wall time and the CPU time and peak memory of that run. */
function measure(name, { command, args, cwd = root }) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const usageFile = join(scratch, `${name.replace(/\W+/g, '-')}-${i}.json`);
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1024 ** 3,
      env: { ...process.env, NODE_OPTIONS: `--require ${join(root, 'scripts/bench/report-usage.cjs')}`, POLICY_LENS_BENCH_USAGE: usageFile, NO_COLOR: '1' },
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0 && result.status !== 1 && result.status !== 2) {
      throw new Error(`${name} failed (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
    }
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    samples.push({ wallMs, cpuMs: usage.cpuMs, maxRssKb: usage.maxRssKb, stdout: result.stdout });
  }
  samples.sort((a, b) => a.wallMs - b.wallMs);
  return { name, ...samples[Math.floor(samples.length / 2)] };
}

const ourCli = (...args) => ({ command: process.execPath, args: [join(root, 'dist/cli.js'), 'lint', ...args, '--format', 'json', '--max-file-size', '64MB'] });
const met = (ok) => (ok ? '(met)' : '(NOT met)');

const corpus = benchCorpus(root);
const bytes = totalBytes(corpus.files);
const megabytes = bytes / 1024 / 1024;
const listFile = join(scratch, 'files.txt');
writeFileSync(listFile, corpus.files.join('\n'));

console.log(`Policy Lens benchmark: ${corpus.files.length} files, ${megabytes.toFixed(1)} MB from ${relative(root, corpus.folder) || corpus.folder}` +
  `${corpus.generated ? ' (generated: ../shared/bench-corpus is absent)' : ''}; median of ${runs} runs; ${availableParallelism()} cores\n`);

const parseOnly = measure('parse-only (unified + remark-parse)', { command: process.execPath, args: [join(root, 'scripts/bench/parse-only.mjs'), listFile] });
const ours = measure('policy-lens lint', ourCli(corpus.folder));
// One thread, to compare CPU with the single-threaded baseline without the cost of starting workers.
const oursOneThread = measure('policy-lens lint --concurrency 1', ourCli(corpus.folder, '--concurrency', '1'));
const markdownlint = measure('markdownlint-cli2 (default rules)', markdownlintCommand(root, scratch, corpus.files));
const textlint = measure('textlint (unexpanded-acronym)', textlintCommand(root, scratch, corpus.folder));

const linted = JSON.parse(ours.stdout);
const findings = linted.reduce((sum, file) => sum + file.messages.length, 0);
if (linted.length !== corpus.files.length) console.warn(`note: policy-lens linted ${linted.length} files, the corpus has ${corpus.files.length}`);
const markdownlinted = Number(/Linting: (\d+) file/.exec(markdownlint.stdout)?.[1]);
if (markdownlinted !== corpus.files.length) console.warn(`note: markdownlint-cli2 linted ${markdownlinted} files, the corpus has ${corpus.files.length}`);
const textlinted = JSON.parse(textlint.stdout).length;
if (textlinted !== corpus.files.length) console.warn(`note: textlint linted ${textlinted} files, the corpus has ${corpus.files.length}`);

printTable([parseOnly, ours, oursOneThread, markdownlint, textlint].map((row) => ({
  tool: row.name,
  'wall s': (row.wallMs / 1000).toFixed(2),
  'CPU s': (row.cpuMs / 1000).toFixed(2),
  'MB/s': (megabytes / (row.wallMs / 1000)).toFixed(2),
  'peak MB': (row.maxRssKb / 1024).toFixed(0),
  'wall ÷ ours': (row.wallMs / ours.wallMs).toFixed(2),
  'CPU ÷ parse-only': (row.cpuMs / parseOnly.cpuMs).toFixed(2),
})));
console.log(`\npolicy-lens found ${findings} findings in ${linted.length} files.`);
const cpuRatio = ours.cpuMs / parseOnly.cpuMs;
console.log(`Target: our CPU time at most 1.3x parse-only: ${cpuRatio.toFixed(2)}x ${met(cpuRatio <= 1.3)}; on one thread ${(oursOneThread.cpuMs / parseOnly.cpuMs).toFixed(2)}x`);
console.log(`Target: our wall time below markdownlint-cli2's: ${(ours.wallMs / markdownlint.wallMs).toFixed(2)}x theirs ${met(ours.wallMs < markdownlint.wallMs)}`);
console.log(`Target: our wall time under a quarter of textlint's: ${(ours.wallMs / textlint.wallMs).toFixed(2)}x theirs ${met(ours.wallMs < textlint.wallMs / 4)}`);

console.log('\nSingle files (policy-lens lint, one file each):');
let previous;
let worstDoubling = 0;
for (const file of writeSingleFiles(corpus.files, [1, 2, 4, 8], scratch)) {
  const row = measure(`single ${file.mb} MB`, ourCli(file.path));
  const doubling = previous ? row.wallMs / previous.wallMs : undefined;
  if (doubling) worstDoubling = Math.max(worstDoubling, doubling);
  const ratios = doubling ? `; ${doubling.toFixed(2)}x the wall and ${(row.cpuMs / previous.cpuMs).toFixed(2)}x the CPU time of ${previous.mb} MB` : '';
  console.log(`- ${file.mb} MB: ${(row.wallMs / 1000).toFixed(2)} s wall, ${(row.cpuMs / 1000).toFixed(2)} s CPU${ratios}`);
  previous = { ...row, mb: file.mb };
}
console.log(`Target: a doubling costs at most 2.2x the wall time: worst ${worstDoubling.toFixed(2)}x ${met(worstDoubling <= 2.2)}`);
rmSync(scratch, { recursive: true, force: true });

// The in-process benchmarks time the engine bundled, as it ships (see bench/bundled.mjs).
for (const script of ['adversarial.ts', 'editor.ts']) {
  console.log('');
  if ((await runBundled(root, script)) !== 0) process.exitCode = 1;
}

function printTable(table) {
  const columns = Object.keys(table[0]);
  const widths = columns.map((column) => Math.max(column.length, ...table.map((row) => String(row[column]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(columns));
  console.log(`| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : '-'.repeat(width - 1) + ':')).join(' | ')} |`);
  for (const row of table) console.log(line(columns.map((column) => row[column])));
}
