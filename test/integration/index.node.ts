// Entry of the test bundle for the desktop (node) extension host, run by @vscode/test-electron (npm run test:electron).
import Mocha from 'mocha';
import { options, runSuite } from './run-suite';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: true, timeout: options.timeout, ...(options.grep ? { grep: options.grep, invert: options.invert ?? false } : {}) });
  // Define the tdd globals (suite, test, suiteSetup, …) before the bundled suites register themselves.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  return runSuite(mocha);
}
