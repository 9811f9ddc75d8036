import assert from 'node:assert/strict';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseConfig, resolveConfig, RULE_IDS } from '../../src/core/index';

describe('configuration', () => {
  it('reads rules and allow with comments and trailing commas', () => {
    const { config, problems } = parseConfig('{\n  // team settings\n  "rules": { "term-reference": "off", },\n  "allow": ["USTR"],\n}', 'x/.policylens.json', RULE_IDS);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { rules: { 'term-reference': 'off' }, allow: ['USTR'] });
  });

  it('names file, line and column for broken JSON', () => {
    const { problems } = parseConfig('{\n  "rules": {\n    "acronym-undefined": "warning"\n    "term-outdated": "off"\n  }\n}', 'memo/.policylens.json', RULE_IDS);
    assert.equal(problems.length >= 1, true);
    assert.deepEqual({ ...problems[0], message: problems[0].message.split(':')[0] }, { file: 'memo/.policylens.json', line: 4, column: 5, message: 'invalid JSON' });
    assert.match(problems[0].message, /comma expected/);
  });

  it('reports unknown rules, bad levels and wrong types where they are', () => {
    const text = '{\n  "rules": { "acronym-undefind": "warning", "term-outdated": "loud" },\n  "allow": "USTR",\n  "colour": 1\n}';
    const { problems } = parseConfig(text, 'c.json', RULE_IDS);
    const summary = problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    assert.deepEqual(summary, [
      '4:3 unknown setting "colour"; expected one of rules, allow, packs',
      `2:14 unknown rule "acronym-undefind"; known rules: ${RULE_IDS.join(', ')}`,
      '2:62 rule "term-outdated" has level "loud"; expected one of off, info, warning, error, or [level, { options }]',
      '3:12 "allow" must be an array of strings, found string "USTR"',
    ]);
  });

  it('reports an empty file', () => {
    assert.match(parseConfig('  ', 'c.json', RULE_IDS).problems[0].message, /empty/);
  });

  it('applies levels and the allow-list to linting', () => {
    const text = 'The USTR and AUKUS met on export controls.';
    const config = resolveConfig(DEFAULT_SEVERITIES, { rules: { 'term-reference': 'off', 'acronym-undefined': 'error' }, allow: ['USTR'] });
    const findings = lintText(text, { index: getBundledIndex(), config });
    assert.deepEqual(findings.map((f) => `${f.ruleId}:${f.severity}:${text.slice(f.start, f.end)}`), ['acronym-undefined:error:AUKUS']);
  });

  it('refuses deep nesting with a message instead of overflowing the stack', () => {
    const { problems } = parseConfig(`{"rules": ${'['.repeat(100_000)}}`, 'deep.json', RULE_IDS);
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.message}`), ['1:42 objects and lists are nested more than 32 levels deep']);
    assert.match(parseConfig('{ "allow": null }', 'c.json', RULE_IDS).problems[0].message, /found null$/);
  });
});
