// npm run install:code-server: installs code-server 4.100.3 (VS Code 1.100.3's server, whose extensions run in
// a Node extension host) into .cache/code-server/, for scripts/run-integration-tests.mjs --code-server. It lives
// outside the project's node_modules so that its native builds never slow down `npm ci`; a second run with the
// same lock file does nothing.
//
// Offline (only the npm and Debian registries reachable), a plain `npm install code-server` fails; this does
// what issue 12 found it needs:
//  - Debian's libkrb5-dev (kerberos compiles from source) and ripgrep: `apt-get install -y libkrb5-dev ripgrep`;
//  - Debian's `rg`, packed where @vscode/ripgrep's postinstall looks before it downloads a release from GitHub;
//  - npm_config_yes=true, so node-pty's `npx node-gyp` does not stop at npx's question.
// Exit code: 0 installed (or already), 1 the install failed, 2 a prerequisite is missing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const manifestDir = join(import.meta.dirname, 'code-server');
export const codeServerDir = join(root, '.cache', 'code-server');
/** The server's start script, once installed. */
export const codeServerBin = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const stamp = join(codeServerDir, 'installed-from.sha256');
// The @vscode/ripgrep that code-server 4.100.3's lock file names, and the ripgrep release it would download
// for this machine (its lib/postinstall.js: VERSION and the target per architecture).
const RIPGREP_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };
const RIPGREP_CACHE = { packageVersion: '1.15.11', asset: `ripgrep-v13.0.0-10-${RIPGREP_TARGETS[process.arch] ?? RIPGREP_TARGETS.x64}.tar.gz` };

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function missingPrerequisites() {
  const missing = [];
  if (!has('rg')) missing.push('ripgrep');
  if (!has('krb5-config') && !existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!has('make') || !has('g++') || !has('python3')) missing.push('build-essential python3');
  return missing;
}

function lockHash() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) {
    if (existsSync(join(manifestDir, file))) hash.update(readFileSync(join(manifestDir, file)));
  }
  return `${hash.digest('hex')} ${process.version}\n`;
}

export function codeServerInstalled() {
  return existsSync(codeServerBin) && existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash();
}

function install() {
  if (codeServerInstalled()) {
    console.log(`code-server is installed in ${codeServerDir}`);
    return 0;
  }
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    console.error(`Cannot install code-server: missing ${missing.join(', ')}. Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}`);
    return 2;
  }
  rmSync(codeServerDir, { recursive: true, force: true });
  const tmp = join(codeServerDir, 'tmp');
  const ripgrepCache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_CACHE.packageVersion}`);
  mkdirSync(ripgrepCache, { recursive: true });
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  const packed = spawnSync('tar', ['-czf', join(ripgrepCache, RIPGREP_CACHE.asset), '-C', join(rg, '..'), 'rg'], { stdio: 'inherit' });
  if (packed.status !== 0) return 1;

  const hasLock = existsSync(join(manifestDir, 'package-lock.json'));
  for (const file of hasLock ? ['package.json', 'package-lock.json'] : ['package.json']) copyFileSync(join(manifestDir, file), join(codeServerDir, file));
  console.log(`Installing code-server into ${codeServerDir} (native modules compile: several minutes) …`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, [hasLock ? 'ci' : 'install', '--unsafe-perm', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: codeServerDir,
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: tmp, npm_config_yes: 'true' },
  });
  if (run.status !== 0 || !existsSync(codeServerBin)) {
    console.error(`npm ${hasLock ? 'ci' : 'install'} of code-server failed (exit ${run.status}).`);
    return 1;
  }
  if (!hasLock) copyFileSync(join(codeServerDir, 'package-lock.json'), join(manifestDir, 'package-lock.json'));
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(stamp, lockHash());
  console.log(`code-server installed in ${codeServerDir}`);
  return 0;
}

if (process.argv[1] === import.meta.filename) process.exitCode = install();
