import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  PATIENCE,
  activateExtension,
  codeActionsAt,
  completionsAt,
  fixtureUri,
  hoversAt,
  hoverText,
  openFixture,
  positionOf,
  rangeOf,
  readFixture,
  resetEditors,
  waitFor,
  waitForDiagnostics,
  withFixture,
  writeFixture,
} from './helpers';

const PACK = 'team/office.policypack.json';
const MEMO = 'team/memo.md';
const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const ruleOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));
const isUndefined = (acronym: string) => (d: vscode.Diagnostic) => ruleOf(d) === 'acronym-undefined' && d.message.startsWith(`Define "${acronym}"`);
const undefinedAcronym = (acronym: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some(isUndefined(acronym));

suite('Team packs', () => {
  suiteSetup(activateExtension);
  teardown(resetEditors);

  test('a pack term gets a hover and a diagnostic with its expansion', async () => {
    const memo = await openFixture(MEMO);
    const finding = (await waitForDiagnostics(memo.uri, undefinedAcronym('APWG'))).find(isUndefined('APWG'));
    assert.match(finding?.message ?? '', /^Define "APWG" at its first use as "Advanced Packaging Working Group \(APWG\)"/);
    // A changed pack is reloaded when its file changes; the suite before this one may have just put it back.
    const hover = await waitFor(async () => {
      const text = hoverText(await hoversAt(memo, positionOf(memo, 'APWG')));
      return /tracks chip packaging capacity/.test(text) && text;
    }, PATIENCE, "the hover with the pack's own definition");
    assert.match(hover, /Advanced Packaging Working Group/);
  });

  test('pack terms are highlighted as semantic tokens, with the types the manifest maps to the grammar scopes', async () => {
    const memo = await openFixture(MEMO);
    await waitForDiagnostics(memo.uri);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', memo.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', memo.uri);
    assert.ok(legend && tokens, 'a semantic tokens provider answers for Markdown');
    const [deltaLine, deltaStart, length, type] = tokens.data;
    const start = positionOf(memo, 'APWG');
    assert.deepStrictEqual([deltaLine, deltaStart, length, legend.tokenTypes[type]], [start.line, start.character, 4, 'policyAcronym']);
    assert.strictEqual(tokens.data.length, 5, 'only the pack term: corpus terms are coloured by the grammar');
  });

  test('pack snippets are offered in completion', async () => {
    const memo = await openFixture(MEMO);
    await waitForDiagnostics(memo.uri);
    const end = positionOf(memo, 'pl-choke').translate(0, 'pl-choke'.length);
    const items = await completionsAt(memo, end);
    const snippet = items.find((item) => labelOf(item) === 'pl-chokepoint' && item.kind === vscode.CompletionItemKind.Snippet);
    assert.ok(snippet, `pl-chokepoint in ${items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf).join(', ')}`);
    assert.match((snippet.insertText as vscode.SnippetString).value, /\| \$\{1:Step\} \| \$\{2:Share\}% \|/);
  });

  test('an edited pack takes effect without reloading the window', async () => {
    const memo = await openFixture(MEMO);
    await waitForDiagnostics(memo.uri, undefinedAcronym('APWG'));
    await withFixture(PACK, (text) => text.replace('Advanced Packaging Working Group', 'Allied Packaging Working Group'), async () => {
      await waitForDiagnostics(memo.uri, (all) => all.some((d) => d.message.includes('"Allied Packaging Working Group (APWG)"')));
      await waitFor(async () => /Allied Packaging Working Group/.test(hoverText(await hoversAt(memo, positionOf(memo, 'APWG')))), PATIENCE, 'the hover to show the new expansion');
    });
    await waitForDiagnostics(memo.uri, (all) => all.some((d) => d.message.includes('"Advanced Packaging Working Group (APWG)"')));
  });

  test('a broken pack is reported in the pack file at its position, and memos keep the bundled glossary', async () => {
    const memo = await openFixture(MEMO);
    await withFixture(PACK, (text) => text.replace('"kind": "acronym"', '"kind": "initialism"'), async () => {
      const problems = await waitFor(() => {
        const found = vscode.languages.getDiagnostics(fixtureUri(PACK)).filter((d) => d.message.includes('terms[0].kind must be one of'));
        return found.length > 0 && found;
      }, PATIENCE, 'a diagnostic in the broken pack');
      assert.strictEqual(problems[0].range.start.line, 8);
      // The pack is left out: APWG is now an unknown acronym, and the corpus still works.
      await waitForDiagnostics(memo.uri, (all) => all.some((d) => d.message.startsWith('Define "APWG" at its first use as "Full Name (APWG)"')));
      assert.strictEqual(await vscode.commands.executeCommand('policyLens.validateTeamPacks'), 1);
      // The command's findings stay in the Problems panel (the reload it triggers must not clear them).
      await waitFor(() => vscode.languages.getDiagnostics(fixtureUri(PACK)).some((d) => d.message.includes('terms[0].kind must be one of')), PATIENCE, 'the validation result to stay');
    });
  });

  test('quick fix: add an unknown acronym to the team pack', async () => {
    const memo = await openFixture(MEMO);
    await vscode.window.showTextDocument(memo);
    const diagnostic = (await waitForDiagnostics(memo.uri, undefinedAcronym('QRSTU'))).find(isUndefined('QRSTU'))!;
    const actions = await codeActionsAt(memo, rangeOf(memo, 'QRSTU'));
    const toPack = actions.find((action) => action.title === 'Add "QRSTU" to team pack...');
    assert.ok(toPack?.command, `actions: ${actions.map((action) => action.title).join(', ')}`);
    assert.match(diagnostic.message, /^Define "QRSTU" at its first use as "Full Name \(QRSTU\)": the memo does not define it\.$/);
    assert.strictEqual(toPack.command.arguments?.[0], 'QRSTU');
    const original = await readFixture(PACK);
    try {
      const inputs = { pack: fixtureUri(PACK).toString(), expansion: 'Quarterly Review of Supply and Trade Unit', definition: 'The office unit that reviews supply and trade data every quarter.' };
      const written = await vscode.commands.executeCommand<vscode.Uri>(toPack.command.command, ...(toPack.command.arguments ?? []), inputs);
      assert.strictEqual(written?.toString(), fixtureUri(PACK).toString());
      const pack = JSON.parse(await readFixture(PACK)) as { terms: { term: string; expansion: string; sources: { id: string }[] }[] };
      assert.deepStrictEqual(pack.terms.map((term) => term.term), ['APWG', 'QRSTU']);
      assert.strictEqual(pack.terms[1].sources[0].id, 'office-glossary');
      await waitForDiagnostics(memo.uri, (all) => all.some((d) => d.message.includes('"Quarterly Review of Supply and Trade Unit (QRSTU)"')));
    } finally {
      await writeFixture(PACK, original);
    }
  });

  test('Create Team Pack scaffolds a pack from the acronyms a memo defines', async () => {
    const memo = await openFixture('team/defines.md').catch(async () => {
      await writeFixture('team/defines.md', '# Note\n\nThe Wafer Supply Council (WSC) and the Trade Promotion Authority (TPA) met.\n');
      return openFixture('team/defines.md');
    });
    await vscode.window.showTextDocument(memo);
    const created = await vscode.commands.executeCommand<vscode.Uri>('policyLens.createTeamPack', { name: 'scaffold-test', addToConfig: false });
    try {
      assert.ok(created, 'a pack was created');
      const pack = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(created))) as { name: string; terms: { term: string; expansion: string }[] };
      assert.strictEqual(pack.name, 'scaffold-test');
      assert.deepStrictEqual(pack.terms.map((term) => [term.term, term.expansion]), [['WSC', 'Wafer Supply Council']]);
      assert.strictEqual(await vscode.commands.executeCommand('policyLens.createTeamPack', { name: 'scaffold-test', addToConfig: false }), undefined, 'never overwrites');
    } finally {
      await resetEditors();
      if (created) await vscode.workspace.fs.delete(created);
      await vscode.workspace.fs.delete(fixtureUri('team/defines.md'));
    }
  });

  test('pack snippets move to and from .vscode/*.code-snippets', async () => {
    const original = await readFixture(PACK);
    const imported = await vscode.commands.executeCommand<vscode.Uri>('policyLens.importPackSnippets', fixtureUri(PACK).toString(), true);
    try {
      assert.strictEqual(imported?.toString(), fixtureUri('.vscode/office.code-snippets').toString());
      const text = await readFixture('.vscode/office.code-snippets');
      assert.match(text, /"scope": "markdown"/);
      assert.match(text, /"prefix": "pl-chokepoint"/);
      await writeFixture('.vscode/house.code-snippets', '{\n  // our own\n  "Sign-off": { "prefix": "pl-signoff", "body": "Cleared by ${1:name}" },\n  "Python main": { "scope": "python", "prefix": "main", "body": "x" }\n}\n');
      assert.strictEqual(await vscode.commands.executeCommand('policyLens.exportSnippetsAsPack', fixtureUri(PACK).toString()), 1);
      const pack = JSON.parse(await readFixture(PACK)) as { snippets: Record<string, { prefix: string }> };
      assert.deepStrictEqual(Object.keys(pack.snippets).sort(), ['Chokepoint table', 'Sign-off']);
    } finally {
      await writeFixture(PACK, original);
      await vscode.workspace.fs.delete(fixtureUri('.vscode'), { recursive: true });
    }
  });
});
