import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, DIAGNOSTIC_SOURCE, parseConfig, RULE_IDS, type ConfigProblem, type PolicyLensConfig, type Position } from '../core/index';

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
 * Finds the `.policylens.json` nearest a document, walking up to its workspace folder. Files are read
 * through `vscode.workspace.fs`, so this works on vscode.dev too; results are cached until a config
 * file changes. Problems in a config file are shown as diagnostics on that file.
 */
export class ProjectConfigs implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<ProjectConfig>>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when any `.policylens.json` is created, changed or deleted. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const changed = () => {
      this.byFolder.clear();
      this.changeEmitter.fire();
    };
    watcher.onDidChange(changed, undefined, this.disposables);
    watcher.onDidCreate(changed, undefined, this.disposables);
    watcher.onDidDelete((uri) => {
      this.problems.delete(uri);
      changed();
    }, undefined, this.disposables);
    // Unsaved edits to a config file matter once saved; the watcher sees the save too, but not in every file system.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) changed();
    }, undefined, this.disposables);
    this.disposables.push(watcher, this.changeEmitter);
  }

  /** The configuration that applies to a document. */
  forDocument(uri: vscode.Uri): Promise<ProjectConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve(NONE);
    return this.forFolder(parentOf(uri), folder.uri);
  }

  /** Where a new `.policylens.json` for a document should go: the nearest existing one, else the workspace folder root. */
  async targetFor(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const existing = await this.forDocument(uri);
    if (existing.uri) return existing.uri;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME) : undefined;
  }

  private forFolder(folder: vscode.Uri, root: vscode.Uri): Promise<ProjectConfig> {
    const key = folder.toString();
    let found = this.byFolder.get(key);
    if (!found) {
      found = this.read(vscode.Uri.joinPath(folder, CONFIG_FILE_NAME)).then((config) => {
        if (config) return config;
        if (folder.path === root.path || folder.path.length <= root.path.length) return NONE;
        return this.forFolder(parentOf(folder), root);
      });
      this.byFolder.set(key, found);
    }
    return found;
  }

  private async read(uri: vscode.Uri): Promise<ProjectConfig | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
    const { config, problems, packPositions } = parseConfig(new TextDecoder().decode(bytes), uri.toString(), RULE_IDS);
    this.problems.set(uri, problems.map((problem) => {
      const position = new vscode.Position(problem.line - 1, problem.column - 1);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position), problem.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      return diagnostic;
    }));
    return { uri, config, problems, packPositions };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function parentOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}
