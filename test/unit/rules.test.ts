import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig, REVIEW_PRESET, RULES } from '../../src/core/index';
import { FIXTURES, readFixture } from './helpers/fixtures';

const index = getBundledIndex();
// Fixtures show what each rule finds when it is on: rules off by default run as the review preset turns them on,
// and the few that stay off even there (term-reference, an opt-in vocabulary list) are turned on by name.
const optInOnly = RULES.filter((rule) => rule.defaultSeverity === 'off' && !rule.reviewSeverity).map((rule): [string, 'info'] => [rule.id, 'info']);
const config = resolveConfig(DEFAULT_SEVERITIES, { extends: [REVIEW_PRESET], rules: Object.fromEntries(optInOnly) });
const defaults = resolveConfig(DEFAULT_SEVERITIES);

describe('rule fixtures', () => {
  for (const rule of RULES) {
    it(`${rule.id}: finds exactly what its fixture marks`, () => {
      const { text, expectations } = readFixture(join(FIXTURES, 'rules', `${rule.id}.md`));
      assert.ok(expectations.length > 0, 'the fixture marks at least one finding');
      const findings = lintText(text, { index, config }).filter((finding) => finding.ruleId === rule.id);
      const actual = findings.map((finding) => ({
        ruleId: finding.ruleId,
        line: finding.line,
        text: text.slice(finding.start, finding.end),
        fix: finding.fix?.text,
      }));
      const expected = expectations.filter((e) => e.ruleId === rule.id);
      assert.deepEqual(actual, expected);
    });
  }

  it('a rule that is off by default reports nothing on its fixture without the preset', () => {
    for (const rule of RULES.filter((candidate) => candidate.defaultSeverity === 'off')) {
      const { text } = readFixture(join(FIXTURES, 'rules', `${rule.id}.md`));
      assert.deepEqual(lintText(text, { index, config: defaults }).filter((finding) => finding.ruleId === rule.id), [], rule.id);
    }
  });

  it('every fixture file belongs to a rule', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const file of readdirSync(join(FIXTURES, 'rules'))) assert.ok(ids.has(file.replace(/\.md$/, '')), file);
  });
});

describe('rule registry', () => {
  for (const rule of RULES) {
    it(`${rule.id} is documented`, () => {
      assert.ok(existsSync(join(import.meta.dirname, '..', '..', 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md exists`);
      assert.ok(rule.description.length > 10);
    });
    it(`${rule.id} produces fixes only if it is marked fixable`, () => {
      const { text } = readFixture(join(FIXTURES, 'rules', `${rule.id}.md`));
      const fixes = lintText(text, { index, config }).filter((finding) => finding.ruleId === rule.id && finding.fix);
      assert.equal(fixes.length > 0, rule.fixable);
    });
  }
});

describe('messages lead with the action (issue 12)', () => {
  /** Rules whose messages do not propose an action: the term listing only informs. */
  const NO_ACTION = new Set(['term-reference']);
  const IMPERATIVE = /^(Replace|Update|Write|Set|Add|Move|Name|Use|Say|Split|Nest|Expand|Define|Cite|Spell)\b/;

  for (const rule of RULES.filter((candidate) => !NO_ACTION.has(candidate.id))) {
    it(`${rule.id}: every message starts with what to do`, () => {
      const { text } = readFixture(join(FIXTURES, 'rules', `${rule.id}.md`));
      const messages = lintText(text, { index, config }).filter((finding) => finding.ruleId === rule.id).map((finding) => finding.message);
      assert.ok(messages.length > 0);
      for (const message of messages) assert.match(message, IMPERATIVE);
    });
  }
});
