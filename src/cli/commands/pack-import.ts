import { writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { bundledCorpus, idFor, PACK_FILE_SUFFIX, packFromRows, parsePack, rowsFromMarkdownTables, type ImportRow } from '../../core/index';
import { describePackProblem } from '../pack-problems';
import { formatBytes, readMarkdownFile } from '../read';
import { failure, lines, type PackCommandOutput } from './pack';

const GLOSSARY_SIZE_LIMIT = 8 * 1024 * 1024;

/**
 * `policy-lens pack import GLOSSARY [--out FILE] [--name NAME]`: turns a glossary kept as a spreadsheet
 * (CSV or TSV, as Excel and Google Sheets export it) or as Markdown tables into a pack, checks it as
 * `pack validate` would, and writes it next to the glossary. Never overwrites a file.
 */
export async function importPack(options: { glossary: string; out?: string; name?: string; cwd: string }): Promise<PackCommandOutput> {
  const { glossary, cwd } = options;
  const kind = glossaryKind(glossary);
  if (!kind) return failure(`${glossary}: expected a .csv, .tsv or .md file (a spreadsheet saved as CSV, or a Markdown table)`);
  const read = readMarkdownFile(resolve(cwd, glossary), GLOSSARY_SIZE_LIMIT, cwd);
  if (!read.ok) return failure(`${glossary}: ${read.message.replace('raise it with --max-file-size', `glossaries are limited to ${formatBytes(GLOSSARY_SIZE_LIMIT)}`)}`);
  const rows = kind === 'md' ? rowsFromMarkdownTables(read.text) : rowsFromDelimited(read.text, kind === 'tsv' ? '\t' : ',');
  if (typeof rows === 'string') return failure(`${glossary}: ${rows}`);
  if (!rows || rows.length === 0) return failure(`${glossary}: ${kind === 'md' ? 'has no Markdown table' : 'is empty'}; expected rows such as "TPA, Trade Promotion Authority"`);

  const stem = basename(glossary, extname(glossary));
  const out = options.out ?? `${stem}${PACK_FILE_SUFFIX}`;
  if (!out.endsWith(PACK_FILE_SUFFIX)) return failure(`the pack file name must end in ${PACK_FILE_SUFFIX}, as in ${stem}${PACK_FILE_SUFFIX}`);
  const name = options.name ?? idFor(stem, 'team-glossary');
  const { pack, notes } = packFromRows(rows, { name, version: '1.0.0', description: `Imported from ${basename(glossary)}` });
  if ((pack.terms ?? []).length === 0) return failure(`${glossary}: no terms found; expected a column of terms with their expansions or definitions`);
  const text = `${JSON.stringify(pack, null, 2)}\n`;
  const check = parsePack(text, out, bundledCorpus);
  const stderr = notes.map((note) => `${glossary}:${note.line}: ${note.message}`);
  stderr.push(...check.problems.map((problem) => describePackProblem(problem, cwd)));
  if (!check.loaded) return { stdout: '', stderr: lines([...stderr, `policy-lens: ${out} was not written; fix the rows above in ${glossary}, or choose another --name`]), exitCode: 2 };
  try {
    await writeFile(resolve(cwd, out), text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { stdout: '', stderr: lines([...stderr, `policy-lens: ${code === 'EEXIST' ? `${out} already exists; nothing was written (choose another with --out)` : `cannot write ${out} (${code ?? (error as Error).message})`}`]), exitCode: 2 };
  }
  const terms = check.loaded.pack.terms ?? [];
  const acronyms = terms.filter((term) => term.kind === 'acronym').length;
  return {
    stdout: `wrote ${out}: ${terms.length} term${terms.length === 1 ? '' : 's'} (${acronyms} acronym${acronyms === 1 ? '' : 's'}) from ${glossary}\nAdd it to .policylens.json: "packs": ["${out}"]\n`,
    stderr: lines(stderr),
    exitCode: 0,
  };
}

function glossaryKind(file: string): 'csv' | 'tsv' | 'md' | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.tsv' || extension === '.tab') return 'tsv';
  if (extension === '.md' || extension === '.markdown') return 'md';
  return undefined;
}

/** Rows of a CSV or TSV file with the line each starts on, or what is wrong with the file. */
function rowsFromDelimited(text: string, delimiter: string): ImportRow[] | string {
  try {
    const records = parseCsv(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    // `info.lines` is the line a record ends on; a quoted cell may span lines, so count back its line breaks.
    return records.map(({ record, info }) => ({ cells: record, line: info.lines - record.join('').split(/\r\n|\r|\n/).length + 1 }));
  } catch (error) {
    return `cannot be read as ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${(error as Error).message}`;
  }
}
