// Shared by the web and the node entry: loads every suite into a configured mocha, runs it, reports.
import { loadTestFiles } from './test-files';

/** Build-time options (scripts/build-integration-tests.mjs defines them; see `--grep` and `--test-timeout`). */
declare const POLICY_LENS_IT_OPTIONS: { grep?: string; invert?: boolean; timeout: number };

export const options = POLICY_LENS_IT_OPTIONS;

/**
 * The line the runners look for. It carries mocha's stats as JSON; the runner turns it into the final
 * `N passed, N failed` line. Keep it in sync with scripts/run-integration-tests.mjs.
 */
export const RESULT_MARKER = '[policy-lens-integration-result]';

export function runSuite(mocha: Mocha): Promise<void> {
  loadTestFiles();
  return new Promise<void>((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const stats = runner.stats;
        const result = {
          passes: stats?.passes ?? 0,
          failures: stats?.failures ?? failures,
          pending: stats?.pending ?? 0,
          tests: runner.total,
          duration: stats?.duration ?? 0,
        };
        console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
        if (result.failures > 0) {
          reject(new Error(`${result.failures} integration test(s) failed.`));
        } else if (result.passes === 0) {
          reject(new Error('No integration test ran.'));
        } else {
          resolve();
        }
      });
    } catch (error) {
      console.error(error);
      reject(error);
    }
  });
}
