import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigSource } from '../../src/server/config-source';
import { CorpusSource } from '../../src/server/corpus-source';
import { uriPaths, type ServerFiles } from '../../src/server/files';
import { Memos } from '../../src/server/memos';
import { DEFAULT_SETTINGS } from '../../src/server/settings';
import { WorkspaceTrust } from '../../src/server/trust';

// An untitled memo has no folder, so no configuration or pack file is ever read.
const noFiles: ServerFiles = {
  ...uriPaths,
  read: () => Promise.reject(new Error('no file should be read')),
  list: () => Promise.resolve(undefined),
  exists: () => Promise.resolve(false),
};

/** Memos over the open documents of `open`, as the server keeps them (one TextDocument object per open). */
function memosOver(open: Map<string, TextDocument>): Memos {
  const trust = new WorkspaceTrust(true, () => undefined, (uri) => uri);
  return new Memos(
    new ConfigSource(noFiles, () => [], () => undefined),
    new CorpusSource(noFiles, () => undefined, trust, () => false),
    () => Promise.resolve({ ...DEFAULT_SETTINGS, debounceMs: 0 }),
    () => 'untitled:',
    trust,
    () => 60_000,
    (document) => open.get(document.uri) === document,
  );
}

const acronymsOf = (findings: readonly { ruleId: string; message: string }[]) =>
  findings.filter((finding) => finding.ruleId === 'acronym-undefined').map((finding) => /"([A-Z]+)"/.exec(finding.message)?.[1]);

// VS Code names a new untitled memo after one just closed ("Untitled-1"), and each starts at version 1.
describe('a memo closed and opened again under the same URI', () => {
  const uri = 'untitled:Untitled-1';

  it('is linted from its own text, although a request about the closed memo finished after the close', async () => {
    const open = new Map<string, TextDocument>();
    const memos = memosOver(open);
    const closed = TextDocument.create(uri, 'markdown', 1, 'The ZZAA agreed.\n');
    open.set(uri, closed);
    assert.deepEqual(acronymsOf((await memos.lint(closed))!.findings), ['ZZAA']);
    // A semantic-tokens or related-recommendations request about it started before the close and ends after it.
    const pending = memos.analysis(closed);
    open.delete(uri);
    memos.forget(uri);
    await pending;

    const reopened = TextDocument.create(uri, 'markdown', 1, 'The ZZBB agreed.\n');
    open.set(uri, reopened);
    assert.equal(memos.linted(reopened), undefined, 'a pull must not be answered "unchanged" with the closed memo\'s result');
    assert.deepEqual(acronymsOf((await memos.lint(reopened))!.findings), ['ZZBB']);
  });

  it('keeps its own lint and analysis when a request about the closed memo comes after it opened', async () => {
    const open = new Map<string, TextDocument>();
    const memos = memosOver(open);
    const closed = TextDocument.create(uri, 'markdown', 1, 'The ZZAA agreed.\n');
    const reopened = TextDocument.create(uri, 'markdown', 1, 'The ZZBB agreed.\n');
    open.set(uri, reopened);
    const linted = await memos.lint(reopened);
    const analysis = memos.latestAnalysis(reopened);

    const late = await memos.analysis(closed);
    assert.notEqual(late, analysis);
    assert.equal(memos.linted(reopened), linted);
    assert.equal(memos.latestAnalysis(reopened), analysis);
    assert.equal(await memos.lint(reopened), linted);
  });
});
