import * as vscode from 'vscode';
import { outcomeSentence, recommendationCitation, recommendationDocument, recommendationInsertion, relatedRecommendations, type Recommendation } from '../../core/index';
import type { MemoService } from '../memo-service';
import { insertBlockAtCursor } from './insert';

/** A recommendation as a QuickPick item. */
export interface RecommendationPick extends vscode.QuickPickItem {
  readonly recommendation: Recommendation;
}

/** Title, then actor (after how well it matched, in a search), then the outcome if any, the summary and the citation. */
export function pickItem(recommendation: Recommendation, memos: MemoService, match?: string): RecommendationPick {
  const outcome = recommendation.outcome ? `${outcomeSentence(recommendation.outcome)} ` : '';
  return {
    label: recommendation.title,
    description: match ? `${match} · ${recommendation.actor}` : recommendation.actor,
    detail: `${outcome}${recommendation.summary} — ${recommendationCitation(recommendation, memos.index())}`,
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
  return insertRecommendationAtCursor(recommendation, memos);
}

/** Inserts a recommendation at the cursor, written to lint clean in that memo: acronyms it has not defined are spelled out. */
export function insertRecommendationAtCursor(recommendation: Recommendation, memos: MemoService): Promise<boolean> {
  return insertBlockAtCursor((where, document) => recommendationInsertion(recommendation, memos.index(document), where, (text) => memos.lintText(document.uri, text)));
}

/** Opens a recommendation as a Markdown document beside the memo. */
export async function showRecommendation(memos: MemoService, id: unknown): Promise<vscode.TextEditor | undefined> {
  const recommendation = typeof id === 'string' ? memos.index().recommendation(id) : undefined;
  if (!recommendation) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: recommendationDocument(recommendation, memos.index()) });
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
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
  if (chosen) await insertRecommendationAtCursor(chosen.recommendation, memos);
  return chosen?.recommendation;
}

/** The recommendations of one term, or else those linked to the terms of the active memo. */
function relatedTo(memos: MemoService, termId: unknown): Recommendation[] {
  const term = typeof termId === 'string' ? memos.index().term(termId) : undefined;
  if (term) return memos.index().recommendationsOf(term);
  const editor = vscode.window.activeTextEditor;
  return editor ? relatedRecommendations(memos.analysis(editor.document)).map((entry) => entry.recommendation) : [];
}
