import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, ConfigLookup, type ConfigProblem, type LoadedConfig, type PolicyLensConfig, type Position } from '../core/index';
import type { Log } from './log';
import { workspaceFileHost } from './workspace-file-host';

/** A `.policylens.json` as read through `vscode.workspace.fs`. */
export interface ProjectConfig {
  readonly uri?: vscode.Uri;
  readonly config: PolicyLensConfig;
  readonly problems: readonly ConfigProblem[];
  /** Where each of `config.packs` is named in the file. */
  readonly packPositions?: readonly Position[];
}

const NONE: ProjectConfig = { config: {}, problems: [] };

/**
 * The `.policylens.json` that applies to a document, found by the engine's one configuration lookup
 * (the CLI uses the same), so a memo lints the same in the editor and in CI. Files are read through
 * `vscode.workspace.fs`, so this works on vscode.dev too; results are cached until a config file
 * changes. The extension's commands use it (allow-list, packs); problems in a config file are shown
 * by the language server, and logged here.
 */
export class ProjectConfigs implements vscode.Disposable {
  // A virtual file system (vscode.dev) has no .git to mark the repository root: its workspace folder is the top.
  private readonly lookup = new ConfigLookup(workspaceFileHost, undefined, (folder) => !folder.startsWith('file:') && vscode.workspace.workspaceFolders?.some((workspace) => workspace.uri.toString() === folder) === true);
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Configurations whose problems are logged: each once until a configuration changes (the lookup caches what it read). */
  private shown = new WeakSet<LoadedConfig>();
  /** Fires when any `.policylens.json` is created, changed or deleted. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const changed = () => {
      this.lookup.clear();
      this.shown = new WeakSet();
      this.changeEmitter.fire();
    };
    watcher.onDidChange(changed, undefined, this.disposables);
    watcher.onDidCreate(changed, undefined, this.disposables);
    watcher.onDidDelete(changed, undefined, this.disposables);
    // Unsaved edits to a config file matter once saved; the watcher sees the save too, but not in every file system.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) changed();
    }, undefined, this.disposables);
    this.disposables.push(watcher, this.changeEmitter);
  }

  /** The configuration that applies to a document in a workspace folder; a document outside every folder has none. */
  async forDocument(uri: vscode.Uri): Promise<ProjectConfig> {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return NONE;
    const loaded = await this.lookup.forFile(uri.toString());
    return loaded.file ? this.show(loaded, loaded.file) : NONE;
  }

  /** Where a new `.policylens.json` for a document should go: the nearest existing one, else the workspace folder root. */
  async targetFor(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const existing = await this.forDocument(uri);
    if (existing.uri) return existing.uri;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME) : undefined;
  }

  private show(loaded: LoadedConfig, file: string): ProjectConfig {
    const uri = vscode.Uri.parse(file);
    if (!this.shown.has(loaded)) {
      this.shown.add(loaded);
      for (const problem of loaded.problems) this.log.problem(`${file}:${problem.line}:${problem.column}: ${problem.message}`);
    }
    return { uri, config: loaded.config, problems: loaded.problems, packPositions: loaded.packPositions };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
