/** Ids the server shares with its clients: command ids, the fix-all code action kind, the file requests of the browser build. */

/** The code action kind of "apply every safe fix", for `editor.codeActionsOnSave` and other editors' on-save hooks. */
export const FIX_ALL_KIND = 'source.fixAll.policyLens';

/**
 * Commands the server runs itself (`workspace/executeCommand`); they need only the document. Their
 * ids differ from the extension's own commands so both can be registered while the extension moves
 * onto the server.
 */
export const SERVER_COMMANDS = {
  /** `[uri]`: applies every safe fix to the document. */
  fixAll: 'policyLens.server.fixAll',
  /** `[uri, position]`: inserts the memo's acronym glossary at the position. */
  insertAcronymGlossary: 'policyLens.server.insertAcronymGlossary',
} as const;

/** What a client may say about itself in `initializationOptions`. */
export interface PolicyLensInitializationOptions {
  /**
   * Commands the client runs itself (VS Code's `policyLens.addToAllowList`, `policyLens.addToTeamPack`
   * and the hover's recommendation links); the server offers actions and links for these only.
   */
  readonly clientCommands?: readonly string[];
  /** Settings for clients without `workspace/configuration`, shaped as the `policyLens` section. */
  readonly settings?: unknown;
  /**
   * Publish diagnostics (push) even though the client can pull them: VS Code pulls only for visible
   * editors, and its Problems panel should cover every open memo, as it did before the server.
   */
  readonly pushDiagnostics?: boolean;
  /** Whether the user trusts the workspace (VS Code's Restricted Mode); absent means trusted. */
  readonly trusted?: boolean;
  /** How long one lint may run, in milliseconds, before its remaining rules are skipped (tests set it low). */
  readonly lintBudgetMs?: number;
}

/** `policyLens/workspaceTrusted`: the user trusted the workspace; packs and costly options apply from now on. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'policyLens/workspaceTrusted';

/** The browser build reads files through the client: `policyLens/fs/read`, answered with a `HostRead`. */
export const READ_FILE_REQUEST = 'policyLens/fs/read';
/** `policyLens/fs/list`: the names in a folder, or null. */
export const LIST_FOLDER_REQUEST = 'policyLens/fs/list';

/**
 * Semantic token types for pack terms, which the generated grammar cannot know; the manifest maps
 * each to the grammar's scope for the same kind of term, so themes colour both alike.
 */
export const SEMANTIC_TOKEN_TYPES = {
  acronym: 'policyAcronym',
  term: 'policyTerm',
  outdated: 'policyOutdatedTerm',
} as const;

/** The server's semantic tokens legend (`textDocument/semanticTokens/full`): the pack-term types, no modifiers. */
export const SEMANTIC_TOKENS_LEGEND = {
  tokenTypes: [SEMANTIC_TOKEN_TYPES.acronym, SEMANTIC_TOKEN_TYPES.term, SEMANTIC_TOKEN_TYPES.outdated],
  tokenModifiers: [] as string[],
};

/**
 * `policyLens/relatedRecommendations`: the recommendations linked to the terms an open memo uses,
 * from the server's analysis of its latest version; null for a document that is not an open memo.
 */
export const RELATED_RECOMMENDATIONS_REQUEST = 'policyLens/relatedRecommendations';

export interface RelatedRecommendationsParams {
  readonly textDocument: { readonly uri: string };
}

/** One related recommendation, as a view lists it: in the core's stable order (by title, then id). */
export interface RelatedRecommendationEntry {
  readonly recommendation: { readonly id: string; readonly title: string; readonly actor: string };
  /** The memo's terms that link to it. */
  readonly terms: readonly { readonly id: string; readonly term: string }[];
  /** Markdown: title, summary, actor and the linking terms. */
  readonly tooltip: string;
}
