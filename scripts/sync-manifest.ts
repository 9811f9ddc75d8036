// Writes what package.json contributes, and the JSON schema of .policylens.json, from their single
// sources: the command ids and titles (src/extension/constants.ts), the settings declarations
// (src/extension/settings-schema.ts) and the rule registry. `--check` fails if anything drifted.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from '../src/core/config';
import { PACK_FILE_SUFFIX, PACK_LIMITS, SEMVER_PATTERN } from '../src/core/packs/limits';
import { RULES } from '../src/core/rules/index';
import { COMMAND_TITLES, COMMANDS, SEMANTIC_TOKEN_TYPES, SETTINGS_SECTION, VIEWS } from '../src/extension/constants';
import { SCOPES } from './generate-grammar';
import { RULE_LEVEL_SCHEMA, SETTINGS } from '../src/extension/settings-schema';

const root = join(import.meta.dirname, '..');
const CATEGORY = 'Policy Lens';
const GRAMMAR = 'syntaxes/policy-lens.injection.tmLanguage.json';
const CONFIG_SCHEMA = 'corpus/schema/policylens.schema.json';
const PACK_SCHEMA = 'corpus/schema/policypack.schema.json';
const CORPUS_SCHEMA = 'corpus/schema/corpus.schema.json';

/** The JSON schema of `.policylens.json`, with one property per rule. */
export function configSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Policy Lens configuration (.policylens.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Rule id → level.',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((rule) => [rule.id, { ...RULE_LEVEL_SCHEMA, description: `${rule.description} Default: ${rule.defaultSeverity}.` }])),
      },
      allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Acronyms that need no definition.' },
      packs: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Team packs: paths relative to this file, or npm package names.' },
    },
  };
}

/**
 * The JSON schema of a team pack (`*.policypack.json`): the corpus definitions of terms,
 * recommendations and sources, plus snippets, rule levels and an allow-list, with the documented limits.
 */
export function packSchema() {
  const corpus = JSON.parse(readFileSync(join(root, CORPUS_SCHEMA), 'utf8'));
  const list = (definition: string, limit: number, description: string) => ({ type: 'array', maxItems: limit, items: { $ref: `#/definitions/${definition}` }, description });
  const stringOrLines = (maxLength: number) => ({
    anyOf: [{ type: 'string', maxLength }, { type: 'array', maxItems: PACK_LIMITS.snippetLines, items: { type: 'string', maxLength } }],
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://policy-lens.dev/schema/policypack.schema.json',
    title: 'Policy Lens team pack (*.policypack.json)',
    description: 'A team\'s shared terms, recommendations, sources, snippets, rule levels and allowed acronyms. Data only: nothing in a pack is ever run.',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'version'],
    properties: {
      $schema: { type: 'string' },
      name: { type: 'string', minLength: 1, maxLength: 214, pattern: '^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$', description: 'Pack name, lowercase like an npm package name.' },
      version: { type: 'string', pattern: SEMVER_PATTERN, description: 'Semantic version, e.g. 1.0.0.' },
      description: { type: 'string', maxLength: 500 },
      terms: list('term', PACK_LIMITS.terms, 'Glossary entries; a term with the id or acronym of an earlier entry replaces it.'),
      recommendations: list('recommendation', PACK_LIMITS.recommendations, 'Recommendations, found by search and linked to the terms they name.'),
      sources: list('source', PACK_LIMITS.sources, 'Sources that terms and recommendations cite.'),
      snippets: {
        type: 'object',
        maxProperties: PACK_LIMITS.snippets,
        additionalProperties: { $ref: '#/definitions/snippet' },
        description: 'Snippets in VS Code\'s format (name → { prefix, body, description }), offered in Markdown files.',
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((rule) => [rule.id, { ...RULE_LEVEL_SCHEMA, description: rule.description }])),
        description: 'Rule id → level, applied before the workspace\'s .policylens.json.',
      },
      allow: { type: 'array', maxItems: PACK_LIMITS.allow, uniqueItems: true, items: { type: 'string', pattern: '^[A-Z0-9][A-Za-z0-9&-]*$', maxLength: 40 }, description: 'Acronyms that need no definition.' },
    },
    definitions: {
      ...corpus.definitions,
      // In a pack, a term may also link itself to recommendations, its own or the bundled corpus's.
      term: {
        ...corpus.definitions.term,
        properties: {
          ...corpus.definitions.term.properties,
          recommendations: { type: 'array', uniqueItems: true, items: { $ref: '#/definitions/id' }, description: 'Ids of recommendations (in this pack or the bundled corpus) that concern this term.' },
        },
      },
      snippet: {
        type: 'object',
        additionalProperties: false,
        required: ['prefix', 'body'],
        properties: {
          prefix: stringOrLines(100),
          body: stringOrLines(PACK_LIMITS.snippetLineLength),
          description: { type: 'string', maxLength: 500 },
          scope: { type: 'string', maxLength: 200 },
        },
      },
    },
  };
}

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
