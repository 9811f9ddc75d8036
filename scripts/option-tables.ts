// The option tables of docs/rules/<rule>.md and of the README, generated from the rules' option
// declarations (src/core/rules/*.ts) between marker comments; sync-manifest writes and checks them.
import type { OptionSpec } from '../src/core/rule-options';
import type { Rule } from '../src/core/rules/index';

export const OPTIONS_START = '<!-- options:start (generated from the rule\'s option declarations: npm run sync-manifest) -->';
export const OPTIONS_END = '<!-- options:end -->';

/** How the docs and the schema name an option's default: its label, its value, or "none". */
export function defaultText(spec: OptionSpec): string {
  if (spec.defaultLabel) return spec.defaultLabel;
  return spec.default === undefined ? 'none' : `\`${JSON.stringify(spec.default)}\``;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** A rule page's table: one row per option. */
export function ruleOptionsTable(rule: Rule): string {
  const rows = Object.entries(rule.options ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(defaultText(spec))} | ${cell(spec.description)} |`);
  return ['| option | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The README's table: every option of every rule that has any, linked to the rule's page. */
export function readmeOptionsTable(rules: readonly Rule[]): string {
  const rows = rules.flatMap((rule) =>
    Object.entries(rule.options ?? {}).map(([name, spec]) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md#configuration) | \`${name}\` | ${cell(defaultText(spec))} | ${cell(spec.description)} |`),
  );
  return ['| rule | option | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** `text` with what lies between the option markers replaced by `table`; throws when the markers are missing. */
export function withOptionsTable(text: string, table: string, file: string): string {
  const start = text.indexOf(OPTIONS_START);
  const end = text.indexOf(OPTIONS_END);
  if (start < 0 || end < start) throw new Error(`${file}: no "${OPTIONS_START}" … "${OPTIONS_END}" markers for the option table`);
  return `${text.slice(0, start + OPTIONS_START.length)}\n${table}\n${text.slice(end)}`;
}

/** File → its text with the generated option tables, for each rule page with options and the README. */
export function optionTableFiles(rules: readonly Rule[], read: (file: string) => string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const rule of rules) {
    if (Object.keys(rule.options ?? {}).length === 0) continue;
    const file = `docs/rules/${rule.id}.md`;
    files[file] = withOptionsTable(read(file), ruleOptionsTable(rule), file);
  }
  files['README.md'] = withOptionsTable(read('README.md'), readmeOptionsTable(rules), 'README.md');
  return files;
}
