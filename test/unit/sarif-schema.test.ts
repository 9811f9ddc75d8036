import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { main } from '../../src/cli/main';
import { FIXTURES } from './helpers/fixtures';

/** The official SARIF 2.1.0 schema (draft-04), compiled with ajv 8: see test/fixtures/sarif/README.md. */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as { id: string; $schema: string } & Record<string, unknown>;
  const { id, $schema: _draft04, ...rest } = schema;
  // Its language pattern has a stray "]", which only non-Unicode regular expressions accept (as draft-04 validators compile them).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
  return ajv.compile({ ...rest, $id: id });
}

describe('SARIF output against the official SARIF 2.1.0 schema', () => {
  const validate = sarifValidator();
  let root = '';

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-sarif-'));
    // Every rule's fixture, so every rule, fix and related location shows up in the log; names with spaces and "#".
    for (const file of fs.readdirSync(path.join(FIXTURES, 'rules'))) fs.copyFileSync(path.join(FIXTURES, 'rules', file), path.join(root, file));
    fs.writeFileSync(path.join(root, 'memo #1 (draft).md'), 'USTR met.\n');
    // The review preset turns on the rules that are off by default, and the rules no preset turns on are named, so they report too.
    fs.writeFileSync(path.join(root, '.policylens.json'), '{ "extends": "policy-lens:review", "rules": { "claim-unsourced": "warning", "term-reference": "info" } }\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  async function sarif(args: string[]): Promise<unknown> {
    let stdout = '';
    await main(['lint', ...args, '--format', 'sarif'], { cwd: root, stdout: (text) => (stdout += text), stderr: () => {}, isTty: false });
    return JSON.parse(stdout);
  }

  it('validates a log with findings of every rule, fixes and odd file names', async () => {
    const log = (await sarif(['.'])) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] };
    const results = log.runs[0].results;
    assert.ok(new Set(results.map((result) => result.ruleId)).size >= 11, 'every rule has results');
    assert.ok(results.some((result) => result.fixes), 'some results carry fixes');
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
  });

  it('validates a log with no results', async () => {
    fs.writeFileSync(path.join(root, 'clean.md'), 'Nothing to report.\n');
    assert.equal(validate(await sarif(['clean.md'])), true, JSON.stringify(validate.errors));
  });

  it('rejects what the schema forbids, so a pass means something', async () => {
    const log = (await sarif(['memo #1 (draft).md'])) as { runs: { results: { level: string }[]; columnKind: string }[] };
    assert.equal(validate(log), true);
    log.runs[0].results[0].level = 'fatal';
    assert.equal(validate(log), false);
    log.runs[0].results[0].level = 'note';
    log.runs[0].columnKind = 'bytes';
    assert.equal(validate(log), false);
  });
});
