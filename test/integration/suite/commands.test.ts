import * as assert from 'assert';
import * as vscode from 'vscode';
import { PATIENCE, activateExtension, fixtureUri, openFixture, policyLensDiagnostics, resetEditors, showFixture, showScratchMemo, waitFor } from './helpers';

/** The text of the Markdown editors other than `except`, e.g. an explanation opened beside the memo. */
function otherEditorTexts(except: vscode.TextDocument): string[] {
  return vscode.window.visibleTextEditors.filter((editor) => editor.document !== except).map((editor) => editor.document.getText());
}

suite('Commands', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('every command is registered in the Policy Lens namespace', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['lintWorkspace', 'searchRecommendations', 'explainTerm', 'insertAcronymGlossary', 'showRelatedRecommendations', 'insertRecommendation']) {
      assert.ok(commands.includes(`policyLens.${id}`), id);
    }
  });

  test('Lint Workspace puts findings for files that are not open into Problems', async () => {
    const brief = fixtureUri('brief.md');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === brief.toString()), 'brief.md is not open');
    // brief.md defines its one acronym, so its only finding is the term listing, off by default: a setting turns it on.
    const settings = vscode.workspace.getConfiguration('policyLens');
    await settings.update('rules', { 'term-reference': 'info' }, vscode.ConfigurationTarget.Global);
    try {
      const result = await vscode.commands.executeCommand<{ files: number; findings: number }>('policyLens.lintWorkspace');
      assert.ok(result.files >= 2, `linted ${result.files} files`);
      await waitFor(() => policyLensDiagnostics(brief).length > 0, PATIENCE, 'diagnostics on brief.md');
      assert.ok(policyLensDiagnostics(brief).some((d) => d.message.includes('BIS')));
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Insert Acronym Glossary inserts a table in order of first use', async () => {
    const editor = await showScratchMemo('The USTR and the Trade Promotion Authority (TPA) and AUKUS.\n\n');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.insertAcronymGlossary'), true);
    const text = editor.document.getText();
    const table = ['| Acronym | Meaning |', '| --- | --- |', '| USTR | Office of the United States Trade Representative |', '| TPA | Trade Promotion Authority |'];
    assert.ok(text.includes(table.join('\n')), text);
    assert.match(text, /\| AUKUS \| /);
  });

  test('Insert Recommendation inserts the recommendation with its citation at the cursor', async () => {
    const editor = await showScratchMemo('# Memo\n\n');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    assert.strictEqual(await vscode.commands.executeCommand('policyLens.insertRecommendation', 't12-dock-onto-depa'), true);
    const text = editor.document.getText();
    assert.match(text, /^> \*\*Recommendation:\*\* /m);
    assert.match(text, /\(Source: Matthew P\. Goodman and Brooke Roberts, ".*", in Toward a T12/);
  });

  test('Explain Term opens the explanation beside the memo', async () => {
    const editor = await showScratchMemo('Text.\n');
    await vscode.commands.executeCommand('policyLens.explainTerm', 'tpa');
    const texts = await waitFor(() => {
      const found = otherEditorTexts(editor.document).filter((text) => text.startsWith('# TPA — Trade Promotion Authority'));
      return found.length > 0 && found;
    }, PATIENCE, 'the explanation');
    assert.match(texts[0], /## Linked recommendations/);
  });

  test('Explain Term without an argument explains the term under the cursor', async () => {
    const editor = await showFixture('memo.md');
    const offset = editor.document.getText().indexOf('DFFT projects');
    editor.selection = new vscode.Selection(editor.document.positionAt(offset + 1), editor.document.positionAt(offset + 1));
    await vscode.commands.executeCommand('policyLens.explainTerm');
    await waitFor(() => otherEditorTexts(editor.document).some((text) => text.startsWith('# DFFT — Data Free Flow with Trust')), PATIENCE, 'the DFFT explanation');
  });

  test('Search Recommendations inserts the chosen recommendation', async () => {
    const editor = await showScratchMemo('');
    const done = vscode.commands.executeCommand('policyLens.searchRecommendations');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const chosen = await done;
    assert.ok(chosen, 'a recommendation was chosen');
    assert.match(editor.document.getText(), /^> \*\*Recommendation:\*\* /);
  });

  test('Show Related Recommendations offers those linked to the memo and inserts the choice', async () => {
    const memo = await openFixture('memo.md');
    const editor = await vscode.window.showTextDocument(memo);
    editor.selection = new vscode.Selection(memo.lineCount - 1, 0, memo.lineCount - 1, 0);
    const done = vscode.commands.executeCommand<{ id: string; terms: string[] }>('policyLens.showRelatedRecommendations');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const chosen = await done;
    assert.ok(chosen, 'a recommendation was chosen');
    assert.ok(memo.getText().includes(`> **Recommendation:**`), 'inserted into the memo');
  });
});
