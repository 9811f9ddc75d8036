// npm test: runs every stage (build, type check, unit, corpus:review, server, eval:prose, integration, vsix, node-host, ui) even when an earlier one
// fails, prints each stage's result at the end, and exits non-zero when any stage failed; so one
// failing stage never hides the others (`a && b && c` stopped at the first failure).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const STAGES = [
  ['build', ['run', 'build', '--silent']],
  ['typecheck', ['run', 'typecheck']],
  ['unit', ['run', 'test:unit']],
  ['corpus:review', ['run', 'corpus:review']],
  ['server', ['run', 'test:server']],
  ['eval:prose', ['run', 'eval:prose']],
  ['integration', ['run', 'test:integration']],
  ['vsix', ['run', 'test:vsix']],
  // The packaged .vsix again, in code-server's Node extension host (a current VS Code; npm run install:code-server).
  ['node-host', ['run', 'test:vsix', '--', '--code-server']],
  ['ui', ['run', 'test:ui']],
];

const results = [];
for (const [name, args] of STAGES) {
  const started = Date.now();
  console.log(`\n=== ${name}: npm ${args.join(' ')}`);
  const status = spawnSync(npm, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
  results.push({ name, status, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\n=== npm test: stage results');
for (const { name, status, seconds } of results) console.log(`${status === 0 ? 'passed' : 'FAILED'}  ${name.padEnd(12)} (exit ${status}, ${seconds} s)`);
const failed = results.filter((result) => result.status !== 0);
console.log(failed.length === 0 ? 'every stage passed' : `${failed.length} of ${results.length} stages failed: ${failed.map((result) => result.name).join(', ')}`);
process.exitCode = failed.length === 0 ? 0 : 1;
