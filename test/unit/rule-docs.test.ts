import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getBundledIndex, lintText, resolveConfig, RULES, ruleDocsUrl } from '../../src/core/index';

const DOCS = path.join(import.meta.dirname, '..', '..', 'docs', 'rules');

interface Example {
  readonly kind: 'Incorrect' | 'Correct';
  readonly text: string;
  readonly line: number;
}

/** The fenced Markdown examples of a rule page, each with the "Incorrect"/"Correct" label above it. */
function examplesOf(page: string): Example[] {
  const lines = page.split('\n');
  const examples: Example[] = [];
  let label: Example['kind'] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const labelled = /^(Incorrect|Correct)\b/.exec(lines[i]);
    if (labelled) label = labelled[1] as Example['kind'];
    if (/^#{1,6} /.test(lines[i])) label = undefined;
    if (lines[i] === '```markdown' && label) {
      const end = lines.indexOf('```', i + 1);
      assert.ok(end > i, `unclosed example at line ${i + 1}`);
      examples.push({ kind: label, text: `${lines.slice(i + 1, end).join('\n')}\n`, line: i + 1 });
      i = end;
    }
  }
  return examples;
}

describe('rule documentation', () => {
  let tested = 0;

  for (const rule of RULES) {
    const file = path.join(DOCS, `${rule.id}.md`);
    const page = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';

    it(`${rule.id}: has a page, and each of its examples does what its label says`, () => {
      assert.ok(page, `docs/rules/${rule.id}.md is missing`);
      // Only the rule under test runs, at warning, so an example is judged by this rule alone.
      const config = resolveConfig(new Map(RULES.map((other) => [other.id, other.id === rule.id ? 'warning' : 'off'])));
      for (const example of examplesOf(page)) {
        const findings = lintText(example.text, { index: getBundledIndex(), config }).filter((finding) => finding.ruleId === rule.id);
        const where = `docs/rules/${rule.id}.md:${example.line}`;
        if (example.kind === 'Incorrect') assert.ok(findings.length > 0, `${where}: the Incorrect example gives no ${rule.id} finding`);
        else assert.deepEqual(findings.map((finding) => finding.message), [], `${where}: the Correct example gives ${rule.id} findings`);
        tested++;
      }
    });
  }

  it('runs the examples of most rules (the page format is still understood)', () => {
    assert.ok(tested >= 2 * (RULES.length - 3), `only ${tested} examples were found`);
  });

  it('links each rule to its page at the released version, not at a moving branch', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(DOCS, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const rule of RULES) assert.equal(ruleDocsUrl(rule.id), `https://github.com/policy-lens/policy-lens/blob/v${version}/docs/rules/${rule.id}.md`);
  });
});
