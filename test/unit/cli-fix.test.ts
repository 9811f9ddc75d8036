import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEVERITIES, fixAll, getBundledIndex, resolveConfig } from '../../src/core/index';
import { fixFile, writeFixedFile } from '../../src/cli/fix-files';
import { runCli } from './helpers/run-cli';

// USTR has one meaning in the glossary, so its fix is certain (TPA has two: no fix without context).
const FIXABLE = '# Memo\n\nThe USTR expires soon. The USTR matters.\n\n```\nUSTR in code\n```\n';
const FIXED = FIXABLE.replace('The USTR expires', 'The Office of the United States Trade Representative (USTR) expires');
const CLEAN = '# Memo\n\nNothing to fix here.\n';

describe('cli lint --fix and --fix-dry-run', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-lens-fix-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('--fix writes every safe fix (the core fix-all result), keeps the file mode, and reports what is left', async () => {
    const file = join(root, 'memo.md');
    writeFileSync(file, FIXABLE);
    chmodSync(file, 0o640);
    writeFileSync(join(root, 'clean.md'), CLEAN);
    // The term listing (off by default) leaves a finding without a fix after fixing.
    writeFileSync(join(root, '.policylens.json'), '{ "rules": { "term-reference": "info" } }\n');
    const { code, stdout, stderr } = await runCli(['lint', '--fix', '--format', 'json', '.'], root);
    const expected = fixAll(FIXABLE, { index: getBundledIndex(), config: resolveConfig(DEFAULT_SEVERITIES) }).text;
    assert.equal(expected, FIXED);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.equal(readFileSync(join(root, 'clean.md'), 'utf8'), CLEAN);
    assert.match(stderr, /fixed 1 file\n/);
    const results = JSON.parse(stdout) as { file: string; messages: { ruleId: string; fix?: unknown }[] }[];
    const memo = results.find((result) => result.file === 'memo.md')!;
    assert.ok(memo.messages.some((message) => message.ruleId === 'term-reference'));
    assert.ok(memo.messages.every((message) => !message.fix), 'the findings reported are those left after fixing');
    assert.equal(code, 0);
  });

  it('--fix-dry-run prints a unified diff, writes nothing and exits 1; with nothing to fix it prints nothing and exits 0', async () => {
    const file = join(root, 'memo.md');
    writeFileSync(file, FIXABLE);
    const dry = await runCli(['lint', '--fix-dry-run', 'memo.md'], root);
    assert.equal(readFileSync(file, 'utf8'), FIXABLE);
    assert.equal(dry.code, 1);
    assert.equal(dry.stdout, [
      '--- a/memo.md',
      '+++ b/memo.md',
      '@@ -1,6 +1,6 @@',
      ' # Memo',
      ' ',
      '-The USTR expires soon. The USTR matters.',
      '+The Office of the United States Trade Representative (USTR) expires soon. The USTR matters.',
      ' ',
      ' ```',
      ' USTR in code',
      '',
    ].join('\n'));
    assert.match(dry.stderr, /1 file would be fixed/);
    writeFileSync(file, CLEAN);
    const nothing = await runCli(['lint', '--fix-dry-run', 'memo.md'], root);
    assert.deepEqual([nothing.code, nothing.stdout], [0, '']);
  });

  it('refuses --fix with --fix-dry-run (exit 2)', async () => {
    const { code, stderr } = await runCli(['lint', '--fix', '--fix-dry-run'], root);
    assert.equal(code, 2);
    assert.match(stderr, /cannot be combined/);
  });

  it('writes only regular files inside the folder it runs in: not through a link, not outside', async () => {
    const inside = join(root, 'inside');
    const outside = join(root, 'outside');
    mkdirSync(inside);
    mkdirSync(outside);
    writeFileSync(join(outside, 'target.md'), FIXABLE);
    symlinkSync(join(outside, 'target.md'), join(inside, 'link.md'));
    const linked = await runCli(['lint', '--fix', 'link.md'], inside);
    assert.equal(readFileSync(join(outside, 'target.md'), 'utf8'), FIXABLE);
    assert.match(linked.stderr, /link\.md: is a symbolic link to .*target\.md, outside .*inside; pass --follow-symlinks/);
    assert.equal(linked.code, 2);

    // Following the link reads the target, but --fix still never writes through a link.
    const followed = await runCli(['lint', '--fix', '--follow-symlinks', 'link.md'], inside);
    assert.equal(readFileSync(join(outside, 'target.md'), 'utf8'), FIXABLE);
    assert.match(followed.stderr, /link\.md: not written: it is not a regular file/);
    assert.equal(followed.code, 2);

    const away = await runCli(['lint', '--fix', join(outside, 'target.md')], inside);
    assert.equal(readFileSync(join(outside, 'target.md'), 'utf8'), FIXABLE);
    assert.match(away.stderr, /target\.md: not written: it is outside .*inside, the folder policy-lens runs in/);
    assert.equal(away.code, 2);
  });

  it('does not overwrite a file that changed after it was read', async () => {
    const file = join(root, 'memo.md');
    writeFileSync(file, FIXABLE);
    const fixed = await fixFile({ path: file, config: {}, packFiles: [], maxFileBytes: 1024 * 1024, symlinkRoot: root });
    assert.ok(fixed && !('message' in fixed));
    writeFileSync(file, `${FIXABLE}Edited meanwhile.\n`);
    assert.equal(writeFixedFile(fixed, root), 'not written: the file changed since it was read');
    assert.equal(readFileSync(file, 'utf8'), `${FIXABLE}Edited meanwhile.\n`);
    writeFileSync(file, FIXABLE);
    assert.equal(writeFixedFile(fixed, root), undefined);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
  });

  it('keeps a byte order mark', async () => {
    const file = join(root, 'memo.md');
    writeFileSync(file, `\uFEFF${FIXABLE}`);
    await runCli(['lint', '--fix', 'memo.md'], root);
    assert.equal(readFileSync(file, 'utf8'), `\uFEFF${FIXED}`);
  });
});
