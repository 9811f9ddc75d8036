import * as vscode from 'vscode';
import { termHoverMarkdown } from '../core/index';
import { COMMANDS, HOVER_COMMANDS } from './constants';
import { offsetRange } from './convert';
import type { MemoService } from './memo-service';
import { readSettings } from './settings';

/** Hovers on glossary terms in prose: never in code, URLs or front matter, which the engine does not see as prose. */
export class TermHoverProvider implements vscode.HoverProvider {
  constructor(private readonly memos: MemoService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const offset = document.offsetAt(position);
    const analysis = await this.memos.analysisWithPacks(document);
    if (token.isCancellationRequested) return undefined;
    const use = analysis.termUses.find((candidate) => candidate.start <= offset && offset < candidate.end);
    if (!use) return undefined;
    const markdown = new vscode.MarkdownString(termHoverMarkdown(use.term, analysis.index, readSettings(document.uri).maxHoverRecommendations, COMMANDS));
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(markdown, offsetRange(document, use.start, use.end));
  }
}
