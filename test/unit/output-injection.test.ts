import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildReviewReport, escapeControlCharacters, neutraliseWorkflowCommands, renderHtml, renderMarkdown, terminalText, type MemoReport } from '../../src/core/index';
import { EXAMPLE_PACK_TEXT, PACK_TERM } from './helpers/pack-fixtures';
import { runCli } from './helpers/run-cli';

// Issue 13, items 3 and 8: text from memos, file names, configurations and packs is data. Printed to a
// terminal it cannot change the title, clear the screen or hide a link; in a GitHub Actions log it
// cannot start a workflow command (the runner reads `::command` lines on stdout and stderr alike).

const ESC = '\u001b';
const BEL = '\u0007';
/** A title change, a screen clear, an OSC 8 hyperlink, a C1 CSI and a lone CR. */
const CONTROL_PAYLOAD = `${ESC}]0;pwned${BEL}${ESC}[2J${ESC}]8;;https://evil.example${BEL}click${ESC}]8;;${BEL}\u009b31m\rover`;
/** Workflow commands a hostile string may try to start, on a line of their own or after spaces. */
const COMMAND_PAYLOAD = '\n::error file=.github/workflows/x.yml,line=1::approved\n  ::add-mask::token\n##[warning]fake';

/** What may not appear in anything printed: control characters other than line feed and tab. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Lines that the runner would read as a workflow command. */
function workflowCommands(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*::/.test(line) || line.includes('##['));
}

describe('terminal text (issue 13)', () => {
  it('escapes control characters visibly and keeps line feeds and tabs', () => {
    assert.equal(escapeControlCharacters(`a${ESC}[2Jb\tc\nd\re\u009bf\u007f`), 'a\\u001B[2Jb\tc\nd\\u000De\\u009Bf\\u007F');
    assert.equal(escapeControlCharacters('a\nb\tc', { singleLine: true }), 'a\\u000Ab\\u0009c');
  });

  it('keeps JSON valid and meaning the same', () => {
    const json = JSON.stringify({ text: `x\u009by\u007f` });
    assert.deepEqual(JSON.parse(escapeControlCharacters(json)), { text: `x\u009by\u007f` });
  });

  it('breaks up workflow commands at the start of a line (after spaces too) and the older ##[ form anywhere', () => {
    assert.equal(neutraliseWorkflowCommands('::error::x\n  ::add-mask::y\nok :: fine\nsee ##[error]z'), ': :error::x\n  : :add-mask::y\nok :: fine\nsee ## [error]z');
    assert.deepEqual(workflowCommands(terminalText(COMMAND_PAYLOAD)), []);
  });
});

describe('CLI output from hostile input (issue 13)', () => {
  let root = '';
  const write = (relative: string, content: string | Buffer) => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  };

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-injection-'));
    fs.mkdirSync(path.join(root, '.git'));
    // A file name that tries both, a binary file with such a name, and an empty one (both reported on stderr).
    write(`hostile/memo${COMMAND_PAYLOAD.replace(/\//g, '∕')}${CONTROL_PAYLOAD}.md`, 'The USTR met.\n');
    write(`hostile/binary${COMMAND_PAYLOAD.replace(/\//g, '∕')}.md`, Buffer.from([0, 1, 2]));
    write(`hostile/empty${CONTROL_PAYLOAD}.md`, '');
    // A configuration key and a pack reference that try it (reported on stderr as configuration problems).
    write('config/.policylens.json', JSON.stringify({ [`key${COMMAND_PAYLOAD}`]: 1, packs: [`missing${COMMAND_PAYLOAD}.policypack.json`] }));
    write('config/memo.md', 'The USTR met.\n');
    // A pack whose name and definitions carry both.
    const pack = JSON.parse(EXAMPLE_PACK_TEXT) as { name: string; terms: unknown[] };
    pack.terms.push({ ...PACK_TERM, definition: `Tracks capacity${CONTROL_PAYLOAD}${COMMAND_PAYLOAD} for the office.` });
    write('pack/team.policypack.json', JSON.stringify(pack));
    write('pack/bad-name.policypack.json', JSON.stringify({ ...pack, name: `team${COMMAND_PAYLOAD}` }));
    write('pack/.policylens.json', JSON.stringify({ packs: ['team.policypack.json'] }));
    write('pack/memo.md', 'The APWG met.\n');
  });

  after(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('--format github: stdout holds only our escaped annotations, stderr no workflow command, neither a control character', async () => {
    // --include-info: the hostile memos' findings are information at its default level, which github leaves out unless asked.
    const { code, stdout, stderr } = await runCli(['lint', 'hostile', 'config', '--format', 'github', '--include-info'], root);
    assert.equal(code, 2);
    const annotations = stdout.split('\n').filter((line) => line !== '');
    assert.ok(annotations.length >= 2, stdout);
    for (const line of annotations) assert.match(line, /^::(error|warning|notice) file=[^\n]*::[^\n]*$/);
    // The hostile file name is one property value: every character that could end it is escaped.
    assert.ok(annotations.some((line) => line.includes('file=hostile/memo%0A%3A%3Aerror file=.github∕workflows∕x.yml%2Cline=1%3A%3Aapproved%0A  %3A%3Aadd-mask%3A%3Atoken%0A##[warning]fake\\u001B]0;pwned')), stdout);
    assert.doesNotMatch(stdout, CONTROL);
    assert.deepEqual(workflowCommands(stderr), []);
    assert.doesNotMatch(stderr, CONTROL);
    // Each input the hostile names concern is still reported, as text.
    assert.match(stderr, /binary\n: :error file=\.github∕workflows∕x\.yml,line=1::approved\n  : :add-mask::token\n## \[warning\]fake\.md: looks like a binary file/);
    assert.match(stderr, /config\/\.policylens\.json:1:2: unknown setting "key\n: :error/);
    assert.match(stderr, /pack "missing\n: :error/);
  });

  it('stylish (with and without colour) and json print no control character from a file name or memo', async () => {
    for (const args of [['--no-color'], []]) {
      const { stdout, stderr } = await runCli(['lint', 'hostile', ...args], root, args.length === 0);
      assert.doesNotMatch(stdout.replace(/\u001b\[\d+m/g, ''), CONTROL, `stylish ${args.join(' ')}`);
      assert.deepEqual(workflowCommands(stdout), []);
      assert.doesNotMatch(stderr, CONTROL);
    }
    const json = await runCli(['lint', 'hostile', '--format', 'json'], root);
    assert.doesNotMatch(json.stdout, CONTROL);
    assert.ok((JSON.parse(json.stdout) as { file: string }[]).some((result) => result.file.includes(`${ESC}]0;pwned`)), 'JSON keeps the name as it is');
  });

  it('explain and search print a pack definition as text', async () => {
    const explain = await runCli(['explain', 'APWG', '--config', 'pack/.policylens.json'], root);
    assert.equal(explain.code, 0, explain.stderr);
    assert.match(explain.stdout, /Tracks capacity\\u001B\]0;pwned\\u0007\\u001B\[2J/);
    assert.doesNotMatch(explain.stdout, CONTROL);
    assert.deepEqual(workflowCommands(explain.stdout), []);
    const search = await runCli(['search', 'APWG', '--config', 'pack/.policylens.json', '--format', 'json'], root);
    assert.doesNotMatch(search.stdout, CONTROL);
  });

  it('pack validate prints a hostile pack name as text', async () => {
    const { code, stdout, stderr } = await runCli(['pack', 'validate', 'pack/bad-name.policypack.json'], root);
    assert.equal(code, 2);
    assert.deepEqual(workflowCommands(stdout + stderr), []);
  });

  it('report md and html print no control character; a Markdown cell holds one line even with a lone CR', async () => {
    const md = await runCli(['report', 'hostile', '--format', 'md'], root);
    assert.doesNotMatch(md.stdout, CONTROL);
    assert.deepEqual(workflowCommands(md.stdout), []);
    for (const line of md.stdout.split('\n').filter((text) => text.startsWith('|'))) assert.match(line, /\|$/, `a table row ends on its own line: ${line}`);
    const report = buildReviewReport('0', []);
    const memo = { ...emptyMemo('a\rb.md'), verdict: { status: 'revise', text: 'one\rtwo\u2028three' } } as MemoReport;
    const markdown = renderMarkdown({ ...report, memos: [memo] });
    assert.ok(markdown.includes('| `a b.md` | ⚠️ one two three |'), markdown);
  });
});

describe('report renderers over unbounded lists (issue 13)', () => {
  it('render 130,000 sections without spreading them as arguments (Math.max(...bars) overflowed the stack)', function () {
    // The proof of concept's size, whatever the machine's speed: this test checks output, not time.
    this.timeout(0);
    const sections = Array.from({ length: 130_000 }, (_, i) => ({ title: `Heading ${i}`, depth: 2, line: i * 2 + 1, findings: i % 3, readability: { grade: 8, words: 10, sentences: 1 } }));
    const memo = { ...emptyMemo('big.md'), sections } as MemoReport;
    const report = { ...buildReviewReport('0', []), memos: [memo] };
    const html = renderHtml(report);
    assert.equal(html.match(/<rect /g)?.length, 130_000);
    const markdown = renderMarkdown(report);
    assert.ok(markdown.includes('| Heading 129999 | 259999 | 0 | 8.0 | 10 |'));
  });
});

function emptyMemo(file: string): MemoReport {
  return {
    file,
    verdict: { status: 'ready', text: 'ready' },
    counts: { error: 0, warning: 0, info: 0 },
    rules: [],
    findings: [],
    sections: [],
    acronyms: [],
    terms: [],
    recommendations: [],
  } as unknown as MemoReport;
}
