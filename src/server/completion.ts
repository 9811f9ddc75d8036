import { CompletionItemKind, CompletionItemTag, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isInNonProse, type Term, type TermIndex } from '../core/index';
import { escapeMarkdown, statusText } from '../core/index';
import type { Memos } from './memos';

const WORD_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/** One list per term index (the bundled one, or one with a document's packs), built on first use. */
const itemsByIndex = new WeakMap<TermIndex, CompletionItem[]>();

/**
 * Glossary terms for the word before the cursor in prose: an acronym or the start of a term offers
 * `Expansion (ACR)` for acronyms and the term itself otherwise, with the definition alongside. The
 * row shows exactly what choosing it inserts; the acronym alone still matches, through `filterText`.
 */
export function termCompletions(memos: Memos, document: TextDocument, position: Position): CompletionItem[] | null {
  const linePrefix = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const word = WORD_BEFORE.exec(linePrefix);
  if (!word) return null;
  const analysis = memos.latestAnalysis(document);
  if (isInNonProse(analysis.document, document.offsetAt(position) - 1)) return null;
  const range = { start: { line: position.line, character: position.character - word[0].length }, end: position };
  return allItems(analysis.index).map((item) => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } }));
}

function allItems(index: TermIndex): CompletionItem[] {
  let items = itemsByIndex.get(index);
  if (!items) itemsByIndex.set(index, (items = index.terms.map((term) => item(term, index))));
  return items;
}

function item(term: Term, index: TermIndex): CompletionItem {
  const label = term.kind === 'acronym' && term.expansion ? `${term.expansion} (${term.term})` : term.term;
  return {
    label,
    kind: CompletionItemKind.Reference,
    insertText: label,
    filterText: [term.term, term.expansion, ...(term.aliases ?? [])].filter(Boolean).join(' '),
    detail: term.category,
    documentation: { kind: MarkupKind.Markdown, value: `${escapeMarkdown(term.definition)}\n\n*${statusText(term, index)}*` },
    ...(term.status !== 'current' ? { tags: [CompletionItemTag.Deprecated] } : {}),
  };
}
