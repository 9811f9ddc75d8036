// Starts the code-server that scripts/install-code-server.mjs installed: VS Code's server, whose extensions run
// in a Node extension host, on 127.0.0.1 with no password, telemetry, update check or workspace trust prompt,
// and with every folder it writes (user data, extensions, XDG_*, TMPDIR) under `scratch`.
// It runs in its own process group: dispose() kills the whole group, the extension host included, which would
// otherwise wait hours for the browser to reconnect.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerBin, codeServerDir } from './install-code-server.mjs';

/** The VS Code version code-server bundles, e.g. "1.100.3". */
export function codeServerVSCodeVersion() {
  return JSON.parse(readFileSync(join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json'), 'utf8')).version;
}

/**
 * @param {{ port: number, scratch: string, onOutput: (line: string) => void, onExit: (code: number | null, signal: string | null) => void }} options
 * @returns {{ endpoint: string, authority: string, ready: Promise<void>, dispose: () => void }}
 */
export function startCodeServer({ port, scratch, onOutput, onExit }) {
  const folder = (name) => {
    const path = join(scratch, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const authority = `127.0.0.1:${port}`;
  const args = [
    codeServerBin,
    '--bind-addr', authority,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', folder('user-data'),
    '--extensions-dir', folder('extensions'),
  ];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: folder('xdg-config'),
    XDG_DATA_HOME: folder('xdg-data'),
    XDG_CACHE_HOME: folder('xdg-cache'),
    XDG_STATE_HOME: folder('xdg-state'),
    XDG_RUNTIME_DIR: folder('xdg-runtime'),
    TMPDIR: folder('tmp'),
  };
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let exited = false;
  const lines = () => {
    let pending = '';
    return (chunk) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop();
      for (const line of complete) if (line.trim()) onOutput(line);
    };
  };
  child.stdout.on('data', lines());
  child.stderr.on('data', lines());
  const dispose = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  // Also when the runner itself dies without cleaning up.
  process.once('exit', dispose);
  child.on('exit', (code, signal) => {
    exited = true;
    onExit(code, signal);
  });

  const endpoint = `http://${authority}`;
  // Ready once it answers its health check; no time limit here (the runner's --timeout covers the whole run).
  const ready = (async () => {
    for (;;) {
      if (exited) throw new Error(`code-server exited before it was ready (exit ${child.exitCode ?? child.signalCode}).`);
      try {
        const response = await fetch(`${endpoint}/healthz`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolveLater) => setTimeout(resolveLater, 250));
    }
  })();
  return { endpoint, authority, ready, dispose };
}
