import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';
import { DIAGNOSTIC_SOURCE } from '../core/index';
import { RELATED_RECOMMENDATIONS_REQUEST, SERVER_COMMANDS, type RelatedRecommendationEntry, type RelatedRecommendationsParams } from '../shared/protocol';
import { clientOptions, startClient, type ClientFactory } from './client/language-client';
import { addToAllowList } from './commands/allow-list';
import { explainTerm } from './commands/explain-term';
import { lintWorkspace } from './commands/lint-workspace';
import { addAcronymToPack, type AddToPackInputs } from './commands/packs/add-to-pack';
import { createTeamPack, type CreatePackInputs } from './commands/packs/create-pack';
import { exportSnippetsAsPack, importPackSnippets } from './commands/packs/pack-snippets';
import { validateTeamPacks } from './commands/packs/validate-packs';
import { insertRecommendation, showRecommendation, showRelatedRecommendations } from './commands/recommendations';
import { RecommendationSearch } from './commands/search-recommendations';
import { COMMANDS, VIEWS } from './constants';
import { MemoUpdates } from './diagnostics';
import { Log } from './log';
import { MemoService } from './memo-service';
import { PackSnippetCompletionProvider } from './packs/pack-snippet-completion';
import { TeamPacks } from './packs/team-packs';
import { ProjectConfigs } from './project-config';
import { RelatedRecommendationsView } from './related-view';
import { ReviewReportPanel, revealFinding } from './review-report';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

// Taken when the bundle is evaluated, so the reported activation time includes loading the engine.
const bundleEvaluatedAt = performance.now();

/** What activation returns, for the integration tests and other extensions. */
export interface PolicyLensApi {
  /** The language server's client: diagnostics, hovers, completion and quick fixes come from it. */
  readonly client: BaseLanguageClient;
  readonly memos: MemoService;
  readonly relatedView: RelatedRecommendationsView;
  readonly reviewReport: ReviewReportPanel;
  /** Search Recommendations, with its QuickPick while open. */
  readonly recommendationSearch: RecommendationSearch;
  /** Milliseconds from evaluating the bundle to the end of activate() (the server started), for the benchmark notes. */
  readonly activationMs: number;
}

/**
 * Activates Policy Lens on either host: the language server (made by `createClient`) serves the
 * language features; the extension keeps the UI (views, the report, QuickPicks, pack commands) and
 * wires each feature from its own file.
 */
export async function activatePolicyLens(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<PolicyLensApi> {
  const log = new Log();
  const client = createClient(clientOptions());
  // Problems in .policylens.json files and packs come from the server; these hold what the pack commands find.
  const packProblems = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-packs`);
  const configs = new ProjectConfigs(log);
  const packs = new TeamPacks(configs, packProblems, log);
  const memos = new MemoService(configs, packs);
  const updates = new MemoUpdates();
  const relatedView = new RelatedRecommendationsView(updates);
  const reviewReport = new ReviewReportPanel(memos, String(context.extension.packageJSON.version ?? ''));
  const recommendationSearch = new RecommendationSearch(memos);
  const relatedTree = vscode.window.createTreeView(VIEWS.relatedRecommendations, { treeDataProvider: relatedView });

  context.subscriptions.push(
    log,
    configs,
    packProblems,
    packs,
    memos,
    updates,
    relatedView,
    reviewReport,
    relatedTree,
    relatedView.showCountOn(relatedTree),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new PackSnippetCompletionProvider(packs)),
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, () => lintWorkspace(memos, client.diagnostics, log)),
    vscode.commands.registerCommand(COMMANDS.searchRecommendations, (query?: unknown) => recommendationSearch.show(query)),
    vscode.commands.registerCommand(COMMANDS.explainTerm, (termId?: unknown) => explainTerm(memos, termId)),
    vscode.commands.registerCommand(COMMANDS.insertAcronymGlossary, () => insertAcronymGlossary(client)),
    vscode.commands.registerCommand(COMMANDS.showRelatedRecommendations, (termId?: unknown) => showRelatedRecommendations(memos, termId)),
    vscode.commands.registerCommand(COMMANDS.insertRecommendation, (id: unknown) => insertRecommendation(memos, typeof id === 'object' && id !== null && 'recommendation' in id ? (id as { recommendation: { id: string } }).recommendation.id : id)),
    vscode.commands.registerCommand(COMMANDS.showRecommendation, (id: unknown) => showRecommendation(memos, id)),
    vscode.commands.registerCommand(COMMANDS.addToAllowList, (acronym: unknown, uri: unknown) => addToAllowList(configs, acronym, uri)),
    vscode.commands.registerCommand(COMMANDS.addToTeamPack, (acronym: unknown, uri: unknown, inputs?: AddToPackInputs) => addAcronymToPack(memos, packs, acronym, uri, inputs)),
    vscode.commands.registerCommand(COMMANDS.createTeamPack, (inputs?: CreatePackInputs) => createTeamPack(memos, packs, configs, inputs)),
    vscode.commands.registerCommand(COMMANDS.validateTeamPacks, () => validateTeamPacks(packs, packProblems)),
    vscode.commands.registerCommand(COMMANDS.exportSnippetsAsPack, (pack?: unknown) => exportSnippetsAsPack(packs, pack)),
    vscode.commands.registerCommand(COMMANDS.importPackSnippets, (pack?: unknown, overwrite?: boolean) => importPackSnippets(packs, pack, overwrite)),
    vscode.commands.registerCommand(COMMANDS.openReviewReport, () => reviewReport.open()),
    vscode.commands.registerCommand(COMMANDS.revealFinding, revealFinding),
  );
  context.subscriptions.push(await startClient(client));
  relatedView.connect((document) => client.sendRequest<RelatedRecommendationEntry[] | null>(RELATED_RECOMMENDATIONS_REQUEST, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } } satisfies RelatedRecommendationsParams));
  void vscode.commands.executeCommand('setContext', 'policyLens.active', true);
  return { client, memos, relatedView, reviewReport, recommendationSearch, activationMs: performance.now() - bundleEvaluatedAt };
}

/** Insert Acronym Glossary: the server builds the table from its analysis and inserts it at the cursor. */
async function insertAcronymGlossary(client: BaseLanguageClient): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('Policy Lens: open a Markdown memo to insert its acronym glossary.');
    return false;
  }
  const { line, character } = editor.selection.active;
  const applied = await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.insertAcronymGlossary, arguments: [editor.document.uri.toString(), { line, character }] });
  return applied === true;
}
