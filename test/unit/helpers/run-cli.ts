import { main } from '../../../src/cli/main';

/** What an in-process CLI run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(args: readonly string[], cwd: string, isTty = false): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTty,
  });
  return { code, stdout, stderr };
}
