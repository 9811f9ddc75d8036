import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_SEVERITIES, DocumentSession, getBundledIndex, lintAnalysis, lintText, resolveConfig } from '../../src/core/index';
import { assertWellFormed } from './helpers/finding-checks';
import { applyEdit, markdownDocument, textEdit } from './helpers/markdown-arbitrary';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES);
// A fixed seed keeps runs reproducible (POLICY_LENS_FC_SEED tries another); on failure fast-check prints the seed and the shrunk input.
const settings = { seed: Number(process.env.POLICY_LENS_FC_SEED ?? 20261123), numRuns: 150 };

describe('properties over generated Markdown (fast-check)', () => {
  it('lints without throwing, and every finding lies inside the document and covers the text it quotes', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        assertWellFormed(text, lintText(text, { index, config }));
      }),
      settings,
    );
  });

  it('finds some findings in generated memos, so the range checks above check something', () => {
    const counts = fc.sample(markdownDocument, { seed: settings.seed, numRuns: 50 }).map((text) => lintText(text, { index, config }).length);
    assert.ok(counts.filter((count) => count > 0).length >= 10, `only ${counts.filter((count) => count > 0).length} of 50 memos had findings`);
  });

  it('lints incrementally (DocumentSession, small chunks) exactly as a full lint of the final text', () => {
    fc.assert(
      fc.property(fc.array(markdownDocument, { minLength: 2, maxLength: 3 }), fc.array(textEdit, { minLength: 1, maxLength: 8 }), (parts, edits) => {
        let text = parts.join('\n\n');
        const session = new DocumentSession(index, 128);
        lintAnalysis(session.analyze(text), config);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          assert.deepEqual(lintAnalysis(session.analyze(text), config), lintText(text, { index, config }));
        }
      }),
      { ...settings, numRuns: 60 },
    );
  });

  it('the built CLI prints JSON that parses, one result per generated file', function () {
    const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
    fc.assert(
      fc.property(fc.array(markdownDocument, { minLength: 1, maxLength: 6 }), (texts) => {
        const folder = mkdtempSync(join(tmpdir(), 'policy-lens-property-'));
        try {
          texts.forEach((text, i) => writeFileSync(join(folder, `memo-${i}.md`), text));
          const result = spawnSync(process.execPath, [cli, 'lint', '.', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
          assert.ok(result.status === 0 || result.status === 1 || result.status === 2, `exit ${result.status}: ${result.stderr}`);
          const parsed = JSON.parse(result.stdout) as { file: string; messages: unknown[] }[];
          assert.deepEqual(parsed.map((file) => file.file).sort(), texts.map((_, i) => `memo-${i}.md`).sort());
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      }),
      { ...settings, numRuns: 4 },
    );
  });
});
