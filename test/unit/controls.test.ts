import assert from 'node:assert/strict';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';

// term-reference (off by default) is turned on so a second rule reports on the same words.
const config = resolveConfig(DEFAULT_SEVERITIES, { rules: { 'term-reference': 'info' } });
const lintRules = (text: string) => lintText(text, { index: getBundledIndex(), config }).map((f) => `${f.line}:${f.ruleId}`);

describe('inline control comments', () => {
  it('disables one rule until it is enabled again', () => {
    const text = [
      '<!-- policy-lens-disable acronym-undefined -->',
      'USTR one.',
      '',
      '<!-- policy-lens-enable acronym-undefined -->',
      'AUKUS two.',
    ].join('\n');
    assert.deepEqual(lintRules(text).filter((f) => f.endsWith('acronym-undefined')), ['5:acronym-undefined']);
  });

  it('disables every rule when none is named', () => {
    const text = '<!-- policy-lens-disable -->\nUSTR and export controls.\n';
    assert.deepEqual(lintRules(text), []);
  });

  it('disables the next line only', () => {
    const text = 'Intro.\n\n<!-- policy-lens-disable-next-line acronym-undefined -->\nUSTR here.\nAUKUS there.\n';
    assert.deepEqual(lintRules(text).filter((f) => f.endsWith('acronym-undefined')), ['5:acronym-undefined']);
  });

  it('disables the line the comment is on', () => {
    const text = 'USTR here. <!-- policy-lens-disable-line acronym-undefined -->\nAUKUS there.\n';
    assert.deepEqual(lintRules(text).filter((f) => f.endsWith('acronym-undefined')), ['2:acronym-undefined']);
  });

  it('leaves other rules on', () => {
    const text = '<!-- policy-lens-disable acronym-undefined -->\nUSTR and export controls.\n';
    // USTR and export controls are both glossary terms; only acronym-undefined is silenced.
    assert.deepEqual(lintRules(text), ['2:term-reference', '2:term-reference']);
  });

  it('ignores control comments inside code', () => {
    const text = '```\n<!-- policy-lens-disable -->\n```\n\nUSTR here.\n';
    assert.deepEqual(lintRules(text), ['5:acronym-undefined', '5:term-reference']);
    assert.equal(lintRules('<!-- policy-lens-disable -->\n\nUSTR here.\n').length, 0);
  });
});
