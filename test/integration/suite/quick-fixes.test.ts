import * as assert from 'assert';
import * as vscode from 'vscode';
import { PATIENCE, activateExtension, codeActionsAt, fixtureUri, readFixture, resetEditors, showScratchMemo, waitFor, waitForDiagnostics, writeFixture } from './helpers';

function ruleOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

/** Opens a scratch memo, waits for the rule's diagnostic and returns the quick fixes offered on it. */
async function fixesFor(content: string, ruleId: string) {
  const editor = await showScratchMemo(content);
  const diagnostics = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => ruleOf(d) === ruleId));
  const diagnostic = diagnostics.find((d) => ruleOf(d) === ruleId)!;
  const actions = await codeActionsAt(editor.document, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return { editor, diagnostic, actions };
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action, 'the quick fix is offered');
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('Quick fixes', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('expands an acronym at its first use, as one undoable edit', async () => {
    const { editor, actions } = await fixesFor('The USTR agrees.\n', 'acronym-undefined');
    const expand = actions.find((action) => action.title.startsWith('Expand USTR'));
    assert.strictEqual(expand?.isPreferred, true);
    await apply(expand);
    assert.strictEqual(editor.document.getText(), 'The Office of the United States Trade Representative (USTR) agrees.\n');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), 'The USTR agrees.\n');
  });

  test('replaces a wrong expansion with the glossary one', async () => {
    const { editor, actions } = await fixesFor('The Data Free Flow of Trust (DFFT) met.\n', 'acronym-expansion');
    await apply(actions.find((action) => action.title === 'Replace with "Data Free Flow with Trust"'));
    assert.strictEqual(editor.document.getText(), 'The Data Free Flow with Trust (DFFT) met.\n');
  });

  test('replaces an outdated term with its successor', async () => {
    // term-outdated is off by default (a review-preset rule); a scratch memo has no .policylens.json, so the setting turns it on.
    const settings = vscode.workspace.getConfiguration('policyLens');
    await settings.update('rules', { 'term-outdated': 'warning' }, vscode.ConfigurationTarget.Global);
    try {
      const { editor, diagnostic } = await fixesFor('Transfers rely on the Privacy Shield today.\n', 'term-outdated');
      // The setting re-lints open memos; the fix is offered once that lint's findings are in.
      const replace = await waitFor(async () => (await codeActionsAt(editor.document, diagnostic.range, vscode.CodeActionKind.QuickFix.value)).find((action) => action.title.startsWith('Replace with')), PATIENCE, 'the replacement is offered');
      await apply(replace);
      assert.strictEqual(editor.document.getText(), 'Transfers rely on the EU-U.S. Data Privacy Framework today.\n');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('disables the rule for the line, which silences it', async () => {
    const { editor, actions } = await fixesFor('The USTR agrees.\n', 'acronym-undefined');
    await apply(actions.find((action) => action.title === 'Disable acronym-undefined for this line'));
    assert.strictEqual(editor.document.getText(), 'The USTR agrees. <!-- policy-lens-disable-line acronym-undefined -->\n');
    await waitForDiagnostics(editor.document.uri, (all) => !all.some((d) => ruleOf(d) === 'acronym-undefined'));
  });

  test('disabling for a line keeps its hard break', async () => {
    const { editor, actions } = await fixesFor('The USTR agrees.\\\nNext line.\n', 'acronym-undefined');
    await apply(actions.find((action) => action.title === 'Disable acronym-undefined for this line'));
    assert.strictEqual(editor.document.getText(), 'The USTR agrees. <!-- policy-lens-disable-line acronym-undefined -->\\\nNext line.\n');
  });

  test('adds an acronym to the allow-list in .policylens.json, keeping its comments', async () => {
    const original = await readFixture('.policylens.json');
    try {
      await writeFixture('.policylens.json', '{\n  // team settings\n  "rules": {}\n}\n');
      const document = await vscode.workspace.openTextDocument(fixtureUri('brief.md'));
      await vscode.window.showTextDocument(document);
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'The JWPX met.\n\n'));
      const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => ruleOf(d) === 'acronym-undefined' && document.getText(d.range) === 'JWPX'));
      const diagnostic = diagnostics.find((d) => document.getText(d.range) === 'JWPX')!;
      const actions = await codeActionsAt(document, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      await apply(actions.find((action) => action.title === 'Add "JWPX" to the allow-list in .policylens.json'));
      const config = await waitFor(async () => {
        const text = await readFixture('.policylens.json');
        return text.includes('JWPX') && text;
      }, PATIENCE, 'the allow-list to be written');
      assert.match(config, /\/\/ team settings/);
      assert.deepStrictEqual(JSON.parse(config.replace(/\/\/.*$/m, '')).allow, ['JWPX']);
      await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some((d) => document.getText(d.range) === 'JWPX'), PATIENCE, 'JWPX to be allowed');
    } finally {
      await writeFixture('.policylens.json', original);
    }
  });
});
