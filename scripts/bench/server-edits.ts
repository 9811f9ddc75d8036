// Editor speed through the language server (issue 14 item 4): for a 100 KB and a 1 MB memo, the time
// from an incremental `didChange` (one character typed mid-document) to the diagnostics the server
// publishes for it, over stdio, with no debounce. Prints p50 and p90 per size, in wall time and, on
// Linux, in the server process's CPU time (all its threads, the garbage collector's too), which a
// loaded machine inflates far less than wall time. `npm run bench:server`.
import { pathToFileURL } from 'node:url';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { startClient } from '../../test/server/helpers/server-process';
import { normalProse } from '../../test/unit/helpers/adversarial-inputs';

const EDITS = Number(process.env.BENCH_EDITS ?? 30);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** CPU time the process has used so far, in ms, summed over its threads (Linux `schedstat`); undefined elsewhere. */
function cpuMs(pid: number | undefined): number | undefined {
  const tasks = `/proc/${pid}/task`;
  if (pid === undefined || !existsSync(tasks)) return undefined;
  let nanoseconds = 0;
  for (const task of readdirSync(tasks)) {
    try {
      nanoseconds += Number(readFileSync(`${tasks}/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended meanwhile.
    }
  }
  return nanoseconds / 1e6;
}

async function measure(sizeKb: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));
  const client = await startClient({}, pathToFileURL(folder).href, { settings: { debounceMs: 0 } });
  try {
    const uri = pathToFileURL(join(folder, `memo-${sizeKb}.md`)).href;
    const text = `# Memo\n\nThe USTR met.\n\n${normalProse(sizeKb * 1024)}`;
    const opened = client.nextPublished(uri);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await opened;
    const lines = text.split('\n');
    const middle = Math.floor(lines.length / 2);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let version = 2; version < EDITS + 2; version++) {
      const published = client.nextPublished(uri);
      const cpuStarted = cpuMs(client.process.pid);
      const started = performance.now();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        // Type an "x" at the start of a middle line, then delete it again.
        contentChanges: [{ range: { start: { line: middle, character: 0 }, end: { line: middle, character: version % 2 === 0 ? 0 : 1 } }, text: version % 2 === 0 ? 'x' : '' }],
      });
      await published;
      times.push(performance.now() - started);
      const cpuEnded = cpuMs(client.process.pid);
      if (cpuStarted !== undefined && cpuEnded !== undefined) cpuTimes.push(cpuEnded - cpuStarted);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const cpuSorted = [...cpuTimes].sort((a, b) => a - b);
    const cpu = cpuSorted.length === 0 ? '' : `; server CPU p50 ${percentile(cpuSorted, 0.5).toFixed(1)} ms, p90 ${percentile(cpuSorted, 0.9).toFixed(1)} ms`;
    console.log(`${String(sizeKb).padStart(5)} KB: edit → diagnostics published, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p90 ${percentile(sorted, 0.9).toFixed(1)} ms${cpu} over ${times.length} edits`);
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

void (async () => {
  for (const size of [100, 1024]) await measure(size);
})();
