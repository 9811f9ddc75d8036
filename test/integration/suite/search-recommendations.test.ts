import * as assert from 'assert';
import * as vscode from 'vscode';
import { CorpusSearch, matchDescription, type Recommendation } from '../../../src/core/index';
import type { SearchPickItem } from '../../../src/extension/commands/search-recommendations';
import type { PolicyLensApi } from '../../../src/extension/extension';
import { PATIENCE, activateExtension, resetEditors, showScratchMemo, waitFor } from './helpers';

/** An item as the test names it: the recommendation's id, or the label of an item without one. */
const itemName = (item: SearchPickItem | undefined) => item?.recommendation?.id ?? item?.label;

/**
 * What the QuickPick shows, top to bottom: the first item it focuses, then each item it moves to
 * with "select next" (which skips items its own filter hid). `count` steps at most.
 */
async function shownItems(quickPick: vscode.QuickPick<SearchPickItem>, count: number): Promise<Array<string | undefined>> {
  const focused = () => quickPick.activeItems.find((item) => quickPick.items.includes(item));
  const shown = [itemName(await waitFor(focused, PATIENCE, 'a focused item of the current list'))];
  for (let step = 1; step < count; step++) {
    const before = quickPick.activeItems[0];
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    shown.push(itemName(await waitFor(() => quickPick.activeItems[0] !== before && quickPick.activeItems[0], PATIENCE, `item ${step + 1} of ${count}`)));
  }
  return shown;
}

suite('Search Recommendations (what the QuickPick shows)', () => {
  let api: PolicyLensApi;
  suiteSetup(async () => {
    api = await activateExtension();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await resetEditors();
  });

  async function open(query: string): Promise<{ quickPick: vscode.QuickPick<SearchPickItem>; done: Thenable<unknown> }> {
    await showScratchMemo('');
    const done = vscode.commands.executeCommand('policyLens.searchRecommendations', query);
    const quickPick = await waitFor(() => api.recommendationSearch.quickPick, PATIENCE, 'the Search Recommendations QuickPick');
    return { quickPick, done };
  }

  for (const query of ['dock onto digital economy agreement', 'semiconductor supply chain', 'economic security agreement']) {
    test(`"${query}" shows every hit of the core search, in its order, with its match quality`, async () => {
      const expected = new CorpusSearch(api.memos.index()).search(query, { kind: 'recommendation', limit: 30 });
      assert.ok(expected.length >= 2, `the core search finds ${expected.length} recommendations`);
      const { quickPick, done } = await open(query);
      assert.strictEqual(quickPick.value, query);
      assert.deepStrictEqual(quickPick.items.map(itemName), expected.map((hit) => hit.item.id));
      assert.deepStrictEqual(await shownItems(quickPick, expected.length), expected.map((hit) => hit.item.id));
      assert.strictEqual(expected[0].quality, 'strong');
      assert.deepStrictEqual(
        quickPick.items.map((item) => item.description),
        expected.map((hit) => `${matchDescription(hit)} · ${(hit.item as Recommendation).actor}`),
      );
      quickPick.hide();
      assert.strictEqual(await done, undefined, 'nothing is inserted when the QuickPick is dismissed');
    });
  }

  test('typing a new query ranks again, as the core search does', async () => {
    const { quickPick, done } = await open('xylophone banana');
    const query = 'allied export controls investment screening';
    const expected = new CorpusSearch(api.memos.index()).search(query, { kind: 'recommendation', limit: 30 }).map((hit) => hit.item.id);
    quickPick.value = query;
    await waitFor(() => quickPick.items[0]?.recommendation !== undefined, PATIENCE, 'the new results');
    assert.ok(expected.length >= 3, expected.join(', '));
    assert.deepStrictEqual(await shownItems(quickPick, expected.length), expected);
    quickPick.hide();
    await done;
  });

  test('a query with no close match shows one "No close match" item, and accepting it inserts nothing', async () => {
    const { quickPick, done } = await open('xylophone banana');
    assert.deepStrictEqual(await shownItems(quickPick, 1), ['$(circle-slash) No close match for "xylophone banana"']);
    assert.strictEqual(quickPick.items.length, 1);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(api.recommendationSearch.quickPick, quickPick, 'the QuickPick stays open for another query');
    quickPick.hide();
    assert.strictEqual(await done, undefined);
    assert.strictEqual(vscode.window.activeTextEditor?.document.getText(), '');
  });
});
