import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigLookup } from '../../src/core/index';
import { nodeFileHost, readRegularFile } from '../../src/cli/node-files';
import { memoryHost } from './helpers/memory-host';
import { runCli } from './helpers/run-cli';

// Issue 13, items 4 and 5: a workspace file may be a FIFO, a device, a huge sparse file or a link out
// of the repository; none of them may hang the CLI, be read whole, or be followed out of the root.

const CLI = path.join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const canMakeFifos = process.platform !== 'win32';
const USTR = 'The USTR met.\n';

let root = '';
let outside = '';

function write(relative: string, content: string | Buffer, base = root): string {
  const file = path.join(base, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function mkfifo(relative: string): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const made = spawnSync('mkfifo', [file]);
  assert.equal(made.status, 0, `mkfifo ${file}: ${made.stderr}`);
  return file;
}

function link(target: string, relative: string): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.symlinkSync(target, file);
}

/**
 * Runs the built CLI in a child process. Reading a FIFO or /dev/zero blocks the thread that reads,
 * so a regression would freeze an in-process test; the child is killed instead, after far longer
 * than the run needs (about a second), and the test says it hung.
 */
function runBuiltCli(args: readonly string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' });
  assert.notEqual(result.signal, 'SIGKILL', `policy-lens ${args.join(' ')} hung and was killed; stderr: ${result.stderr}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('hostile files (issue 13)', () => {
  before(function () {
    if (!canMakeFifos) this.skip();
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-hostile-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-outside-')));
    fs.mkdirSync(path.join(root, '.git'));
    write('ok.md', USTR);
    write('secret.md', 'The USTR met in secret.\n', outside);
    write('.policylens.json', '{ "rules": { "acronym-undefined": "error" } }\n', outside);
  });

  after(() => {
    for (const folder of [root, outside]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  describe('reading', () => {
    it('refuses a FIFO named on the command line, without waiting for a writer, and lints the rest', () => {
      mkfifo('fifo/pipe.md');
      write('fifo/ok.md', USTR);
      const { status, stdout, stderr } = runBuiltCli(['lint', 'fifo/pipe.md', 'fifo/ok.md', '--format', 'json']);
      assert.equal(status, 2);
      assert.match(stderr, /^policy-lens: fifo\/pipe\.md: is a FIFO \(named pipe\), not a regular file$/m);
      assert.deepEqual((JSON.parse(stdout) as { file: string }[]).map((result) => result.file), ['fifo/ok.md']);
    });

    it('refuses a link to /dev/zero matched by a glob, without reading it', () => {
      link('/dev/zero', 'zero/zero.md');
      write('zero/ok.md', USTR);
      const { status, stderr } = runBuiltCli(['lint', 'zero/*.md', '--format', 'json', '--follow-symlinks']);
      assert.equal(status, 2);
      assert.match(stderr, /^policy-lens: zero\/zero\.md: is a character device, not a regular file$/m);
    });

    it('refuses a .policylens.json that is a FIFO, and a pack that is a FIFO or /dev/zero', () => {
      mkfifo('fifo-config/.policylens.json');
      write('fifo-config/memo.md', USTR);
      const config = runBuiltCli(['lint', 'fifo-config/memo.md', '--format', 'json']);
      assert.equal(config.status, 2);
      assert.match(config.stderr, /fifo-config\/\.policylens\.json:1:1: cannot read the configuration file: the file is a FIFO \(named pipe\), not a regular file/);

      mkfifo('packs/pipe.policypack.json');
      link('/dev/zero', 'packs/zero.policypack.json');
      write('packs/.policylens.json', '{ "packs": ["pipe.policypack.json", "zero.policypack.json"] }\n');
      write('packs/memo.md', USTR);
      const packs = runBuiltCli(['lint', 'packs/memo.md', '--format', 'json', '--follow-symlinks']);
      assert.equal(packs.status, 2);
      assert.match(packs.stderr, /pack "pipe\.policypack\.json": cannot read the pack: the file is a FIFO \(named pipe\), not a regular file/);
      assert.match(packs.stderr, /pack "zero\.policypack\.json": cannot read the pack: the file is a character device, not a regular file/);

      const validate = runBuiltCli(['pack', 'validate', 'packs/pipe.policypack.json']);
      assert.equal(validate.status, 2);
      assert.match(validate.stderr, /cannot read the pack: the file is a FIFO/);
    });

    it('refuses a sparse 3 GB file by its size, without reading it', async () => {
      const big = path.join(root, 'sparse', 'huge.md');
      fs.mkdirSync(path.dirname(big), { recursive: true });
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 3 * 1024 ** 3);
      // Read whole, 3 GB is over what Node can hold in one buffer: the old reader failed with ERR_FS_FILE_TOO_LARGE.
      const { code, stderr } = await runCli(['lint', 'sparse/huge.md'], root);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-lens: sparse/huge.md: is 3072.0 MB, over the 8.0 MB limit; raise it with --max-file-size\n');
    });

    it('reads at most the limit + 1 byte of a file whose size says nothing (/proc files say 0)', function () {
      if (!fs.existsSync('/proc/self/status')) this.skip();
      const read = readRegularFile('/proc/self/status', 16, undefined);
      assert.deepEqual(read, { tooLarge: 17 });
    });
  });

  describe('symbolic links', () => {
    before(() => {
      link(path.join(outside, 'secret.md'), 'links/secret.md');
      link(path.join(root, 'ok.md'), 'links/inside.md');
    });

    it('refuses a named link that leads out of the working folder, and says how to follow it', async () => {
      const { code, stderr } = await runCli(['lint', 'links/secret.md', 'links/inside.md', '--format', 'json'], root);
      assert.equal(code, 2);
      assert.equal(stderr, `policy-lens: links/secret.md: is a symbolic link to ${path.join(outside, 'secret.md')}, outside ${root}; pass --follow-symlinks to follow it\n`);
    });

    it('a glob matches no links, as a folder walk does; with --follow-symlinks it matches and reads them', async () => {
      const plain = await runCli(['lint', 'links/*.md', '--format', 'json'], root);
      assert.equal(plain.stderr, 'policy-lens: links/*.md: no files match this pattern\n');
      const followed = await runCli(['lint', 'links/*.md', '--format', 'json', '--follow-symlinks'], root);
      assert.equal(followed.stderr, '');
      assert.deepEqual((JSON.parse(followed.stdout) as { file: string }[]).map((result) => result.file), ['links/inside.md', 'links/secret.md']);
    });

    it('a named link inside the root is read', async () => {
      const { code, stdout } = await runCli(['lint', 'links/inside.md', '--format', 'json'], root);
      assert.equal(code, 0);
      assert.deepEqual((JSON.parse(stdout) as { file: string }[]).map((result) => result.file), ['links/inside.md']);
    });

    it('follows it with --follow-symlinks', async () => {
      const { stdout, stderr } = await runCli(['lint', 'links/secret.md', '--format', 'json', '--follow-symlinks'], root);
      assert.equal(stderr, '');
      assert.deepEqual((JSON.parse(stdout) as { file: string }[]).map((result) => result.file), ['links/secret.md']);
    });

    it('refuses a .policylens.json and a --config that link out of the working folder', async () => {
      link(path.join(outside, '.policylens.json'), 'linked-config/.policylens.json');
      write('linked-config/memo.md', USTR);
      const nearest = await runCli(['lint', 'linked-config/memo.md', '--format', 'json'], root);
      assert.equal(nearest.code, 2);
      assert.match(nearest.stderr, /linked-config\/\.policylens\.json:1:1: cannot read the configuration file: the file is a symbolic link to .*, outside /);
      const explicit = await runCli(['lint', 'ok.md', '--config', 'linked-config/.policylens.json', '--format', 'json'], root);
      assert.equal(explicit.code, 2);
      assert.match(explicit.stderr, /cannot read the configuration file: the file is a symbolic link to/);
    });
  });

  describe('the configuration walk', () => {
    it('stops at the repository root: a .policylens.json above the checkout changes nothing', async () => {
      // `outside` holds a configuration making acronym-undefined an error; the checkout below it has .git.
      const checkout = path.join(outside, 'checkout');
      write('.git/HEAD', 'ref: refs/heads/main\n', checkout);
      write('docs/memo.md', USTR, checkout);
      const { code, stdout } = await runCli(['lint', 'docs/memo.md', '--format', 'json'], checkout);
      assert.equal(code, 0);
      const [result] = JSON.parse(stdout) as { messages: { ruleId: string; severity: string }[] }[];
      assert.deepEqual(result.messages.filter((message) => message.ruleId === 'acronym-undefined').map((message) => message.severity), ['info']);
      // (info: acronym-undefined's default level.) Without the marker, the same memo picks up the configuration above.
      fs.rmSync(path.join(checkout, '.git'), { recursive: true });
      assert.equal((await runCli(['lint', 'docs/memo.md', '--format', 'json'], checkout)).code, 1);
    });

    it('a .git file (a worktree or submodule) marks the root too', async () => {
      const host = memoryHost({ '/repo/.git': 'gitdir: /elsewhere\n', '/.policylens.json': '{ "allow": ["X"] }', '/repo/docs/memo.md': '' });
      assert.deepEqual(await new ConfigLookup(host).forFile('/repo/docs/memo.md'), { config: {}, problems: [] });
      assert.ok(!host.reads.includes('/.policylens.json'), `read ${host.reads.join(', ')}`);
    });

    it('the nearest configuration wins; one that cannot be read is a problem, not a reason to look further up', async () => {
      const host = memoryHost(
        { '/repo/.git/HEAD': '', '/repo/.policylens.json': '{ "allow": ["ROOT"] }', '/repo/a/.policylens.json': '{ "allow": ["A"] }', '/repo/a/b/memo.md': '' },
        { '/repo/c/.policylens.json': 'the file is a FIFO (named pipe), not a regular file' },
      );
      const lookup = new ConfigLookup(host);
      assert.deepEqual((await lookup.forFile('/repo/a/b/memo.md')).config, { allow: ['A'] });
      assert.deepEqual((await lookup.forFile('/repo/memo.md')).config, { allow: ['ROOT'] });
      assert.deepEqual(await lookup.forFile('/repo/c/memo.md'), {
        file: '/repo/c/.policylens.json',
        config: {},
        problems: [{ file: '/repo/c/.policylens.json', line: 1, column: 1, message: 'cannot read the configuration file: the file is a FIFO (named pipe), not a regular file' }],
      });
    });

    it('the Node host finds the same configuration as the CLI for a real tree', async () => {
      write('tree/.policylens.json', '{ "allow": ["TREE"] }\n');
      write('tree/deep/er/memo.md', USTR);
      const loaded = await new ConfigLookup(nodeFileHost(root)).forFile(path.join(root, 'tree/deep/er/memo.md'));
      assert.equal(loaded.file, path.join(root, 'tree/.policylens.json'));
      assert.deepEqual(loaded.config, { allow: ['TREE'] });
    });
  });
});
