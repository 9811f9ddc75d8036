import * as assert from 'assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import { activateExtension, EXTENSION_ID, fixtureUri, getExtension, openFixture, resetEditors, workspaceRoot } from './helpers';
import { expectedHost, nodeHasLoaded } from '../host';

suite('Smoke', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  suiteTeardown(resetEditors);

  test(`runs in VS Code ${expectedHost.vscodeVersion}, ${expectedHost.kind} extension host`, () => {
    if (expectedHost.kind === 'web') {
      assert.match(vscode.version, /^1\.91\./);
    } else {
      assert.strictEqual(vscode.version, expectedHost.vscodeVersion);
      const main = vscode.Uri.joinPath(getExtension().extensionUri, getExtension().packageJSON.main).fsPath;
      assert.ok(nodeHasLoaded(main), `the extension's main entry ${main} was loaded by Node`);
    }
  });

  test('loads and activates Policy Lens', async () => {
    const extension = getExtension();
    assert.strictEqual(extension.id, EXTENSION_ID);
    const api = await extension.activate();
    assert.ok(extension.isActive, 'extension is active');
    assert.ok(api && api.memos && api.relatedView, 'activate() returns the API');
    assert.strictEqual(api.client.state, State.Running, 'the language server is running');
    // Measured, not asserted: the runner's output carries it into the benchmark notes.
    console.log(`      activation: ${api.activationMs.toFixed(1)} ms from loading the bundle to the end of activate()`);
  });

  test('opens the fixture workspace', async () => {
    const root = workspaceRoot();
    const entries = await vscode.workspace.fs.readDirectory(root);
    const names = entries.map(([name]) => name);
    assert.ok(names.includes('memo.md'), `memo.md in ${root.toString(true)}: ${names.join(', ')}`);
    assert.ok(names.includes('.policylens.json'), '.policylens.json in the workspace');
  });

  test('opens a fixture memo as Markdown', async () => {
    const document = await openFixture('memo.md');
    assert.strictEqual(document.languageId, 'markdown');
    assert.strictEqual(document.uri.toString(), fixtureUri('memo.md').toString());
    assert.match(document.getText(), /Trade and Technology\s+Councel \(TTC\)/);
  });
});
