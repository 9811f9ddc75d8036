import * as assert from 'assert';
import * as vscode from 'vscode';
import { PATIENCE, activateExtension, fixtureUri, hoversAt, openFixture, positionOf, readFixture, resetEditors, waitFor, withFixture } from './helpers';

const PACK = 'team/office.policypack.json';
const MEMO = 'team/memo.md';
const HOSTILE = '![](https://tracker.example/pixel.png) [passwd](file:///etc/passwd) [run](command:workbench.action.terminal.new) <img src="https://tracker.example/i.png"> https://bare.example';

/** Runs `body` with the team pack changed, and puts it back afterwards. */
function withPack(change: (pack: Record<string, any>) => void, body: () => Promise<void>): Promise<void> {
  return withFixture(PACK, (text) => {
    const pack = JSON.parse(text) as Record<string, any>;
    change(pack);
    return JSON.stringify(pack, null, 2);
  }, body);
}

// Issue 13: a team pack is data from whoever wrote it; in the editor it can neither render nor run anything.
suite('Hostile team packs', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a hover shows a pack definition as text: no image, no link but our commands and the https source', async () => {
    const memo = await openFixture(MEMO);
    await withPack((pack) => {
      // All of it within the 180 characters a hover shows of a one-sentence definition, the bare address first.
      pack.terms[0].definition = `See https://bare.example ${HOSTILE.replace(' https://bare.example', '')}`;
      pack.sources[0].url = 'https://good.example/glossary) ![](https://tracker.example/p.png';
    }, async () => {
      const hover = await waitFor(async () => {
        const [first] = await hoversAt(memo, positionOf(memo, 'APWG'));
        const content = first?.contents[0];
        return content instanceof vscode.MarkdownString && content.value.includes('See https') && content;
      }, PATIENCE, 'the hover with the changed definition');
      const markdown = hover.value;
      // Every bracket, bang and angle bracket from the pack is escaped, so no image, link or tag can form.
      assert.ok(markdown.includes('See https\\://bare.example \\!\\[\\](https\\://tracker.example/pixel.png) \\[passwd\\](file\\:///etc/passwd) \\[run\\](command:workbench.action.terminal.new) \\<img src="https\\://tracker.example/i.png"\\>'), markdown);
      // The source's address is one link destination: its ")" is encoded, so it cannot end the link and start an image.
      assert.match(markdown, /\]\(https:\/\/good\.example\/glossary%29[^)\s]*\)( \(|$)/m);
      assert.match(markdown, /https\\:\/\/bare\.example/, 'a bare address is not linked');
      assert.deepStrictEqual(hover.isTrusted, { enabledCommands: ['policyLens.insertRecommendation', 'policyLens.showRelatedRecommendations', 'policyLens.showRecommendation', 'policyLens.explainTerm'] });
      assert.strictEqual(hover.supportHtml ?? false, false);
    });
  });

  test('Import Pack Snippets scopes every snippet to Markdown, whatever scope the pack gives it', async () => {
    await withPack((pack) => {
      pack.snippets['Chokepoint table'].scope = 'shellscript,javascript,python';
    }, async () => {
      const imported = await vscode.commands.executeCommand<vscode.Uri>('policyLens.importPackSnippets', fixtureUri(PACK).toString(), true);
      try {
        const snippets = JSON.parse((await readFixture('.vscode/office.code-snippets')).replace(/^\/\/.*\n/, '')) as Record<string, { scope: string }>;
        assert.deepStrictEqual(Object.values(snippets).map((snippet) => snippet.scope), ['markdown']);
      } finally {
        if (imported) await vscode.workspace.fs.delete(fixtureUri('.vscode'), { recursive: true });
      }
    });
  });
});
