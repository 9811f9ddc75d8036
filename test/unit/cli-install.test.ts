import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * The CLI as a reviewer installs it: the tarball `scripts/pack-cli.mjs` builds, installed globally
 * (into a scratch prefix) with npm, offline, then run from outside the clone.
 */
describe('CLI: installed from its npm tarball', () => {
  let scratch = '';
  let bin = '';
  let tarball = '';

  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-install-'));
    tarball = execFileSync(process.execPath, [path.join(ROOT, 'scripts/pack-cli.mjs'), '--out', scratch], { encoding: 'utf8' }).trim();
    execFileSync('npm', ['install', '--global', '--prefix', path.join(scratch, 'prefix'), '--offline', '--no-audit', '--no-fund', tarball], { stdio: 'pipe' });
    bin = path.join(scratch, 'prefix', 'bin', 'policy-lens');
  });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('ships only the runtime files, with no dependencies to install', () => {
    const listing = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(listing, ['package/LICENSE', 'package/README.md', 'package/cli.js', 'package/language-server.js', 'package/package.json']);
    const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    assert.equal(manifest.dependencies, undefined);
    assert.deepEqual(manifest.bin, { 'policy-lens': 'cli.js', 'policy-lens-language-server': 'language-server.js' });
    assert.equal(manifest.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('runs from outside the clone and lints like the CLI in the clone', () => {
    const memos = path.join(scratch, 'memos');
    fs.cpSync(path.join(ROOT, 'examples', 'memos'), memos, { recursive: true });
    const installed = spawnSync(bin, ['lint', '.', '--format', 'json'], { cwd: memos, encoding: 'utf8' });
    const inClone = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'lint', '.', '--format', 'json'], { cwd: memos, encoding: 'utf8' });
    assert.equal(installed.status, inClone.status, installed.stderr);
    assert.ok(JSON.parse(installed.stdout).length >= 5, 'every example memo is linted');
    assert.equal(installed.stdout, inClone.stdout);
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('installs the language server too, which answers an LSP initialize over stdio', async () => {
    const server = spawn(path.join(scratch, 'prefix', 'bin', 'policy-lens-language-server'), ['--stdio']);
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    let output = '';
    const answered = new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('"id":1')) resolve();
      });
      server.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering: ${output}`)));
    });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    try {
      await answered;
    } finally {
      server.kill();
    }
    assert.match(output, /"hoverProvider":true/);
  });

  it('explains, searches and says how to get help after a usage error', () => {
    const explain = spawnSync(bin, ['explain', 'TPA'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(explain.status, 0, explain.stderr);
    assert.match(explain.stdout, /Trade Promotion Authority/);
    const wrong = spawnSync(bin, ['lnt'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(wrong.status, 2);
    assert.equal(wrong.stderr, 'policy-lens: unknown command "lnt"; did you mean "lint"?\nRun "policy-lens --help" for the commands and their options.\n');
  });
});
