import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledCorpus, parsePack } from '../../src/core/index';
import { EXAMPLE_PACK_PATH, EXAMPLE_PACK_TEXT, PACK_TERM } from './helpers/pack-fixtures';
import { runCli } from './helpers/run-cli';

const EXAMPLE_PACK = EXAMPLE_PACK_PATH;

const TERM = PACK_TERM;

describe('CLI: team packs', () => {
  let root = '';
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-packs-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('pack validate: exit 0 for a valid pack, 2 with every error as file:line:column', async () => {
    write('good.policypack.json', EXAMPLE_PACK_TEXT);
    write('bad.policypack.json', '{\n  "name": "bad",\n  "version": "one",\n  "terms": [{ "id": "x" }]\n}\n');
    const good = await runCli(['pack', 'validate', 'good.policypack.json'], root);
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /good\.policypack\.json: valid \(semiconductor-supply-chain-office 1\.2\.0: 7 terms, 2 recommendations, 2 sources, 2 snippets\)/);
    const both = await runCli(['pack', 'validate', 'good.policypack.json', 'bad.policypack.json', 'missing.policypack.json'], root);
    assert.equal(both.code, 2);
    const errors = both.stderr.trim().split('\n');
    assert.ok(errors.includes('bad.policypack.json:3:14: error: version must be a semantic version such as 1.0.0'), both.stderr);
    assert.ok(errors.includes('bad.policypack.json:4:13: error: terms[0] is missing the required field "term"; for example "term": "TPA"'), both.stderr);
    assert.ok(!errors.some((error) => error.includes('"expansion"')), 'no conditional requirement without its condition');
    assert.ok(errors.includes('missing.policypack.json:1:1: error: the file does not exist'), both.stderr);
    assert.equal(errors.at(-1), '2 of 3 packs invalid');
  });

  it('pack validate: warns when packs given together define an acronym differently', async () => {
    write('a.policypack.json', JSON.stringify({ name: 'a', version: '1.0.0', terms: [TERM] }, null, 2));
    write('b.policypack.json', JSON.stringify({ name: 'b', version: '1.0.0', terms: [{ ...TERM, id: 'b-apwg', expansion: 'Allied Packaging Working Group' }] }, null, 2));
    const result = await runCli(['pack', 'validate', 'a.policypack.json', 'b.policypack.json'], root);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'b.policypack.json:5:5: warning: "APWG" (Allied Packaging Working Group), id "b-apwg" replaces "APWG" (Advanced Packaging Working Group), id "apwg" from an earlier pack; the later pack wins (earlier: a.policypack.json:5:5)\n');
  });

  it('pack init: scaffolds a valid pack from the acronyms the memos define, and never overwrites', async () => {
    write('memos/a.md', '# Memo\n\nThe Advanced Packaging Working Group (APWG) met. The APWG and the Trade Promotion Authority (TPA) matter.\n');
    const result = await runCli(['pack', 'init', 'office.policypack.json', '--from', 'memos'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /wrote office\.policypack\.json with 1 acronym defined in the memos \(APWG\)/);
    const text = fs.readFileSync(path.join(root, 'office.policypack.json'), 'utf8');
    const { loaded, problems } = parsePack(text, 'office.policypack.json', bundledCorpus);
    assert.deepEqual(problems.map((problem) => problem.severity), ['warning'], 'only the placeholder definition to replace');
    assert.equal(loaded!.pack.name, 'office');
    assert.deepEqual(loaded!.pack.terms!.map((term) => [term.term, term.expansion]), [['APWG', 'Advanced Packaging Working Group']]);
    fs.writeFileSync(path.join(root, 'office.policypack.json'), '{"keep": "me"}');
    const again = await runCli(['pack', 'init', 'office.policypack.json'], root);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /office\.policypack\.json already exists; nothing was written/);
    assert.equal(fs.readFileSync(path.join(root, 'office.policypack.json'), 'utf8'), '{"keep": "me"}');
    assert.equal((await runCli(['pack', 'init', 'office.json'], root)).code, 2);
    const missing = await runCli(['pack', 'init', 'other.policypack.json', '--from', 'nothere.md'], root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nothere\.md: no such file or folder\npolicy-lens: nothing was written/);
    assert.ok(!fs.existsSync(path.join(root, 'other.policypack.json')));
    const tiny = await runCli(['pack', 'init', 'a.policypack.json'], root);
    assert.equal(tiny.code, 0, tiny.stderr);
    assert.equal(JSON.parse(fs.readFileSync(path.join(root, 'a.policypack.json'), 'utf8')).sources[0].organisation, 'a team');
    assert.equal((await runCli(['pack', 'frobnicate'], root)).code, 2);
  });

  it('lint uses the packs the configuration names: pack terms, rule levels and allowed acronyms', async () => {
    write('packs/team.policypack.json', JSON.stringify({ name: 'team', version: '1.0.0', terms: [TERM], rules: { 'term-reference': 'off' }, allow: ['XYZ'] }));
    write('.policylens.json', '{ "packs": ["packs/team.policypack.json"] }');
    write('memo.md', '# Memo\n\nThe APWG met XYZ officials about the CHIPS Act.\n');
    const result = await runCli(['lint', 'memo.md', '--format', 'json'], root);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; message: string; fix?: { text: string } }[] }[];
    assert.deepEqual(file.messages.map((m) => [m.ruleId, m.fix?.text]), [['acronym-undefined', 'Advanced Packaging Working Group (APWG)']]);
    assert.equal(result.code, 0, result.stderr);
  });

  it('lint reports a broken pack with its position, exits 2, and still lints with the other packs', async () => {
    write('packs/team.policypack.json', JSON.stringify({ name: 'team', version: '1.0.0', terms: [TERM] }));
    write('packs/broken.policypack.json', '{ "name": "broken", "version": "1.0.0", "terms": [ { "id": 7 } ] }');
    write('.policylens.json', '{\n  "packs": [\n    "packs/broken.policypack.json",\n    "no-such-package",\n    "packs/team.policypack.json"\n  ]\n}\n');
    write('memo.md', '# Memo\n\nThe APWG met.\n');
    const result = await runCli(['lint', 'memo.md', '--format', 'json'], root);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /packs\/broken\.policypack\.json:1:60: terms\[0\]\.id must be text/);
    assert.match(result.stderr, /\.policylens\.json:3:5: pack "packs\/broken\.policypack\.json" was not loaded because of 2 error\(s\) in it/);
    assert.match(result.stderr, /\.policylens\.json:4:5: pack "no-such-package": cannot find the npm package "no-such-package"/);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; fix?: { text: string } }[] }[];
    assert.ok(file.messages.some((m) => m.ruleId === 'acronym-undefined' && m.fix?.text === 'Advanced Packaging Working Group (APWG)'));
  });

  it('report uses the packs too: pack terms and their recommendations appear in the memo\'s report', async () => {
    write('.policylens.json', JSON.stringify({ packs: [EXAMPLE_PACK] }));
    write('memo.md', '# Memo\n\nHBM supply is tight.\n');
    const result = await runCli(['report', 'memo.md', '--format', 'json'], root);
    assert.equal(result.stderr, '');
    const [memo] = (JSON.parse(result.stdout) as { memos: { findings: { ruleId: string; message: string }[] }[] }).memos;
    assert.ok(memo.findings.some((f) => f.ruleId === 'acronym-undefined' && f.message.includes('"high-bandwidth memory (HBM)"')), JSON.stringify(memo.findings));
  });

  it('lint finds a pack installed as an npm package', async () => {
    write('node_modules/@office/glossary/package.json', JSON.stringify({ name: '@office/glossary', version: '1.0.0', policyLensPack: 'glossary.policypack.json' }));
    write('node_modules/@office/glossary/glossary.policypack.json', JSON.stringify({ name: '@office/glossary', version: '1.0.0', terms: [TERM] }));
    write('memos/.policylens.json', '{ "packs": ["@office/glossary"] }');
    write('memos/memo.md', '# Memo\n\nThe APWG met.\n');
    const result = await runCli(['lint', 'memos', '--format', 'json'], root);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /Advanced Packaging Working Group \(APWG\)/);
  });

  it('explain and search use the packs of the configuration', async () => {
    write('.policylens.json', JSON.stringify({ packs: [EXAMPLE_PACK] }));
    const explained = await runCli(['explain', 'HBM'], root);
    assert.equal(explained.code, 0, explained.stderr);
    assert.match(explained.stdout, /^HBM — high-bandwidth memory/);
    assert.match(explained.stdout, /ssco-map-packaging-chokepoints: Map single points of failure/);
    // A query in the pack recommendation's own words: "packaging chokepoints" now also finds the glossary's chokepoint and advanced-packaging entries, each as close.
    const found = await runCli(['search', 'HBM packaging supply', '--format', 'json'], root);
    assert.equal((JSON.parse(found.stdout) as { id: string }[])[0]?.id, 'ssco-map-packaging-chokepoints', found.stdout);
    // OSAT is only in the pack: without its configuration, explain does not know it.
    assert.equal((await runCli(['explain', 'OSAT'], root)).code, 0);
    const elsewhere = await runCli(['explain', 'OSAT'], os.tmpdir());
    assert.equal(elsewhere.code, 2);
    write('other/.policylens.json', JSON.stringify({ packs: [EXAMPLE_PACK, 'gone.policypack.json'] }));
    const broken = await runCli(['explain', 'HBM'], path.join(root, 'other'));
    assert.equal(broken.code, 2, 'a missing pack fails the run, as in lint');
    assert.match(broken.stdout, /^HBM — high-bandwidth memory/, 'and the answer still comes from the packs that loaded');
    assert.match(broken.stderr, /\.policylens\.json:1:\d+: error: pack "gone\.policypack\.json": the file does not exist/);
  });
});
