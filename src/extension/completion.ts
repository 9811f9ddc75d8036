import * as vscode from 'vscode';
import { escapeMarkdown, isInNonProse, statusText, type Term, type TermIndex } from '../core/index';
import type { MemoService } from './memo-service';

const WORD_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/**
 * Completes glossary terms in prose: an acronym or the start of a term offers `Expansion (ACR)`
 * for acronyms and the term itself otherwise, with the definition alongside.
 */
export class TermCompletionProvider implements vscode.CompletionItemProvider {
  /** One list per term index (the bundled one, or one with a document's packs), built on first use. */
  private readonly items = new WeakMap<TermIndex, vscode.CompletionItem[]>();

  constructor(private readonly memos: MemoService) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
    const word = WORD_BEFORE.exec(linePrefix);
    if (!word) return undefined;
    const analysis = this.memos.latestAnalysis(document);
    if (isInNonProse(analysis.document, document.offsetAt(position) - 1)) return undefined;
    const range = new vscode.Range(position.translate(0, -word[0].length), position);
    return this.allItems(analysis.index).map((item) => ({ ...item, range }));
  }

  private allItems(index: TermIndex): vscode.CompletionItem[] {
    let items = this.items.get(index);
    if (!items) this.items.set(index, (items = index.terms.map((term) => this.item(term, index))));
    return items;
  }

  private item(term: Term, index: TermIndex): vscode.CompletionItem {
    const acronym = term.kind === 'acronym' && term.expansion;
    const label = acronym ? `${term.expansion} (${term.term})` : term.term;
    const item = new vscode.CompletionItem({ label: term.term, description: acronym ? term.expansion : undefined }, vscode.CompletionItemKind.Reference);
    item.insertText = label;
    item.filterText = [term.term, term.expansion, ...(term.aliases ?? [])].filter(Boolean).join(' ');
    item.detail = label;
    item.documentation = new vscode.MarkdownString(`${escapeMarkdown(term.definition)}\n\n*${statusText(term, index)}*`);
    if (term.status !== 'current') item.tags = [vscode.CompletionItemTag.Deprecated];
    return item;
  }
}
