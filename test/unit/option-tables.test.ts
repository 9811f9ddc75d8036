import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultText, OPTIONS_END, OPTIONS_START, optionTableFiles, readmeOptionsTable, ruleOptionsTable, withOptionsTable } from '../../scripts/option-tables';
import { RULES } from '../../src/core/index';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('option tables generated from the rules\' option declarations', () => {
  it('are up to date in every rule page with options and in the README (run npm run sync-manifest)', () => {
    const wanted = optionTableFiles(RULES, read);
    assert.ok(Object.keys(wanted).length > 1);
    for (const [file, text] of Object.entries(wanted)) assert.equal(read(file), text, `${file} is out of date; run npm run sync-manifest`);
  });

  it('has no table markers on the page of a rule without options', () => {
    for (const rule of RULES.filter((r) => Object.keys(r.options ?? {}).length === 0)) {
      assert.ok(!read(`docs/rules/${rule.id}.md`).includes(OPTIONS_START), rule.id);
    }
  });

  it('gives one row per declared option, with its default and description', () => {
    for (const rule of RULES) {
      const options = Object.entries(rule.options ?? {});
      const rows = ruleOptionsTable(rule).split('\n').slice(2);
      assert.equal(rows.length, options.length, rule.id);
      options.forEach(([name, spec], i) => assert.equal(rows[i], `| \`${name}\` | ${defaultText(spec)} | ${spec.description.replace(/\|/g, '\\|')} |`));
    }
    const readmeRows = readmeOptionsTable(RULES).split('\n').slice(2);
    assert.equal(readmeRows.length, RULES.reduce((n, rule) => n + Object.keys(rule.options ?? {}).length, 0));
  });

  it('names a default by its value, its label, or none', () => {
    assert.equal(defaultText({ kind: 'integer', default: 35, description: 'd' }), '`35`');
    assert.equal(defaultText({ kind: 'stringList', default: ['a'], defaultLabel: 'the bundled list', description: 'd' }), 'the bundled list');
    assert.equal(defaultText({ kind: 'string', description: 'd' }), 'none');
  });

  it('replaces only what lies between the markers, and names the file whose markers are missing', () => {
    const page = `# Rule\n\nBefore.\n${OPTIONS_START}\nold table\n${OPTIONS_END}\nAfter.\n`;
    assert.equal(withOptionsTable(page, 'new table', 'x.md'), `# Rule\n\nBefore.\n${OPTIONS_START}\nnew table\n${OPTIONS_END}\nAfter.\n`);
    assert.throws(() => withOptionsTable('# Rule\n', 'table', 'docs/rules/x.md'), /docs\/rules\/x\.md: no .* markers/);
  });
});
