import * as vscode from 'vscode';
import { CorpusSearch, recommendationBlock, recommendationCitation, recommendationDocument, relatedRecommendations, type Recommendation } from '../../core/index';
import type { MemoService } from '../memo-service';
import { insertBlockAtCursor } from './insert';

interface RecommendationPick extends vscode.QuickPickItem {
  readonly recommendation: Recommendation;
}

function pickItem(recommendation: Recommendation, memos: MemoService): RecommendationPick {
  return {
    label: recommendation.title,
    description: recommendation.actor,
    detail: `${recommendation.summary} — ${recommendationCitation(recommendation, memos.index())}`,
    recommendation,
  };
}

/** Inserts a recommendation, with its citation, at the cursor. */
export async function insertRecommendation(memos: MemoService, id: unknown): Promise<boolean> {
  const recommendation = typeof id === 'string' ? memos.index().recommendation(id) : undefined;
  if (!recommendation) {
    void vscode.window.showErrorMessage(`Policy Lens: there is no recommendation "${String(id)}".`);
    return false;
  }
  return insertBlockAtCursor(recommendationBlock(recommendation, memos.index()));
}

/** Opens a recommendation as a Markdown document beside the memo. */
export async function showRecommendation(memos: MemoService, id: unknown): Promise<vscode.TextEditor | undefined> {
  const recommendation = typeof id === 'string' ? memos.index().recommendation(id) : undefined;
  if (!recommendation) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: recommendationDocument(recommendation, memos.index()) });
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
}

/**
 * A QuickPick over every recommendation, searched with fuse.js as the user types; the choice is
 * inserted at the cursor of the editor that was active, with its citation.
 */
export async function searchRecommendations(memos: MemoService): Promise<Recommendation | undefined> {
  const search = new CorpusSearch(memos.index());
  const everything = memos.index().corpus.recommendations.map((recommendation) => pickItem(recommendation, memos));
  const quickPick = vscode.window.createQuickPick<RecommendationPick>();
  quickPick.title = 'Policy Lens: Search Recommendations';
  quickPick.placeholder = 'Describe what you need, e.g. "join digital economy agreement"';
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = everything;
  quickPick.onDidChangeValue((value) => {
    // fuse.js ranks; the QuickPick's own filter would hide fuzzy hits, so it is switched off while searching.
    const hits = value.trim() === '' ? [] : search.search(value, { kind: 'recommendation', limit: 30 });
    quickPick.items = hits.length === 0 ? everything : hits.map((hit) => pickItem(hit.item as Recommendation, memos));
    for (const item of quickPick.items) item.alwaysShow = hits.length > 0;
  });
  const chosen = await new Promise<Recommendation | undefined>((resolve) => {
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.recommendation);
      quickPick.hide();
    });
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  quickPick.dispose();
  if (chosen) await insertBlockAtCursor(recommendationBlock(chosen, memos.index()));
  return chosen;
}

/** The recommendations related to the active memo (or to one term), to pick one and insert it. */
export async function showRelatedRecommendations(memos: MemoService, termId?: unknown): Promise<Recommendation | undefined> {
  const related = relatedTo(memos, termId);
  if (related.length === 0) {
    void vscode.window.showInformationMessage('Policy Lens: no recommendations are linked to the terms in this memo yet.');
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(related.map((recommendation) => pickItem(recommendation, memos)), {
    title: 'Policy Lens: Related Recommendations',
    placeHolder: 'Pick one to insert it at the cursor',
    matchOnDetail: true,
  });
  if (chosen) await insertBlockAtCursor(recommendationBlock(chosen.recommendation, memos.index()));
  return chosen?.recommendation;
}

/** The recommendations of one term, or else those linked to the terms of the active memo. */
function relatedTo(memos: MemoService, termId: unknown): Recommendation[] {
  const term = typeof termId === 'string' ? memos.index().term(termId) : undefined;
  if (term) return memos.index().recommendationsOf(term);
  const editor = vscode.window.activeTextEditor;
  return editor ? relatedRecommendations(memos.analysis(editor.document)).map((entry) => entry.recommendation) : [];
}
