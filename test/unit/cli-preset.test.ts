import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers/run-cli';

describe('cli: the policy-lens:review preset', () => {
  let root = '';
  const memo = '## Recommendations\n\n- Grants should be renewed every year.\n';
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-preset-'));
    for (const [folder, config] of [
      ['plain', '{}'],
      ['review', '{ "extends": "policy-lens:review" }'],
      ['review-but-off', '{ "extends": "policy-lens:review", "rules": { "passive-recommendation": "off" } }'],
      ['unknown', '{\n  "extends": "policy-lens:strict"\n}'],
    ]) {
      fs.mkdirSync(path.join(root, folder));
      fs.writeFileSync(path.join(root, folder, '.policylens.json'), config);
      fs.writeFileSync(path.join(root, folder, 'memo.md'), memo);
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const passives = async (folder: string) => {
    const { stdout } = await runCli(['lint', `${folder}/memo.md`, '--format', 'json'], root);
    const [result] = JSON.parse(stdout) as { messages: { ruleId: string; severity: string }[] }[];
    return result.messages.filter((message) => message.ruleId === 'passive-recommendation').map((message) => message.severity);
  };

  it('reports a rule that is off by default only in a folder whose configuration extends the preset', async () => {
    assert.deepEqual(await passives('plain'), []);
    assert.deepEqual(await passives('review'), ['warning']);
    assert.deepEqual(await passives('review-but-off'), []);
  });

  it('refuses an unknown preset with file, line and column (exit 2)', async () => {
    const { code, stderr } = await runCli(['lint', 'unknown/memo.md'], root);
    assert.equal(code, 2);
    assert.match(stderr, /\.policylens\.json:2:14.*unknown preset "policy-lens:strict"/);
  });
});
