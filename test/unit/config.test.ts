import assert from 'node:assert/strict';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, parseConfig, PRESETS, resolveConfig, REVIEW_PRESET, RULE_IDS, RULES } from '../../src/core/index';

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
      '4:3 unknown setting "colour"; expected one of extends, rules, allow, packs',
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

describe('the policy-lens:review preset', () => {
  it('is read from "extends" as a name or a list of names', () => {
    assert.deepEqual(parseConfig('{ "extends": "policy-lens:review" }', 'c.json', RULE_IDS), { config: { extends: [REVIEW_PRESET] }, problems: [] });
    assert.deepEqual(parseConfig('{ "extends": ["policy-lens:review"] }', 'c.json', RULE_IDS).config, { extends: [REVIEW_PRESET] });
  });

  it('reports an unknown preset or a value that is not a name, with file, line and column', () => {
    const text = '{\n  "extends": ["policy-lens:strict",\n    3]\n}';
    const { config, problems } = parseConfig(text, 'team/.policylens.json', RULE_IDS);
    assert.deepEqual(config, {});
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`), [
      'team/.policylens.json:2:15 unknown preset "policy-lens:strict" in "extends"; expected "policy-lens:review"',
      'team/.policylens.json:3:5 "extends" takes preset names, found number 3; expected "policy-lens:review"',
    ]);
    assert.match(parseConfig('{ "extends": { "name": "policy-lens:review" } }', 'c.json', RULE_IDS).problems[0].message, /"extends" takes preset names, found an object/);
  });

  it('turns each rule with a review level on at that level and leaves the others at their defaults', () => {
    const preset = PRESETS.get(REVIEW_PRESET);
    assert.ok(preset);
    const resolved = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET] });
    for (const rule of RULES) {
      assert.equal(resolved.levels.get(rule.id), rule.reviewSeverity ?? rule.defaultSeverity, rule.id);
      assert.equal(preset.get(rule.id), rule.reviewSeverity, rule.id);
    }
  });

  it('never silences a rule that is on by default, and a rule off by default has a review level unless it only lists or is opt-in', () => {
    // opt-in: below the precision a review-preset rule needs (claim-unsourced), so a team turns it on by name.
    const optIn = RULES.filter((rule) => rule.tags.includes('opt-in')).map((rule) => rule.id);
    assert.deepEqual(optIn, ['claim-unsourced']);
    for (const rule of RULES) {
      if (rule.tags.includes('opt-in')) assert.equal(rule.reviewSeverity, undefined, `${rule.id} is opt-in; no preset turns it on`);
      if (rule.defaultSeverity === 'off' && !rule.tags.includes('listing') && !rule.tags.includes('opt-in')) assert.ok(rule.reviewSeverity, `${rule.id} is off by default and under the preset`);
      if (rule.tags.includes('listing')) assert.equal(rule.reviewSeverity, undefined, `${rule.id} lists terms; the preset must not turn it on`);
      if (rule.reviewSeverity) assert.notEqual(rule.reviewSeverity, rule.defaultSeverity, `${rule.id} declares a review level equal to its default`);
    }
  });

  it('lets an explicit rule level win, in the same file or in an earlier layer such as the editor settings', () => {
    const [first, second] = RULE_IDS;
    const sameFile = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET], rules: { [first]: 'off', [second]: ['info'] } });
    assert.equal(sameFile.levels.get(first), 'off');
    assert.equal(sameFile.levels.get(second), 'info');
    const settingsFirst = resolveConfig(DEFAULT_SEVERITIES, { rules: { [first]: 'error' } }, {}, { extends: [REVIEW_PRESET] });
    assert.equal(settingsFirst.levels.get(first), 'error');
  });

  it('lints at the explicit level when the same file also extends the preset', () => {
    const index = getBundledIndex();
    const text = '# Memo\n\nThe USTR met.\n';
    const explicitOff = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET], rules: { 'acronym-undefined': 'off' } });
    assert.deepEqual(lintText(text, { index, config: explicitOff }).filter((f) => f.ruleId === 'acronym-undefined'), []);
    const raised = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET], rules: { 'acronym-undefined': 'error' } });
    assert.deepEqual(lintText(text, { index, config: raised }).filter((f) => f.ruleId === 'acronym-undefined').map((f) => f.severity), ['error']);
  });
});
