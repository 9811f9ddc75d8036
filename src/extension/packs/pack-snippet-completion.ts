import * as vscode from 'vscode';
import { codeBlock, isMarkdownScope, type TeamSnippet } from '../../core/index';
import type { TeamPacks } from './team-packs';

const WORD_BEFORE = /[\w-]*$/;

/** Offers the snippets of a memo's team packs in Markdown files, as VS Code offers its own snippets. */
export class PackSnippetCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly packs: TeamPacks) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const { snippets } = await this.packs.corpusFor(document.uri);
    if (snippets.length === 0) return [];
    const word = WORD_BEFORE.exec(document.lineAt(position.line).text.slice(0, position.character))![0];
    const range = new vscode.Range(position.translate(0, -word.length), position);
    return snippets.filter((snippet) => isMarkdownScope(snippet.scope)).flatMap((snippet) => prefixes(snippet).map((prefix) => item(snippet, prefix, range)));
  }
}

function item(snippet: TeamSnippet, prefix: string, range: vscode.Range): vscode.CompletionItem {
  const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
  const completion = new vscode.CompletionItem({ label: prefix, description: `${snippet.name} (${snippet.pack})` }, vscode.CompletionItemKind.Snippet);
  completion.insertText = new vscode.SnippetString(body);
  completion.detail = snippet.description ?? snippet.name;
  // Our own fence: appendCodeblock's can be closed by a body that holds ``` and then show anything.
  completion.documentation = new vscode.MarkdownString(codeBlock(body, 'markdown'));
  completion.range = range;
  return completion;
}

function prefixes(snippet: TeamSnippet): string[] {
  return (Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]).filter((prefix) => prefix.trim() !== '');
}
