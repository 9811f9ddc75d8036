import * as assert from 'assert';
import { activateExtension, hoversAt, hoverText, openFixture, positionOf, resetEditors, showScratchMemo } from './helpers';

suite('Hover', () => {
  suiteSetup(activateExtension);
  suiteTeardown(resetEditors);

  test('TPA shows its expansion, definition, status, source and linked recommendations', async () => {
    const document = await openFixture('memo.md');
    const text = hoverText(await hoversAt(document, positionOf(document, 'TPA)').translate(0, 1)));
    assert.match(text, /^\*\*TPA\*\* — Trade Promotion Authority\n/);
    assert.match(text, /\nCurrent \(as of \d{4}-\d{2}-\d{2}\)\n/);
    assert.match(text, /\nSources?: /);
    assert.match(text, /\*\*Recommendations\*\*( \(\d+ of \d+\))? · \[All related\]/);
    assert.match(text, /\[Insert\]\(command:policyLens\.insertRecommendation\?/);
  });

  test('DFFT shows Data Free Flow with Trust', async () => {
    const document = await openFixture('memo.md');
    const text = hoverText(await hoversAt(document, positionOf(document, 'DFFT projects')));
    assert.match(text, /\*\*DFFT\*\* — Data Free Flow with Trust/);
  });

  test('O-RAN shows Open Radio Access Network, across its hyphen', async () => {
    const document = await openFixture('memo.md');
    const text = hoverText(await hoversAt(document, positionOf(document, 'O-RAN field').translate(0, 3)));
    assert.match(text, /\*\*O-RAN\*\* — Open Radio Access Network/);
  });

  test('an outdated term says what replaced it', async () => {
    const document = await openFixture('memo.md');
    const text = hoverText(await hoversAt(document, positionOf(document, 'Privacy Shield')));
    assert.match(text, /Superseded since 2020-07-16 by EU-U\.S\. Data Privacy Framework/);
  });

  test('no hover in code, URLs or front matter', async () => {
    const editor = await showScratchMemo(['---', 'title: TPA notes', '---', '', 'Prose about TPA.', '', '```', 'TPA in code', '```', '', 'See `TPA` and <https://example.org/TPA>.', ''].join('\n'));
    const document = editor.document;
    const ours = async (text: string, occurrence = 0) => hoverText(await hoversAt(document, positionOf(document, text, occurrence))).includes('Trade Promotion Authority');
    assert.strictEqual(await ours('TPA notes'), false, 'front matter');
    assert.strictEqual(await ours('TPA.'), true, 'prose');
    assert.strictEqual(await ours('TPA in code'), false, 'fenced code');
    assert.strictEqual(await ours('TPA`'), false, 'inline code');
    assert.strictEqual(await ours('TPA>'), false, 'URL');
  });
});
