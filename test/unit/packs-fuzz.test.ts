import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildTeamCorpus, bundledCorpus, parsePack, snippetsFromCodeSnippets } from '../../src/core/index';
import { EXAMPLE_PACK_TEXT } from './helpers/pack-fixtures';

const EXAMPLE = EXAMPLE_PACK_TEXT;
const RUNS = { numRuns: 300 };

/** A problem's position lies inside the text it was found in. */
function assertInside(text: string, problem: { line: number; column: number; message: string }): void {
  const lines = text.split(/\r\n|\r|\n/);
  assert.ok(problem.line >= 1 && problem.line <= lines.length, `line ${problem.line} of ${lines.length}: ${problem.message}`);
  assert.ok(problem.column >= 1 && problem.column <= lines[problem.line - 1].length + 1, `column ${problem.column} on line ${problem.line}: ${problem.message}`);
  assert.ok(problem.message.length > 0);
}

/** Runs the loader as the CLI and the extension do: a valid pack must also merge without throwing. */
function check(text: string): void {
  const { loaded, problems } = parsePack(text, 'fuzz.policypack.json', bundledCorpus);
  for (const problem of problems) assertInside(text, problem);
  assert.equal(loaded === undefined, problems.some((problem) => problem.severity === 'error'), 'a pack loads exactly when it has no errors');
  if (loaded) buildTeamCorpus(bundledCorpus, [loaded, loaded]);
}

describe('team packs: fuzzing the loader', () => {
  it('never throws on arbitrary text, and places every problem inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), RUNS);
  });

  it('never throws on arbitrary JSON values, shallow or deep', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), check), RUNS);
    const deep = fc.tuple(fc.nat({ max: 5000 }), fc.constantFrom('[', '{"a":'), fc.boolean());
    fc.assert(fc.property(deep, ([depth, open, closed]) => check(open.repeat(depth) + (closed ? (open === '[' ? ']' : '}').repeat(depth) : ''))), { numRuns: 50 });
  });

  it('never throws on a real pack with a slice cut out or characters inserted', () => {
    const edit = fc.record({ at: fc.nat({ max: EXAMPLE.length }), cut: fc.nat({ max: 40 }), insert: fc.string({ maxLength: 6, unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', 'x', '1', ' ', '\n', '\u00e9', '\uFEFF') }) });
    fc.assert(fc.property(edit, ({ at, cut, insert }) => check(EXAMPLE.slice(0, at) + insert + EXAMPLE.slice(at + cut))), RUNS);
  });

  it('never throws when fields of a real pack get values of the wrong type', () => {
    const pack = JSON.parse(EXAMPLE) as Record<string, unknown> & { terms: Record<string, unknown>[] };
    const fields = ['name', 'version', 'terms', 'snippets', 'rules', 'allow'];
    const termFields = Object.keys(pack.terms[0]);
    const value = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }));
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.constantFrom(...termFields), value, fc.boolean(), (field, termField, replacement, inTerm) => {
        const mutated = structuredClone(pack);
        if (inTerm) mutated.terms[0] = { ...mutated.terms[0], [termField]: replacement };
        else mutated[field] = replacement;
        check(JSON.stringify(mutated, null, 2));
      }),
      RUNS,
    );
  });

  it('reads .code-snippets files: either snippets or an error that names the file and position', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 })), (text) => {
        try {
          const { snippets } = snippetsFromCodeSnippets(text, 'team.code-snippets');
          for (const snippet of Object.values(snippets)) assert.ok(typeof snippet.body === 'string' || Array.isArray(snippet.body));
        } catch (error) {
          assert.match((error as Error).message, /^team\.code-snippets:\d+:\d+ /);
        }
      }),
      RUNS,
    );
  });
});
