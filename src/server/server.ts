import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, PACK_FILE_SUFFIX, type PackProblem } from '../core/index';
import { HOVER_COMMANDS } from '../shared/commands';
import { codeActions } from './code-actions';
import { executeCommand } from './commands';
import { termCompletions } from './completion';
import { ConfigSource } from './config-source';
import { problemDiagnostic } from './convert';
import { CorpusSource } from './corpus-source';
import { DEFAULT_LINT_BUDGET_MS } from './budgeted-lint';
import { DiagnosticsPublisher, isMemo, pullDiagnostics, yieldToMessages } from './diagnostics';
import { isUri, normalizeUri, type ServerFiles } from './files';
import { termHover } from './hover';
import { Memos } from './memos';
import {
  FIX_ALL_KIND,
  RELATED_RECOMMENDATIONS_REQUEST,
  SEMANTIC_TOKENS_LEGEND,
  SERVER_COMMANDS,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type PolicyLensInitializationOptions,
  type RelatedRecommendationEntry,
  type RelatedRecommendationsParams,
} from '../shared/protocol';
import { relatedRecommendationEntries } from './related';
import { packTermTokens } from './semantic-tokens';
import { DEFAULT_SETTINGS, parseSettings, type ServerSettings } from './settings';
import { WorkspaceTrust } from './trust';
import { REVEAL_AFTER_MS, TypingTracker } from './typing';

/** The diagnostic provider's name, so a client can tell Policy Lens's pull results apart. */
const DIAGNOSTIC_PROVIDER_ID = 'policy-lens';

/**
 * Starts the Policy Lens language server on a connection: the same server for the Node bin (stdio,
 * IPC) and the Web Worker; `files` is how it reads configuration and pack files.
 */
export function startServer(connection: Connection, files: ServerFiles): void {
  const typing = new TypingTracker();
  const documents = new TextDocuments({ create: TextDocument.create, update: typing.update });
  let capabilities: ClientCapabilities = {};
  let roots: string[] = [];
  let clientCommands = new Set<string>();
  let initialSettings: ServerSettings = DEFAULT_SETTINGS;
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  /** Files that got configuration or pack problems, so fixing the file clears them. */
  const filesWithProblems = new Set<string>();

  const publishProblems = (uri: string, diagnostics: ReturnType<typeof problemDiagnostic>[]) => {
    if (!isUri(uri)) {
      for (const diagnostic of diagnostics) connection.console.warn(`Policy Lens: ${uri}: ${diagnostic.message}`);
      return;
    }
    if (diagnostics.length === 0 && !filesWithProblems.has(uri)) return;
    if (diagnostics.length > 0) filesWithProblems.add(uri);
    else filesWithProblems.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  };
  const rootOf = (uri: string) => roots.filter((root) => uri.startsWith(root.endsWith('/') ? root : `${root}/`)).sort((a, b) => b.length - a.length)[0];
  // A notification, not a request: a client that cannot show messages must not fail the lint.
  const trust = new WorkspaceTrust(true, (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }), (uri) => {
    const root = rootOf(uri);
    return decodeURIComponent(root ? uri.slice(root.replace(/\/+$/, '').length + 1) : uri);
  });
  const configs = new ConfigSource(files, () => roots, (uri, problems) => publishProblems(uri, problems.map(problemDiagnostic)));
  const corpora = new CorpusSource(files, (problems: readonly PackProblem[], loadedFiles) => {
    const byFile = new Map<string, PackProblem[]>(loadedFiles.map((file) => [file, []]));
    for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    for (const [file, list] of byFile) publishProblems(file, list.map(problemDiagnostic));
  }, trust, (uri) => rootOf(uri) !== undefined);
  const settingsFor = (uri: string): Promise<ServerSettings> => {
    if (!capabilities.workspace?.configuration) return Promise.resolve(initialSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyLens' }).then(parseSettings, () => initialSettings);
      settingsByUri.set(uri, settings);
    }
    return settings;
  };
  // Relative packs in the settings are relative to the document's workspace folder, else to its own folder.
  const settingsFolder = (uri: string) => rootOf(uri) ?? files.dirname(uri);
  let lintBudgetMs = DEFAULT_LINT_BUDGET_MS;
  const memos = new Memos(configs, corpora, settingsFor, settingsFolder, trust, () => lintBudgetMs, (document) => documents.get(document.uri) === document);
  const publisher = new DiagnosticsPublisher(connection, documents, memos, typing, settingsFor);
  let pull = false;
  /** Per memo, the timer that shows what is held back while a word is typed. */
  const revealTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const scheduleReveal = (uri: string) => {
    clearTimeout(revealTimers.get(uri));
    revealTimers.set(uri, setTimeout(() => {
      revealTimers.delete(uri);
      const document = documents.get(uri);
      if (!document || !typing.reveal(document)) return;
      if (!pull) publisher.republish(uri);
      else if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
    }, REVEAL_AFTER_MS));
  };

  /** Settings, a configuration file or a pack changed: forget what was loaded and lint the open memos again. */
  const configurationChanged = () => {
    settingsByUri.clear();
    memos.configurationChanged();
    // The packs may have changed, and with them the terms highlighted.
    if (capabilities.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
    if (!pull) publisher.scheduleAll();
    else if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    roots = (params.workspaceFolders ?? []).map((folder) => normalizeUri(folder.uri));
    if (roots.length === 0 && params.rootUri) roots = [normalizeUri(params.rootUri)];
    const options = (params.initializationOptions ?? {}) as PolicyLensInitializationOptions;
    clientCommands = new Set(Array.isArray(options.clientCommands) ? options.clientCommands.filter((command) => typeof command === 'string') : []);
    initialSettings = parseSettings(options.settings);
    trust.trusted = options.trusted !== false;
    if (typeof options.lintBudgetMs === 'number' && options.lintBudgetMs >= 0) lintBudgetMs = options.lintBudgetMs;
    pull = capabilities.textDocument?.diagnostic !== undefined && options.pushDiagnostics !== true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        ...(pull ? { diagnosticProvider: { identifier: DIAGNOSTIC_PROVIDER_ID, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'policy-lens-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // Packs installed from npm sit in node_modules; npm rewrites the lock file on every install or update.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: `**/*${PACK_FILE_SUFFIX}` }, { globPattern: '**/package-lock.json' }],
      });
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyLens' });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => normalizeUri(folder.uri)));
        roots = [...roots.filter((root) => !removed.has(root)), ...event.added.map((folder) => normalizeUri(folder.uri))];
        configurationChanged();
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    // Clients without workspace/configuration send the settings here.
    if (!capabilities.workspace?.configuration && params.settings && typeof params.settings === 'object') {
      initialSettings = parseSettings((params.settings as { policyLens?: unknown }).policyLens ?? params.settings);
    }
    configurationChanged();
  });
  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
    if (trust.trusted) return;
    trust.trusted = true;
    configurationChanged();
  });
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => /(\.policylens\.json|\.policypack\.json|package-lock\.json)$/.test(change.uri))) configurationChanged();
  });

  documents.onDidOpen((event) => {
    if (!pull) publisher.schedule(event.document.uri, 'open');
  });
  documents.onDidChangeContent((event) => {
    if (typing.typing(event.document)) scheduleReveal(event.document.uri);
    if (!pull) publisher.schedule(event.document.uri, 'change');
  });
  documents.onDidSave((event) => {
    const wasOverBudget = memos.saved(event.document.uri);
    if (!pull) publisher.schedule(event.document.uri, wasOverBudget ? 'open' : 'save');
    else if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
  });
  documents.onDidClose((event) => {
    memos.forget(event.document.uri);
    typing.forget(event.document.uri);
    clearTimeout(revealTimers.get(event.document.uri));
    if (!pull) publisher.clear(event.document.uri);
  });

  connection.languages.diagnostics.on((params, token) => pullDiagnostics(memos, typing, documents.get(params.textDocument.uri), params.previousResultId, token));

  connection.onHover(async (params, token) => {
    const document = await memoFor(params.textDocument.uri, token);
    return document ? termHover(memos, document, params.position, HOVER_COMMANDS.every((command) => clientCommands.has(command))) : null;
  });
  connection.onCompletion(async (params, token) => {
    const document = await memoFor(params.textDocument.uri, token);
    return document ? termCompletions(memos, document, params.position) : null;
  });
  connection.onCodeAction(async (params, token) => {
    const document = await memoFor(params.textDocument.uri, token);
    if (!document) return null;
    const actions = await codeActions(memos, document, params, clientCommands);
    if (token.isCancellationRequested) throw cancelled();
    return actions;
  });
  connection.languages.semanticTokens.on(async (params, token) => {
    const document = await memoFor(params.textDocument.uri, token);
    if (!document) return { data: [] };
    const [analysis, { corpus }] = await Promise.all([memos.analysis(document), memos.lintOptions(document)]);
    if (token.isCancellationRequested) throw cancelled();
    return packTermTokens(document, analysis, corpus.packTermIds);
  });
  connection.onRequest(RELATED_RECOMMENDATIONS_REQUEST, async (params: RelatedRecommendationsParams, token): Promise<RelatedRecommendationEntry[] | null> => {
    const uri = params?.textDocument?.uri;
    const document = typeof uri === 'string' ? await memoFor(uri, token) : undefined;
    return document ? relatedRecommendationEntries(await memos.analysis(document)) : null;
  });
  connection.onExecuteCommand((params) => executeCommand(connection, documents, memos, params.command, params.arguments ?? []));

  /**
   * The open memo a request is about, after the messages already received have been read; a request
   * the client cancelled meanwhile (the cursor moved on) ends here with RequestCancelled.
   */
  async function memoFor(uri: string, token: CancellationToken): Promise<TextDocument | undefined> {
    await yieldToMessages();
    if (token.isCancellationRequested) throw cancelled();
    const document = documents.get(uri);
    if (!document || !isMemo(document)) return undefined;
    await memos.lintOptions(document);
    if (token.isCancellationRequested) throw cancelled();
    return document;
  }

  documents.listen(connection);
  connection.listen();
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}
