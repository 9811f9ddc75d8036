// npm run bench:adversarial: every construct that once cost more than linear time, at 64 KB … 1 MB,
// next to normal prose (see scripts/bench/adversarial.ts). Extra arguments go to that script.
import { join } from 'node:path';
import { runBundled } from './bench/bundled.mjs';

process.exitCode = await runBundled(join(import.meta.dirname, '..'), 'adversarial.ts', process.argv.slice(2));
