import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../core/index';
import { addToAllowList } from './commands/allow-list';
import { explainTerm } from './commands/explain-term';
import { insertAcronymGlossary } from './commands/insert-glossary';
import { lintWorkspace } from './commands/lint-workspace';
import { addAcronymToPack, type AddToPackInputs } from './commands/packs/add-to-pack';
import { createTeamPack, type CreatePackInputs } from './commands/packs/create-pack';
import { exportSnippetsAsPack, importPackSnippets } from './commands/packs/pack-snippets';
import { validateTeamPacks } from './commands/packs/validate-packs';
import { insertRecommendation, showRecommendation, showRelatedRecommendations } from './commands/recommendations';
import { RecommendationSearch } from './commands/search-recommendations';
import { PolicyLensCodeActions } from './code-actions';
import { TermCompletionProvider } from './completion';
import { COMMANDS, VIEWS } from './constants';
import { DiagnosticsController } from './diagnostics';
import { TermHoverProvider } from './hover';
import { Log } from './log';
import { MemoService } from './memo-service';
import { PackSnippetCompletionProvider } from './packs/pack-snippet-completion';
import { PackTermHighlights } from './packs/pack-term-highlights';
import { TeamPacks } from './packs/team-packs';
import { ProjectConfigs } from './project-config';
import { RelatedRecommendationsView } from './related-view';
import { ReviewReportPanel, revealFinding } from './review-report';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

// Taken when the bundle is evaluated, so the reported activation time includes loading the engine.
const bundleEvaluatedAt = performance.now();

/** What activation returns, for the integration tests and other extensions. */
export interface PolicyLensApi {
  readonly memos: MemoService;
  readonly diagnostics: DiagnosticsController;
  readonly relatedView: RelatedRecommendationsView;
  readonly reviewReport: ReviewReportPanel;
  /** Search Recommendations, with its QuickPick while open. */
  readonly recommendationSearch: RecommendationSearch;
  /** Milliseconds from evaluating the bundle to the end of activate(), for the benchmark notes. */
  readonly activationMs: number;
}

/** Activates Policy Lens: every feature lives in its own file; this only wires them together. */
export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const log = new Log();
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  // Problems in .policylens.json files live apart, so closing one never clears them.
  const configProblems = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-config`);
  const configs = new ProjectConfigs(configProblems, log);
  // Problems in team packs, kept apart from memo diagnostics for the same reason.
  const packProblems = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-packs`);
  const packs = new TeamPacks(configs, packProblems, log);
  const memos = new MemoService(configs, packs);
  const diagnostics = new DiagnosticsController(memos, collection, log);
  const relatedView = new RelatedRecommendationsView(memos, diagnostics);
  const reviewReport = new ReviewReportPanel(memos, String(context.extension.packageJSON.version ?? ''));
  const recommendationSearch = new RecommendationSearch(memos);

  context.subscriptions.push(
    log,
    collection,
    configProblems,
    configs,
    packProblems,
    packs,
    packs.onDidChange(() => diagnostics.lintOpenDocuments()),
    // Trusting the workspace brings back the options Restricted Mode ignored.
    vscode.workspace.onDidGrantWorkspaceTrust(() => diagnostics.lintOpenDocuments()),
    diagnostics,
    relatedView,
    reviewReport,
    vscode.window.registerTreeDataProvider(VIEWS.relatedRecommendations, relatedView),
    vscode.languages.registerHoverProvider(MARKDOWN, new TermHoverProvider(memos)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new PolicyLensCodeActions(diagnostics, memos), PolicyLensCodeActions.metadata),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new TermCompletionProvider(memos)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new PackSnippetCompletionProvider(packs)),
    vscode.languages.registerDocumentSemanticTokensProvider(MARKDOWN, new PackTermHighlights(memos), PackTermHighlights.legend),
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, () => lintWorkspace(memos, diagnostics)),
    vscode.commands.registerCommand(COMMANDS.searchRecommendations, (query?: unknown) => recommendationSearch.show(query)),
    vscode.commands.registerCommand(COMMANDS.explainTerm, (termId?: unknown) => explainTerm(memos, termId)),
    vscode.commands.registerCommand(COMMANDS.insertAcronymGlossary, () => insertAcronymGlossary(memos)),
    vscode.commands.registerCommand(COMMANDS.showRelatedRecommendations, (termId?: unknown) => showRelatedRecommendations(memos, termId)),
    vscode.commands.registerCommand(COMMANDS.insertRecommendation, (id: unknown) => insertRecommendation(memos, typeof id === 'object' && id !== null && 'recommendation' in id ? (id as { recommendation: { id: string } }).recommendation.id : id)),
    vscode.commands.registerCommand(COMMANDS.showRecommendation, (id: unknown) => showRecommendation(memos, id)),
    vscode.commands.registerCommand(COMMANDS.addToAllowList, (acronym: unknown, uri: unknown) => addToAllowList(configs, acronym, uri)),
    vscode.commands.registerCommand(COMMANDS.addToTeamPack, (acronym: unknown, uri: unknown, inputs?: AddToPackInputs) => addAcronymToPack(memos, acronym, uri, inputs)),
    vscode.commands.registerCommand(COMMANDS.createTeamPack, (inputs?: CreatePackInputs) => createTeamPack(memos, inputs)),
    vscode.commands.registerCommand(COMMANDS.validateTeamPacks, () => validateTeamPacks(memos, packProblems)),
    vscode.commands.registerCommand(COMMANDS.exportSnippetsAsPack, (pack?: unknown) => exportSnippetsAsPack(memos, pack)),
    vscode.commands.registerCommand(COMMANDS.importPackSnippets, (pack?: unknown, overwrite?: boolean) => importPackSnippets(memos, pack, overwrite)),
    vscode.commands.registerCommand(COMMANDS.openReviewReport, () => reviewReport.open()),
    vscode.commands.registerCommand(COMMANDS.revealFinding, revealFinding),
  );
  diagnostics.lintOpenDocuments();
  void vscode.commands.executeCommand('setContext', 'policyLens.active', true);
  return { memos, diagnostics, relatedView, reviewReport, recommendationSearch, activationMs: performance.now() - bundleEvaluatedAt };
}

export function deactivate(): void {}
