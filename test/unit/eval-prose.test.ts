import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';
import { coverageOf, glossaryNames } from '../../scripts/eval-prose/coverage';
import { expectedOffset, recallOf } from '../../scripts/eval-prose/ground-truth';
import { keyFindings, matchLabels, parseLabels, stubFor, type Label } from '../../scripts/eval-prose/labels';

// acronym-undefined is information by default; as a reviewer's warning (the review preset's level) it is labelled.
const config = resolveConfig(DEFAULT_SEVERITIES, { rules: { 'acronym-undefined': 'warning' } });
const index = getBundledIndex();
const keyed = (file: string, text: string) =>
  keyFindings(file, text, lintText(text, { index, config }).filter((finding) => finding.severity !== 'info'));

const MEMO = '# Export controls\n\nThe XQZ board met in March.\n';
const label = (quote: string, extra: Partial<Label> = {}): Label => ({
  file: 'memo.md',
  rule: 'acronym-undefined',
  quote,
  verdict: 'true',
  reason: 'never spelled out',
  ...extra,
});

describe('eval:prose label matching', () => {
  it('keeps a label keyed by quote attached after lines are inserted above the finding', () => {
    const before = keyed('memo.md', MEMO);
    const target = before.find((finding) => finding.quote === 'XQZ');
    assert.ok(target, 'the engine reports the undefined acronym');
    const edited = MEMO.replace('# Export controls\n', '# Export controls\n\nA new opening paragraph.\n\nAnd another one.\n');
    const after = keyed('memo.md', edited);
    const moved = after.find((finding) => finding.quote === 'XQZ');
    assert.ok(moved && moved.line > target.line, 'the finding moved down');
    const match = matchLabels(after, [label('XQZ')]);
    assert.deepEqual(
      match.judged.map(({ finding }) => finding.quote),
      ['XQZ'],
    );
    assert.deepEqual(match.unlabelled, []);
  });

  it('reports a finding without a label, or with a stub not yet filled in, as unlabelled', () => {
    const findings = keyed('memo.md', MEMO);
    assert.deepEqual(
      matchLabels(findings, []).unlabelled.map((finding) => finding.quote),
      ['XQZ'],
    );
    const stub = stubFor(findings[0]);
    assert.equal(stub.verdict, null);
    assert.deepEqual(
      matchLabels(findings, [stub]).unlabelled.map((finding) => finding.quote),
      ['XQZ'],
    );
  });

  it('numbers repeated quotes of one rule in document order, so each occurrence has its own label', () => {
    const findings = [
      { file: 'a.md', rule: 'claim-unsourced', quote: '25%', occurrence: 1, line: 3, column: 1, start: 10 },
      { file: 'a.md', rule: 'claim-unsourced', quote: '25%', occurrence: 2, line: 9, column: 1, start: 90 },
    ];
    const first: Label = { file: 'a.md', rule: 'claim-unsourced', quote: '25%', verdict: 'false', reason: 'attributed' };
    const match = matchLabels(findings, [first]);
    assert.deepEqual(
      match.judged.map(({ finding }) => finding.occurrence),
      [1],
    );
    assert.deepEqual(
      match.unlabelled.map((finding) => finding.occurrence),
      [2],
    );
    assert.equal(stubFor(findings[1]).occurrence, 2);
    assert.equal(stubFor(findings[0]).occurrence, undefined);
  });

  it('lists labels that no finding matches any more as stale', () => {
    const match = matchLabels(keyed('memo.md', MEMO), [label('XQZ'), label('GONE')]);
    assert.deepEqual(
      match.stale.map((stale) => stale.quote),
      ['GONE'],
    );
  });

  it('refuses a malformed labels file or entry, naming the file (and the entry)', () => {
    assert.throws(() => parseLabels(JSON.stringify({ labels: [{ file: 'a.md', rule: 'r', quote: 'q', reason: '' }] }), 'dev.json'), /dev\.json: label 1 needs/);
    assert.throws(() => parseLabels('[]', 'dev.json'), /dev\.json: expected an object with a "labels" array/);
    assert.throws(() => parseLabels('{"labels": [', 'dev.json'), /^Error: dev\.json: /);
  });
});

describe('eval:prose ground truth and coverage', () => {
  it('locates an expected first use from a quote even when the source wraps the line', () => {
    const text = 'Intro.\n\nCompanies must follow the Privacy\nShield Principles today.\n';
    assert.equal(expectedOffset(text, { text: 'Privacy Shield', context: 'follow the Privacy Shield Principles' }), text.indexOf('Privacy\nShield'));
    assert.match(String(expectedOffset(text, { text: 'TPP', context: 'not in the text' })), /context not found/);
  });

  it('counts a ground-truth acronym as found only at its first-use position', () => {
    const text = 'The XQZ board met.\n\nLater the XQZ board met again.\n';
    const second = text.lastIndexOf('XQZ');
    const at = (start: number, quote = 'XQZ') => [{ file: 'a.md', rule: 'acronym-undefined', quote, occurrence: 1, line: text.slice(0, start).split('\n').length, column: start + 1, start }];
    const truth = [{ file: 'a.md', 'acronym-undefined': [{ text: 'XQZ', context: 'The XQZ board met.' }], 'term-outdated': [] }];
    const texts = new Map([['a.md', text]]);
    assert.deepEqual(recallOf('acronym-undefined', truth, texts, at(text.indexOf('XQZ'))), { expected: 1, found: 1, foundElsewhere: 0, elsewhere: [], missed: [] });
    assert.deepEqual(recallOf('acronym-undefined', truth, texts, at(second)), { expected: 1, found: 0, foundElsewhere: 1, elsewhere: ['a.md: XQZ (first use line 1, reported at line 3)'], missed: [] });
    assert.deepEqual(recallOf('acronym-undefined', truth, texts, []), { expected: 1, found: 0, foundElsewhere: 0, elsewhere: [], missed: ['a.md: XQZ'] });
    // A finding for a longer word that holds the letters ("XQZA") is no report of XQZ.
    assert.deepEqual(recallOf('acronym-undefined', truth, texts, at(second, 'XQZA')), { expected: 1, found: 0, foundElsewhere: 0, elsewhere: [], missed: ['a.md: XQZ'] });
  });

  it('knows a name by term, alias or expansion, ignoring case and a leading "the"', () => {
    const names = glossaryNames([
      { id: 'cfius', term: 'CFIUS', kind: 'acronym', expansion: 'Committee on Foreign Investment in the United States', definition: '', category: 'institution', status: 'current', sources: [] },
      { id: 'shield', term: 'Privacy Shield', kind: 'term', aliases: ['EU-U.S. Privacy Shield'], definition: '', category: 'agreement', status: 'superseded', sources: [] },
    ] as never);
    const coverage = coverageOf(
      [
        { name: 'CFIUS', kind: 'acronym' },
        { name: 'the Committee on Foreign Investment in the United States', kind: 'instrument' },
        { name: 'eu-u.s. privacy shield', kind: 'instrument' },
        { name: 'Cyber Resilience Act', kind: 'instrument' },
      ],
      names,
    );
    assert.deepEqual(coverage, { total: 4, known: 3, unknown: ['Cyber Resilience Act'] });
  });
});

describe('npm run eval:prose', function () {
  // Starts tsx in a child process; the default 20 s mocha timeout stays, no wall-clock assertion.
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'eval-prose-'));
    for (const half of ['dev', 'test']) mkdirSync(join(folder, half));
    mkdirSync(join(folder, 'labels'));
    writeFileSync(join(folder, 'dev', 'memo.md'), MEMO);
    writeFileSync(join(folder, 'test', 'plain.md'), '# Notes\n\nNothing to report here.\n');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'scripts', 'eval-prose.ts'), '--set', folder, ...args], { encoding: 'utf8' });

  it('fails on an unlabelled finding, printing it as file:line:col rule "quote", and passes once it is labelled', () => {
    // Under the review preset acronym-undefined is a warning, so its findings need labels.
    const failing = run('--preset', 'review');
    assert.equal(failing.status, 1);
    assert.match(failing.stderr, /dev\/memo\.md:3:5 acronym-undefined "XQZ"/);

    const stubbed = run('--preset', 'review', '--write-unlabelled');
    assert.equal(stubbed.status, 1, 'stubs have no verdict yet');
    const labelFile = join(folder, 'labels', 'dev', 'acronym-undefined.json');
    const labels = JSON.parse(readFileSync(labelFile, 'utf8')) as { labels: Label[] };
    assert.deepEqual(labels.labels, [{ file: 'memo.md', rule: 'acronym-undefined', quote: 'XQZ', verdict: null, reason: '' }]);

    writeFileSync(labelFile, JSON.stringify({ labels: [{ ...labels.labels[0], verdict: 'true', reason: 'never spelled out' }] }));
    const passing = run('--preset', 'review');
    assert.equal(passing.status, 0, passing.stderr);
    assert.match(passing.stdout, /\| acronym-undefined \| 1 \| 1 \| 0 \| 100% \(1\/1\) \| 100% \(1\/1\) \|/);
  });

  it('measures the review preset with --preset review, and refuses a preset it does not know', () => {
    writeFileSync(join(folder, 'dev', 'memo.md'), '# Notes\n\nNothing to report here.\n');
    const review = run('--preset', 'review');
    assert.equal(review.status, 0, review.stderr);
    assert.match(review.stdout, /preset policy-lens:review/);
    const unknown = run('--preset', 'strict');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown preset "strict"; expected one of policy-lens:review/);
  });
});
