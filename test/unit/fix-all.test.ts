import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, compatibleFixes, DEFAULT_SEVERITIES, fixAll, getBundledIndex, lintText, MAX_FIX_ROUNDS, parseMarkdown, resolveConfig, type Finding } from '../../src/core/index';
import { touchesNonProse } from '../../src/core/non-prose';
import { markdownDocument } from './helpers/markdown-arbitrary';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES);
const options = { index, config };
// A fixed seed keeps runs reproducible (POLICY_LENS_FC_SEED tries another); on failure fast-check prints the seed and the shrunk input.
const settings = { seed: Number(process.env.POLICY_LENS_FC_SEED ?? 20261202), numRuns: 100 };

/** A memo, sometimes with YAML front matter that names acronyms the rules would otherwise fix. */
const memo = fc.tuple(fc.option(fc.constantFrom('---\ntitle: The TPA and the IPEF\n---\n', '---\nacronyms: [TPA, USTR]\n---\n\n'), { nil: undefined }), markdownDocument)
  .map(([frontMatter, body]) => `${frontMatter ?? ''}${body}`);

/** What is not prose (code, HTML, front matter), in order: fixes must leave all of it as it was. */
function nonProse(text: string): string[] {
  const document = parseMarkdown(text);
  return [document.frontMatter?.value ?? '', ...document.nonProse.map((range) => text.slice(range.start, range.end))];
}

describe('fix-all (property tests over generated memos)', function () {
  // Each run lints a memo several times over; a loaded machine needs time, and no speed is asserted here.
  this.timeout(300_000);

  it('settles within the round limit, and fixing the result again changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(memo, (text) => {
        const once = fixAll(text, options);
        assert.ok(once.settled, `not settled after ${MAX_FIX_ROUNDS} rounds`);
        const twice = fixAll(once.text, options);
        assert.equal(twice.text, once.text);
        assert.equal(twice.applied, 0);
      }),
      settings,
    );
  });

  it('never touches code spans, code blocks, HTML or front matter', () => {
    fc.assert(
      fc.property(memo, (text) => {
        assert.deepEqual(nonProse(fixAll(text, options).text), nonProse(text));
      }),
      settings,
    );
  });

  it('chooses fixes in order that never overlap and lie outside non-prose, and leaves nothing fixable behind', () => {
    fc.assert(
      fc.property(memo, (text) => {
        const document = parseMarkdown(text);
        const fixes = compatibleFixes(lintText(text, options), document);
        for (const [i, fix] of fixes.entries()) {
          if (i > 0) assert.ok(fix.start >= fixes[i - 1].end && fix.start > fixes[i - 1].start, `fix ${i} overlaps the one before`);
          for (const range of document.nonProse) assert.ok(fix.end <= range.start || fix.start >= range.end, `fix ${fix.title} touches ${text.slice(range.start, range.end)}`);
        }
        const fixed = fixAll(text, options).text;
        assert.deepEqual(compatibleFixes(lintText(fixed, options), parseMarkdown(fixed)), []);
      }),
      settings,
    );
  });

  it('has fixes to apply in many generated memos, so the properties above check something', () => {
    const applied = fc.sample(memo, { seed: settings.seed, numRuns: 100 }).map((text) => fixAll(text, options).applied);
    const withFixes = applied.filter((count) => count > 0).length;
    assert.ok(withFixes >= 30, `only ${withFixes} of 100 memos had a fix`);
  });
});

describe('fix-all (examples)', () => {
  it('expands the first use of an acronym once, and re-lints: later uses are then defined', () => {
    // USTR has one meaning in the glossary; TPA has two, and gets no fix unless the memo uses one of them.
    const result = fixAll('The USTR expires. The USTR matters.\n', options);
    assert.equal(result.text, 'The Office of the United States Trade Representative (USTR) expires. The USTR matters.\n');
    assert.deepEqual({ applied: result.applied, rounds: result.rounds, settled: result.settled }, { applied: 1, rounds: 1, settled: true });
  });

  it('leaves front matter, code spans and code blocks as they are', () => {
    const text = '---\ntitle: TPA\n---\n\nUse `TPA` here.\n\n```\nTPA\n```\n';
    assert.equal(fixAll(text, options).text, text);
  });

  it('keeps the first of two overlapping fixes and of two insertions at one place', () => {
    const finding = (start: number, end: number, text: string): Finding => ({
      ruleId: 'test', severity: 'warning', message: text, start, end, line: 1, column: 1, endLine: 1, endColumn: 1, fix: { title: text, start, end, text },
    });
    const document = parseMarkdown('abcdefgh\n');
    const fixes = compatibleFixes([finding(2, 5, 'X'), finding(4, 6, 'Y'), finding(6, 6, 'P'), finding(6, 6, 'Q'), finding(7, 8, 'Z')], document);
    assert.deepEqual(fixes.map((fix) => fix.text), ['X', 'P', 'Z']);
    assert.equal(applyFixes('abcdefgh\n', fixes), 'abXfPgZ\n');
  });
});

describe('touchesNonProse', () => {
  it('answers as a scan of every range would, for insertions and replacements, overlapping ranges and any order', () => {
    const range = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));
    const edit = fc.tuple(fc.nat(80), fc.nat(10)).map(([start, length]) => ({ title: 'edit', start, end: start + length, text: '' }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (ranges, edits) => {
        const document = { ...parseMarkdown('x\n'), nonProse: ranges };
        for (const fix of edits) {
          const scanned = ranges.some((r) => (fix.start === fix.end ? r.start <= fix.start && fix.start < r.end : r.start < fix.end && fix.start < r.end));
          assert.equal(touchesNonProse(fix, document), scanned, JSON.stringify({ ranges, fix }));
        }
      }),
      settings,
    );
  });
});
