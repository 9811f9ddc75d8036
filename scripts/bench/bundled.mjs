// The engine runs bundled by esbuild in the extension and the CLI; the in-process benchmarks time it
// the same way, not through tsx, whose transform adds a helper call to every function it creates.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bundles `scripts/bench/<script>` and runs it with `args`, printing its output; returns its exit status. */
export async function runBundled(root, script, args = []) {
  const bundles = mkdtempSync(join(tmpdir(), 'policy-lens-bench-bundles-'));
  try {
    const bundle = join(bundles, script.replace(/\.ts$/, '.mjs'));
    await build({ entryPoints: [join(root, 'scripts/bench', script)], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning' });
    // --expose-gc lets a benchmark collect garbage between repetitions (adversarial.ts does); it
    // changes nothing for a script that does not call gc().
    const result = spawnSync(process.execPath, ['--expose-gc', bundle, script, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    return result.status ?? 1;
  } finally {
    rmSync(bundles, { recursive: true, force: true });
  }
}
