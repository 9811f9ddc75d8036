import assert from 'node:assert/strict';
import { analyzeDocument, DEFAULT_SEVERITIES, getBundledIndex, lintAnalysis, lintText, parseMarkdown, parseConfig, resolveConfig, REVIEW_PRESET, RULE_IDS, type PolicyLensConfig } from '../../src/core/index';
import vaguePhrases from '../../src/core/rules/data/vague-phrases.json';
import memoTypes from '../../src/core/rules/data/memo-types.json';
import acronymWords from '../../src/core/rules/data/acronym-words.json';
import { withDefaults } from '../../src/core/rule-options';
import { defineRule, type RuleContext } from '../../src/core/rules/rule';

const lint = (text: string, ...layers: PolicyLensConfig[]) => lintText(text, { index: getBundledIndex(), config: resolveConfig(DEFAULT_SEVERITIES, ...layers) });
const found = (text: string, ruleId: string, ...layers: PolicyLensConfig[]) => lint(text, ...layers).filter((f) => f.ruleId === ruleId).map((f) => text.slice(f.start, f.end));
const problemsOf = (text: string) => parseConfig(text, 'c.json', RULE_IDS).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('rule options in configuration', () => {
  it('reads [level, options] tuples next to plain levels', () => {
    const { config, problems } = parseConfig('{ "rules": { "sentence-length": ["warning", { "max": 20 }], "readability": ["off"], "term-reference": "off" } }', 'c.json', RULE_IDS);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { 'sentence-length': ['warning', { max: 20 }], readability: ['off'], 'term-reference': 'off' });
    const resolved = resolveConfig(DEFAULT_SEVERITIES, config);
    assert.equal(resolved.levels.get('sentence-length'), 'warning');
    assert.equal(resolved.levels.get('readability'), 'off');
    assert.deepEqual(resolved.options.get('sentence-length'), { max: 20 });
  });

  it('reports bad tuples, unknown options and wrong option types where they are', () => {
    const text = [
      '{ "rules": {',
      '  "sentence-length": ["loud", { "max": 20 }],',
      '  "readability": ["info", { "treshold": 12 }],',
      '  "vague-commitment": ["info", { "phrases": "seek to" }],',
      '  "claim-unsourced": ["info", { "citationPatterns": ["(unclosed"] }],',
      '  "memo-structure": ["info", { "types": { "brief": [] } }, 3],',
      '  "recommendation-actor": ["info", { "any": 1 }]',
      '} }',
    ].join('\n');
    assert.deepEqual(problemsOf(text), [
      '2:23 rule "sentence-length" has level "loud"; expected one of off, info, warning, error, or [level, { options }]',
      '3:29 rule "readability" has no option "treshold"; expected threshold, minWords',
      '4:45 rule "vague-commitment" option "phrases" must be an array of strings, found string "seek to"',
      '5:54 rule "claim-unsourced" option "citationPatterns" has an invalid regular expression "(unclosed": missing closing ): `(unclosed` (patterns run on a linear-time engine with RE2 syntax: no lookarounds or backreferences)',
      '6:21 rule "memo-structure" must be [level] or [level, { options }], found an array of 3',
      '7:38 rule "recommendation-actor" has no option "any"; it takes no options',
    ]);
  });

  it('checks numbers against their minimum', () => {
    assert.deepEqual(problemsOf('{ "rules": { "sentence-length": ["info", { "max": 0 }] } }'), ['1:51 rule "sentence-length" option "max" must be a whole number of at least 1, found number 0']);
    assert.deepEqual(problemsOf('{ "rules": { "sentence-length": ["info", { "max": 2.5 }] } }'), ['1:51 rule "sentence-length" option "max" must be a whole number of at least 1, found number 2.5']);
  });

  it('merges options key by key over layers', () => {
    const resolved = resolveConfig(DEFAULT_SEVERITIES, { rules: { readability: ['info', { threshold: 10, minWords: 5 }] } }, { rules: { readability: ['warning', { threshold: 12 }] } }, { rules: { readability: 'error' } });
    assert.equal(resolved.levels.get('readability'), 'error');
    assert.deepEqual(resolved.options.get('readability'), { threshold: 12, minWords: 5 });
  });
});

describe('option defaults and what a rule sees', () => {
  const specs = {
    limit: { kind: 'integer', minimum: 1, default: 35, description: 'A limit.' },
    words: { kind: 'stringList', default: [], description: 'Some words.' },
    name: { kind: 'string', description: 'A name, none by default.' },
  } as const;

  it('fills the declared defaults; a configured value wins; an option without a default stays unset', () => {
    assert.deepEqual(withDefaults(specs, undefined), { limit: 35, words: [] });
    assert.deepEqual(withDefaults(specs, { limit: 12, name: 'x' }), { limit: 12, words: [], name: 'x' });
    assert.deepEqual(withDefaults({}, { stray: 1 }), {});
  });

  it('hands a rule its own options with defaults, and the allow-list, but not the rest of the configuration', () => {
    const seen: RuleContext[] = [];
    const probe = defineRule({
      id: 'probe', description: 'Records its context.', defaultSeverity: 'warning', fixable: false, tags: [], options: specs,
      check(context) {
        seen.push(context as unknown as RuleContext);
      },
    });
    const config = resolveConfig(new Map([['probe', 'warning']]), { rules: { probe: ['warning', { name: 'mine' }], 'sentence-length': ['warning', { max: 3 }] }, allow: ['XYZ'] });
    lintAnalysis(analyzeDocument(parseMarkdown('Text.\n'), getBundledIndex()), config, [probe]);
    assert.equal(seen.length, 1);
    assert.deepEqual(Object.keys(seen[0]).sort(), ['allow', 'analysis', 'options']);
    assert.deepEqual(seen[0].options, { limit: 35, words: [], name: 'mine' });
    assert.ok(seen[0].allow.has('XYZ'));
  });
});

describe('rules read their options', () => {
  const sentence = 'The agencies should share their findings with partners every quarter and publish them.';

  it('sentence-length: max', () => {
    assert.deepEqual(found(sentence, 'sentence-length'), []);
    assert.deepEqual(found(sentence, 'sentence-length', { rules: { 'sentence-length': ['info', { max: 10 }] } }), [sentence]);
  });

  it('readability: threshold and minWords', () => {
    const memo = '## Plan\n\nWe ask for one thing. The team needs more staff. They will start in May.\n';
    assert.deepEqual(found(memo, 'readability'), []);
    assert.deepEqual(found(memo, 'readability', { rules: { readability: ['info', { threshold: -5, minWords: 5 }] } }), ['Plan']);
  });

  it('vague-commitment: phrases replace the list, extraPhrases add to it', () => {
    const text = 'We should seek to engage, and we will socialize the idea.';
    assert.deepEqual(found(text, 'vague-commitment'), [], 'off by default');
    assert.deepEqual(found(text, 'vague-commitment', { extends: [REVIEW_PRESET] }), ['seek to']);
    assert.deepEqual(found(text, 'vague-commitment', { rules: { 'vague-commitment': ['warning', { extraPhrases: ['socialize the idea'] }] } }), ['seek to', 'socialize the idea']);
    assert.deepEqual(found(text, 'vague-commitment', { rules: { 'vague-commitment': ['warning', { phrases: ['socialize the idea'] }] } }), ['socialize the idea']);
  });

  it('claim-unsourced: citationPatterns count as citations', () => {
    const text = 'Imports rose 12 percent (CRS R47000).';
    assert.deepEqual(found(text, 'claim-unsourced', { rules: { 'claim-unsourced': 'warning' } }), ['12 percent']);
    assert.deepEqual(found(text, 'claim-unsourced', { rules: { 'claim-unsourced': ['warning', { citationPatterns: ['\\(CRS [A-Z0-9]+\\)'] }] } }), []);
  });

  it('memo-structure: defaultType and custom types', () => {
    const memo = '# Trip report\n\n## Meetings\n\nText.\n\n## Summary\n\nText.\n';
    assert.deepEqual(found(memo, 'memo-structure'), [], 'a memo without a type is not checked');
    assert.equal(found(memo, 'memo-structure', { rules: { 'memo-structure': ['warning', { defaultType: 'decision-memo' }] } }).length, 3);
    const custom = { rules: { 'memo-structure': ['warning', { defaultType: 'trip-report', types: { 'trip-report': [['Summary', 'Bottom line'], 'Meetings'] } }] as const } };
    assert.deepEqual(found(memo, 'memo-structure', custom as PolicyLensConfig), ['Meetings']);
  });

  it('memo-structure: a misspelt memo type is reported on its value; a page type of a site generator is not', () => {
    assert.deepEqual(found('---\ntype: desicion-memo\n---\n\n# Memo\n', 'memo-structure'), ['desicion-memo']);
    assert.deepEqual(found('---\ntype: guide\n---\n\n# Memo\n', 'memo-structure'), []);
  });

  it('recommendation-actor leaves passive items to passive-recommendation, which only the review preset turns on', () => {
    const memo = '## Recommendations\n\n- Funding should be increased.\n';
    assert.deepEqual(found(memo, 'recommendation-actor'), []);
    assert.deepEqual(found(memo, 'passive-recommendation'), []);
    assert.deepEqual(found(memo, 'passive-recommendation', { extends: [REVIEW_PRESET] }), ['should be increased']);
    assert.deepEqual(found(memo, 'recommendation-actor', { rules: { 'passive-recommendation': 'off' } }), []);
  });
});

describe('rule data files', () => {
  it('vague phrases are unique, lower-case, non-empty phrases', () => {
    const phrases: string[] = vaguePhrases.phrases;
    assert.ok(phrases.length >= 20);
    for (const phrase of phrases) assert.match(phrase, /^[a-z][a-z' -]*[a-z]$/, phrase);
    assert.equal(new Set(phrases).size, phrases.length, 'no duplicates');
  });

  it('acronym word lists: every entry has a note, and each list holds words of its shape', () => {
    const lists: Record<string, RegExp> = {
      ordinaryCapitals: /^\p{Lu}+$/u,
      // Two capitals joined by an ampersand too (Q&A), read as one acronym.
      wellKnown: /^\p{Lu}(?:[\p{L}\p{N}]+|&\p{Lu})$/u,
      // A small first letter too: prefixed names (iOS) are written like acronyms such as eIDAS.
      brandNames: /^[\p{L}\p{N}][\p{L}\p{N}&]*[\p{L}\p{N}]$/u,
      nameSuffixes: /^\p{L}+$/u,
      namePrefixes: /^\p{Lu}+$/u,
      usStates: /^\p{Lu}{2}$/u,
      gradeWords: /^\p{L}+$/u,
      numberingWords: /^\p{Lu}\p{Ll}+$/u,
      postNominals: /^\p{Lu}\p{L}+$/u,
      productHeads: /^\p{Lu}+$/u,
    };
    for (const [list, shape] of Object.entries(lists)) {
      const entries = Object.entries((acronymWords as unknown as Record<string, Record<string, string>>)[list]);
      assert.ok(entries.length > 0, list);
      for (const [word, note] of entries) {
        assert.match(word, shape, `${list}: ${word}`);
        assert.ok(note.trim().length >= 8, `${list}: ${word} needs a note`);
      }
    }
    // A word is either an ordinary capitalised word or a known acronym, never both.
    const both = Object.keys(acronymWords.ordinaryCapitals).filter((word) => word in acronymWords.wellKnown);
    assert.deepEqual(both, ['OK']);
  });

  it('memo types list at least two sections each, as headings or synonym lists', () => {
    for (const [type, sections] of Object.entries(memoTypes.types)) {
      assert.match(type, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(sections.length >= 2, type);
      for (const names of sections) assert.ok(names.length > 0 && names.every((name) => name.trim() === name && name !== ''), `${type}: ${names}`);
    }
  });
});
