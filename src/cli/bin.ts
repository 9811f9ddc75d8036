import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveLintJobs } from './lint-pool';
import { terminalText } from '../core/index';
import { main } from './main';

if (!isMainThread && parentPort && (workerData as { policyLensWorker?: boolean } | undefined)?.policyLensWorker) {
  serveLintJobs(parentPort);
} else {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true && !process.env.NO_COLOR,
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(terminalText(`policy-lens: internal error: ${(error as Error).stack ?? error}\n`));
      process.exitCode = 2;
    },
  );
}
