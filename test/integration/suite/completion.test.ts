import * as assert from 'assert';
import * as vscode from 'vscode';
import { PATIENCE, activateExtension, completionsAt, resetEditors, showScratchMemo, waitFor } from './helpers';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('Completion and snippets', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('an acronym offers "Expansion (ACR)" with its definition, and the row shows what it inserts', async () => {
    const editor = await showScratchMemo('We need a new TP');
    const items = await completionsAt(editor.document, new vscode.Position(0, 16));
    const tpa = items.find((item) => labelOf(item) === 'Trade Promotion Authority (TPA)');
    assert.ok(tpa, `TPA is offered among ${items.length} items`);
    assert.strictEqual(tpa.insertText, 'Trade Promotion Authority (TPA)');
    assert.match(tpa.filterText ?? '', /^TPA /, 'typing the acronym still finds it');
    const documentation = tpa.documentation as vscode.MarkdownString;
    assert.match(documentation.value, /Congress/);
  });

  test('the start of a term offers the term', async () => {
    const editor = await showScratchMemo('Allies align export contr');
    const items = await completionsAt(editor.document, new vscode.Position(0, 25));
    assert.ok(items.some((item) => labelOf(item) === 'export controls'), 'export controls is offered');
  });

  test('no glossary completion inside code', async () => {
    const editor = await showScratchMemo('```\nTP\n```\n');
    const items = await completionsAt(editor.document, new vscode.Position(1, 2));
    assert.ok(!items.some((item) => item.insertText === 'Trade Promotion Authority (TPA)'));
  });

  test('memo snippets are offered in Markdown', async () => {
    const editor = await showScratchMemo('memo');
    const snippetsNow = async () => (await completionsAt(editor.document, new vscode.Position(0, 4))).filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
    // The workbench reads contributed snippet files in the background after activation (slowly on a loaded
    // machine): wait for them, then check that ours are among them.
    const snippets = await waitFor(async () => { const labels = await snippetsNow(); return labels.includes('memo-decision') && labels; }, PATIENCE, 'the memo snippets').catch(snippetsNow);
    for (const prefix of ['memo-decision', 'memo-brief']) assert.ok(snippets.includes(prefix), `${prefix} in ${snippets.join(', ')}`);
  });

  test('the decision memo snippet inserts the memo structure', async () => {
    const editor = await showScratchMemo('memo-decision');
    const items = await completionsAt(editor.document, new vscode.Position(0, 13));
    const snippet = items.find((item) => labelOf(item) === 'memo-decision');
    assert.ok(snippet?.insertText instanceof vscode.SnippetString, 'the snippet has a body');
    await editor.insertSnippet(snippet.insertText as vscode.SnippetString, new vscode.Range(0, 0, 0, 13));
    const text = editor.document.getText();
    const headings = ['## The issue', '## Background', '## Options', '## Recommendations', '## Conclusion'];
    const positions = headings.map((heading) => text.indexOf(heading));
    assert.ok(positions.every((position) => position >= 0), text);
    assert.deepStrictEqual([...positions].sort((a, b) => a - b), positions, 'headings in order');
  });
});
