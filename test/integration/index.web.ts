// Entry of the test bundle for VS Code's web-worker extension host (@vscode/test-web loads it and calls run()).
// mocha's browser build defines the global `mocha`; the node entry uses mocha's node build instead.
import 'mocha/mocha.js';
import { options, runSuite } from './run-suite';

export function run(): Promise<void> {
  // The browser build's setup() calls mocha[option](value) for each option, and invert() inverts whatever its
  // argument: `invert: false` would run every test but those asked for (npm run bench:lag ran all but the lag suite).
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: options.timeout, ...(options.grep ? { grep: options.grep } : {}), ...(options.invert ? { invert: true } : {}) });
  return runSuite(mocha);
}
