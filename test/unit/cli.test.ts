import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { getBundledIndex, RULE_IDS } from '../../src/core/index';
import { runCli, type RunResult } from './helpers/run-cli';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

interface JsonFix {
  range: [number, number];
  text: string;
  title: string;
}

interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  term?: string;
  recommendations?: string[];
  fix?: JsonFix;
}

interface JsonFileResult {
  file: string;
  messages: JsonMessage[];
}

let root = '';

/** Runs the CLI in-process with captured output; `cwd` is relative to the fixture root. */
function run(args: readonly string[], options: { cwd?: string; isTty?: boolean } = {}): Promise<RunResult> {
  return runCli(args, options.cwd ? path.join(root, options.cwd) : root, options.isTty);
}

/** Runs `lint ... --format json` and parses stdout. */
async function lintJson(args: readonly string[], options: { cwd?: string } = {}): Promise<RunResult & { results: JsonFileResult[] }> {
  const result = await run(['lint', ...args, '--format', 'json'], options);
  return { ...result, results: JSON.parse(result.stdout) as JsonFileResult[] };
}

/** Writes a fixture file below the root, creating folders as needed. */
function write(relative: string, content: string | Uint8Array): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function read(relative: string): string {
  return fs.readFileSync(path.join(root, relative), 'utf8');
}

/** Every file below `folder` (including dot folders and node_modules), with its bytes and mtime. */
function snapshot(folder: string): Map<string, { content: string; mtimeMs: number }> {
  const files = new Map<string, { content: string; mtimeMs: number }>();
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(file, { content: fs.readFileSync(file).toString('base64'), mtimeMs: fs.statSync(file).mtimeMs });
  }
  return files;
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** `{ruleId}:{severity}` of each message, a compact view for order-sensitive comparisons. */
function summary(result: JsonFileResult): string[] {
  return result.messages.map((message) => `${message.ruleId}:${message.severity}`);
}

const USTR_UNDEFINED = 'Define "USTR" at its first use as "Office of the United States Trade Representative (USTR)": the memo does not define it.';
const USTR_REFERENCE = '"USTR" stands for Office of the United States Trade Representative.';
const USTR_EXPANSION = 'Office of the United States Trade Representative (USTR)';
const ANSI = /\u001b\[/;

/** The text of warn.md: one warning (USTR undefined: line 3, column 5, offsets 12..16) and one info. */
const WARN_TEXT = '# Memo\n\nThe USTR met.\n';
/** Every fixture gets this modification time, so that any write during a run would show up. */
const FIXED_TIME = new Date('2020-01-02T03:04:05Z');

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('cli', () => {
  // Fixtures live in a fresh temporary folder, created once and removed at the end.
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cli-'));
    // The fixtures' team asks for the term listing (term-reference is off by default) and makes acronym-undefined
    // a warning (it is information by default), so "The USTR met." gives one warning and one info.
    write('.policylens.json', '{ "rules": { "term-reference": "info", "acronym-undefined": "warning" } }\n');
    // Only info findings.
    write('clean.md', 'The Trade Promotion Authority (TPA) lapsed.\n');
    write('warn.md', WARN_TEXT);
    write('empty.md', '  \n\n');
    // A percent sign inside the expansion a later definition gives ends up in the message.
    write('percent.md', 'The XQZ met.\n\nThe Xylo 100% Quartz Zone (XQZ) met again.\n');

    // Configuration next to the file turns the warning into an error.
    write('strict/.policylens.json', '{\n  // team settings\n  "rules": { "acronym-undefined": "error", },\n}\n');
    write('strict/memo.md', 'The USTR met.\n');
    write('strict/sub/deeper/memo.md', 'The USTR met.\n');
    // A missing comma after line 3: the error is at line 4, column 5.
    write('broken/.policylens.json', '{\n  "rules": {\n    "acronym-undefined": "error"\n    "term-reference": "off"\n  }\n}\n');
    write('broken/memo.md', 'The USTR met.\n');
    // Explicit configurations for --config.
    write('configs/relaxed.json', '{ "rules": { "acronym-undefined": "off", "term-reference": "off" } }\n');
    write('configs/strict.json', '{ "rules": { "acronym-undefined": "error" } }\n');

    // A folder tree: Markdown at several depths, plus files and folders that must be skipped.
    write('docs/a.md', 'The USTR met.\n');
    write('docs/b/c.md', 'The Trade Promotion Authority (TPA) lapsed.\n');
    write('docs/b/d.markdown', 'The USTR met.\n');
    write('docs/b/notes.txt', 'The USTR met.\n');
    write('docs/z.MD', 'The USTR met.\n');
    write('docs/node_modules/pkg/readme.md', 'The USTR met.\n');
    write('docs/.git/description.md', 'The USTR met.\n');
    fs.mkdirSync(path.join(root, 'nomarkdown'));
    write('nomarkdown/readme.txt', 'no Markdown here\n');

    // Files that cannot be linted.
    write('bad/binary.md', Buffer.from('# Title\n\u0000\u0001\u0002 binary\n', 'latin1'));
    write('bad/invalid.md', Buffer.concat([Buffer.from('First line.\nSecond '), Buffer.from([0xff]), Buffer.from(' line.\n')]));
    write('bad/big.md', `The USTR met.\n${'Plain prose without acronyms. '.repeat(70)}\n`);

    // File names that need escaping in GitHub workflow commands.
    write('gh/memo, draft: 50%.md', 'The USTR met.\n');
    write('gh/line\nbreak.md', 'The USTR met.\n');
    write('gh/carriage\rreturn.md', 'The USTR met.\n');
    // Names that look like glob patterns but are real files.
    write('odd/memo (1).md', 'The USTR met.\n');
    write('odd/memo#1.md', 'The USTR met.\n');
    // An overlong encoding and a UTF-16 surrogate: valid-looking bytes that are not UTF-8.
    write('bad/overlong.md', Buffer.concat([Buffer.from('ok\n'), Buffer.from([0xe0, 0x80, 0x80]), Buffer.from(' overlong\nmore\n')]));
    write('bad/surrogate.md', Buffer.concat([Buffer.from('ok\n'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' x\n')]));

    for (const file of snapshot(root).keys()) fs.utimesSync(file, FIXED_TIME, FIXED_TIME);
  });

  after(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  describe('exit codes', () => {
    it('exits 0 for a file with only info findings', async () => {
      const { code, stderr, results } = await lintJson(['clean.md']);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.deepEqual(summary(results[0]), ['term-reference:info']);
    });

    it('exits 0 with warnings under the default --max-warnings (-1, no limit)', async () => {
      const { code, stderr, results } = await lintJson(['warn.md']);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.deepEqual(summary(results[0]), ['acronym-undefined:warning', 'term-reference:info']);
    });

    it('exits 0 when warnings are within --max-warnings', async () => {
      assert.equal((await run(['lint', 'warn.md', '--max-warnings', '1'])).code, 0);
      assert.equal((await run(['lint', 'warn.md', '--max-warnings=-1'])).code, 0);
    });

    it('exits 1 with --max-warnings 0 when a warning exists, and says why', async () => {
      const { code, stderr } = await run(['lint', 'warn.md', '--max-warnings', '0']);
      assert.equal(code, 1);
      assert.match(stderr, /^policy-lens: 1 warnings?, more than --max-warnings 0\n$/);
    });

    it('exits 0 with --max-warnings 0 when there are only info findings', async () => {
      assert.equal((await run(['lint', 'clean.md', '--max-warnings', '0'])).code, 0);
    });

    it('exits 1 when a rule is set to "error" in the .policylens.json next to the file', async () => {
      const { code, stderr, results } = await lintJson(['strict/memo.md']);
      assert.equal(code, 1);
      assert.equal(stderr, '');
      assert.deepEqual(summary(results[0]), ['acronym-undefined:error']);
    });

    it('exits 2 for an unknown command, with one line and a hint on stderr', async () => {
      const { code, stdout, stderr } = await run(['frobnicate']);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.equal(stderr, 'policy-lens: unknown command "frobnicate"\nRun "policy-lens --help" for the commands and their options.\n');
      assert.equal((await run(['lnit'])).stderr.split('\n')[0], 'policy-lens: unknown command "lnit"; did you mean "lint"?');
    });

    it('exits 2 for an unknown --format', async () => {
      const { code, stdout, stderr } = await run(['lint', 'clean.md', '--format', 'xml']);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^policy-lens: unknown format "xml"; expected stylish, json, sarif or github\n/);
    });

    for (const value of ['1.5', 'abc', 'ten', '', '0x0', '1e0']) {
      it(`exits 2 for --max-warnings ${value}`, async () => {
        const { code, stdout, stderr } = await run(['lint', 'warn.md', `--max-warnings=${value}`]);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.ok(stderr.startsWith(`policy-lens: --max-warnings takes a whole number, not "${value}"\n`), stderr);
      });
    }

    it('exits 2 for an unknown option and for a bad --max-file-size', async () => {
      const unknown = await run(['lint', 'clean.md', '--fromat', 'json']);
      assert.equal(unknown.code, 2);
      assert.equal(unknown.stderr, 'policy-lens: unknown option --fromat for lint; did you mean --format?\nRun "policy-lens --help" for the commands and their options.\n');
      const missing = await run(['lint', 'clean.md', '--format']);
      assert.equal(missing.stderr.split('\n')[0], 'policy-lens: --format needs a value, as in --format=json');
      for (const value of ['lots', '8', '0.5']) {
        const size = await run(['lint', 'clean.md', '--max-file-size', value]);
        assert.equal(size.code, 2);
        assert.equal(size.stderr.split('\n')[0], `policy-lens: --max-file-size takes a size with its unit, such as 8MB or 500KB, not "${value}"`);
      }
      assert.equal((await run(['lint', 'clean.md', '--max-file-size', '2048B'])).code, 0);
    });

    it('prints usage on stdout for --help (exit 0) and with no command (exit 2)', async () => {
      const help = await run(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: policy-lens <command> \[options\]\n/);
      const none = await run([]);
      assert.equal(none.code, 2);
      assert.match(none.stdout, /^Usage: policy-lens/);
    });
  });

  describe('--format json', () => {
    it('prints the documented shape, with a fix range that covers the acronym', async () => {
      const { code, results } = await lintJson(['warn.md']);
      assert.equal(code, 0);
      assert.deepEqual(results, [
        {
          file: 'warn.md',
          messages: [
            {
              ruleId: 'acronym-undefined',
              severity: 'warning',
              message: USTR_UNDEFINED,
              line: 3,
              column: 5,
              endLine: 3,
              endColumn: 9,
              term: 'ustr',
              fix: { range: [12, 16], text: USTR_EXPANSION, title: `Expand USTR to "${USTR_EXPANSION}"` },
            },
            { ruleId: 'term-reference', severity: 'info', message: USTR_REFERENCE, line: 3, column: 5, endLine: 3, endColumn: 9, term: 'ustr' },
          ],
        },
      ]);
      const fix = results[0].messages[0].fix!;
      assert.equal(WARN_TEXT.slice(fix.range[0], fix.range[1]), 'USTR');
      // Line and column (1-based) point at the same text as the range.
      const lineText = WARN_TEXT.split('\n')[results[0].messages[0].line - 1];
      assert.equal(lineText.slice(results[0].messages[0].column - 1, results[0].messages[0].endColumn - 1), 'USTR');
    });

    it('lists linked recommendations where a term has them, and omits fix where there is none', async () => {
      const { results } = await lintJson(['clean.md']);
      const [message] = results[0].messages;
      const expected = getBundledIndex().term('tpa')?.recommendations ?? [];
      assert.ok(expected.includes('esa-new-tpa-for-economic-security'));
      assert.deepEqual(message.recommendations, expected);
      assert.equal(message.term, 'tpa');
      assert.equal('fix' in message, false);
      assert.deepEqual([message.line, message.column, message.endLine, message.endColumn], [1, 5, 1, 30]);
      assert.equal(read('clean.md').slice(message.column - 1, message.endColumn - 1), 'Trade Promotion Authority');
    });

    it('shows paths relative to the working folder with forward slashes, one object per file', async () => {
      const { results } = await lintJson(['docs/b/c.md', 'strict/memo.md']);
      assert.deepEqual(
        results.map((result) => result.file),
        ['docs/b/c.md', 'strict/memo.md'],
      );
      const nested = await lintJson(['b/c.md'], { cwd: 'docs' });
      assert.deepEqual(
        nested.results.map((result) => result.file),
        ['b/c.md'],
      );
    });

    it('shows a file outside the working folder by its absolute path', async () => {
      const { results } = await lintJson(['../clean.md'], { cwd: 'docs' });
      assert.deepEqual(
        results.map((result) => result.file),
        [path.join(root, 'clean.md').split(path.sep).join('/')],
      );
    });

    it('reports a file given twice once', async () => {
      const { results } = await lintJson(['warn.md', './warn.md', path.join(root, 'warn.md')]);
      assert.deepEqual(
        results.map((result) => result.file),
        ['warn.md'],
      );
    });
  });

  describe('--quiet', () => {
    it('still counts warnings for --max-warnings, though it hides them', async () => {
      const { code, stdout, stderr } = await run(['lint', 'warn.md', '--quiet', '--max-warnings=0', '--format', 'json']);
      assert.equal(code, 1);
      assert.deepEqual(JSON.parse(stdout), [{ file: 'warn.md', messages: [] }]);
      assert.match(stderr, /more than --max-warnings 0/);
    });

    it('keeps only errors', async () => {
      const { code, results } = await lintJson(['strict/memo.md', 'warn.md', 'clean.md', '--quiet']);
      assert.equal(code, 1);
      assert.deepEqual(
        results.map((result) => [result.file, summary(result)]),
        [
          ['strict/memo.md', ['acronym-undefined:error']],
          ['warn.md', []],
          ['clean.md', []],
        ],
      );
    });

    it('prints no clean summary when no file could be read', async () => {
      const { code, stdout } = await run(['lint', 'missing.md']);
      assert.equal(code, 2);
      assert.equal(stdout, '');
    });

    it('prints the clean summary in stylish output when only warnings and info exist', async () => {
      const { code, stdout } = await run(['lint', 'warn.md', 'clean.md', '--quiet']);
      assert.equal(code, 0);
      assert.equal(stdout, '✔ 2 files checked, no errors shown (--quiet hides warnings)\n');
    });

    it('never ends on a tick or a mere warning sign when the run fails: the summary says why, as the exit code does', async () => {
      const quiet = await run(['lint', 'warn.md', '--quiet', '--max-warnings', '0']);
      assert.equal(quiet.code, 1);
      assert.equal(quiet.stdout, '✖ 1 file checked, no errors shown (--quiet hides warnings); fails: 1 warning, more than --max-warnings 0\n');
      const over = await run(['lint', 'warn.md', '--max-warnings', '0']);
      assert.equal(over.code, 1);
      assert.equal(lines(over.stdout).at(-1), '✖ 2 findings (0 errors, 1 warning, 1 info) in 1 file; fails: 1 warning, more than --max-warnings 0');
      const within = await run(['lint', 'warn.md', '--max-warnings', '1']);
      assert.equal(within.code, 0);
      assert.equal(lines(within.stdout).at(-1), '⚠ 2 findings (0 errors, 1 warning, 1 info) in 1 file');
      const broken = await run(['lint', 'empty.md', 'missing.md']);
      assert.equal(broken.code, 2);
      assert.equal(broken.stdout, '✖ 1 file checked, no findings shown; fails: 1 input or configuration problem (on stderr)\n');
    });
  });

  describe('files, folders and globs', () => {
    it('lints every .md and .markdown below a folder in sorted order, skipping node_modules and .git', async () => {
      const { code, stderr, results } = await lintJson(['docs']);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.deepEqual(
        results.map((result) => result.file),
        ['docs/a.md', 'docs/b/c.md', 'docs/b/d.markdown', 'docs/z.MD'],
      );
    });

    it('lints the working folder when no input is given', async () => {
      const { results } = await lintJson([], { cwd: 'docs' });
      assert.deepEqual(
        results.map((result) => result.file),
        ['a.md', 'b/c.md', 'b/d.markdown', 'z.MD'],
      );
    });

    it('expands a glob, skipping node_modules and .git', async () => {
      const { code, stderr, results } = await lintJson(['docs/**/*.md']);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.deepEqual(
        results.map((result) => result.file),
        ['docs/a.md', 'docs/b/c.md'],
      );
    });

    it('reports a glob that matches nothing (exit 2) and still lints the other inputs', async () => {
      const { code, stderr, results } = await lintJson(['nowhere/**/*.md', 'warn.md']);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-lens: nowhere/**/*.md: no files match this pattern\n');
      assert.deepEqual(
        results.map((result) => [result.file, summary(result)]),
        [['warn.md', ['acronym-undefined:warning', 'term-reference:info']]],
      );
    });

    it('reports a folder without Markdown files', async () => {
      const { code, stderr, results } = await lintJson(['nomarkdown', 'clean.md']);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-lens: nomarkdown: the folder holds no Markdown files\n');
      assert.deepEqual(
        results.map((result) => result.file),
        ['clean.md'],
      );
    });
  });

  describe('bad input never stops the run', () => {
    it('reports each unreadable input on stderr and still prints the good files', async () => {
      const { code, stderr, results } = await lintJson([
        'warn.md',
        'missing.md',
        'bad/binary.md',
        'bad/invalid.md',
        'bad/big.md',
        'empty.md',
        'clean.md',
        '--max-file-size',
        '1KB',
      ]);
      assert.equal(code, 2);
      assert.deepEqual(lines(stderr).sort(), [
        'policy-lens: bad/big.md: is 2.1 KB, over the 1.0 KB limit; raise it with --max-file-size',
        'policy-lens: bad/binary.md: looks like a binary file (it contains NUL bytes), not Markdown',
        'policy-lens: bad/invalid.md: is not valid UTF-8 (first bad byte at line 2, byte 8); save it as UTF-8',
        'policy-lens: empty.md: the file is empty; nothing to check',
        'policy-lens: missing.md: no such file or folder',
      ]);
      assert.deepEqual(
        results.map((result) => [result.file, summary(result)]),
        [
          ['warn.md', ['acronym-undefined:warning', 'term-reference:info']],
          ['empty.md', []],
          ['clean.md', ['term-reference:info']],
        ],
      );
    });

    it('names a missing path (exit 2)', async () => {
      const { code, stderr, results } = await lintJson(['no/such/memo.md', 'clean.md']);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-lens: no/such/memo.md: no such file or folder\n');
      assert.deepEqual(
        results.map((result) => result.file),
        ['clean.md'],
      );
    });

    it('refuses a binary file named .md (exit 2)', async () => {
      const { code, stderr, results } = await lintJson(['bad/binary.md', 'clean.md']);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-lens: bad/binary.md: looks like a binary file (it contains NUL bytes), not Markdown\n');
      assert.deepEqual(
        results.map((result) => result.file),
        ['clean.md'],
      );
    });

    it('names the line and byte of invalid UTF-8 (exit 2)', async () => {
      const { code, stderr, results } = await lintJson(['bad/invalid.md', 'clean.md']);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-lens: bad/invalid.md: is not valid UTF-8 (first bad byte at line 2, byte 8); save it as UTF-8\n');
      assert.deepEqual(
        results.map((result) => result.file),
        ['clean.md'],
      );
    });

    it('locates overlong and surrogate sequences, which the decoder rejects too', async () => {
      const overlong = await lintJson(['bad/overlong.md']);
      assert.equal(overlong.stderr, 'policy-lens: bad/overlong.md: is not valid UTF-8 (first bad byte at line 2, byte 1); save it as UTF-8\n');
      const surrogate = await lintJson(['bad/surrogate.md']);
      assert.equal(surrogate.stderr, 'policy-lens: bad/surrogate.md: is not valid UTF-8 (first bad byte at line 2, byte 1); save it as UTF-8\n');
    });

    it('lints a real file whose name looks like a glob pattern', async () => {
      const { code, stderr, results } = await lintJson(['odd/memo (1).md']);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.deepEqual(results.map((result) => result.file), ['odd/memo (1).md']);
    });

    it('notes an empty file without changing the exit code', async () => {
      const { code, stderr, results } = await lintJson(['empty.md', 'clean.md']);
      assert.equal(code, 0);
      assert.equal(stderr, 'policy-lens: empty.md: the file is empty; nothing to check\n');
      assert.deepEqual(
        results.map((result) => [result.file, summary(result)]),
        [
          ['empty.md', []],
          ['clean.md', ['term-reference:info']],
        ],
      );
    });

    it('skips a file over --max-file-size (exit 2) and lints it under the default limit', async () => {
      const size = fs.statSync(path.join(root, 'bad/big.md')).size;
      assert.ok(size > 2048 && size < 3072, `fixture size ${size}`);
      const limited = await lintJson(['bad/big.md', 'clean.md', '--max-file-size', '1KB']);
      assert.equal(limited.code, 2);
      assert.equal(limited.stderr, `policy-lens: bad/big.md: is ${(size / 1024).toFixed(1)} KB, over the 1.0 KB limit; raise it with --max-file-size\n`);
      assert.deepEqual(
        limited.results.map((result) => result.file),
        ['clean.md'],
      );
      const unlimited = await lintJson(['bad/big.md']);
      assert.equal(unlimited.code, 0);
      assert.equal(unlimited.stderr, '');
      assert.deepEqual(summary(unlimited.results[0]), ['acronym-undefined:warning', 'term-reference:info']);
    });
  });

  describe('configuration', () => {
    it('finds the nearest .policylens.json by walking up from the file', async () => {
      const { code, results } = await lintJson(['strict/sub/deeper/memo.md']);
      assert.equal(code, 1);
      assert.deepEqual(summary(results[0]), ['acronym-undefined:error']);
    });

    it('reports broken JSON with path, line and column (exit 2) and still lints with the defaults', async () => {
      const { code, stderr, results } = await lintJson(['broken/memo.md', 'clean.md']);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-lens: broken/.policylens.json:4:5: invalid JSON: comma expected\n');
      assert.deepEqual(
        results.map((result) => [result.file, summary(result)]),
        // The defaults, not the folder above: acronym-undefined is information by default.
        [
          ['broken/memo.md', ['acronym-undefined:info']],
          ['clean.md', ['term-reference:info']],
        ],
      );
    });

    it('reports a broken configuration once even when several files use it', async () => {
      write('broken/second.md', 'The TPA lapsed.\n');
      try {
        const { stderr, results } = await lintJson(['broken']);
        assert.equal(stderr, 'policy-lens: broken/.policylens.json:4:5: invalid JSON: comma expected\n');
        assert.deepEqual(
          results.map((result) => result.file),
          ['broken/memo.md', 'broken/second.md'],
        );
      } finally {
        fs.rmSync(path.join(root, 'broken/second.md'));
      }
    });

    it('--config overrides the nearest .policylens.json', async () => {
      const relaxed = await lintJson(['strict/memo.md', '--config', path.join(root, 'configs/relaxed.json')]);
      assert.equal(relaxed.code, 0);
      assert.deepEqual(relaxed.results, [{ file: 'strict/memo.md', messages: [] }]);

      // The broken configuration next to the file is not read at all.
      const strict = await lintJson(['broken/memo.md', 'warn.md', '--config', path.join(root, 'configs/strict.json')]);
      assert.equal(strict.code, 1);
      assert.equal(strict.stderr, '');
      assert.deepEqual(
        strict.results.map((result) => [result.file, summary(result)]),
        [
          ['broken/memo.md', ['acronym-undefined:error']],
          ['warn.md', ['acronym-undefined:error']],
        ],
      );
    });

    it('resolves a relative --config against the working folder', async () => {
      const { code, stderr, results } = await lintJson(['memo.md', '--config', '../configs/strict.json'], { cwd: 'strict' });
      assert.equal(stderr, '');
      assert.equal(code, 1);
      assert.equal(results[0].messages[0].severity, 'error');
    });

    it('reports a --config file that does not exist (exit 2) and still lints', async () => {
      const missing = path.join(root, 'configs/none.json');
      const { code, stderr, results } = await lintJson(['warn.md', '--config', missing]);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-lens: configs/none.json:1:1: cannot read the configuration file: it does not exist\n');
      // With the defaults, acronym-undefined is information and term-reference is off.
      assert.deepEqual(summary(results[0]), ['acronym-undefined:info']);
    });
  });

  describe('the CLI never writes to the files it lints', () => {
    it('leaves content and modification time of every fixture unchanged, whatever the format', async () => {
      const before = snapshot(root);
      assert.ok(before.size >= 20, `only ${before.size} fixture files`);
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        for (const extra of [[], ['--quiet'], ['--max-warnings', '0']]) {
          const { code } = await run(['lint', '.', 'docs/**/*.md', 'docs/node_modules/pkg/readme.md', '--format', format, ...extra]);
          assert.equal(code, 2, `lint . --format ${format} ${extra.join(' ')}`);
        }
      }
      const after = snapshot(root);
      assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
      for (const [file, state] of before) {
        assert.equal(after.get(file)?.content, state.content, `content of ${file}`);
        assert.equal(after.get(file)?.mtimeMs, state.mtimeMs, `mtime of ${file}`);
        assert.equal(state.mtimeMs, FIXED_TIME.getTime(), `fixture mtime of ${file}`);
      }
    });
  });

  describe('--format sarif', () => {
    interface SarifLog {
      $schema: string;
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
        columnKind: string;
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
          fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }[] }[] }[];
        }[];
      }[];
    }

    // The parts of the SARIF 2.1.0 schema that this output uses: required properties, enums, minimums.
    const region = {
      type: 'object',
      properties: {
        startLine: { type: 'integer', minimum: 1 },
        startColumn: { type: 'integer', minimum: 1 },
        endLine: { type: 'integer', minimum: 1 },
        endColumn: { type: 'integer', minimum: 1 },
        charOffset: { type: 'integer', minimum: -1 },
        charLength: { type: 'integer', minimum: 0 },
      },
    };
    const message = { type: 'object', anyOf: [{ required: ['text'] }, { required: ['id'] }], properties: { text: { type: 'string' } } };
    const artifactLocation = { type: 'object', properties: { uri: { type: 'string', format: 'uri-reference' } } };
    const level = { enum: ['none', 'note', 'warning', 'error'] };
    const sarifSubset = {
      type: 'object',
      required: ['version', 'runs'],
      properties: {
        $schema: { type: 'string', format: 'uri' },
        version: { const: '2.1.0' },
        runs: {
          type: 'array',
          items: {
            type: 'object',
            required: ['tool'],
            properties: {
              columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
              tool: {
                type: 'object',
                required: ['driver'],
                properties: {
                  driver: {
                    type: 'object',
                    required: ['name'],
                    properties: {
                      name: { type: 'string' },
                      version: { type: 'string' },
                      informationUri: { type: 'string', format: 'uri' },
                      rules: {
                        type: 'array',
                        uniqueItems: true,
                        items: {
                          type: 'object',
                          required: ['id'],
                          properties: {
                            id: { type: 'string' },
                            helpUri: { type: 'string', format: 'uri' },
                            shortDescription: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
                            defaultConfiguration: { type: 'object', properties: { level } },
                          },
                        },
                      },
                    },
                  },
                },
              },
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['message'],
                  properties: {
                    ruleId: { type: 'string' },
                    ruleIndex: { type: 'integer', minimum: -1 },
                    level,
                    message,
                    locations: {
                      type: 'array',
                      items: { type: 'object', properties: { physicalLocation: { type: 'object', properties: { artifactLocation, region } } } },
                    },
                    fixes: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['artifactChanges'],
                        properties: {
                          description: message,
                          artifactChanges: {
                            type: 'array',
                            minItems: 1,
                            items: {
                              type: 'object',
                              required: ['artifactLocation', 'replacements'],
                              properties: {
                                artifactLocation,
                                replacements: {
                                  type: 'array',
                                  minItems: 1,
                                  items: { type: 'object', required: ['deletedRegion'], properties: { deletedRegion: region, insertedContent: { type: 'object' } } },
                                },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };

    async function sarif(args: readonly string[], options: { cwd?: string } = {}): Promise<{ code: number; log: SarifLog; raw: unknown }> {
      const result = await run(['lint', ...args, '--format', 'sarif'], options);
      const raw = JSON.parse(result.stdout) as unknown;
      return { code: result.code, log: raw as SarifLog, raw };
    }

    it('prints a SARIF 2.1.0 log that fits the schema constraints it uses', async () => {
      const { code, log, raw } = await sarif(['warn.md', 'strict/memo.md', 'clean.md']);
      assert.equal(code, 1);
      const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
      const validate = ajv.compile(sarifSubset);
      assert.equal(validate(raw), true, JSON.stringify(validate.errors));
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
      assert.equal(log.runs[0].tool.driver.name, 'policy-lens');
    });

    it('describes every rule with a helpUri', async () => {
      const { log } = await sarif(['clean.md']);
      const rules = log.runs[0].tool.driver.rules;
      assert.deepEqual(
        rules.map((rule) => rule.id),
        [...RULE_IDS],
      );
      assert.deepEqual(RULE_IDS, [
        'acronym-undefined', 'acronym-expansion', 'term-outdated', 'term-reference',
        'memo-structure', 'recommendation-actor', 'passive-recommendation', 'vague-commitment', 'claim-unsourced', 'sentence-length', 'readability', 'parse-limit',
      ]);
      for (const rule of rules) {
        assert.match(rule.helpUri, new RegExp(`^https://[^\\s]+/${rule.id}\\.md$`));
        assert.ok(rule.shortDescription.text.length > 0);
      }
      assert.deepEqual(
        rules.map((rule) => rule.defaultConfiguration.level),
        // acronym-undefined and acronym-expansion are information by default (a note in SARIF); the review preset makes
        // them warnings. Rules off by default carry their review level, or note when no preset turns them on
        // (term-reference, claim-unsourced).
        ['note', 'note', 'warning', 'note', 'warning', 'warning', 'warning', 'warning', 'note', 'note', 'note', 'note'],
      );
    });

    it('gives each result its rule, level and region, and the fix as a replacement', async () => {
      const { log } = await sarif(['warn.md', 'strict/memo.md']);
      const { results, tool } = log.runs[0];
      assert.deepEqual(
        results.map((result) => [result.ruleId, result.level, result.locations[0].physicalLocation.artifactLocation.uri]),
        [
          ['acronym-undefined', 'warning', 'warn.md'],
          ['term-reference', 'note', 'warn.md'],
          ['acronym-undefined', 'error', 'strict/memo.md'],
        ],
      );
      for (const result of results) assert.equal(tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.deepEqual(results[0].locations[0].physicalLocation.region, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 });
      assert.deepEqual(results[2].locations[0].physicalLocation.region, { startLine: 1, startColumn: 5, endLine: 1, endColumn: 9 });
      assert.equal(results[0].message.text, USTR_UNDEFINED);
      assert.deepEqual(results[0].fixes, [
        {
          description: { text: `Expand USTR to "${USTR_EXPANSION}"` },
          artifactChanges: [{ artifactLocation: { uri: 'warn.md' }, replacements: [{ deletedRegion: { charOffset: 12, charLength: 4 }, insertedContent: { text: USTR_EXPANSION } }] }],
        },
      ]);
      assert.equal(results[1].fixes, undefined);
    });

    it('percent-encodes each path segment of artifact URIs (a colon must not read as a scheme)', async () => {
      const { log } = await sarif(['gh/memo, draft: 50%.md']);
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'gh/memo%2C%20draft%3A%2050%25.md');
    });

    it('keeps "#" in a file name as part of the path, and gives a file outside the working folder a file: URI', async () => {
      const { log } = await sarif(['odd/memo#1.md']);
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'odd/memo%231.md');
      const outside = await sarif(['../odd/memo#1.md'], { cwd: 'docs' });
      const uri: string = outside.log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
      assert.ok(uri.startsWith('file:///') && uri.endsWith('/odd/memo%231.md'), uri);
    });
  });

  describe('--format github', () => {
    const property = (ruleId: string) => `title=policy-lens(${ruleId})`;

    it('prints one workflow command per finding', async () => {
      const { code, stdout, stderr } = await run(['lint', 'warn.md', 'strict/memo.md', 'clean.md', '--format', 'github']);
      assert.equal(code, 1);
      assert.equal(stderr, '');
      assert.deepEqual(stdout.split('\n'), [
        `::warning file=warn.md,line=3,col=5,endLine=3,endColumn=9,${property('acronym-undefined')}::${USTR_UNDEFINED}`,
        `::notice file=warn.md,line=3,col=5,endLine=3,endColumn=9,${property('term-reference')}::${USTR_REFERENCE}`,
        `::error file=strict/memo.md,line=1,col=5,endLine=1,endColumn=9,${property('acronym-undefined')}::${USTR_UNDEFINED}`,
        `::notice file=clean.md,line=1,col=5,endLine=1,endColumn=30,${property('term-reference')}::${
          '"Trade Promotion Authority" is abbreviated TPA; see its hover for 3 linked recommendations.'
        }`,
        '',
      ]);
    });

    it('prints information findings only when asked: by the configuration or --include-info (issue 12)', async () => {
      // A long sentence: sentence-length is information by default, so it waits for --include-info.
      write('long/memo.md', `${Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')}.\n`);
      write('long/.policylens.json', '{ "rules": { "readability": "off" } }\n');
      const quiet = await run(['lint', 'long/memo.md', '--format', 'github']);
      assert.equal(quiet.stdout, '');
      const asked = await run(['lint', 'long/memo.md', '--format', 'github', '--include-info']);
      assert.match(asked.stdout, /^::notice file=long\/memo\.md,line=1,.*title=policy-lens\(sentence-length\)::/);
      const json = await lintJson(['long/memo.md']);
      assert.deepEqual(summary(json.results[0]), ['sentence-length:info']);
      const stylish = await run(['lint', 'long/memo.md']);
      assert.equal(stylish.stdout, '✔ 1 file checked, no problems; 1 info not shown (--include-info shows it)\n');
      assert.match((await run(['lint', 'long/memo.md', '--include-info'])).stdout, /1:1 +info +.*sentence-length\n\n⚠ 1 finding \(0 errors, 0 warnings, 1 info\) in 1 file\n$/);
    });

    it('never prints ids or "no linked recommendations" for glossary terms', async () => {
      const { stdout } = await run(['lint', 'warn.md', 'clean.md', '--format', 'github', '--include-info']);
      assert.doesNotMatch(stdout, /no linked recommendations|esa-/);
    });

    it('prints nothing when there are no findings', async () => {
      const { code, stdout } = await run(['lint', 'clean.md', '--quiet', '--format', 'github']);
      assert.equal(code, 0);
      assert.equal(stdout, '');
    });

    it('escapes % in the message', async () => {
      const { stdout } = await run(['lint', 'percent.md', '--format', 'github']);
      const [first] = stdout.split('\n');
      assert.equal(
        first,
        `::warning file=percent.md,line=1,col=5,endLine=1,endColumn=8,${property('acronym-undefined')}::Define "XQZ" at its first use as "Xylo 100%25 Quartz Zone (XQZ)": the memo defines it only later (line 3).`,
      );
    });

    it('escapes %, comma, colon, CR and LF in the file property', async () => {
      const { stdout } = await run(['lint', 'gh/memo, draft: 50%.md', 'gh/line\nbreak.md', 'gh/carriage\rreturn.md', '--format', 'github']);
      const commands = stdout.split('\n').filter((line) => line.startsWith('::warning '));
      assert.deepEqual(
        commands.map((line) => /^::warning (file=[^,]*),line=1,/.exec(line)?.[1]),
        ['file=gh/memo%2C draft%3A 50%25.md', 'file=gh/line%0Abreak.md', 'file=gh/carriage%0Dreturn.md'],
      );
      // Six commands (warning + notice per file), each on exactly one line.
      assert.equal(stdout.split('\n').filter((line) => line !== '').length, 6);
      for (const line of lines(stdout)) assert.match(line, /^::(warning|notice) file=[^\r\n]+::[^\r\n]+$/);
    });
  });

  describe('explain and search', () => {
    it('explain TPA prints the expansion and the linked recommendations', async () => {
      const { code, stdout, stderr } = await run(['explain', 'TPA']);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.ok(stdout.startsWith('TPA — Trade Promotion Authority\n\n'), stdout);
      assert.match(stdout, /^Status: {3}Current \(as of \d{4}-\d{2}-\d{2}\)\.$/m);
      assert.match(stdout, /\nLinked recommendations:\n/);
      const linked = getBundledIndex().term('tpa')?.recommendations ?? [];
      assert.ok(linked.length >= 3);
      for (const id of linked) assert.match(stdout, new RegExp(`^  ${id}: .+ \\(.+\\)$`, 'm'));
    });

    it('explain finds a term by an alias, case-insensitively', async () => {
      for (const query of [['tpa'], ['fast', 'track']]) {
        const { code, stdout } = await run(['explain', ...query]);
        assert.equal(code, 0, query.join(' '));
        assert.ok(stdout.startsWith('TPA — Trade Promotion Authority\n'), query.join(' '));
      }
    });

    it('explain TPA --format json parses, with id "tpa" and recommendation objects', async () => {
      const { code, stdout } = await run(['explain', 'TPA', '--format', 'json']);
      assert.equal(code, 0);
      const entry = JSON.parse(stdout) as { id: string; term: string; expansion: string; status: string; recommendations: { id: string }[] };
      assert.equal(entry.id, 'tpa');
      assert.equal(entry.term, 'TPA');
      assert.equal(entry.expansion, 'Trade Promotion Authority');
      assert.equal(entry.status, 'current');
      assert.deepEqual(
        entry.recommendations.map((recommendation) => recommendation.id),
        getBundledIndex().term('tpa')?.recommendations,
      );
    });

    it('explain Privacy Shield shows that it was superseded, and by what', async () => {
      const { code, stdout } = await run(['explain', 'Privacy', 'Shield']);
      assert.equal(code, 0);
      assert.ok(stdout.startsWith('Privacy Shield\n\n'), stdout);
      assert.match(stdout, /^Status: {3}Superseded since 2020-07-16 \(as of \d{4}-\d{2}-\d{2}\)\. .*Schrems II.* Replaced by EU-U\.S\. Data Privacy Framework\.$/m);
      const json = JSON.parse((await run(['explain', 'Privacy Shield', '--format', 'json'])).stdout) as { status: string; successorTerm: string };
      assert.equal(json.status, 'superseded');
      assert.equal(json.successorTerm, 'EU-U.S. Data Privacy Framework');
    });

    it('explain of an unknown term exits 2 with a message on stderr', async () => {
      const { code, stdout, stderr } = await run(['explain', 'nonsenseterm']);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^policy-lens: "nonsenseterm" is not in the glossary\.( Did you mean: [^\n]+\?| No entry comes close\.)\n$/);
    });

    it('explain of a misspelt term suggests the right one', async () => {
      const { code, stderr } = await run(['explain', 'Privcy', 'Shield']);
      assert.equal(code, 2);
      assert.match(stderr, /^policy-lens: "Privcy Shield" is not in the glossary\. Did you mean: Privacy Shield(, [^\n]+)?\?\n$/);
      const json = await run(['explain', 'Privcy Shield', '--format', 'json']);
      assert.equal(json.code, 2);
      const parsed = JSON.parse(json.stdout) as { error: string; suggestions: { id: string; term: string }[] };
      assert.equal(parsed.error, 'unknown term "Privcy Shield"');
      assert.equal(parsed.suggestions[0].term, 'Privacy Shield');
    });

    it('search --format json ranks t12-dock-onto-depa first', async () => {
      const { code, stdout } = await run(['search', 'dock onto digital economy agreement', '--format', 'json']);
      assert.equal(code, 0);
      const hits = JSON.parse(stdout) as { id: string; kind: string; quality: string }[];
      assert.equal(hits[0].id, 't12-dock-onto-depa');
      assert.equal(hits[0].kind, 'recommendation');
      assert.equal(hits[0].quality, 'strong');
      assert.ok(hits.length <= 10);
    });

    it('search honours --limit and prints text by default', async () => {
      const json = JSON.parse((await run(['search', 'export controls', '--limit', '2', '--format', 'json'])).stdout) as unknown[];
      assert.equal(json.length, 2);
      const text = await run(['search', 'dock onto digital economy agreement']);
      assert.equal(text.code, 0);
      assert.match(text.stdout, /^strong {3}recommendation {2}t12-dock-onto-depa: /);
    });

    it('search and explain say when nothing comes close instead of listing unrelated entries', async () => {
      const search = await run(['search', 'xylophone banana']);
      assert.equal(search.code, 0);
      assert.equal(search.stdout, 'No close match for "xylophone banana" in the glossary or the recommendations.\n');
      assert.deepEqual(JSON.parse((await run(['search', 'xylophone banana', '--format', 'json'])).stdout), []);
      const explain = await run(['explain', 'xylophone banana']);
      assert.equal(explain.code, 2);
      assert.equal(explain.stderr, 'policy-lens: "xylophone banana" is not in the glossary. No entry comes close.\n');
    });

    it('explain suggests the term a query names first ("open RAN funding" → O-RAN)', async () => {
      const { code, stderr } = await run(['explain', 'open RAN funding']);
      assert.equal(code, 2);
      assert.match(stderr, /Did you mean: O-RAN, /);
      const json = JSON.parse((await run(['explain', 'open RAN funding', '--format', 'json'])).stdout) as { suggestions: { id: string; quality: string }[] };
      assert.deepEqual(json.suggestions[0], { id: 'o-ran', term: 'O-RAN', quality: 'strong' });
    });

    it('search and explain without a query exit 2', async () => {
      const search = await run(['search']);
      assert.equal(search.code, 2);
      assert.equal(search.stdout, '');
      assert.ok(search.stderr.startsWith('policy-lens: search needs a query\n'), search.stderr);
      const explain = await run(['explain', '  ']);
      assert.equal(explain.code, 2);
      assert.ok(explain.stderr.startsWith('policy-lens: explain needs a term\n'), explain.stderr);
    });

    it('rejects a bad --limit and a lint-only format', async () => {
      const limit = await run(['search', 'tpa', '--limit', '0']);
      assert.equal(limit.code, 2);
      assert.ok(limit.stderr.startsWith('policy-lens: --limit takes a positive whole number, not "0"\n'), limit.stderr);
      const format = await run(['explain', 'TPA', '--format', 'sarif']);
      assert.equal(format.code, 2);
      assert.ok(format.stderr.startsWith('policy-lens: unknown format "sarif"; expected text or json\n'), format.stderr);
    });
  });

  describe('stylish output', () => {
    it('prints findings by file and a summary, without colour when not a TTY', async () => {
      const { code, stdout } = await run(['lint', 'warn.md']);
      assert.equal(code, 0);
      assert.doesNotMatch(stdout, ANSI);
      assert.equal(
        stdout,
        ['warn.md', `  3:5  warning  ${USTR_UNDEFINED}  acronym-undefined`, `  3:5  info     ${USTR_REFERENCE}  term-reference`, '', '⚠ 2 findings (0 errors, 1 warning, 1 info) in 1 file', ''].join('\n'),
      );
    });

    it('counts errors, warnings and info across files in the summary', async () => {
      const { code, stdout } = await run(['lint', 'strict/memo.md', 'warn.md', 'docs/a.md', 'clean.md', 'empty.md']);
      assert.equal(code, 1);
      assert.doesNotMatch(stdout, ANSI);
      const last = lines(stdout).at(-1);
      // strict/memo.md: 1 error; warn.md and clean.md (the fixtures' configuration): 1 warning and 2 info; docs/ is a
      // repository of its own (docs/.git), so docs/a.md gets the defaults: its acronym-undefined is information at
      // its default level, which stylish leaves out unless asked.
      assert.equal(last, '✖ 4 findings (1 error, 1 warning, 2 info) in 5 files; 1 info not shown (--include-info shows it); fails: 1 error');
      // Files without findings get no block.
      assert.deepEqual(
        lines(stdout).filter((line) => !line.startsWith(' ') && line !== last),
        // docs/a.md's only finding is information at its default level, not shown: it gets no block either.
        ['strict/memo.md', 'warn.md', 'clean.md'],
      );
    });

    it('reports a clean run in one line', async () => {
      const { stdout } = await run(['lint', 'empty.md']);
      assert.equal(stdout, '✔ 1 file checked, no problems\n');
    });

    it('uses colour on a TTY, unless --no-color', async () => {
      const tty = await run(['lint', 'strict/memo.md'], { isTty: true });
      assert.match(tty.stdout, /\u001b\[31merror\u001b\[0m/);
      assert.match(tty.stdout, /\u001b\[4mstrict\/memo\.md\u001b\[0m/);
      const plain = await run(['lint', 'strict/memo.md', '--no-color'], { isTty: true });
      assert.doesNotMatch(plain.stdout, ANSI);
      // Apart from the escape codes, the output is the same.
      assert.equal(tty.stdout.replace(/\u001b\[\d+m/g, ''), plain.stdout);
    });
  });
});
