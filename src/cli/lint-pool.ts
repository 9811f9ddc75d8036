import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { lintFile, type LintJob, type LintJobResult } from './lint-file';

/** Below this much input, starting workers costs more than it saves. */
const MIN_BYTES_FOR_WORKERS = 2 * 1024 * 1024;
const MIN_FILES_PER_WORKER = 8;

/**
 * Lints files on all cores with worker threads, each running this same bundle; results come back
 * in the order of the jobs, whatever order the workers finish in. Small runs stay in-process.
 */
export async function lintAll(jobs: readonly LintJob[], totalBytes: number, workerScript: string | undefined, concurrency: number | 'auto'): Promise<LintJobResult[]> {
  const threads = concurrency === 'auto'
    ? totalBytes < MIN_BYTES_FOR_WORKERS ? 1 : Math.min(availableParallelism(), Math.floor(jobs.length / MIN_FILES_PER_WORKER))
    : Math.min(concurrency, jobs.length);
  if (!workerScript || threads < 2) {
    const results: LintJobResult[] = [];
    for (const job of jobs) results.push(await lintFile(job));
    return results;
  }
  const results = new Array<LintJobResult>(jobs.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerScript, { workerData: { policyLensWorker: true } });
      const send = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = next++;
        worker.postMessage({ id, job: jobs[id] });
      };
      worker.on('message', ({ id, result }: { id: number; result: LintJobResult }) => {
        results[id] = result;
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}

/** The worker side: lint each job the main thread sends and post the result back. */
export function serveLintJobs(port: import('node:worker_threads').MessagePort): void {
  port.on('message', async ({ id, job }: { id: number; job: LintJob }) => {
    let result: LintJobResult;
    try {
      result = await lintFile(job);
    } catch (error) {
      result = { ok: false, message: `could not be linted: ${(error as Error).message}` };
    }
    port.postMessage({ id, result });
  });
}
