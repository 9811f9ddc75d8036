// npm run test:ui: the UI-level tests (test/ui/): a writer's session in the real VS Code 1.91 workbench for the
// web, driven by mouse and keyboard through playwright-core in Debian's headless Chromium, offline. Screenshots
// of every step go to test-results/ui/. Needs the extension and the CLI built (npm run build).
// Exit code: mocha's (0 when every test passed); 2 when the run cannot start.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, root, WebHostSetupError } from './web-host.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
try {
  findChromium();
} catch (error) {
  if (!(error instanceof WebHostSetupError)) throw error;
  console.error(`UI tests: ${error.message}`);
  process.exit(2);
}
for (const bundle of ['dist/extension-web.js', 'dist/cli.js']) {
  if (!existsSync(join(root, bundle))) {
    console.error(`UI tests: ${bundle} is missing: run npm run build first.`);
    process.exit(2);
  }
}
rmSync(join(root, 'test-results', 'ui'), { recursive: true, force: true });
const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const run = spawnSync(process.execPath, [mocha, '--config', join(root, 'test', 'ui', '.mocharc.json'), '--ui', 'tdd', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
console.log(`Screenshots: ${join('test-results', 'ui')}/`);
process.exitCode = run.status ?? 1;
