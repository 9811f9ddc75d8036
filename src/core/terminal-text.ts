/**
 * Text from memos, configurations, packs and file names is data: printed to a terminal or a CI log it
 * must not act as a control sequence (colours, title changes, screen clears, OSC hyperlinks) or as a
 * GitHub Actions workflow command (`::error …`, `::add-mask::…`, the older `##[…]`).
 */

/** C0 controls but tab and line feed, DEL, and C1 controls (U+0080–U+009F: a terminal may read U+009B as CSI). */
const CONTROL_KEEPING_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** The same, line feeds and tabs included: for a value that must stay on one line. */
const CONTROL_ANY = /[\u0000-\u001f\u007f-\u009f]/g;
/** The GitHub runner reads a line as a command when it starts, after spaces, with `::`. */
const WORKFLOW_COMMAND_LINE = /^([ \t]*):(?=:)/gm;
/** The runner's older syntax, found anywhere in a line. */
const LEGACY_WORKFLOW_COMMAND = /##\[/g;

/**
 * Control characters as visible `\u001B` escapes (the same escape JSON uses, so JSON output stays
 * valid and means the same); line feeds and tabs are kept unless `singleLine`.
 */
export function escapeControlCharacters(text: string, { singleLine = false } = {}): string {
  return text.replace(singleLine ? CONTROL_ANY : CONTROL_KEEPING_LINES, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Breaks up every `::` at the start of a line and every `##[`, so no line can be read as a workflow command. */
export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(WORKFLOW_COMMAND_LINE, '$1: ').replace(LEGACY_WORKFLOW_COMMAND, '## [');
}

/** Text safe to print to a terminal or a CI log: no control characters but line feeds and tabs, no workflow commands. */
export function terminalText(text: string): string {
  return neutraliseWorkflowCommands(escapeControlCharacters(text));
}
