import * as vscode from 'vscode';
import { CorpusSearch, matchDescription, type Recommendation } from '../../core/index';
import type { MemoService } from '../memo-service';
import { insertRecommendationAtCursor, pickItem, type RecommendationPick } from './recommendations';

/** An item of the search QuickPick: a recommendation, or the "No close match" line. */
export type SearchPickItem = RecommendationPick | (vscode.QuickPickItem & { readonly recommendation?: undefined });

/**
 * The QuickPick's items for a query, in the core search's order (the CLI's `search` ranks the same
 * way). Every item is `alwaysShow`: the QuickPick's own matcher looks for the typed text in the
 * label, so without it a query such as "dock onto digital economy agreement" showed an empty list.
 */
export function searchPickItems(search: CorpusSearch, memos: MemoService, query: string): SearchPickItem[] {
  if (query.trim() === '') return memos.index().corpus.recommendations.map((recommendation) => pickItem(recommendation, memos));
  const hits = search.search(query, { kind: 'recommendation', limit: 30 });
  if (hits.length === 0) {
    return [{ label: `$(circle-slash) No close match for "${query.trim()}"`, detail: 'No recommendation shares the distinctive words of the query. Try other words, or a term from the glossary.', alwaysShow: true }];
  }
  return hits.map((hit) => ({ ...pickItem(hit.item as Recommendation, memos, matchDescription(hit)), alwaysShow: true }));
}

/**
 * Search Recommendations: a QuickPick ranked by the core search as the user types; the choice is
 * inserted at the cursor of the editor that was active, with its citation. The open QuickPick is
 * exposed so integration tests can check what it shows.
 */
export class RecommendationSearch {
  private open?: vscode.QuickPick<SearchPickItem>;

  /** The QuickPick while it is open. */
  get quickPick(): vscode.QuickPick<SearchPickItem> | undefined {
    return this.open;
  }

  constructor(private readonly memos: MemoService) {}

  /** Opens the search, with `query` typed in when it is a string; resolves to the recommendation inserted. */
  async show(query?: unknown): Promise<Recommendation | undefined> {
    const search = new CorpusSearch(this.memos.index());
    const quickPick = vscode.window.createQuickPick<SearchPickItem>();
    quickPick.title = 'Policy Lens: Search Recommendations';
    quickPick.placeholder = 'Describe what you need, e.g. "join digital economy agreement"';
    // The core search decides what matches; the QuickPick's own matcher must not hide or re-rank by these.
    quickPick.matchOnDescription = false;
    quickPick.matchOnDetail = false;
    // Without this, the QuickPick moves items whose title contains the typed text to the top
    // ("economic security agreement"), out of the core's order. `sortByLabel` is in the extension
    // host since before 1.91 but typed only in a proposal (quickPickSortByLabel); a host that
    // ignores it falls back to that reordering, nothing worse.
    (quickPick as { sortByLabel?: boolean }).sortByLabel = false;
    let shownFor: string | undefined;
    const update = (value: string) => {
      // The QuickPick may report a value it was given; new items would move the focus back to the top.
      if (value === shownFor) return;
      shownFor = value;
      quickPick.items = searchPickItems(search, this.memos, value);
    };
    if (typeof query === 'string') quickPick.value = query;
    update(quickPick.value);
    quickPick.onDidChangeValue(update);
    this.open = quickPick;
    const chosen = await new Promise<Recommendation | undefined>((resolve) => {
      quickPick.onDidAccept(() => {
        const item = quickPick.selectedItems[0];
        if (!item?.recommendation) return; // "No close match": keep the QuickPick open for another query.
        resolve(item.recommendation);
        quickPick.hide();
      });
      quickPick.onDidHide(() => resolve(undefined));
      quickPick.show();
    });
    this.open = undefined;
    quickPick.dispose();
    if (chosen) await insertRecommendationAtCursor(chosen, this.memos);
    return chosen;
  }
}
