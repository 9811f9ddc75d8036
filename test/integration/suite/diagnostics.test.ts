import * as assert from 'assert';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, PATIENCE, activateExtension, openFixture, policyLensDiagnostics, rangeOf, resetEditors, showScratchMemo, waitFor, waitForDiagnostics } from './helpers';

function ruleOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

suite('Diagnostics', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a fixture memo gets each rule at the exact range', async () => {
    const document = await openFixture('memo.md');
    const diagnostics = await waitForDiagnostics(document.uri, (all) => all.some((d) => ruleOf(d) === 'term-outdated'));
    const find = (rule: string) => diagnostics.find((d) => ruleOf(d) === rule);
    assert.deepStrictEqual(find('acronym-undefined')?.range, rangeOf(document, 'USTR'));
    assert.deepStrictEqual(find('acronym-expansion')?.range, rangeOf(document, 'Trade and Technology\nCouncel'));
    assert.deepStrictEqual(find('term-outdated')?.range, rangeOf(document, 'Privacy Shield'));
    assert.strictEqual(find('acronym-undefined')?.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(find('term-reference'), undefined, 'a term merely in the glossary is not a Problem');
  });

  test('each diagnostic names its source and links its rule documentation', async () => {
    const document = await openFixture('memo.md');
    const diagnostics = await waitForDiagnostics(document.uri);
    for (const diagnostic of diagnostics) {
      assert.strictEqual(diagnostic.source, DIAGNOSTIC_SOURCE);
      assert.ok(typeof diagnostic.code === 'object', 'code is { value, target }');
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.ok(code.target.toString().endsWith(`/docs/rules/${code.value}.md`), code.target.toString());
    }
  });

  test('an acronym defined only later points to its definition', async () => {
    const editor = await showScratchMemo('The TPA matters.\n\nLater we define Trade Promotion Authority (TPA).\n');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => ruleOf(d) === 'acronym-undefined'));
    const undefinedUse = diagnostics.find((d) => ruleOf(d) === 'acronym-undefined')!;
    assert.strictEqual(undefinedUse.message, 'Define "TPA" at its first use as "Trade Promotion Authority (TPA)": the memo defines it only later (line 3).');
    assert.strictEqual(undefinedUse.relatedInformation?.length, 1);
    assert.deepStrictEqual(undefinedUse.relatedInformation?.[0].location.range, rangeOf(editor.document, 'TPA', 1));
  });

  test('typing updates the diagnostics, and closing the memo clears them', async () => {
    const editor = await showScratchMemo('Nothing to see.\n');
    const uri = editor.document.uri;
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'The USTR agrees.\n'));
    await waitForDiagnostics(uri, (all) => all.some((d) => ruleOf(d) === 'acronym-undefined'));
    await editor.edit((edit) => edit.replace(rangeOf(editor.document, 'USTR'), 'office'));
    await waitFor(() => !policyLensDiagnostics(uri).some((d) => ruleOf(d) === 'acronym-undefined'), PATIENCE, 'the stale diagnostic to go');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => policyLensDiagnostics(uri).length === 0, PATIENCE, 'diagnostics to clear after closing');
  });
});
