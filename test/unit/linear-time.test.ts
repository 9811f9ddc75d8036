// The constructs of issue 13 that once took more than linear time: each still gives the right output.
// No timing here (a loaded machine must pass); `npm run bench:adversarial` measures them.
import assert from 'node:assert/strict';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseConfig, parseMarkdown, resolveConfig, RULE_IDS, type Finding, type PolicyLensConfig } from '../../src/core/index';
import { MAX_CONTAINERS_PER_LINE } from '../../src/core/nesting';
import { actorOf } from '../../src/core/recommendations';
import { splitSentences } from '../../src/core/sentences';
import { gapKind } from '../../src/core/words';
import { ADVERSARIAL_CONSTRUCTS } from './helpers/adversarial-inputs';
import { assertWellFormed } from './helpers/finding-checks';

const index = getBundledIndex();

// The review preset turns on the rules that are off by default (vague-commitment …), and claim-unsourced, off in
// every preset, is named: these constructs are theirs.
function lint(text: string, ...layers: PolicyLensConfig[]): Finding[] {
  const findings = lintText(text, { index, config: resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'], rules: { 'claim-unsourced': 'warning' } }, ...layers) });
  assertWellFormed(text, findings);
  return findings;
}

const ofRule = (findings: Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId);
const spaces = ' '.repeat(50_000);

describe('constructs that once cost more than linear time (issue 13)', function () {
  this.timeout(60_000);

  for (const construct of ADVERSARIAL_CONSTRUCTS) {
    it(`${construct.name}: 64 KB lint to well-formed findings`, () => {
      lint(construct.make(64 * 1024));
    });
  }

  it('a run of dots ends one sentence, and the next sentence starts after it', () => {
    const text = `The TPA lapsed${'.'.repeat(50_000)} Congress may renew it.`;
    const sentences = splitSentences(text);
    assert.deepEqual(sentences.map((sentence) => [sentence.start, sentence.end]), [[0, text.indexOf(' Congress')], [text.indexOf('Congress'), text.length]]);
  });

  it('e-mail addresses are masked after a long dotted word before "@", and only they', () => {
    const text = `Write to ${'x.'.repeat(20_000)}@ or to policy@example.org about the TPA.\n`;
    const value = parseMarkdown(text).runs.map((run) => run.value).join('');
    assert.ok(value.includes(`${'x.'.repeat(10)}@ or to `), 'the dotted word stays prose');
    assert.ok(!value.includes('policy@example.org') && value.includes('\u2060'.repeat('policy@example.org'.length)), 'the address is masked');
    assert.deepEqual(ofRule(lint(text), 'acronym-undefined').map((finding) => finding.column), [text.indexOf('TPA') + 1]);
  });

  it('digits and commas before "million dollars" are still a figure, read to 40 characters', () => {
    const text = `Exports rose by ${'1,'.repeat(20_000)} million dollars.\n`;
    const [figure] = ofRule(lint(text), 'claim-unsourced');
    assert.match(figure.message, /^Cite a source for "1,1,[\d,]* million dollars" .*: the amount is stated without one\.$/);
    assert.equal(text.slice(figure.end - 'million dollars'.length, figure.end), 'million dollars');
  });

  it('"(A" and spaces is no citation; an author and year still are, with or without a comma', () => {
    assert.equal(ofRule(lint(`Exports rose 5% (A${spaces}x\n`), 'claim-unsourced').length, 1);
    assert.deepEqual(ofRule(lint('Exports rose 5% (Smith , 2020).\n\nImports fell 4% (Smith and Jones 2021).\n'), 'claim-unsourced'), []);
  });

  it('"(see" without ")" is no citation; "(see …)" still is', () => {
    assert.equal(ofRule(lint(`Exports rose 5% ${'(see '.repeat(10_000)}\n`), 'claim-unsourced').length, 1);
    assert.deepEqual(ofRule(lint('Exports rose 5% (see the CRS report).\n'), 'claim-unsourced'), []);
  });

  it('a term word, spaces and "!" is no gap inside a term; spaces around a hyphen are', () => {
    assert.equal(gapKind(`${spaces}!`), 'other');
    assert.equal(gapKind(`${spaces}-${spaces}`), 'space');
    assert.equal(gapKind('. '), 'dot');
    const findings = lint(`The Trade${spaces}! Promotion Authority lapsed.\n`);
    assert.ok(!findings.some((finding) => finding.message.startsWith('"Trade')), 'no term spans the "!"');
  });

  it('recommendations with runs of spaces and many modals still name their actor, or none', () => {
    assert.equal(actorOf(`Congress should${spaces}act now.`), 'Congress');
    assert.equal(actorOf(`Direct USTR${spaces}to open talks.`), 'USTR');
    assert.equal(actorOf(`Moving forward, the United States should act.`), 'the United States');
    assert.equal(actorOf(`${'there should act and '.repeat(5_000)}so on.`), undefined);
  });

  it('vague phrases across many sentences: each is reported once, in its sentence', () => {
    const text = `${'We should seek to act. '.repeat(3_000)}\n`;
    const findings = ofRule(lint(text), 'vague-commitment');
    assert.equal(findings.length, 3_000);
    assert.equal(text.slice(findings[2_999].start, findings[2_999].end), 'seek to');
  });

  it('lines of 16 nested list markers, past the cap: the acronym of each line is at its column', () => {
    const line = `${'- '.repeat(16)}The TPA lapsed.\n`;
    const findings = ofRule(lint(line.repeat(2_000)), 'acronym-undefined');
    assert.deepEqual(findings.map((finding) => [finding.line, finding.column]), [[1, line.indexOf('TPA') + 1]]);
  });

  it(`a line may open ${MAX_CONTAINERS_PER_LINE} containers; markers past them are read as text and reported by parse-limit, at their place`, () => {
    const atCap = `${'- '.repeat(MAX_CONTAINERS_PER_LINE)}The TPA lapsed.\n`;
    assert.deepEqual(ofRule(lint(atCap), 'parse-limit'), []);
    const deeper = `${'> '.repeat(MAX_CONTAINERS_PER_LINE)}${'- '.repeat(3)}The IPEF talks.\n`;
    const findings = lint(deeper);
    const [limit] = ofRule(findings, 'parse-limit');
    assert.equal(limit.start, 2 * MAX_CONTAINERS_PER_LINE);
    assert.equal(limit.end, deeper.indexOf('The IPEF') - 1);
    assert.deepEqual(ofRule(findings, 'acronym-undefined').map((finding) => finding.start), [deeper.indexOf('IPEF')]);
    // An e-mail quote four deep, the deepest line in the bench corpus, stays four nested quotes.
    const quoted = parseMarkdown('> > > > do X, Y and Z\n');
    assert.deepEqual(quoted.readAsText, []);
    assert.equal(quoted.runs[0].value, 'do X, Y and Z');
  });

  it('a run of "*_" past the cap is read as text, reported by parse-limit, and positions after it are exact', () => {
    const text = `The TPA ${'*_'.repeat(20_000)}\n\nThe IPEF talks continue.\n`;
    const findings = lint(text);
    const [limit] = ofRule(findings, 'parse-limit');
    // 200 runs (100 pairs) are parsed as Markdown; the rest of the paragraph is read as text.
    assert.equal(limit.start, 'The TPA '.length + 200);
    assert.equal(limit.end, text.indexOf('\n'));
    assert.deepEqual(ofRule(findings, 'acronym-undefined').map((finding) => [finding.line, finding.column]), [[1, 5], [3, 5]]);
  });

  it('bracketed keys past the cap in one paragraph are read as text, reported by parse-limit, and positions after it are exact', () => {
    const text = `The TPA ${'[QZK] '.repeat(3_000)}\n\nThe IPEF talks continue.\n`;
    const findings = lint(text);
    const [limit] = ofRule(findings, 'parse-limit');
    // 1,000 label starts are parsed as Markdown; from the 1,001st "[" on, the paragraph's brackets are text.
    assert.equal(limit.start, 'The TPA '.length + 1000 * '[QZK] '.length);
    assert.equal(limit.end, text.indexOf('\n') - 1);
    assert.match(limit.message, /link brackets are read as text/);
    assert.deepEqual(ofRule(findings, 'acronym-undefined').filter((finding) => finding.line === 3).map((finding) => finding.column), [5]);
    // A tight list of links, one per item: each item has inline content of its own, and all stay links.
    const links = Array.from({ length: 1_200 }, (_, i) => `- [Source ${i}](https://example.org/${i})`).join('\n');
    assert.deepEqual(parseMarkdown(links).readAsText, []);
  });

  it('a control comment on a capped line keeps working', () => {
    const text = `The DFFT ${'*_'.repeat(300)} <!-- policy-lens-disable-line acronym-undefined -->\n`;
    assert.deepEqual(ofRule(lint(text), 'acronym-undefined'), []);
  });

  it('repeated link definitions across chunks: every reference resolves, in every chunk', () => {
    const text = ADVERSARIAL_CONSTRUCTS.find((construct) => construct.name.startsWith('repeated link'))!.make(256 * 1024);
    const paragraphs = parseMarkdown(text).blocks.filter((block) => block.kind === 'paragraph');
    assert.ok(paragraphs.length > 4_000);
    assert.ok(paragraphs.every((block) => block.citations === 1));
  });
});

describe('user patterns and phrase lists (issue 13)', function () {
  this.timeout(60_000);

  const config = (rules: object) => {
    const parsed = parseConfig(JSON.stringify({ rules }), '.policylens.json', RULE_IDS);
    assert.deepEqual(parsed.problems, []);
    return parsed.config;
  };

  it('a backtracking citation pattern runs in linear time (RE2) and gives the right findings', () => {
    const layer = config({ 'claim-unsourced': ['warning', { citationPatterns: ['(a+)+$'] }] });
    const text = `Exports rose 5% in ${'a'.repeat(40)}!\n\nImports rose 4% in ${'a'.repeat(40)}\n`;
    const findings = ofRule(lint(text, layer), 'claim-unsourced');
    // The first paragraph ends in "!" (no match): its figure is reported; the second ends in a's: the pattern counts as its citation.
    assert.deepEqual(findings.map((finding) => finding.line), [1]);
  });

  it('a pattern RE2 cannot run is refused at its line and column, with the reason', () => {
    const text = '{\n  "rules": {\n    "claim-unsourced": ["warning", { "citationPatterns": ["(?<=CRS )R\\\\d+"] }]\n  }\n}\n';
    const { problems } = parseConfig(text, '.policylens.json', RULE_IDS);
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0].line, problems[0].column], [3, 59]);
    assert.match(problems[0].message, /^rule "claim-unsourced" option "citationPatterns" has an invalid regular expression "\(\?<=CRS \)R\\\\d\+": .*no lookarounds or backreferences/);
  });

  it('500 phrases of 30 words on a 20 KB memo: the one phrase used is found', () => {
    const phrases = Array.from({ length: 500 }, (_, i) => Array.from({ length: 30 }, (_, w) => `word${(i * 7 + w) % 97}`).join(' '));
    const used = phrases[321];
    const filler = 'We should act on the TPA with our allies this year. ';
    const text = `${filler.repeat(200)}We should ${used}.\n\n${filler.repeat(200)}\n`;
    const findings = ofRule(lint(text, config({ 'vague-commitment': ['warning', { extraPhrases: phrases }] })), 'vague-commitment');
    assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), [used]);
  });

  it('phrases match across any white space and ignore case, and the longest wins', () => {
    const layer = config({ 'vague-commitment': ['warning', { phrases: ['seek to', 'seek to  explore'] }] });
    const text = 'We should Seek\n  to explore it and seek-to nothing.\n';
    const findings = ofRule(lint(text, layer), 'vague-commitment');
    assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), ['Seek\n  to explore']);
  });
});
