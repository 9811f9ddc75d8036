import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packSchema } from '../../scripts/pack-schema';
import { configSchema, contributes } from '../../scripts/sync-manifest';
import { RULE_IDS } from '../../src/core/index';
import { COMMAND_TITLES } from '../../src/extension/constants';
import { SETTINGS } from '../../src/shared/settings-schema';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('extension manifest', () => {
  it('contributes exactly what the settings, commands and rules declare (run npm run sync-manifest)', () => {
    assert.deepEqual(manifest.contributes, JSON.parse(JSON.stringify(contributes())));
  });

  it('ships the .policylens.json schema generated from the rule registry', () => {
    const schema = JSON.parse(readFileSync(join(root, 'corpus/schema/policylens.schema.json'), 'utf8'));
    assert.deepEqual(schema, configSchema());
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
  });

  it('ships the team-pack schema, registered for *.policypack.json, with the corpus definitions and every rule', () => {
    const schema = JSON.parse(readFileSync(join(root, 'corpus/schema/policypack.schema.json'), 'utf8'));
    assert.deepEqual(schema, packSchema());
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
    assert.ok(manifest.contributes.jsonValidation.some((entry: { fileMatch: string; url: string }) => entry.fileMatch === '*.policypack.json' && entry.url === './corpus/schema/policypack.schema.json'));
  });

  it('declares every setting with a description and a scope', () => {
    for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties) as [string, { description: string; scope: string }][]) {
      assert.ok(setting.description.length > 10 && setting.scope, key);
    }
    assert.equal(Object.keys(manifest.contributes.configuration.properties).length, Object.keys(SETTINGS).length);
  });

  it('puts every palette command in the Policy Lens category', () => {
    const commands = manifest.contributes.commands as { command: string; category: string }[];
    assert.deepEqual(commands.map((c) => c.command).sort(), Object.keys(COMMAND_TITLES).sort());
    assert.ok(commands.every((c) => c.category === 'Policy Lens'));
  });

  it('has a web entry and a desktop entry, and says how it behaves in untrusted workspaces', () => {
    assert.equal(manifest.browser, './dist/extension-web.js');
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.equal(manifest.engines.vscode, '^1.91.0');
  });
});
