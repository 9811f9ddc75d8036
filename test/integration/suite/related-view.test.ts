import * as assert from 'assert';
import * as vscode from 'vscode';
import { PATIENCE, activateExtension, resetEditors, showFixture, showScratchMemo, waitFor } from './helpers';

suite('Related Recommendations view', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('lists the recommendations linked to the terms of the active memo, and follows edits', async () => {
    const api = await activateExtension();
    await showFixture('memo.md');
    const forMemo = await waitFor(() => {
      const entries = api.relatedView.current();
      return entries.length > 0 && entries;
    }, PATIENCE, 'related recommendations');
    assert.ok(forMemo.some((entry) => entry.terms.some((term) => term.id === 'tpa')));

    const editor = await showScratchMemo('Nothing here yet.\n');
    await waitFor(() => api.relatedView.current().length === 0, PATIENCE, 'an empty view for the new memo');
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Join DEPA.\n'));
    const entries = await waitFor(() => {
      const current = api.relatedView.current();
      return current.length > 0 && current;
    }, PATIENCE, 'the view to update after the edit');
    assert.ok(entries.some((entry) => entry.recommendation.id === 't12-dock-onto-depa'));
    const item = api.relatedView.getTreeItem(entries[0]);
    assert.strictEqual(item.contextValue, 'recommendation');
    assert.strictEqual(item.command?.command, 'policyLens.showRecommendation');
  });
});
