import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledCorpus, packFromRows, parsePack, rowsFromMarkdownTables, type ImportRow } from '../../src/core/index';
import { runCli } from './helpers/run-cli';

const rows = (...cells: string[][]): ImportRow[] => cells.map((row, i) => ({ cells: row, line: i + 1 }));
const META = { name: 'office', version: '1.0.0', description: 'Imported from test' };

describe('pack import: glossary rows to a pack', () => {
  it('maps header words to fields, whatever their order and case', () => {
    const { pack, notes } = packFromRows(rows(['Definition', 'ACRONYM', 'Stands for'], ['Lets Congress vote a trade deal up or down.', 'TPA', 'Trade Promotion Authority']), META);
    assert.deepEqual(pack.terms, [{ term: 'TPA', expansion: 'Trade Promotion Authority', definition: 'Lets Congress vote a trade deal up or down.' }]);
    assert.deepEqual(notes, []);
  });

  it('without a header, reads an acronym and its name, or a word and what it means', () => {
    const { pack } = packFromRows(rows(['SCRB', 'Supply Chain Review Board'], ['house view', 'The position the office agreed on.'], ['FedRAMP', 'Federal Risk and Authorization Management Program']), META);
    assert.deepEqual(pack.terms, [
      { term: 'SCRB', expansion: 'Supply Chain Review Board' },
      { term: 'house view', definition: 'The position the office agreed on.' },
      { term: 'FedRAMP', expansion: 'Federal Risk and Authorization Management Program' },
    ]);
  });

  it('reads a three-column sheet without a header as term, expansion, definition', () => {
    const { pack } = packFromRows(rows(['TPA', 'Trade Promotion Authority', 'Lets Congress vote a deal up or down.']), META);
    assert.deepEqual(pack.terms, [{ term: 'TPA', expansion: 'Trade Promotion Authority', definition: 'Lets Congress vote a deal up or down.' }]);
  });

  it('says which rows and columns it left out, by line', () => {
    const { pack, notes } = packFromRows(rows(['Term', 'Meaning', 'Owner'], ['TPA', 'Trade Promotion Authority', 'Ana'], ['', 'orphan text', ''], ['TPA', 'again', '']), META);
    assert.equal(pack.terms!.length, 1);
    assert.deepEqual(notes, [
      { line: 1, message: 'column "Owner" is not a field of a pack term and was left out' },
      { line: 3, message: 'has no term in its "Term" column; left out' },
      { line: 4, message: 'repeats "TPA" from line 2; left out' },
    ]);
  });

  it('keeps aliases and known categories, and drops categories the schema does not know', () => {
    const { pack } = packFromRows(rows(['Term', 'Definition', 'Aliases', 'Category'], ['fast track', 'The older name of trade promotion authority.', 'fast-track authority; fast track procedures', 'Trade'], ['house view', 'The agreed position.', '', 'Office lore']), META);
    assert.deepEqual(pack.terms, [
      { term: 'fast track', definition: 'The older name of trade promotion authority.', aliases: ['fast-track authority', 'fast track procedures'], category: 'trade' },
      { term: 'house view', definition: 'The agreed position.' },
    ]);
  });

  it('reads every Markdown table with its file lines, keeping one header when tables repeat it', () => {
    const markdown = '# Glossary\n\n## A\n\n| Acronym | Expansion |\n| --- | --- |\n| APWG | Advanced Packaging Working Group |\n\n## T\n\n| Acronym | Expansion |\n| --- | --- |\n| TPA | Trade *Promotion* Authority |\n';
    const tableRows = rowsFromMarkdownTables(markdown)!;
    assert.deepEqual(tableRows.map((row) => [row.line, ...row.cells]), [
      [5, 'Acronym', 'Expansion'],
      [7, 'APWG', 'Advanced Packaging Working Group'],
      [13, 'TPA', 'Trade Promotion Authority'],
    ]);
    assert.equal(rowsFromMarkdownTables('# No table here\n\nJust prose.\n'), undefined);
  });

  it('gives a pack that validates as written', () => {
    const { pack } = packFromRows(rows(['APWG', 'Advanced Packaging Working Group'], ['house view', 'The position the office agreed on.']), META);
    const { loaded, problems } = parsePack(JSON.stringify(pack), 'office.policypack.json', bundledCorpus);
    assert.deepEqual(problems, []);
    assert.deepEqual(loaded!.pack.terms!.map((term) => [term.id, term.kind]), [['apwg', 'acronym'], ['house-view', 'term']]);
  });
});

describe('CLI: pack import', () => {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-import-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes a pack from a CSV with quoted cells, and the pack validates and lints', async () => {
    fs.writeFileSync(path.join(root, 'glossary.csv'), '\uFEFFAcronym,Stands for,Definition\r\nSCRB,Supply Chain Review Board,"Reviews supply-chain risk, quarterly."\r\n');
    const result = await runCli(['pack', 'import', 'glossary.csv'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'wrote glossary.policypack.json: 1 term (1 acronym) from glossary.csv\nAdd it to .policylens.json: "packs": ["glossary.policypack.json"]\n');
    const validate = await runCli(['pack', 'validate', 'glossary.policypack.json'], root);
    assert.equal(validate.code, 0, validate.stderr);
    fs.writeFileSync(path.join(root, '.policylens.json'), '{ "packs": ["glossary.policypack.json"], "rules": { "acronym-undefined": "warning" } }');
    fs.writeFileSync(path.join(root, 'memo.md'), '# Memo\n\nThe SCRB meets in March.\n');
    const lint = await runCli(['lint', 'memo.md', '--format', 'json'], root);
    const [file] = JSON.parse(lint.stdout) as { messages: { ruleId: string; fix?: { text: string } }[] }[];
    assert.deepEqual(file.messages.filter((m) => m.ruleId === 'acronym-undefined').map((m) => m.fix?.text), ['Supply Chain Review Board (SCRB)']);
  });

  it('reads TSV and Markdown tables, and names the lines it left out', async () => {
    fs.writeFileSync(path.join(root, 'sheet.tsv'), 'TPA\tTrade Promotion Authority\n\tno term here\n');
    const tsv = await runCli(['pack', 'import', 'sheet.tsv', '--out', 'trade.policypack.json', '--name', 'trade'], root);
    assert.equal(tsv.code, 0, tsv.stderr);
    assert.equal(tsv.stderr, 'sheet.tsv:2: has no term in its first column; left out\n');
    assert.equal(JSON.parse(fs.readFileSync(path.join(root, 'trade.policypack.json'), 'utf8')).name, 'trade');
    fs.writeFileSync(path.join(root, 'terms.md'), '| Term | Definition |\n| --- | --- |\n| house view | The position the office agreed on. |\n');
    const md = await runCli(['pack', 'import', 'terms.md'], root);
    assert.equal(md.code, 0, md.stderr);
  });

  it('refuses other file kinds, files with no table, broken CSV, and never overwrites', async () => {
    fs.writeFileSync(path.join(root, 'glossary.xlsx'), 'PK');
    assert.match((await runCli(['pack', 'import', 'glossary.xlsx'], root)).stderr, /^policy-lens: glossary\.xlsx: expected a \.csv, \.tsv or \.md file/);
    fs.writeFileSync(path.join(root, 'notes.md'), '# Notes\n\nNo table.\n');
    assert.match((await runCli(['pack', 'import', 'notes.md'], root)).stderr, /notes\.md: has no Markdown table/);
    fs.writeFileSync(path.join(root, 'bad.csv'), 'TPA,"Trade Promotion\n');
    const bad = await runCli(['pack', 'import', 'bad.csv'], root);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^policy-lens: bad\.csv: cannot be read as CSV: /);
    fs.writeFileSync(path.join(root, 'g.csv'), 'TPA,Trade Promotion Authority\n');
    fs.writeFileSync(path.join(root, 'g.policypack.json'), 'KEEP');
    const again = await runCli(['pack', 'import', 'g.csv'], root);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /g\.policypack\.json already exists; nothing was written/);
    assert.equal(fs.readFileSync(path.join(root, 'g.policypack.json'), 'utf8'), 'KEEP');
  });
});
