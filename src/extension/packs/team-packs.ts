import * as vscode from 'vscode';
import {
  buildTeamCorpus,
  bundledCorpus,
  getBundledIndex,
  loadPacks,
  PACK_FILE_SUFFIX,
  parsePack,
  type PackProblem,
  type PackReference,
  type PolicyLensConfig,
  type TeamSnippet,
  type TermIndex,
} from '../../core/index';
import type { Log } from '../log';
import type { ProjectConfigs } from '../project-config';
import { readSettings } from '../settings';
import { problemDiagnostics } from './pack-diagnostics';
import { absoluteReference, isUri, workspaceFileHost } from '../workspace-file-host';

/** Where problems with packs named in the user setting come from; not a file. */
const SETTING_ORIGIN = 'the policyLens.packs setting';

/** The corpus a document sees: the bundled one with its packs applied. */
export interface DocumentCorpus {
  readonly index: TermIndex;
  readonly configLayers: readonly PolicyLensConfig[];
  readonly snippets: readonly TeamSnippet[];
  /** The URIs of the packs that loaded, in order. */
  readonly packUris: readonly vscode.Uri[];
}

/** The corpus of a document without packs. */
export const BUNDLED: DocumentCorpus = { index: getBundledIndex(), configLayers: [], snippets: [], packUris: [] };

/**
 * Loads the team packs that apply to each document: those of the user setting `policyLens.packs`,
 * then those of the nearest `.policylens.json`. Packs reload when a pack file or a configuration
 * changes, without reloading the window. The language server loads the same packs for its features
 * and shows their problems in the pack files; this copy serves the extension's views and pack
 * commands, and checks a pack open in an editor as it is typed. In an untrusted workspace, packs
 * from the workspace wait until the user trusts it (the server says so once).
 */
export class TeamPacks implements vscode.Disposable {
  private readonly corpora = new Map<string, Promise<DocumentCorpus>>();
  private readonly watched = new Map<string, vscode.FileSystemWatcher>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly told = new Set<string>();
  /** Fires when packs may have changed: open memos should re-lint. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly configs: ProjectConfigs, private readonly problems: vscode.DiagnosticCollection, private readonly log: Log) {
    const changed = (uri: vscode.Uri) => {
      if (uri.path.endsWith(PACK_FILE_SUFFIX) || this.watched.has(uri.toString())) this.reload();
    };
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${PACK_FILE_SUFFIX}`);
    // Packs installed from npm sit in node_modules, which VS Code does not watch; npm rewrites the lock file on every install or update.
    const lockFiles = vscode.workspace.createFileSystemWatcher('**/package-lock.json');
    this.disposables.push(
      watcher,
      lockFiles,
      lockFiles.onDidChange(() => this.reload()),
      lockFiles.onDidCreate(() => this.reload()),
      this.changeEmitter,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidSaveTextDocument((document) => changed(document.uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.checkOpenPack(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.checkOpenPack(event.document)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('policyLens.packs')) this.reload();
      }),
      configs.onDidChange(() => this.reload()),
    );
  }

  /** The corpus for a document, loading its packs once per configuration until something changes. */
  corpusFor(uri: vscode.Uri): Promise<DocumentCorpus> {
    return this.configs.forDocument(uri).then((project) => {
      const settingPacks = readSettings(uri).packs;
      const projectPacks = project.uri ? project.config.packs ?? [] : [];
      if (settingPacks.length === 0 && projectPacks.length === 0) return BUNDLED;
      const settingsFolder = this.settingsFolder(uri);
      const key = [project.uri?.toString() ?? '', settingsFolder, ...settingPacks].join('\n');
      let corpus = this.corpora.get(key);
      if (!corpus) {
        const references = [
          ...settingPacks.map((reference): PackReference => ({ reference: absoluteReference(reference), folder: settingsFolder, origin: { file: SETTING_ORIGIN, line: 1, column: 1 } })),
          ...projectPacks.map((reference, i): PackReference => ({
            reference: absoluteReference(reference),
            folder: vscode.Uri.joinPath(project.uri!, '..').toString(),
            origin: { file: project.uri!.toString(), ...(project.packPositions?.[i] ?? { line: 1, column: 1 }) },
          })),
        ];
        corpus = this.load(references);
        this.corpora.set(key, corpus);
      }
      return corpus;
    });
  }

  /** Every pack file loaded for any document so far. */
  async loadedPacks(): Promise<vscode.Uri[]> {
    const corpora = await Promise.all(this.corpora.values());
    const unique = new Map(corpora.flatMap((corpus) => corpus.packUris).map((uri) => [uri.toString(), uri]));
    return [...unique.values()];
  }

  /**
   * Forgets every loaded pack, so the next lint loads them afresh (and reports their problems again;
   * packs open in an editor keep their live check).
   */
  reload(): void {
    this.corpora.clear();
    this.problems.clear();
    for (const document of vscode.workspace.textDocuments) this.checkOpenPack(document);
    this.changeEmitter.fire();
  }

  private async load(references: readonly PackReference[]): Promise<DocumentCorpus> {
    const trusted = vscode.workspace.isTrusted;
    const allowed = trusted ? references : references.filter((reference) => !this.isInWorkspace(reference));
    let loaded;
    try {
      loaded = await loadPacks(allowed, workspaceFileHost, bundledCorpus);
    } catch (error) {
      // Whatever went wrong, memos keep the bundled glossary.
      this.log.failure('loading team packs', error);
      return BUNDLED;
    }
    const { packs, problems } = loaded;
    const team = buildTeamCorpus(bundledCorpus, packs);
    this.logProblems([...problems, ...team.conflicts]);
    const packUris = packs.map((pack) => vscode.Uri.parse(pack.file));
    for (const uri of packUris) this.watch(uri);
    return { index: team.index, configLayers: team.configLayers, snippets: team.snippets, packUris };
  }

  /** The server shows load problems in the pack files; here they are logged, and a problem with the user setting (no file to show it in) is said once. */
  private logProblems(problems: readonly PackProblem[]): void {
    for (const problem of problems) {
      this.log.problem(`${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`);
      if (!isUri(problem.file)) this.tellOnce(`Policy Lens: ${problem.file}: ${problem.message}`);
    }
  }

  /** Checks a pack open in an editor as it is typed, so mistakes show before it is saved. */
  private checkOpenPack(document: vscode.TextDocument): void {
    if (!document.uri.path.endsWith(PACK_FILE_SUFFIX)) return;
    const { problems } = parsePack(document.getText(), document.uri.toString(), bundledCorpus);
    this.problems.set(document.uri, problemDiagnostics(problems));
  }

  /** Packs outside the workspace (a file outside it, named in the user setting) get their own watcher. */
  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watched.has(key) || vscode.workspace.getWorkspaceFolder(uri)) return;
    const folder = vscode.Uri.joinPath(uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, uri.path.slice(folder.path.length + 1)));
    watcher.onDidChange(() => this.reload());
    watcher.onDidDelete(() => this.reload());
    this.watched.set(key, watcher);
  }

  private isInWorkspace(reference: PackReference): boolean {
    const target = isUri(reference.reference) ? vscode.Uri.parse(reference.reference) : vscode.Uri.parse(reference.folder);
    return vscode.workspace.getWorkspaceFolder(target) !== undefined || reference.origin.file !== SETTING_ORIGIN;
  }

  /** Problems with the user setting have no file to show them in: a message, once per text. */
  private tellOnce(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    void vscode.window.showWarningMessage(message);
  }

  /** Relative packs in the user setting are relative to the document's workspace folder. */
  private settingsFolder(uri: vscode.Uri): string {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    return (folder?.uri ?? vscode.Uri.joinPath(uri, '..')).toString();
  }

  dispose(): void {
    for (const watcher of this.watched.values()) watcher.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
