// npm run bench: whole-process wall time, CPU time, throughput and peak memory of the policy-lens
// CLI next to a parse-only baseline (unified + remark-parse), on the same files in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { benchCorpus, totalBytes } from './bench/corpus.mjs';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.POLICY_LENS_BENCH_RUNS ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));

/** Runs a command `runs` times; returns the median wall time and the CPU time and peak memory of that run. */
function measure(name, command, args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const usageFile = join(scratch, `${name.replace(/\W+/g, '-')}-${i}.json`);
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, {
      cwd: root,
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

const corpus = benchCorpus(root);
const bytes = totalBytes(corpus.files);
const megabytes = bytes / 1024 / 1024;
const listFile = join(scratch, 'files.txt');
writeFileSync(listFile, corpus.files.join('\n'));

console.log(`Policy Lens benchmark: ${corpus.files.length} files, ${megabytes.toFixed(1)} MB from ${relative(root, corpus.folder) || corpus.folder}` +
  `${corpus.generated ? ' (generated: ../shared/bench-corpus is absent)' : ''}; median of ${runs} runs; ${availableParallelism()} cores\n`);

const parseOnly = measure('parse-only (unified + remark-parse)', process.execPath, [join(root, 'scripts/bench/parse-only.mjs'), listFile]);
const ours = measure('policy-lens lint', process.execPath, [join(root, 'dist/cli.js'), 'lint', corpus.folder, '--format', 'json', '--max-file-size', '64MB']);
const linted = JSON.parse(ours.stdout);
const findings = linted.reduce((sum, file) => sum + file.messages.length, 0);
if (linted.length !== corpus.files.length) console.warn(`note: policy-lens linted ${linted.length} files, the corpus has ${corpus.files.length}`);

const rows = [parseOnly, ours].map((row) => ({
  tool: row.name,
  'wall s': (row.wallMs / 1000).toFixed(2),
  'CPU s': (row.cpuMs / 1000).toFixed(2),
  'MB/s': (megabytes / (row.wallMs / 1000)).toFixed(2),
  'peak MB': (row.maxRssKb / 1024).toFixed(0),
  'wall ÷ parse-only': (row.wallMs / parseOnly.wallMs).toFixed(2),
  'CPU ÷ parse-only': (row.cpuMs / parseOnly.cpuMs).toFixed(2),
}));
printTable(rows);
console.log(`\npolicy-lens found ${findings} findings in ${linted.length} files.`);
console.log(`Target: full lint wall time at most 1.5x parse-only: ${(ours.wallMs / parseOnly.wallMs).toFixed(2)}x ${ours.wallMs / parseOnly.wallMs <= 1.5 ? '(met)' : '(NOT met)'}`);
rmSync(scratch, { recursive: true, force: true });

console.log('');
const editor = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/editor.ts')], { cwd: root, encoding: 'utf8' });
process.stdout.write(editor.stdout);
if (editor.status !== 0) process.stderr.write(editor.stderr);

function printTable(table) {
  const columns = Object.keys(table[0]);
  const widths = columns.map((column) => Math.max(column.length, ...table.map((row) => String(row[column]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(columns));
  console.log(`| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : '-'.repeat(width - 1) + ':')).join(' | ')} |`);
  for (const row of table) console.log(line(columns.map((column) => row[column])));
}
