import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import {
  analyzeDocument,
  buildReviewReport,
  DEFAULT_SEVERITIES,
  getBundledIndex,
  lintAnalysis,
  parseMarkdown,
  renderHtml,
  renderJson,
  renderMarkdown,
  resolveConfig,
  type PolicyLensConfig,
} from '../../src/core/index';

const MEMO = [
  '---',
  'type: decision-memo',
  '---',
  '',
  '# Memo | with a pipe',
  '',
  '## Summary',
  '',
  'The Trade Promotion Authority (TPA) lapsed. USTR wants a new TPA, and the DEPA matters once.',
  '',
  '## Background &lt;script&gt;alert(1)&lt;/script&gt;',
  '',
  'Exports fell by 12 percent last year.',
  '',
  '## Recommendations',
  '',
  '- The Department of Commerce should fund Open RAN test beds.',
  '- Increased funding for export controls.',
  '',
].join('\n');

function reportOf(text: string, file = 'memo.md', config: PolicyLensConfig = {}) {
  const analysis = analyzeDocument(parseMarkdown(text), getBundledIndex());
  const findings = lintAnalysis(analysis, resolveConfig(DEFAULT_SEVERITIES, config));
  return buildReviewReport('1.2.3', [{ file, analysis, findings }]);
}

describe('review report fixes (issue 12)', () => {
  it('lists a glossary term used by its acronym under the acronym, with the term as its expansion', () => {
    const memo = reportOf('# Memo\n\nThe foreign direct product rule (FDPR) applies. The FDPR reaches far.\n').memos[0];
    const fdpr = memo.acronyms.find((acronym) => acronym.acronym === 'FDPR');
    assert.deepEqual(fdpr && { acronym: fdpr.acronym, expansion: fdpr.expansion, uses: fdpr.uses }, { acronym: 'FDPR', expansion: 'foreign direct product rule', uses: 3 });
    assert.equal(memo.terms.find((term) => term.term === 'foreign direct product rule')?.uses, 3);
  });

  it('names every warning rule in the verdict, or the first ones and "and N more"', () => {
    const text = ['# Memo', '', 'The USTR and the DEPA met. We will seek to explore options.', '', '## Recommendations', '', '- More funding for test beds.', ''].join('\n');
    const memo = reportOf(text, 'memo.md', { extends: ['policy-lens:review'] }).memos[0];
    const rules = memo.rules.filter((rule) => rule.severity === 'warning').map((rule) => rule.ruleId);
    assert.ok(rules.length >= 2, rules.join());
    if (rules.length <= 4) for (const rule of rules) assert.ok(memo.verdict.text.includes(rule), memo.verdict.text);
    else assert.match(memo.verdict.text, new RegExp(` and ${rules.length - 3} more\\)\\.$`));
    const many = buildReviewReport('1', [{ file: 'x.md', analysis: analyzeDocument(parseMarkdown('x'), getBundledIndex()), findings: ['a', 'b', 'c', 'd', 'e', 'f'].map((ruleId) => ({ ruleId, severity: 'warning' as const, message: 'm', start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 })) }]);
    assert.equal(many.memos[0].verdict.text, 'Revise: 6 warnings to address (a, b, c and 3 more).');
  });

  it('shows information findings apart from warnings, and calls them "info" everywhere', () => {
    const long = `# Memo\n\nThe USTR met. ${Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ')}.\n`;
    const report = reportOf(long, 'memo.md', { rules: { 'acronym-undefined': 'warning' } });
    assert.ok(report.memos[0].counts.info > 0 && report.memos[0].counts.warning > 0);
    for (const page of [renderMarkdown(report), renderHtml(report)]) {
      assert.doesNotMatch(page, /\bnotes?\b/);
      const information = page.search(/>Information by rule<|### Information by rule\n/);
      const problems = page.search(/>Findings by rule<|### Findings by rule\n/);
      assert.ok(problems > 0 && information > problems, 'the warnings, then the information');
      assert.doesNotMatch(page.slice(problems, information), /\binfo\b/, 'no info rows among the warnings');
      assert.match(page.slice(information), /sentence-length/);
    }
    assert.match(renderHtml(report), /td code \{ white-space: nowrap; \}/);
  });
});

describe('review report model', () => {
  // The review pass a report is for, with claim-unsourced (off in every preset) named by the team.
  const report = reportOf(MEMO, 'memo.md', { extends: ['policy-lens:review'], rules: { 'claim-unsourced': 'warning' } });
  const memo = report.memos[0];

  it('counts findings by rule and severity and gives a verdict', () => {
    assert.equal(report.schemaVersion, 1);
    assert.equal(memo.counts.error, 0);
    assert.ok(memo.counts.warning > 0);
    assert.equal(memo.verdict.status, 'revise');
    assert.match(memo.verdict.text, /^Revise: \d+ warnings to address \(/);
    const total = memo.rules.reduce((sum, rule) => sum + rule.count, 0);
    assert.equal(total, memo.findings.length);
    assert.ok(memo.rules.some((rule) => rule.ruleId === 'memo-structure' && rule.severity === 'warning'), 'the missing Options section');
  });

  it('lists acronyms with where they are defined, how often they are used, and those used once', () => {
    const byName = Object.fromEntries(memo.acronyms.map((acronym) => [acronym.acronym, acronym]));
    // Uses count the spelled-out form too, as the glossary terms' table does (issue 12): the two tables agree.
    assert.deepEqual({ ...byName.TPA }, { acronym: 'TPA', expansion: 'Trade Promotion Authority', definedAtLine: 9, firstUseLine: 9, uses: 3, usedOnce: false });
    assert.equal(memo.terms.find((term) => term.id === 'tpa')?.uses, 3);
    assert.equal(byName.USTR.definedAtLine, null);
    assert.equal(byName.DEPA.usedOnce, true);
  });

  it('lists the recommendations with their actors, and corpus terms with linked recommendations', () => {
    assert.deepEqual(memo.recommendations, [
      { text: 'The Department of Commerce should fund Open RAN test beds.', actor: 'The Department of Commerce', line: 17 },
      { text: 'Increased funding for export controls.', actor: null, line: 18 },
    ]);
    const tpa = memo.terms.find((term) => term.id === 'tpa');
    assert.ok(tpa && tpa.recommendations.length > 0 && tpa.recommendations.every((r) => r.title && r.actor));
  });

  it('scores sections and counts their findings', () => {
    assert.deepEqual(memo.sections.map((section) => section.title), ['Memo | with a pipe', 'Summary', 'Background <script>alert(1)</script>', 'Recommendations']);
    const background = memo.sections[2];
    assert.equal(background.line, 11);
    assert.ok(background.findings >= 1, 'the unsourced figure');
    assert.equal(background.readability?.sentences, 1);
    assert.equal(memo.sections[0].readability, null, 'the title has no prose');
  });
});

describe('review report renderings', () => {
  const report = reportOf(MEMO, 'memos/a|b.md');

  it('JSON is the model itself', () => {
    assert.deepEqual(JSON.parse(renderJson(report)), JSON.parse(JSON.stringify(report)));
  });

  it('Markdown has a summary and per-memo tables whose cells cannot break', () => {
    const markdown = renderMarkdown(report);
    assert.match(markdown, /^# Policy Lens review\n\n\| memo \| verdict \| errors \| warnings \| info \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| `memos\/a\\\|b\.md` \| ⚠️ Revise: /);
    for (const heading of ['### Findings by rule', '### Findings', '### Sections', '### Recommendations', '### Acronyms', '### Glossary terms and linked recommendations']) assert.ok(markdown.includes(`\n${heading}\n`), heading);
    assert.ok(markdown.includes('| Memo \\| with a pipe |'), 'a pipe in a heading is escaped');
    assert.ok(markdown.includes('Background &lt;script&gt;alert(1)&lt;/script&gt;'), 'HTML in a heading shows as text');
    assert.ok(markdown.includes('| 18 | Increased funding for export controls. | (no one named) |'));
    // Every table row has as many cells as its header.
    for (const block of markdown.split('\n\n').filter((part) => part.startsWith('|'))) {
      const rows = block.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      assert.ok(rows.every((cells) => cells === rows[0]), block);
    }
  });

  it('HTML is one self-contained page: no script, no network, everything escaped, a chart of findings per section', () => {
    const html = renderHtml(report);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`));
    assert.ok(!/<script/i.test(html), 'no script element, not even from the memo');
    assert.ok(html.includes('Background &#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(!/(?:src|href)="(?:https?:)?\/\//.test(html), 'no external resource');
    const chart = /<svg[^>]*role="img"[^>]*>([\s\S]*?)<\/svg>/.exec(html);
    assert.ok(chart, 'an inline SVG chart');
    assert.equal((chart[1].match(/<rect /g) ?? []).length, 4, 'one bar per section');
    assert.ok(html.includes('<code>memos/a|b.md</code>'));
  });

  it('HTML links findings where the caller says', () => {
    const html = renderHtml(report, { findingHref: (memo, finding) => `command:reveal?${encodeURIComponent(JSON.stringify([memo.file, finding.line]))}`, contentSecurityPolicy: "default-src 'none'" });
    const links = html.match(/<a href="command:reveal\?[^"]+">\d+:\d+<\/a>/g) ?? [];
    assert.equal(links.length, report.memos[0].findings.length);
    assert.ok(html.includes(`content="default-src &#39;none&#39;"`));
  });
});

describe('policy-lens report', () => {
  let root = '';
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-report-'));
    fs.writeFileSync(path.join(root, 'memo.md'), MEMO);
    fs.writeFileSync(path.join(root, 'clean.md'), '# Note\n\nShort and clean.\n');
    fs.mkdirSync(path.join(root, 'strict'));
    fs.writeFileSync(path.join(root, 'strict', '.policylens.json'), '{ "rules": { "claim-unsourced": "error" } }');
    fs.writeFileSync(path.join(root, 'strict', 'memo.md'), 'Exports fell by 12 percent.\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  async function run(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { cwd: root, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTty: false });
    return { code, stdout, stderr };
  }

  it('prints Markdown by default and exits 0 without errors', async () => {
    const { code, stdout, stderr } = await run(['report', 'memo.md', 'clean.md']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^# Policy Lens review/);
    assert.ok(stdout.includes('## `clean.md`\n\n**✅ Ready: no errors or warnings.**'));
  });

  it('prints JSON and HTML', async () => {
    const json = JSON.parse((await run(['report', 'memo.md', '--format', 'json'])).stdout);
    assert.deepEqual(json.memos.map((memo: { file: string }) => memo.file), ['memo.md']);
    assert.equal(json.tool, 'policy-lens');
    assert.match((await run(['report', '.', '--format', 'html'])).stdout, /^<!DOCTYPE html>[\s\S]*strict\/memo\.md/);
  });

  it('uses the nearest configuration, and exits 1 when a memo has errors', async () => {
    const { code, stdout } = await run(['report', 'strict/memo.md', '--format', 'json']);
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout).memos[0].verdict.status, 'not-ready');
  });

  it('exits 2 on a bad format or a missing file, still reporting the rest', async () => {
    const format = await run(['report', 'memo.md', '--format', 'pdf']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /unknown format "pdf"; expected md, html or json/);
    const missing = await run(['report', 'nope.md', 'clean.md', '--format', 'json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.md: no such file or folder/);
    assert.deepEqual(JSON.parse(missing.stdout).memos.map((memo: { file: string }) => memo.file), ['clean.md']);
  });
});
