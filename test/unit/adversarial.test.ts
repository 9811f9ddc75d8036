// Inputs built to break the linter. No timing assertions: each test must finish within mocha's
// timeout and give sane output; `npm run bench` reports their times next to normal prose.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { DEFAULT_SEVERITIES, DocumentSession, getBundledIndex, lintAnalysis, lintText, resolveConfig, type Finding } from '../../src/core/index';
import { distinctAcronyms, longLine, nestedLists, nestedQuotes } from './helpers/adversarial-inputs';
import { assertWellFormed, positionOf } from './helpers/finding-checks';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES);

function lint(text: string): Finding[] {
  const findings = lintText(text, { index, config });
  assertWellFormed(text, findings);
  return findings;
}

/** The acronym an acronym-undefined message names: its first quote ("Define "TPA" at its first use …"). */
const quotedOf = (finding: Finding) => /^Define "([^"]*)"/.exec(finding.message)?.[1];

describe('adversarial inputs', function () {
  this.timeout(60_000);

  it('a 2 MB line with no line breaks: the first undefined acronyms are reported on line 1', () => {
    const findings = lint(longLine(2 * 1024 * 1024));
    const undefinedAcronyms = findings.filter((finding) => finding.ruleId === 'acronym-undefined').map(quotedOf);
    assert.deepEqual(undefinedAcronyms, ['IPEF', 'DFFT', 'O-RAN']);
    assert.ok(findings.every((finding) => finding.line === 1));
  });

  for (const [name, text] of [['100,000 nested list levels', nestedLists(100_000)], ['100,000 nested block quotes', nestedQuotes(100_000)]]) {
    it(`${name}: the acronym at the end of the line is still found, at its column`, () => {
      const findings = lint(text);
      const tpa = findings.find((finding) => finding.ruleId === 'acronym-undefined');
      assert.equal(tpa?.column, text.indexOf('TPA') + 1);
    });
  }

  it('50,000 distinct acronyms: each undefined one is reported once, at its first use', () => {
    const findings = lint(distinctAcronyms(50_000)).filter((finding) => finding.ruleId === 'acronym-undefined');
    const acronyms = findings.map(quotedOf);
    assert.equal(new Set(acronyms).size, acronyms.length);
    assert.ok(acronyms.length > 49_000, `only ${acronyms.length} reported`);
  });

  it('a file of only "(" characters has no findings', () => {
    assert.deepEqual(lint('('.repeat(2 * 1024 * 1024)), []);
  });

  it('mixed CRLF, LF and CR line endings with a byte order mark: positions count every kind of line ending', () => {
    const text = '\uFEFF# Memo\r\n\r\nThe TPA lapsed.\n\n- First item\r   &amp; Trade Promotion Authority (TPA) again\r- IPEF.\r\n\r```\rDFFT in code\r```\rThe DFFT\n';
    const findings = lint(text);
    const reported = findings.filter((finding) => finding.ruleId === 'acronym-undefined').map((finding) => [quotedOf(finding), finding.line, finding.column]);
    assert.deepEqual(reported, [['TPA', 3, 5], ['IPEF', 7, 3], ['DFFT', 12, 5]]);
    // The definition sits after a lone CR and a character reference that start a continuation line.
    const definedAt = findings[0].related?.[0].start ?? -1;
    assert.deepEqual(positionOf(text, definedAt), { line: 6, column: 37 });
    assert.equal(text.slice(definedAt, definedAt + 3), 'TPA');
  });

  it('the editor session agrees with a full lint on a document with CR line endings and a fence split across chunks', () => {
    const paragraph = 'The TPA and IPEF talks continue on DFFT.\r\r';
    const text = paragraph.repeat(40) + '```\r' + paragraph.repeat(40) + '```\r' + paragraph.repeat(40);
    const session = new DocumentSession(index, 256);
    assert.deepEqual(lintAnalysis(session.analyze(text), config), lintText(text, { index, config }));
    assert.ok(lintText(text, { index, config }).every((finding) => finding.line <= 80 || finding.line > 162), 'a finding inside the fence');
  });

  describe('through the CLI', () => {
    let folder = '';
    before(() => {
      folder = mkdtempSync(join(tmpdir(), 'policy-lens-adversarial-'));
      writeFileSync(join(folder, 'good.md'), 'The TPA lapsed.\n');
      writeFileSync(join(folder, 'latin1.md'), Buffer.from([0x54, 0x50, 0x41, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
      writeFileSync(join(folder, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('names invalid UTF-8 and binary files, exits 2, and still lints the other files', async () => {
      let stdout = '';
      let stderr = '';
      const code = await main(['lint', '.', '--format', 'json'], { cwd: folder, isTty: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
      assert.equal(code, 2);
      assert.match(stderr, /^policy-lens: latin1\.md: is not valid UTF-8 \(first bad byte at line 2, byte 4\); save it as UTF-8$/m);
      assert.match(stderr, /^policy-lens: image\.md: looks like a binary file \(it contains NUL bytes\), not Markdown$/m);
      const results = JSON.parse(stdout) as { file: string; messages: { ruleId: string }[] }[];
      assert.deepEqual(results.map((result) => result.file), ['good.md']);
      assert.ok(results[0].messages.some((message) => message.ruleId === 'acronym-undefined'));
    });
  });
});
