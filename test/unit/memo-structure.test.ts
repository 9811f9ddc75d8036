import assert from 'node:assert/strict';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';

const index = getBundledIndex();
const memoStructure = (text: string, rules = {}) =>
  lintText(text, { index, config: resolveConfig(DEFAULT_SEVERITIES, { rules }) }).filter((finding) => finding.ruleId === 'memo-structure');

describe('memo-structure: which documents are memos', () => {
  const body = '# A page\n\n## Overview\n\nText.\n';

  it('checks a document whose front matter names a known memo type', () => {
    assert.ok(memoStructure(`---\ntype: decision-memo\n---\n${body}`).length > 0);
  });

  it('leaves alone a document whose front matter type is a site generator page type, even with a default type configured', () => {
    assert.deepEqual(memoStructure(`---\ntype: guide\ntitle: A page\n---\n${body}`), []);
    assert.deepEqual(memoStructure(`---\ntype: guide\n---\n${body}`, { 'memo-structure': ['warning', { defaultType: 'decision-memo' }] }), []);
  });

  it('applies the configured default type to a document that declares none, and names a default type it does not know', () => {
    assert.ok(memoStructure(body, { 'memo-structure': ['warning', { defaultType: 'decision-memo' }] }).length > 0);
    const unknown = memoStructure(body, { 'memo-structure': ['warning', { defaultType: 'trip-note' }] });
    assert.equal(unknown.length, 1);
    assert.match(unknown[0].message, /^Set defaultType to one of .*"trip-note".*: it is not a known memo type\.$/);
  });
});
