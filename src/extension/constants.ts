import { COMMANDS } from '../shared/commands';

/** Ids a user sees or that act as keys: commands, views, the settings section. One place, so they never drift. */
export const EXTENSION_ID = 'policy-lens.policy-lens';
export const SETTINGS_SECTION = 'policyLens';

// The command ids live beside the language server's, which offers some of them in hovers and quick fixes.
export { COMMANDS, HOVER_COMMANDS } from '../shared/commands';

/** Titles of the commands shown in the palette (category "Policy Lens"); the manifest is generated from these. */
export const COMMAND_TITLES: Record<(typeof COMMANDS)[keyof typeof COMMANDS], { title: string; palette: boolean; icon?: string }> = {
  [COMMANDS.lintWorkspace]: { title: 'Lint Workspace', palette: true },
  [COMMANDS.searchRecommendations]: { title: 'Search Recommendations', palette: true },
  [COMMANDS.explainTerm]: { title: 'Explain Term', palette: true },
  [COMMANDS.insertAcronymGlossary]: { title: 'Insert Acronym Glossary', palette: true },
  [COMMANDS.showRelatedRecommendations]: { title: 'Show Related Recommendations', palette: true },
  [COMMANDS.insertRecommendation]: { title: 'Insert Recommendation', palette: false, icon: '$(insert)' },
  [COMMANDS.showRecommendation]: { title: 'Show Recommendation', palette: false },
  [COMMANDS.addToAllowList]: { title: 'Add Acronym to Allow-List', palette: false },
  [COMMANDS.addToTeamPack]: { title: 'Add Acronym to Team Pack', palette: false },
  [COMMANDS.createTeamPack]: { title: 'Create Team Pack', palette: true },
  [COMMANDS.validateTeamPacks]: { title: 'Validate Team Packs', palette: true },
  [COMMANDS.exportSnippetsAsPack]: { title: 'Export Workspace Snippets as Pack', palette: true },
  [COMMANDS.importPackSnippets]: { title: 'Import Pack Snippets', palette: true },
  [COMMANDS.openReviewReport]: { title: 'Open Review Report', palette: true },
  [COMMANDS.revealFinding]: { title: 'Reveal Finding', palette: false },
};

/** The webview panel of the review report. */
export const REVIEW_REPORT_VIEW_TYPE = 'policyLens.reviewReport';

export const VIEWS = {
  relatedRecommendations: 'policyLens.relatedRecommendations',
} as const;


export { SEMANTIC_TOKEN_TYPES } from '../shared/protocol';
