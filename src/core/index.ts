/** The Policy Lens engine: no `vscode`, no Node API; runs in Node, the browser and the CLI. */
export * from './corpus';
export * from './findings';
export * from './positions';
export { parseMarkdown, isInNonProse, ParseCache, type ParsedDocument, type ProseRun, type ProseBlock } from './parse';
export { analyzeDocument, type DocumentAnalysis, type TermUse, type AcronymUse, type DefinitionSite } from './analyze';
export { TermIndex, type TermOccurrence } from './terms';
export { CorpusSearch, type SearchHit } from './search';
export { lintText, lintAnalysis, type LintOptions } from './lint';
export { parseConfig, resolveConfig, DEFAULT_ALLOWED_ACRONYMS, CONFIG_FILE_NAME, type PolicyLensConfig, type ResolvedConfig, type ConfigProblem, type RuleLevel, type RuleSetting } from './config';
export { compilePatterns, type OptionSpec, type RuleOptions } from './rule-options';
export { RULES, RULE_IDS, DEFAULT_SEVERITIES, ruleDocsUrl, type Rule } from './rules/index';
export { checkCorpusLinks, linkRecommendationsToTerms } from './corpus-links';
export { DIAGNOSTIC_SOURCE, SKIPPED_FOLDERS } from './constants';
export { bundledCorpus, getBundledIndex } from './bundled';
export { relatedRecommendations, type RelatedRecommendation } from './related';
export { DocumentSession, EDITOR_CHUNK_TARGET } from './session';
export { singularAcronym } from './acronyms';
export * from './report/index';
