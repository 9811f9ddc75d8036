// Counts each rule's findings on the seed papers (plain text in ../shared/seeds, converted to Markdown
// in memory and never written into the repository) and on examples/memos, so rule changes can be
// judged for false positives. `--show RULE` prints that rule's findings with their text.
//
//   npx tsx scripts/evaluate-rules.ts [--show claim-unsourced] [--seeds DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig, RULES, type Finding } from '../src/core/index';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seedsFolder = option('--seeds') ?? join(root, '..', 'shared', 'seeds');
const shown = option('--show');

/**
 * Plain text to Markdown: one paragraph a line; a short line in capitals or Title Case without a full
 * stop is a heading; footnote markers glued to a word ("context.1") become footnote references.
 */
export function textToMarkdown(text: string): string {
  const blocks: string[] = [];
  const notes = new Set<string>();
  let titled = false;
  let carried = '';
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const line = `${carried}${raw.trim()}`;
    carried = '';
    // Page breaks cut paragraphs mid-sentence: a line ending in a lower-case word or a comma goes on below.
    if (/[\p{Ll},]$/u.test(line) && !isHeadingLike(line)) {
      carried = `${line} `;
      continue;
    }
    if (isHeadingLike(line)) {
      blocks.push(`${titled ? '##' : '#'} ${line}`);
      titled = true;
      continue;
    }
    const body = line.replace(/(?<=[\p{Ll})”"’][.,;:]?)(\d{1,3})(?=\s|$)/gu, (marker) => {
      notes.add(marker);
      return `[^${marker}]`;
    });
    // Consecutive list items stay one list.
    const previous = blocks[blocks.length - 1];
    if (body.startsWith('- ') && previous?.startsWith('- ')) blocks[blocks.length - 1] = `${previous}\n${body}`;
    else blocks.push(body);
  }
  if (carried) blocks.push(carried.trim());
  for (const note of notes) blocks.push(`[^${note}]: Source ${note}.`);
  return blocks.join('\n\n') + '\n';
}

function isHeadingLike(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > 12 || /[.,;:]$/.test(line) || !/\p{L}/u.test(line) || line.startsWith('- ')) return false;
  if (line === line.toUpperCase()) return true;
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word) || /^(?:a|an|the|of|and|or|for|to|in|on|with)$/.test(word));
  return capitalized.length === words.length && words.length >= 2;
}

const config = resolveConfig(DEFAULT_SEVERITIES);
const index = getBundledIndex();
const NEW_RULES = RULES.map((rule) => rule.id);

function evaluate(label: string, documents: { name: string; markdown: string }[]): void {
  const counts = new Map<string, number>(NEW_RULES.map((id) => [id, 0]));
  const shownFindings: string[] = [];
  for (const { name, markdown } of documents) {
    const findings: Finding[] = lintText(markdown, { index, config });
    for (const finding of findings) {
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
      if (finding.ruleId === shown) shownFindings.push(`${name}:${finding.line}: [${markdown.slice(finding.start, finding.end).replace(/\s+/g, ' ').slice(0, 100)}] ${finding.message}`);
    }
  }
  console.log(`\n${label} (${documents.length} documents)`);
  console.log('| rule | findings |\n| --- | ---: |');
  for (const [id, count] of counts) console.log(`| ${id} | ${count} |`);
  if (shownFindings.length > 0) console.log(`\n${shownFindings.join('\n')}`);
}

function main(): void {
  if (!existsSync(seedsFolder)) {
    console.log(`No seed papers at ${seedsFolder}; pass --seeds DIR.`);
  } else {
    const seeds = readdirSync(seedsFolder).filter((file) => file.endsWith('.txt')).sort();
    evaluate(`Seed papers in ${seedsFolder}`, seeds.map((file) => ({ name: basename(file), markdown: textToMarkdown(readFileSync(join(seedsFolder, file), 'utf8')) })));
  }
  const examples = join(root, 'examples', 'memos');
  evaluate('Example memos', readdirSync(examples).filter((file) => file.endsWith('.md')).sort().map((file) => ({ name: file, markdown: readFileSync(join(examples, file), 'utf8') })));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
