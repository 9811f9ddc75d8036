import assert from 'node:assert/strict';
import {
  buildTeamCorpus,
  bundledCorpus,
  DEFAULT_SEVERITIES,
  idFor,
  lintText,
  loadPacks,
  parsePack,
  PACK_LIMITS,
  resolveConfig,
  type LoadedPack,
  type PackProblem,
} from '../../src/core/index';
import { memoryHost } from './helpers/memory-host';
import { EXAMPLE_PACK_FILE, EXAMPLE_PACK_TEXT, PACK_TERM } from './helpers/pack-fixtures';

const EXAMPLE_FILE = EXAMPLE_PACK_FILE;
const EXAMPLE = EXAMPLE_PACK_TEXT;

const TERM = PACK_TERM;

function pack(fields: Record<string, unknown>, name = 'team'): string {
  return JSON.stringify({ name, version: '1.0.0', ...fields }, null, 2);
}

function load(text: string, file = 'team.policypack.json'): LoadedPack {
  const { loaded, problems } = parsePack(text, file, bundledCorpus);
  assert.deepEqual(problems, []);
  return loaded!;
}

function problemsOf(text: string): PackProblem[] {
  const { loaded, problems } = parsePack(text, 'bad.policypack.json', bundledCorpus);
  assert.equal(loaded, undefined, 'an invalid pack is never used');
  assert.ok(problems.length > 0);
  return problems;
}

describe('team packs: parsing and validation', () => {
  it('accepts the example pack and records where each entry is', () => {
    const loaded = load(EXAMPLE, EXAMPLE_FILE);
    assert.equal(loaded.pack.terms?.length, 7);
    assert.deepEqual(loaded.locations.get('term:hbm'), { file: EXAMPLE_FILE, line: 6, column: 5 });
    assert.ok(loaded.locations.has('snippet:Chokepoint assessment'));
  });

  it('reports invalid JSON at its position, and refuses comments', () => {
    const [problem] = problemsOf('{\n  "name": "team",\n  "version": "1.0.0"\n  "terms": []\n}');
    assert.deepEqual([problem.line, problem.column], [4, 3]);
    assert.match(problem.message, /invalid JSON: comma expected/);
    assert.match(problemsOf('{ // house pack\n "name": "t", "version": "1.0.0" }')[0].message, /invalid JSON/);
  });

  it('names the field and the entry for wrong types, unknown fields and missing fields', () => {
    const text = pack({ terms: [{ ...TERM, kind: 'initialism', extra: true }, { ...TERM, id: 'x', definition: 42 }] });
    const messages = problemsOf(text).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
    assert.ok(messages.some((m) => /terms\[0\]\.kind must be one of "acronym", "term"/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /unknown field "extra" in terms\[0\]/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /terms\[1\]\.definition must be text$/.test(m)), messages.join('\n'));
    assert.match(problemsOf(JSON.stringify({ name: 'team' }))[0].message, /the pack is missing the required field "version"/);
    assert.match(problemsOf(pack({ version: '1.0' }))[0].message, /version must be a semantic version such as 1\.0\.0/);
    const kind = problemsOf(text).find((problem) => problem.message.includes('.kind'))!;
    assert.equal(text.split('\n')[kind.line - 1].slice(kind.column - 1).trim(), '"initialism",');
  });

  it('reports duplicate ids, a twice-defined acronym and references to unknown entries', () => {
    const messages = problemsOf(pack({
      terms: [TERM, { ...TERM, expansion: 'Another Packaging Group' }, { ...TERM, id: 'apwg-2', see: ['no-such-term'], recommendations: ['no-such-recommendation'] }],
      recommendations: [{ id: 'r1', title: 'Do the thing', summary: 'A summary long enough for the schema.', actor: 'Congress', sectors: ['trade'], terms: ['apwg', 'ghost'], source: { id: 'nowhere' }, year: 2026 }],
    })).map((problem) => problem.message);
    assert.ok(messages.includes('terms[1].id "apwg" is already the id of terms[0] (an id not written is made from the term); give one of them its own, for example "id": "apwg-2"'), messages.join('\n'));
    assert.ok(messages.includes('terms[1].term defines the acronym "APWG" again; terms[0] ("apwg") already does'));
    assert.ok(messages.some((m) => m.startsWith('terms[2].see[0] refers to unknown term "no-such-term"')));
    assert.ok(messages.some((m) => m.startsWith('terms[2].recommendations[0] refers to unknown recommendation "no-such-recommendation"')));
    assert.ok(messages.some((m) => m.startsWith('recommendations[0].terms[1] refers to unknown term "ghost"')));
    assert.ok(messages.some((m) => m.startsWith('recommendations[0].source.id refers to unknown source "nowhere"')));
  });

  it('lets a pack cite and link entries of the bundled corpus', () => {
    load(pack({ terms: [{ ...TERM, see: ['chips-act'], recommendations: ['t12-fund-chips-and-cooperate-with-allies'] }] }));
  });

  it('refuses an empty file, a file over the size limit and counts over the limits', () => {
    assert.match(problemsOf('  \n')[0].message, /empty/);
    assert.equal(problemsOf(' '.repeat(PACK_LIMITS.fileBytes + 1))[0].message, 'the pack is 2,097,153 bytes; packs are limited to 2,097,152 bytes (2 MB)');
    // The limit is in bytes: 700,000 three-byte characters are over it.
    assert.match(problemsOf(`"${'€'.repeat(700_000)}"`)[0].message, /the pack is 2,100,002 bytes/);
    const many = Array.from({ length: PACK_LIMITS.allow + 1 }, (_, i) => `A${i}`);
    assert.match(problemsOf(pack({ allow: many }))[0].message, /allow must NOT have more than 2000 items/);
  });

  it('refuses deep nesting before parsing, instead of overflowing the stack', () => {
    const deep = `{"name":"deep","version":"1.0.0","description":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const [problem] = problemsOf(deep);
    assert.equal(problem.message, 'objects and lists are nested more than 32 levels deep; a pack needs no more than five');
    assert.equal(problem.column, 79, 'at the bracket that goes one level too deep');
  });

  it('reports keys that appear twice in one object, which JSON would silently collapse', () => {
    const problems = problemsOf('{"name":"dup","name":"dup2","version":"1.0.0","snippets":{"a":{"prefix":"one","body":"1"},"a":{"prefix":"two","body":"2"}}}');
    assert.deepEqual(problems.map((p) => `${p.column} ${p.message}`), ['15 the key "name" appears twice in the same object; JSON keeps only the last one', '91 the key "a" appears twice in the same object; JSON keeps only the last one']);
  });

  it('says that packs are plain JSON when it meets a comment or a trailing comma', () => {
    assert.deepEqual(problemsOf('{ // house pack\n "name": "t", "version": "1.0.0" }').map((p) => p.message), ['invalid JSON: comments are not allowed: a pack is plain JSON']);
    assert.equal(problemsOf('{ "name": "t", "version": "1.0.0", }')[0].message, 'invalid JSON: trailing comma: a pack is plain JSON, so remove the comma before the closing bracket');
  });

  it('warns about placeholder definitions but still loads the pack', () => {
    const { loaded, problems } = parsePack(pack({ terms: [{ ...TERM, definition: 'Defined in memo.md as "X". Replace this sentence with a definition in plain words.' }] }), 'p.policypack.json', bundledCorpus);
    assert.ok(loaded);
    assert.deepEqual(problems.map((p) => [p.severity, p.message]), [['warning', 'terms[0].definition is still the placeholder; write what APWG means in plain words']]);
  });

  it('accepts a byte-order mark and keeps positions', () => {
    const loaded = load(`\uFEFF${pack({ terms: [TERM] })}`);
    assert.equal(loaded.locations.get('term:apwg')?.line, 5);
  });

  it('only holds data: snippets are text and rules are levels', () => {
    assert.match(problemsOf(pack({ rules: { 'acronym-undefined': 'loud' } }))[0].message, /rules\["acronym-undefined"\] must be one of/);
    assert.match(problemsOf(pack({ rules: { 'run-script': 'error' } }))[0].message, /unknown field "run-script" in rules/);
    assert.deepEqual(problemsOf(pack({ snippets: { s: { prefix: 'p', body: { code: 'x' } } } })).map((p) => p.message), ['snippets.s.body must be text or a list']);
    // A body of the right type but too long is told about its length, not its type.
    assert.deepEqual(problemsOf(pack({ snippets: { s: { prefix: 'p', body: 'x'.repeat(PACK_LIMITS.snippetLineLength + 1) } } })).map((p) => p.message), ['snippets.s.body must NOT have more than 2000 characters']);
    assert.deepEqual(problemsOf(pack({ snippets: { s: { prefix: 'p', body: Array(PACK_LIMITS.snippetLines + 1).fill('x') } } })).map((p) => p.message), ['snippets.s.body must NOT have more than 500 items']);
  });
});

describe('team packs: scaffolding', () => {
  it('makes ids from names in any script, without mangling accented letters', () => {
    assert.deepEqual([idFor('ÖVP'), idFor('O-RAN'), idFor('Über Team', 'team'), idFor('—', 'team')], ['ovp', 'o-ran', 'uber-team', 'team']);
  });
});

describe('team packs: precedence and conflicts', () => {
  const first = load(pack({ terms: [TERM], rules: { 'term-reference': 'off' }, allow: ['TSMC'] }, 'first'), 'packs/first.policypack.json');
  const second = load(pack({ terms: [{ ...TERM, id: 'apwg-team', expansion: 'Allied Packaging Working Group' }], rules: { 'term-reference': 'warning' } }, 'second'), 'packs/second.policypack.json');

  it('adds pack terms to the index, with hovers and linked recommendations', () => {
    const team = buildTeamCorpus(bundledCorpus, [load(EXAMPLE, EXAMPLE_FILE)]);
    const hbm = team.index.acronym('HBM');
    assert.equal(hbm?.expansion, 'high-bandwidth memory');
    assert.deepEqual(team.index.recommendationsOf(hbm!).map((r) => r.id), ['ssco-map-packaging-chokepoints']);
    // A pack recommendation that names a bundled term links back to it.
    assert.ok(team.index.recommendationsOf(team.index.acronym('BIS')!).some((r) => r.id === 'ssco-align-sme-controls'));
    assert.equal(team.snippets.length, 2);
    // Five of the pack's seven terms are new; its SME (semiconductor manufacturing equipment) replaces the
    // bundled SME (small and medium-sized enterprises), and its HBM the bundled HBM, since a pack acronym
    // takes over the bundled one.
    assert.equal(team.index.acronym('SME')?.expansion, 'semiconductor manufacturing equipment');
    assert.ok(bundledCorpus.terms.some((term) => term.term === 'HBM'));
    assert.equal(team.index.terms.length, bundledCorpus.terms.length + 5);
  });

  it('lets the later pack win an acronym both define, and warns in the later pack naming both entries', () => {
    const team = buildTeamCorpus(bundledCorpus, [first, second]);
    assert.equal(team.index.acronym('APWG')?.expansion, 'Allied Packaging Working Group');
    assert.equal(team.index.term('apwg'), undefined);
    assert.equal(team.conflicts.length, 1);
    const [conflict] = team.conflicts;
    assert.equal(conflict.file, 'packs/second.policypack.json');
    assert.equal(conflict.severity, 'warning');
    assert.equal(conflict.message, '"APWG" (Allied Packaging Working Group), id "apwg-team" replaces "APWG" (Advanced Packaging Working Group), id "apwg" from an earlier pack; the later pack wins');
    assert.deepEqual([conflict.related?.file, conflict.related?.line, conflict.related?.column], ['packs/first.policypack.json', 5, 5]);
  });

  it('does not warn when a pack repeats an entry with the same meaning, or overrides the bundled corpus', () => {
    const same = load(pack({ terms: [{ ...TERM, definition: 'The same group, described in other words by another team.' }] }, 'same'), 'same.policypack.json');
    assert.deepEqual(buildTeamCorpus(bundledCorpus, [first, same]).conflicts, []);
    const override = load(pack({ terms: [{ ...TERM, id: 'team-tpa', term: 'TPA', expansion: 'Third-Party Assessment' }] }), 'o.policypack.json');
    const team = buildTeamCorpus(bundledCorpus, [override]);
    assert.deepEqual(team.conflicts, []);
    assert.equal(team.index.acronym('TPA')?.id, 'team-tpa');
    assert.equal(team.index.term('tpa'), undefined);
  });

  it('layers rule levels and allowed acronyms: packs in order, then the workspace', () => {
    const team = buildTeamCorpus(bundledCorpus, [first, second]);
    const packsOnly = resolveConfig(DEFAULT_SEVERITIES, ...team.configLayers);
    assert.equal(packsOnly.levels.get('term-reference'), 'warning');
    assert.ok(packsOnly.allow.has('TSMC'));
    const withWorkspace = resolveConfig(DEFAULT_SEVERITIES, ...team.configLayers, { rules: { 'term-reference': 'info' } });
    assert.equal(withWorkspace.levels.get('term-reference'), 'info');
  });

  it('lints with pack terms: a pack acronym used without a definition is reported with its expansion', () => {
    const team = buildTeamCorpus(bundledCorpus, [load(EXAMPLE, EXAMPLE_FILE)]);
    const config = resolveConfig(DEFAULT_SEVERITIES, ...team.configLayers);
    const findings = lintText('# Memo\n\nSupply of HBM is tight, and TSMC packages most of it.\n', { index: team.index, config });
    const undefinedAcronyms = findings.filter((finding) => finding.ruleId === 'acronym-undefined');
    assert.deepEqual(undefinedAcronyms.map((finding) => finding.fix?.text), ['high-bandwidth memory (HBM)']);
  });
});

describe('team packs: finding and loading', () => {
  const origin = { file: '/ws/.policylens.json', line: 3, column: 14 };
  const good = pack({ terms: [TERM] }, 'good');

  it('loads packs by relative path and from npm packages, in order', async () => {
    const host = memoryHost({
      '/ws/packs/good.policypack.json': good,
      '/node_modules/@office/glossary/package.json': JSON.stringify({ name: '@office/glossary', policyLensPack: 'data/glossary.policypack.json' }),
      '/node_modules/@office/glossary/data/glossary.policypack.json': EXAMPLE,
      '/ws/node_modules/plain-pack/package.json': '{"name":"plain-pack"}',
      '/ws/node_modules/plain-pack/plain.policypack.json': pack({ allow: ['XYZ'] }, 'plain'),
    });
    const { packs, problems } = await loadPacks(
      ['packs/good.policypack.json', '@office/glossary', 'plain-pack'].map((reference) => ({ reference, folder: '/ws', origin })),
      host,
      bundledCorpus,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(packs.map((loaded) => loaded.pack.name), ['good', 'semiconductor-supply-chain-office', 'plain']);
  });

  it('reports a missing pack at the place the configuration names it, and still loads the others', async () => {
    const host = memoryHost({ '/ws/good.policypack.json': good, '/ws/broken.policypack.json': '{ "name": ' });
    const references = ['missing.policypack.json', 'broken.policypack.json', 'not-installed', 'good.policypack.json'].map((reference) => ({ reference, folder: '/ws', origin }));
    const { packs, problems } = await loadPacks(references, host, bundledCorpus);
    assert.deepEqual(packs.map((loaded) => loaded.pack.name), ['good']);
    const lines = problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`);
    assert.deepEqual(lines, [
      '/ws/.policylens.json:3:14 pack "missing.policypack.json": the file does not exist (/ws/missing.policypack.json)',
      '/ws/broken.policypack.json:1:11 invalid JSON: value expected',
      '/ws/broken.policypack.json:1:11 invalid JSON: close brace expected',
      '/ws/.policylens.json:3:14 pack "broken.policypack.json" was not loaded because of 2 error(s) in it',
      '/ws/.policylens.json:3:14 pack "not-installed": cannot find the npm package "not-installed" in a node_modules folder at or above /ws (up to the repository root); install it, or give a path ending in .policypack.json',
    ]);
  });

  it('looks for npm packages up to the repository root, not above it', async () => {
    const host = memoryHost({
      '/repo/.git/HEAD': '',
      '/node_modules/outside-pack/package.json': '{"name":"outside-pack"}',
      '/node_modules/outside-pack/outside.policypack.json': good,
    });
    const { packs, problems } = await loadPacks([{ reference: 'outside-pack', folder: '/repo/docs', origin }], host, bundledCorpus);
    assert.deepEqual(packs, []);
    assert.match(problems[0].message, /cannot find the npm package "outside-pack"/);
    assert.ok(!host.reads.some((path) => path.startsWith('/node_modules/')), host.reads.join(', '));
  });

  it('never reads more of a huge pack than the limit', async () => {
    const host = memoryHost({ '/ws/huge.policypack.json': ' '.repeat(PACK_LIMITS.fileBytes + 10) });
    const { problems } = await loadPacks([{ reference: 'huge.policypack.json', folder: '/ws', origin }], host, bundledCorpus);
    assert.equal(problems[0].message, 'pack "huge.policypack.json": the pack is 2,097,162 bytes; packs are limited to 2,097,152 bytes (2 MB) (/ws/huge.policypack.json)');
  });

  it('refuses a package whose policyLensPack points outside the package', async () => {
    const host = memoryHost({
      '/ws/node_modules/sly/package.json': JSON.stringify({ name: 'sly', policyLensPack: '../../secret.policypack.json' }),
      '/ws/secret.policypack.json': good,
    });
    const { packs, problems } = await loadPacks([{ reference: 'sly', folder: '/ws', origin }], host, bundledCorpus);
    assert.deepEqual(packs, []);
    assert.match(problems[0].message, /"policyLensPack" must be a path inside the package/);
  });

  it('loads a pack named twice once', async () => {
    const host = memoryHost({ '/ws/good.policypack.json': good });
    const { packs } = await loadPacks(['good.policypack.json', './good.policypack.json'].map((reference) => ({ reference, folder: '/ws', origin })), host, bundledCorpus);
    assert.equal(packs.length, 1);
  });
});
