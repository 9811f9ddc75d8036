// Helpers for the integration suites. They run inside the extension host, web worker or node, so they use
// only the `vscode` API: no Node built-ins.
//
// Fixture files live in test/integration/workspace/, which is opened as the (only) workspace folder:
//   web (npm run test:integration):  vscode-test-web://mount/   (an in-memory copy: writes never reach the disk)
//   desktop (npm run test:electron): file:///<tmp copy of test/integration/workspace>/
// Always build fixture URIs with fixtureUri(), never by hand.
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension/extension';
import { EXTENSION_ID } from '../../../src/extension/constants';
import { DIAGNOSTIC_SOURCE } from '../../../src/core/constants';

export { DIAGNOSTIC_SOURCE, EXTENSION_ID };

/** The Policy Lens extension, failing clearly if VS Code did not load it. */
export function getExtension(): vscode.Extension<PolicyLensApi> {
  const extension = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`Extension ${EXTENSION_ID} is not loaded (is extensionDevelopmentPath the repository root?).`);
  }
  return extension;
}

/** Activates Policy Lens (a no-op once active) and returns what activate() returned. Call it in suiteSetup. */
export async function activateExtension(): Promise<PolicyLensApi> {
  return getExtension().activate();
}

/** The fixture workspace folder's URI. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('No workspace folder is open: the runner should open test/integration/workspace.');
  }
  return folder.uri;
}

/** The URI of a fixture file, e.g. fixtureUri('memo.md') or fixtureUri('sub', 'note.md'). */
export function fixtureUri(...pathSegments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...pathSegments.flatMap((segment) => segment.split('/')));
}

/** Opens a fixture file as a TextDocument without showing it. */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixtureUri(relativePath));
}

/** Opens a fixture file in an editor (the active one unless options say otherwise). */
export async function showFixture(relativePath: string, options?: vscode.TextDocumentShowOptions): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await openFixture(relativePath), options);
}

/** The documents showScratchMemo handed out, to know one when VS Code hands it out again. */
const scratchMemos = new WeakSet<vscode.TextDocument>();

/**
 * Opens an untitled Markdown document with the given content in an editor, once its diagnostics are no
 * older than that text.
 *
 * VS Code names the memo after the first free "Untitled-N". A scratch memo closed just before may still be
 * open in this host under that name; then the call hands back that memo, with its old text, and the new
 * text never reaches this host (seen on a loaded machine: 120 s). Such a memo is left alone and the next
 * free name is taken. Under a reused name the old memo's problems also stay until the server's next
 * publication, so this waits for one diagnostics update made while the name held the new text.
 */
export async function showScratchMemo(content: string): Promise<vscode.TextEditor> {
  const holdsContent = (name: string) =>
    vscode.workspace.textDocuments.some((candidate) => candidate.uri.toString() === name && !candidate.isClosed && candidate.getText() === content);
  const updatedWhileHeld = new Set<string>();
  const listener = vscode.languages.onDidChangeDiagnostics((event) => {
    for (const uri of event.uris) if (holdsContent(uri.toString())) updatedWhileHeld.add(uri.toString());
  });
  try {
    const document = await openNewUntitledMemo(content);
    scratchMemos.add(document);
    const name = document.uri.toString();
    await waitFor(() => updatedWhileHeld.has(name), PATIENCE, `diagnostics of ${name} made for the scratch memo's text`);
    return await vscode.window.showTextDocument(document);
  } finally {
    listener.dispose();
  }
}

/** An untitled Markdown memo with `content` that no earlier scratch memo held: a stale one handed back is skipped. */
async function openNewUntitledMemo(content: string): Promise<vscode.TextDocument> {
  const stale: string[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const opened = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    if (!scratchMemos.has(opened) && !opened.isClosed && opened.getText() === content) return opened;
    stale.push(opened.uri.toString());
  }
  throw new Error(`VS Code handed back earlier memos instead of a new one: ${stale.join(', ')}`);
}

/** Reads a fixture file's current content (in the web run, the in-memory copy, including earlier writes). */
export async function readFixture(relativePath: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(relativePath)));
}

/** Writes (creates or replaces) a fixture file. Restore it afterwards: later suites see the change. */
export async function writeFixture(relativePath: string, content: string): Promise<vscode.Uri> {
  const uri = fixtureUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long a test waits for something that should happen before calling it a hang: long, because a loaded
 * 2-core machine must pass, and below mocha's per-test timeout (DEFAULT_TEST_TIMEOUT, 180 s). Speed is
 * measured by the benchmarks, never by these waits.
 */
export const PATIENCE = 120_000;

/**
 * Polls `condition` every `intervalMs` until it returns a truthy value, and returns that value.
 * Rejects after `timeoutMs` with `message`.
 *
 *   await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, PATIENCE, 'diagnostics');
 */
export async function waitFor<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = PATIENCE,
  message = 'condition',
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}${cause}`);
    }
    await sleep(intervalMs);
  }
}

/** The Policy Lens diagnostics of a document (those whose source is DIAGNOSTIC_SOURCE). */
export function policyLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

/**
 * Waits until the document has Policy Lens diagnostics that satisfy `predicate` (by default: at least one)
 * and returns them. Diagnostics are debounced, so always wait; never read them right after an edit.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
  timeoutMs = PATIENCE,
): Promise<vscode.Diagnostic[]> {
  let last: vscode.Diagnostic[] = [];
  try {
    return await waitFor(() => {
      last = policyLensDiagnostics(uri);
      return predicate(last) && last;
    }, timeoutMs, `diagnostics of ${uri.toString(true)}`);
  } catch (error) {
    const seen = last.map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${String(typeof d.code === 'object' ? d.code.value : d.code)} ${d.message}`);
    throw new Error(`${(error as Error).message}; last seen ${last.length}:\n${seen.join('\n')}`);
  }
}

/** The position of the `occurrence`-th (0-based) match of `text` in the document; throws if absent. */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    if (offset < 0) {
      throw new Error(`"${text}" occurs ${i} time(s) in ${document.uri.toString(true)}; wanted occurrence ${occurrence}.`);
    }
  }
  return document.positionAt(offset);
}

/** The range of the `occurrence`-th (0-based) match of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const start = positionOf(document, text, occurrence);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + text.length));
}

/** Runs `body` with a fixture file changed, and puts the file back afterwards. */
export async function withFixture(path: string, change: (text: string) => string, body: () => Promise<void>): Promise<void> {
  const original = await readFixture(path);
  try {
    await writeFixture(path, change(original));
    await body();
  } finally {
    await writeFixture(path, original);
  }
}

/** Runs the hover providers at a position, as VS Code does (vscode.executeHoverProvider). */
export async function hoversAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
}

/** The plain text (markdown source) of hovers, joined, for assertions. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Runs the completion providers at a position (vscode.executeCompletionItemProvider). */
export async function completionsAt(document: vscode.TextDocument, position: vscode.Position, triggerCharacter?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, triggerCharacter);
  return list?.items ?? [];
}

/** Runs the code-action providers on a range (vscode.executeCodeActionProvider), e.g. a diagnostic's range. */
export async function codeActionsAt(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind)) ?? [];
}

/**
 * Reverts every unsaved change and closes every editor, so each test starts clean. Use it in teardown of
 * suites that edit documents: an edited fixture stays edited (in memory) for later suites otherwise.
 */
export async function resetEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
