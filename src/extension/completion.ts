import * as vscode from 'vscode';
import { isInNonProse, type Term } from '../core/index';
import type { MemoService } from './memo-service';
import { escapeMarkdown, statusText } from './render';

const WORD_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/**
 * Completes glossary terms in prose: an acronym or the start of a term offers `Expansion (ACR)`
 * for acronyms and the term itself otherwise, with the definition alongside.
 */
export class TermCompletionProvider implements vscode.CompletionItemProvider {
  private items?: vscode.CompletionItem[];

  constructor(private readonly memos: MemoService) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
    const word = WORD_BEFORE.exec(linePrefix);
    if (!word) return undefined;
    if (isInNonProse(this.memos.latestAnalysis(document).document, document.offsetAt(position) - 1)) return undefined;
    const range = new vscode.Range(position.translate(0, -word[0].length), position);
    return this.allItems().map((item) => ({ ...item, range }));
  }

  /** One item per term, built once: the glossary does not change while the extension runs. */
  private allItems(): vscode.CompletionItem[] {
    this.items ??= this.memos.index.terms.map((term) => this.item(term));
    return this.items;
  }

  private item(term: Term): vscode.CompletionItem {
    const acronym = term.kind === 'acronym' && term.expansion;
    const label = acronym ? `${term.expansion} (${term.term})` : term.term;
    const item = new vscode.CompletionItem({ label: term.term, description: acronym ? term.expansion : undefined }, vscode.CompletionItemKind.Reference);
    item.insertText = label;
    item.filterText = [term.term, term.expansion, ...(term.aliases ?? [])].filter(Boolean).join(' ');
    item.detail = label;
    item.documentation = new vscode.MarkdownString(`${escapeMarkdown(term.definition)}\n\n*${statusText(term, this.memos.index)}*`);
    if (term.status !== 'current') item.tags = [vscode.CompletionItemTag.Deprecated];
    return item;
  }
}
