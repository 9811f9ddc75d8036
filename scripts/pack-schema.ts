// The JSON Schema of team packs, built from the corpus schema so packs and the corpus never drift.
// scripts/sync-manifest.ts writes it next to the corpus schema; scripts/compile-pack-validator.ts
// compiles it into the engine's validator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_LIMITS, PACK_NAME_PATTERN, SEMVER_PATTERN } from '../src/core/packs/limits';
import { RULES } from '../src/core/rules/index';
import { RULE_LEVEL_SCHEMA } from '../src/shared/settings-schema';

const CORPUS_SCHEMA = join(import.meta.dirname, '..', 'corpus/schema/corpus.schema.json');

/**
 * The JSON schema of a team pack (`*.policypack.json`): the corpus definitions of terms,
 * recommendations and sources, plus snippets, rule levels and an allow-list, with the documented limits.
 */
export function packSchema() {
  const corpus = JSON.parse(readFileSync(CORPUS_SCHEMA, 'utf8'));
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
      name: { type: 'string', minLength: 1, maxLength: 214, pattern: PACK_NAME_PATTERN, description: 'Pack name, lowercase like an npm package name.' },
      version: { type: 'string', pattern: SEMVER_PATTERN, description: 'Semantic version, e.g. 1.0.0.' },
      description: { type: 'string', maxLength: 500 },
      asOf: { $ref: '#/definitions/isoDate', description: 'When the team last checked its entries; the "as of" date of every term that gives none.' },
      defaultSource: { $ref: '#/definitions/id', description: 'The source (in this pack or the bundled corpus) that terms without "sources" cite; without it they cite the pack itself as the team\'s house glossary.' },
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
      allow: { type: 'array', maxItems: PACK_LIMITS.allow, uniqueItems: true, items: { type: 'string', pattern: '^\\S+$', maxLength: 40 }, description: 'Acronyms that need no definition.' },
    },
    definitions: {
      ...corpus.definitions,
      // In a pack, a term needs only its written form (the checks that complete it ask for a definition or
      // an expansion), and may also link itself to recommendations, its own or the bundled corpus's.
      // The corpus's conditional requirements (an acronym's expansion, an outdated entry's note and date)
      // are the completing checks' job here, so one message says what to write.
      term: {
        ...withoutConditions(corpus.definitions.term),
        required: ['term'],
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

function withoutConditions<T extends { allOf?: unknown }>(definition: T): Omit<T, 'allOf'> {
  const { allOf: _conditions, ...rest } = definition;
  return rest;
}
