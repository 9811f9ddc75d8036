import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReviewReportResult } from '../../../src/extension/review-report';
import { PATIENCE, activateExtension, resetEditors, showFixture, waitFor } from './helpers';
import type { PolicyLensApi } from '../../../src/extension/extension';

/** The command URIs of the finding links in the page, decoded to their arguments. */
function findingLinks(html: string): unknown[][] {
  return [...html.matchAll(/<a href="command:policyLens\.revealFinding\?([^"]+)">/g)].map((match) => JSON.parse(decodeURIComponent(match[1].replace(/&#39;/g, "'"))));
}

suite('Review report', () => {
  let api: PolicyLensApi;
  suiteSetup(async () => {
    api = await activateExtension();
  });
  teardown(async () => {
    api.reviewReport.dispose();
    await resetEditors();
  });

  test('Open Review Report shows the active memo in a webview with a restrictive policy and its findings', async () => {
    const editor = await showFixture('memo.md');
    const result = await vscode.commands.executeCommand<ReviewReportResult>('policyLens.openReviewReport');
    assert.strictEqual(result.memos, 1);
    const panel = api.reviewReport.current;
    assert.ok(panel, 'a panel is open');
    assert.strictEqual(panel.webview.html, result.html);
    assert.strictEqual(panel.webview.options.enableScripts, false);
    assert.deepStrictEqual(panel.webview.options.enableCommandUris, ['policyLens.revealFinding']);
    const html = panel.webview.html;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src [^"]+ &#39;unsafe-inline&#39;/);
    assert.ok(!/<script/i.test(html), 'no script');
    assert.ok(html.includes('<code>memo.md</code>'));
    // The memo's own findings: the missing Options section and the undefined USTR (the date an authority lapsed is not a claim to source).
    assert.ok(html.includes('Add an &#34;Options&#34; section'), 'memo-structure');
    assert.ok(html.includes('Define &#34;USTR&#34; at its first use'), 'acronym-undefined');
    const links = findingLinks(html);
    assert.strictEqual(links.length, result.findings);
    assert.ok(links.every((args) => args[0] === editor.document.uri.toString()));
  });

  test('a finding link reveals the finding in the memo', async () => {
    const editor = await showFixture('memo.md');
    const { html } = await vscode.commands.executeCommand<ReviewReportResult>('policyLens.openReviewReport');
    const text = editor.document.getText();
    const finding = findingLinks(html).find((args) => {
      const [, line, column, endLine, endColumn] = args as number[];
      const range = new vscode.Range(line, column, endLine, endColumn);
      return editor.document.getText(range) === 'USTR';
    });
    assert.ok(finding, `a link to "USTR" in ${text.length} characters`);
    await vscode.commands.executeCommand('policyLens.revealFinding', ...finding);
    const selected = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.toString() === editor.document.uri.toString() && active.document.getText(active.selection);
    }, PATIENCE, 'the finding selected');
    assert.strictEqual(selected, 'USTR');
  });

  test('without a Markdown editor, the report covers the workspace memos', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const result = await vscode.commands.executeCommand<ReviewReportResult>('policyLens.openReviewReport');
    assert.ok(result.memos >= 2, `${result.memos} memos`);
    assert.ok(result.html.includes('<code>memo.md</code>') && result.html.includes('<code>brief.md</code>'));
  });
});
