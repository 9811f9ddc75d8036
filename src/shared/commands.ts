/**
 * The extension's command ids, shared with the language server: it offers some of them as quick
 * fixes and hover links to clients that run them. No `vscode` and no Node here: both layers import it.
 */
export const COMMANDS = {
  lintWorkspace: 'policyLens.lintWorkspace',
  searchRecommendations: 'policyLens.searchRecommendations',
  explainTerm: 'policyLens.explainTerm',
  insertAcronymGlossary: 'policyLens.insertAcronymGlossary',
  showRelatedRecommendations: 'policyLens.showRelatedRecommendations',
  insertRecommendation: 'policyLens.insertRecommendation',
  showRecommendation: 'policyLens.showRecommendation',
  addToAllowList: 'policyLens.addToAllowList',
  addToTeamPack: 'policyLens.addToTeamPack',
  createTeamPack: 'policyLens.createTeamPack',
  validateTeamPacks: 'policyLens.validateTeamPacks',
  exportSnippetsAsPack: 'policyLens.exportSnippetsAsPack',
  importPackSnippets: 'policyLens.importPackSnippets',
  openReviewReport: 'policyLens.openReviewReport',
  revealFinding: 'policyLens.revealFinding',
} as const;

/** Commands that hover links may run; no other command link is trusted. */
export const HOVER_COMMANDS: readonly string[] = [COMMANDS.insertRecommendation, COMMANDS.showRelatedRecommendations, COMMANDS.showRecommendation, COMMANDS.explainTerm];
