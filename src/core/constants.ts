import { version } from '../../package.json';
/** The `source` of every diagnostic, and the tool's name in output. */
export const DIAGNOSTIC_SOURCE = 'policy-lens';

/** Where the rule documentation lives, at the tag of this release (not a branch that moves on); each rule's page is `<base><rule-id>.md`. */
export const RULE_DOCS_BASE_URL = `https://github.com/policy-lens/policy-lens/blob/v${version}/docs/rules/`;

/** The prefix of inline control comments: `<!-- policy-lens-disable RULE -->`. */
export const CONTROL_COMMENT_PREFIX = 'policy-lens-';

/** Folders never searched for memos, by the CLI and by Lint Workspace alike. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git'];

/** The opt-in preset a `.policylens.json` names with `"extends"`: it turns on each rule at its review level. */
export const REVIEW_PRESET = 'policy-lens:review';
