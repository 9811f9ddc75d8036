import assert from 'node:assert/strict';
import { buildTeamCorpus, bundledCorpus, DEFAULT_SEVERITIES, lintText, parsePack, resolveConfig, termHoverMarkdown, type PackProblem } from '../../src/core/index';

// The smallest packs a team writes by hand, typed out here as a person would, not generated.
const WORD_LIST_PACK = `{
  "name": "trade-office",
  "version": "1.0.0",
  "terms": [
    { "term": "APWG", "expansion": "Advanced Packaging Working Group" },
    { "term": "house view", "definition": "The position the office has agreed on, which every memo states first." }
  ]
}
`;

function parse(text: string) {
  return parsePack(text, 'team.policypack.json', bundledCorpus);
}

function messages(problems: readonly PackProblem[]): string[] {
  return problems.map((problem) => `${problem.line}:${problem.column} ${problem.severity}: ${problem.message}`);
}

describe('team packs: as easy as a word list', () => {
  it('accepts terms written with only a name and an expansion or a definition, and fills in the rest', () => {
    const { loaded, problems } = parse(WORD_LIST_PACK);
    assert.deepEqual(messages(problems), []);
    const [acronym, term] = loaded!.pack.terms!;
    assert.deepEqual(
      { id: acronym.id, kind: acronym.kind, category: acronym.category, status: acronym.status, asOf: acronym.asOf, sources: acronym.sources, definition: acronym.definition },
      { id: 'apwg', kind: 'acronym', category: 'general', status: 'current', asOf: 'trade-office 1.0.0', sources: [{ id: 'trade-office-glossary' }], definition: '' },
    );
    assert.equal(term.kind, 'term');
    assert.equal(term.id, 'house-view');
    assert.deepEqual(loaded!.pack.sources, [{ id: 'trade-office-glossary', title: 'House glossary of trade-office', organisation: 'trade-office team', date: 'version 1.0.0' }]);
    assert.deepEqual(loaded!.locations.get('term:house-view'), { file: 'team.policypack.json', line: 6, column: 5 });
  });

  it('uses the pack-level date and default source when the team gives them', () => {
    const text = JSON.stringify({
      name: 'trade-office',
      version: '2.0.0',
      asOf: '2026-11',
      defaultSource: 'usitc-hts',
      sources: [{ id: 'usitc-hts', title: 'Harmonized Tariff Schedule', organisation: 'U.S. International Trade Commission', date: '2026' }],
      terms: [{ term: 'HTS', expansion: 'Harmonized Tariff Schedule' }, { term: 'TPA', expansion: 'Trade Promotion Authority', asOf: '2026-12', sources: [{ id: 'usitc-hts', section: 'General Notes' }] }],
    });
    const { loaded, problems } = parse(text);
    assert.deepEqual(messages(problems), []);
    const [hts, tpa] = loaded!.pack.terms!;
    assert.equal(hts.asOf, '2026-11');
    assert.deepEqual(hts.sources, [{ id: 'usitc-hts' }]);
    assert.equal(tpa.asOf, '2026-12');
    assert.deepEqual(JSON.parse(JSON.stringify(tpa.sources)), [{ id: 'usitc-hts', section: 'General Notes' }]);
    assert.equal(loaded!.pack.sources!.length, 1, 'no house source is added when every term has one');
  });

  it('lints and hovers with a minimal pack like with the bundled glossary', () => {
    const { loaded } = parse(WORD_LIST_PACK);
    const team = buildTeamCorpus(bundledCorpus, [loaded!]);
    const config = resolveConfig(DEFAULT_SEVERITIES, { rules: { 'acronym-undefined': 'warning' } });
    const findings = lintText('# Memo\n\nThe APWG meets in March.\n', { index: team.index, config }).filter((finding) => finding.ruleId === 'acronym-undefined');
    assert.deepEqual(findings.map((finding) => finding.fix?.text), ['Advanced Packaging Working Group (APWG)']);
    const hover = termHoverMarkdown(team.index.acronym('APWG')!, team.index, 3, { insertRecommendation: 'x.insert', showRecommendation: 'x.show', showRelatedRecommendations: 'x.related', explainTerm: 'x.explain' });
    assert.match(hover, /Advanced Packaging Working Group/);
    assert.match(hover, /House glossary of trade-office/);
  });

  it('refuses only what would leave an entry empty, and says what to write', () => {
    const text = JSON.stringify({ name: 'team', version: '1.0.0', terms: [{ term: 'APWG', kind: 'acronym' }, { term: 'house view' }] }, null, 2);
    const { loaded, problems } = parse(text);
    assert.equal(loaded, undefined);
    assert.deepEqual(
      problems.map((problem) => problem.message),
      [
        'terms[0].kind is an acronym without an expansion; add what it stands for, for example "expansion": "Trade Promotion Authority"',
        'terms[1] ("house view") needs a definition, for example "definition": "What the term means, in one or two plain sentences."',
      ],
    );
  });

  it('warns, and still loads, where a reader would be misled', () => {
    const text = JSON.stringify({
      name: 'team',
      version: '1.0.0',
      terms: [
        { term: 'SCRB', definition: 'The board that reviews supply-chain risk for the office.' },
        { term: 'Old Framework', definition: 'The arrangement the office used before the current one.', status: 'outdated' },
      ],
    }, null, 2);
    const { loaded, problems } = parse(text);
    assert.ok(loaded, 'warnings do not stop a pack loading');
    assert.deepEqual(problems.map((problem) => [problem.severity, problem.message.split(';')[0]]), [
      ['warning', 'terms[0].term "SCRB" looks like an acronym but has no expansion, so it is treated as a word and hovers cannot say what it stands for'],
      ['warning', 'terms[1].status says "outdated" without saying what replaced it or why'],
    ]);
  });

  it('suggests the field a misspelt one meant, with a line to copy', () => {
    const text = JSON.stringify({ name: 'team', version: '1.0.0', terms: [{ term: 'house view', defintion: 'The position the office has agreed on.' }] }, null, 2);
    const messagesOf = parse(text).problems.map((problem) => problem.message);
    assert.ok(
      messagesOf.includes('unknown field "defintion" in terms[0]; did you mean "definition"? For example "definition": "What the term means, in one or two plain sentences."'),
      messagesOf.join('\n'),
    );
  });

  it('reports a default source that exists nowhere', () => {
    const { loaded, problems } = parse(JSON.stringify({ name: 'team', version: '1.0.0', defaultSource: 'no-such-source', terms: [{ term: 'TPA', expansion: 'Trade Promotion Authority' }] }));
    assert.equal(loaded, undefined);
    assert.match(problems[0].message, /^defaultSource refers to unknown source "no-such-source"/);
  });
});
