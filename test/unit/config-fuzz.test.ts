import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { main } from '../../src/cli/main';
import { parseConfig, RULE_IDS, type ConfigProblem } from '../../src/core/index';
import { applyEdit } from './helpers/markdown-arbitrary';

const settings = { seed: Number(process.env.POLICY_LENS_FC_SEED ?? 20261123), numRuns: 400 };
const LEVELS = ['off', 'info', 'warning', 'error'];

/** Configuration-shaped JSON: the known keys with values of every kind, some right and some wrong. */
const configLike = fc.record(
  {
    $schema: fc.string(),
    rules: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS), fc.string()), fc.oneof(fc.constantFrom(...LEVELS), fc.jsonValue())), fc.jsonValue()),
    allow: fc.oneof(fc.array(fc.oneof(fc.string(), fc.jsonValue())), fc.jsonValue()),
    packs: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
    colour: fc.jsonValue(),
  },
  { requiredKeys: [] },
).map((value) => JSON.stringify(value, null, 2));

/** Near-JSON: valid configurations with characters removed or inserted, comments and trailing commas. */
const nearJson = fc.tuple(configLike, fc.array(fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 3 }),
  insert: fc.oneof(fc.constantFrom('', ',', '{', '}', '[', ']', '"', ':', '//', '/*', '\n', '\r', '\\', 'null', '\uFEFF'), fc.string({ maxLength: 3 })),
}), { maxLength: 4 })).map(([text, edits]) => edits.reduce(applyEdit, text));

const anyConfigText = fc.oneof(fc.string(), fc.json(), configLike, nearJson);

function assertInside(text: string, problem: ConfigProblem) {
  const lines = text.split(/\r\n|\r|\n/);
  assert.equal(problem.file, 'team/.policylens.json');
  assert.ok(problem.line >= 1 && problem.line <= lines.length, `line ${problem.line} of ${lines.length}`);
  assert.ok(problem.column >= 1 && problem.column <= lines[problem.line - 1].length + 1, `column ${problem.column} on a line of ${lines[problem.line - 1].length}`);
  assert.ok(problem.message.length > 0);
}

describe('configuration loader fuzzing (fast-check)', () => {
  it('never throws; problems are placed inside the text; what it accepts has the documented shape', () => {
    fc.assert(
      fc.property(anyConfigText, (text) => {
        const { config, problems } = parseConfig(text, 'team/.policylens.json', RULE_IDS);
        for (const problem of problems) assertInside(text, problem);
        for (const [ruleId, setting] of Object.entries(config.rules ?? {})) {
          // A level, or [level] / [level, { options }].
          const level = typeof setting === 'string' ? setting : setting[0];
          assert.ok(RULE_IDS.includes(ruleId) && LEVELS.includes(level), `${ruleId}: ${JSON.stringify(setting)}`);
          if (typeof setting !== 'string') assert.ok(setting.length <= 2 && (setting[1] === undefined || (typeof setting[1] === 'object' && setting[1] !== null)));
        }
        for (const entry of [...(config.allow ?? []), ...(config.packs ?? [])]) assert.ok(typeof entry === 'string' && entry.trim() === entry && entry !== '');
      }),
      settings,
    );
  });

  it('reports a problem for every text that is not a JSON object', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let isObject = false;
        try {
          const value: unknown = JSON.parse(text);
          isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
        } catch {
          // Not JSON (though it may still be JSON with comments).
        }
        if (!isObject && !/\/[/*]/.test(text)) assert.notDeepEqual(parseConfig(text, 'team/.policylens.json', RULE_IDS).problems, []);
      }),
      settings,
    );
  });

  it('the CLI reports a broken .policylens.json by file, line and column and exits 2', async function () {
    const folder = mkdtempSync(join(tmpdir(), 'policy-lens-config-fuzz-'));
    writeFileSync(join(folder, 'memo.md'), 'The TPA lapsed.\n');
    try {
      await fc.assert(
        fc.asyncProperty(nearJson, async (text) => {
          writeFileSync(join(folder, '.policylens.json'), text);
          let stderr = '';
          const code = await main(['lint', '.', '--format', 'json'], { cwd: folder, isTty: false, stdout: () => {}, stderr: (chunk) => (stderr += chunk) });
          // The reader drops a byte order mark, as editors do (and as the extension always did).
          const { problems } = parseConfig(text.replace(/^\uFEFF/, ''), '.policylens.json', RULE_IDS);
          if (problems.length === 0) return assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr}`);
          assert.equal(code, 2);
          for (const problem of problems) assert.ok(stderr.includes(`policy-lens: .policylens.json:${problem.line}:${problem.column}: ${problem.message}`), stderr);
        }),
        { ...settings, numRuns: 40 },
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
