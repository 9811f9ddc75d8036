import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, parseSettings, settingsLayer } from '../../src/server/settings';

describe('language server settings (any JSON a client sends)', () => {
  it('keeps what is well-formed', () => {
    const settings = parseSettings({ enable: false, lintOnType: false, debounceMs: 40, rules: { 'sentence-length': 'error' }, allow: ['NATO'], packs: ['team.policypack.json'], maxHoverRecommendations: 5 });
    assert.deepEqual(settings, { enable: false, lintOnType: false, debounceMs: 40, rules: { 'sentence-length': 'error' }, allow: ['NATO'], packs: ['team.policypack.json'], maxHoverRecommendations: 5 });
    assert.deepEqual(settingsLayer(settings), { rules: { 'sentence-length': 'error' }, allow: ['NATO'] });
  });

  it('falls back to the declared defaults for anything else, dropping unknown rules, levels and non-strings', () => {
    for (const raw of [undefined, null, 42, 'policyLens', [], { enable: 'yes', lintOnType: 1, debounceMs: '9', rules: [], allow: 'NATO', packs: {}, maxHoverRecommendations: 'many' }]) {
      assert.deepEqual(parseSettings(raw), DEFAULT_SETTINGS, JSON.stringify(raw));
    }
    const mixed = parseSettings({ rules: { 'no-such-rule': 'off', 'sentence-length': 'loud', 'term-reference': 'off' }, allow: ['NATO', 7, '', null], maxHoverRecommendations: 1e9, debounceMs: -5 });
    assert.deepEqual(mixed.rules, { 'term-reference': 'off' });
    assert.deepEqual(mixed.allow, ['NATO']);
    assert.equal(mixed.maxHoverRecommendations, 20);
    assert.equal(mixed.debounceMs, 0);
  });
});
