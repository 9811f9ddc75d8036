// Entry of the test bundle for VS Code's web-worker extension host (@vscode/test-web loads it and calls run()).
// mocha's browser build defines the global `mocha`; the node entry uses mocha's node build instead.
import 'mocha/mocha.js';
import { options, runSuite } from './run-suite';

export function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: options.timeout, ...(options.grep ? { grep: options.grep, invert: options.invert ?? false } : {}) });
  return runSuite(mocha);
}
