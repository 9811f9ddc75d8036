// Writes what package.json contributes, and the JSON schema of .policylens.json, from their single
// sources: the command ids and titles (src/extension/constants.ts), the settings declarations
// (src/shared/settings-schema.ts) and the rule registry, whose option declarations also give the option
// tables of docs/rules/*.md and the README (scripts/option-tables.ts). `--check` fails if anything drifted.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from '../src/core/config';
import { PACK_FILE_SUFFIX } from '../src/core/packs/limits';
import type { OptionKind, OptionSpec } from '../src/core/rule-options';
import { PRESETS, RULES, type Rule } from '../src/core/rules/index';
import { COMMAND_TITLES, COMMANDS, SEMANTIC_TOKEN_TYPES, SETTINGS_SECTION, VIEWS } from '../src/extension/constants';
import { SCOPES } from './generate-grammar';
import { defaultText, optionTableFiles } from './option-tables';
import { packSchema } from './pack-schema';
import { RULE_LEVEL_SCHEMA, SETTINGS } from '../src/shared/settings-schema';

const root = join(import.meta.dirname, '..');
const CATEGORY = 'Policy Lens';
const GRAMMAR = 'syntaxes/policy-lens.injection.tmLanguage.json';
const CONFIG_SCHEMA = 'corpus/schema/policylens.schema.json';
const PACK_SCHEMA = 'corpus/schema/policypack.schema.json';

/** The JSON schema of `.policylens.json`, with one property per rule. */
export function configSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Policy Lens configuration (.policylens.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'A preset whose rule levels replace the defaults; explicit levels under "rules" still win. "policy-lens:review" turns on the rules that are off by default.',
        anyOf: [{ enum: [...PRESETS.keys()] }, { type: 'array', items: { enum: [...PRESETS.keys()] }, uniqueItems: true }],
      },
      rules: {
        type: 'object',
        description: 'Rule id → level, or [level, { options }].',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((rule) => [rule.id, ruleSettingSchema(rule)])),
      },
      allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Acronyms that need no definition.' },
      packs: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Team packs: paths relative to this file, or npm package names.' },
    },
  };
}

/** A rule's level, or `[level, { ...options }]` with the options the rule declares. */
function ruleSettingSchema(rule: Rule) {
  const review = rule.reviewSeverity ? ` Under policy-lens:review: ${rule.reviewSeverity}.` : '';
  const description = `${rule.description} Default: ${rule.defaultSeverity}.${review}`;
  const options = Object.entries(rule.options ?? {});
  const optionsSchema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(options.map(([name, spec]) => [name, optionSchema(spec)])),
  };
  const tuple = { type: 'array', items: [RULE_LEVEL_SCHEMA, optionsSchema], minItems: 1, maxItems: options.length > 0 ? 2 : 1 };
  return { description, anyOf: [RULE_LEVEL_SCHEMA, tuple] };
}

/** One option's schema: its kind, minimum and default as declared, the default also in the description (hovers show only that); a default with a label (a bundled list) is named, not copied. */
function optionSchema(spec: OptionSpec) {
  return {
    ...OPTION_KIND_SCHEMAS[spec.kind],
    ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
    description: `${spec.description} Default: ${defaultText(spec).replace(/`/g, '')}.`,
    ...(spec.default !== undefined && !spec.defaultLabel ? { default: spec.default } : {}),
  };
}

const SECTION_NAMES = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }] };
const OPTION_KIND_SCHEMAS: Record<OptionKind, object> = {
  integer: { type: 'integer' },
  number: { type: 'number' },
  string: { type: 'string', minLength: 1 },
  stringList: { type: 'array', items: { type: 'string', minLength: 1 } },
  patternList: { type: 'array', items: { type: 'string', minLength: 1, format: 'regex' } },
  sectionTypes: { type: 'object', additionalProperties: { type: 'array', items: SECTION_NAMES, minItems: 1 } },
};

/** `contributes` as it should be. */
export function contributes() {
  const grammarScope = existsSync(join(root, GRAMMAR)) ? (JSON.parse(readFileSync(join(root, GRAMMAR), 'utf8')).scopeName as string) : undefined;
  return {
    commands: Object.entries(COMMAND_TITLES).map(([command, { title, icon }]) => ({ command, title, category: CATEGORY, ...(icon ? { icon } : {}) })),
    menus: {
      commandPalette: Object.entries(COMMAND_TITLES).map(([command, { palette }]) => ({ command, when: palette ? 'editorLangId == markdown || workspaceFolderCount > 0' : 'false' })),
      'view/item/context': [{ command: COMMANDS.insertRecommendation, when: `view == ${VIEWS.relatedRecommendations} && viewItem == recommendation`, group: 'inline' }],
    },
    views: {
      explorer: [{ id: VIEWS.relatedRecommendations, name: 'Related Recommendations', when: 'policyLens.active' }],
    },
    viewsWelcome: [{ view: VIEWS.relatedRecommendations, contents: 'Open a Markdown memo: the recommendations linked to the terms it uses appear here.' }],
    configuration: {
      title: CATEGORY,
      properties: Object.fromEntries(Object.entries(SETTINGS).map(([key, declaration]) => [`${SETTINGS_SECTION}.${key}`, declaration])),
    },
    jsonValidation: [
      { fileMatch: CONFIG_FILE_NAME, url: `./${CONFIG_SCHEMA}` },
      { fileMatch: `*${PACK_FILE_SUFFIX}`, url: `./${PACK_SCHEMA}` },
    ],
    snippets: [{ language: 'markdown', path: './snippets/policy-memo.code-snippets' }],
    semanticTokenTypes: [
      { id: SEMANTIC_TOKEN_TYPES.acronym, description: 'An acronym from a team pack.' },
      { id: SEMANTIC_TOKEN_TYPES.term, description: 'A term of art from a team pack.' },
      { id: SEMANTIC_TOKEN_TYPES.outdated, description: 'An outdated or superseded term from a team pack.' },
    ],
    semanticTokenScopes: [{
      language: 'markdown',
      scopes: { [SEMANTIC_TOKEN_TYPES.acronym]: [SCOPES.acronym], [SEMANTIC_TOKEN_TYPES.term]: [SCOPES.term], [SEMANTIC_TOKEN_TYPES.outdated]: [SCOPES.outdated] },
    }],
    ...(grammarScope ? { grammars: [{ scopeName: grammarScope, path: `./${GRAMMAR}`, injectTo: ['text.html.markdown'] }] } : {}),
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const check = process.argv.includes('--check');
  const manifestPath = join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const wanted: Record<string, string> = {
    'package.json': JSON.stringify({ ...manifest, contributes: contributes() }, null, 2) + '\n',
    [CONFIG_SCHEMA]: JSON.stringify(configSchema(), null, 2) + '\n',
    [PACK_SCHEMA]: JSON.stringify(packSchema(), null, 2) + '\n',
    ...optionTableFiles(RULES, (file) => readFileSync(join(root, file), 'utf8')),
  };
  const drifted = Object.keys(wanted).filter((file) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== wanted[file]);
  if (check) {
    if (drifted.length > 0) {
      console.error(`out of date: ${drifted.join(', ')}; run npm run sync-manifest`);
      process.exit(1);
    }
  } else {
    for (const file of drifted) writeFileSync(join(root, file), wanted[file]);
    console.log(`wrote ${drifted.join(', ') || 'nothing (up to date)'}`);
  }
}
