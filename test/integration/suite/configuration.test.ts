import * as assert from 'assert';
import * as vscode from 'vscode';
import { PATIENCE, activateExtension, openFixture, policyLensDiagnostics, readFixture, resetEditors, waitFor, waitForDiagnostics, writeFixture } from './helpers';

const ruleOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));

suite('Configuration', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a changed .policylens.json re-lints open memos', async () => {
    const original = await readFixture('.policylens.json');
    const memo = await openFixture('memo.md');
    await waitForDiagnostics(memo.uri, (all) => all.some((d) => ruleOf(d) === 'acronym-undefined'));
    try {
      await writeFixture('.policylens.json', '{ "rules": { "acronym-undefined": "error", "term-reference": "off" } }\n');
      await waitForDiagnostics(memo.uri, (all) => all.some((d) => ruleOf(d) === 'acronym-undefined' && d.severity === vscode.DiagnosticSeverity.Error) && !all.some((d) => ruleOf(d) === 'term-reference'));
    } finally {
      await writeFixture('.policylens.json', original);
    }
    await waitForDiagnostics(memo.uri, (all) => all.some((d) => ruleOf(d) === 'acronym-undefined' && d.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('a broken .policylens.json is reported on the file, at its line and column', async () => {
    const original = await readFixture('.policylens.json');
    try {
      const uri = await writeFixture('.policylens.json', '{\n  "rules": {\n    "acronym-undefined": "error"\n    "term-reference": "off"\n  }\n}\n');
      const memo = await openFixture('memo.md');
      await waitForDiagnostics(memo.uri);
      const [problem] = await waitForDiagnostics(uri);
      assert.deepStrictEqual([problem.range.start.line, problem.range.start.character], [3, 4]);
      assert.match(problem.message, /invalid JSON/);
    } finally {
      await writeFixture('.policylens.json', original);
    }
  });

  test('settings change rule levels and re-lint', async () => {
    const settings = vscode.workspace.getConfiguration('policyLens');
    const memo = await openFixture('memo.md');
    await waitForDiagnostics(memo.uri, (all) => all.length > 0 && !all.some((d) => ruleOf(d) === 'term-reference'));
    try {
      // term-reference is off by default and the workspace's .policylens.json leaves it alone, so the setting decides.
      await settings.update('rules', { 'term-reference': 'info' }, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(memo.uri, (all) => all.some((d) => ruleOf(d) === 'term-reference'));
      await settings.update('enable', false, vscode.ConfigurationTarget.Global);
      await waitFor(() => policyLensDiagnostics(memo.uri).length === 0, PATIENCE, 'no diagnostics once disabled');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
      await settings.update('enable', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(memo.uri, (all) => all.length > 0 && !all.some((d) => ruleOf(d) === 'term-reference'));
  });
});
