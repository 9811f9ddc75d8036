// Restricted Mode (an untrusted workspace's configuration cannot choose what linting costs) and a
// rule that throws (one error finding naming it; the other rules run on).
import assert from 'node:assert/strict';
import { analyzeDocument, DEFAULT_SEVERITIES, getBundledIndex, lintAnalysis, parseConfig, parseMarkdown, resolveConfig, RULE_IDS, RULES, untrustedLayer, untrustedNotice, type Rule } from '../../src/core/index';

const index = getBundledIndex();

describe('Restricted Mode', () => {
  const text = `{
    "rules": {
      "claim-unsourced": ["warning", { "citationPatterns": ["(a+)+$"] }],
      "vague-commitment": ["error", { "extraPhrases": ["look at"], "phrases": ["seek to"] }],
      "readability": ["info", { "threshold": 12 }],
      "sentence-length": "off"
    },
    "allow": ["XYZ"]
  }`;
  const { config, problems } = parseConfig(text, '.policylens.json', RULE_IDS);

  it('drops the options whose cost the workspace chooses, and names each', () => {
    assert.deepEqual(problems, []);
    const { layer, ignored } = untrustedLayer(config);
    assert.deepEqual(ignored, ['claim-unsourced.citationPatterns', 'vague-commitment.extraPhrases', 'vague-commitment.phrases']);
    assert.deepEqual(layer, {
      rules: { 'claim-unsourced': ['warning', {}], 'vague-commitment': ['error', {}], readability: ['info', { threshold: 12 }], 'sentence-length': 'off' },
      allow: ['XYZ'],
    });
  });

  it('lints with the bundled phrases and patterns, the levels and other options kept', () => {
    const memo = 'We should seek to act. We should look at options.\n';
    const analysis = analyzeDocument(parseMarkdown(memo), index);
    const trusted = lintAnalysis(analysis, resolveConfig(DEFAULT_SEVERITIES, config)).filter((finding) => finding.ruleId === 'vague-commitment');
    const restricted = lintAnalysis(analysis, resolveConfig(DEFAULT_SEVERITIES, untrustedLayer(config).layer)).filter((finding) => finding.ruleId === 'vague-commitment');
    assert.deepEqual(trusted.map((finding) => memo.slice(finding.start, finding.end)), ['seek to', 'look at']);
    // The bundled list has "seek to" but not "look at"; the workspace's level (error) still applies.
    assert.deepEqual(restricted.map((finding) => [memo.slice(finding.start, finding.end), finding.severity]), [['seek to', 'error']]);
  });

  it('leaves a configuration without such options as it is, and says what it ignored in one sentence', () => {
    const plain = { rules: { readability: ['info', { threshold: 12 }] as const }, allow: ['XYZ'] };
    assert.deepEqual(untrustedLayer(plain), { layer: plain, ignored: [] });
    assert.equal(
      untrustedNotice('.policylens.json', ['claim-unsourced.citationPatterns']),
      'Restricted Mode: .policylens.json sets claim-unsourced.citationPatterns, which is ignored until you trust this workspace (patterns and phrase lists from a workspace could make linting as slow as they like).',
    );
  });
});

describe('a rule that throws', () => {
  const throwing: Rule = {
    id: 'broken-rule',
    description: 'Throws on every document, for this test.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: [],
    check(_context, report) {
      report({ message: '"The" is reported before the rule fails', start: 0, end: 3 });
      throw new TypeError('cannot read properties of undefined (reading "x")\n    at check (broken-rule.ts:1:1)');
    },
  };

  it('becomes one error finding that names it, and the other rules run on', () => {
    const memo = 'The TPA lapsed.\n';
    const analysis = analyzeDocument(parseMarkdown(memo), index);
    const config = resolveConfig(DEFAULT_SEVERITIES);
    const findings = lintAnalysis(analysis, config, [throwing, ...RULES]);
    const failures = findings.filter((finding) => finding.ruleId === 'broken-rule');
    assert.deepEqual(failures.map((finding) => [finding.severity, finding.line, finding.column, finding.message]), [[
      'error', 1, 1,
      'The rule "broken-rule" failed on this document and reported nothing (cannot read properties of undefined (reading "x")); the other rules ran. Please report this with the document.',
    ]]);
    const others = findings.filter((finding) => finding.ruleId !== 'broken-rule');
    assert.deepEqual(others, lintAnalysis(analysis, config));
    assert.ok(others.some((finding) => finding.ruleId === 'acronym-undefined'));
  });
});
