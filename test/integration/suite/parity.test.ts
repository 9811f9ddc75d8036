import * as assert from 'assert';
import * as vscode from 'vscode';
import { PATIENCE, activateExtension, openFixture, policyLensDiagnostics, resetEditors, waitFor } from './helpers';

/** What the built CLI found in each memo of this workspace (scripts/build-integration-tests.mjs runs it). */
declare const POLICY_LENS_CLI_FINDINGS: Record<string, { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number }[]>;

const SEVERITY: Record<number, string> = { [vscode.DiagnosticSeverity.Error]: 'error', [vscode.DiagnosticSeverity.Warning]: 'warning', [vscode.DiagnosticSeverity.Information]: 'info' };

function shape(diagnostic: vscode.Diagnostic) {
  const { start, end } = diagnostic.range;
  return {
    ruleId: String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code),
    severity: SEVERITY[diagnostic.severity],
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

// Runs after the Commands suite, which needs brief.md never opened. Issue 13: the CLI and the extension share one configuration lookup, so a memo lints the same in CI and in the editor.
suite('Editor and CLI agree', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('every memo of the workspace has the findings `policy-lens lint` gives in CI, with the nearest .policylens.json and its packs', async () => {
    const files = Object.keys(POLICY_LENS_CLI_FINDINGS).sort();
    assert.ok(files.includes('team/memo.md') && files.includes('memo.md'), `the CLI linted ${files.join(', ')}`);
    for (const file of files) {
      const expected = POLICY_LENS_CLI_FINDINGS[file];
      const document = await openFixture(file);
      const order = (a: { line: number; column: number; ruleId: string }, b: typeof a) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
      const sorted = [...expected].sort(order);
      let seen: ReturnType<typeof shape>[] = [];
      try {
        await waitFor(() => {
          seen = policyLensDiagnostics(document.uri).map(shape).sort(order);
          return JSON.stringify(seen) === JSON.stringify(sorted);
        }, PATIENCE, `the diagnostics of ${file} to match the CLI`);
      } catch {
        assert.deepStrictEqual(seen, sorted, file);
      }
    }
  });
});
