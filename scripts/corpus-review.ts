// npm run corpus:review: what a reviewer of the glossary should look at (entries by the date they were
// checked, stale sources, missing quotes, unlinked terms) and the contradictions that fail the build
// (a status its own text denies). The checks are in corpus-review/checks.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCorpusFiles } from './compile-corpus';
import { entriesByAge, reviewCorpus, type ReviewFinding, type StatusCues } from './corpus-review/checks';
import cueData from './corpus-review/status-cues.json';
import seedData from './corpus-review/seed-papers.json';

/** Without --all, how many entries of each warning (and of each month) are listed. */
const WARNINGS_SHOWN = 12;

const root = join(import.meta.dirname, '..');
// CI clones the repository next to shared/, which holds the seed papers; POLICY_LENS_SEEDS points elsewhere.
const seedsDir = process.env.POLICY_LENS_SEEDS ?? join(root, '..', 'shared', 'seeds');

/** The seed papers' texts by source id, or undefined (with a note) when they are not beside the repository. */
function readSeeds(log: (...lines: string[]) => void): Map<string, string> | undefined {
  if (!existsSync(seedsDir)) {
    log(`note: no seed papers at ${seedsDir}; quotes are not checked against them`);
    return undefined;
  }
  const seeds = new Map<string, string>();
  for (const [sourceId, { file }] of Object.entries(seedData.seeds)) {
    const path = join(seedsDir, file);
    if (existsSync(path)) seeds.set(sourceId, readFileSync(path, 'utf8'));
    else log(`note: the seed paper of ${sourceId} (${file}) is missing; its quotes are not checked`);
  }
  return seeds;
}

/** Prints findings by check; with a `limit`, at most that many of each check, and how many more there are. */
function printFindings(title: string, findings: readonly ReviewFinding[], log: (...lines: string[]) => void, limit = Infinity): void {
  if (findings.length === 0) return;
  log('', `${title} (${findings.length}):`);
  const byCheck = new Map<string, ReviewFinding[]>();
  for (const finding of findings) byCheck.set(finding.check, [...(byCheck.get(finding.check) ?? []), finding]);
  for (const [check, group] of byCheck) {
    log(`  ${check} (${group.length})`);
    for (const finding of group.slice(0, limit)) log(`    ${finding.entry} ${finding.message}`);
    if (group.length > limit) log(`    … and ${group.length - limit} more (--all lists them)`);
  }
}

function main(args: readonly string[]): number {
  const all = args.includes('--all');
  const log = (...lines: string[]) => lines.forEach((line) => console.log(line));
  const { corpus, problems } = loadCorpusFiles(join(root, 'corpus'));
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`corpus:review: the corpus does not load (${problems.length} problem(s)); run npm run build:corpus`);
    return 1;
  }
  log(`corpus review: ${corpus.terms.length} terms, ${corpus.recommendations.length} recommendations, ${corpus.sources.length} sources (${relative(process.cwd(), join(root, 'corpus')) || '.'})`);
  const seeds = readSeeds(log);
  log('', 'Checked (asOf), oldest first:');
  for (const group of entriesByAge(corpus)) {
    const shown = all ? group.entries : group.entries.slice(0, WARNINGS_SHOWN);
    const more = group.entries.length - shown.length;
    log(`  ${group.month}  ${String(group.entries.length).padStart(3)}  ${shown.join(', ')}${more > 0 ? `, … and ${more} more` : ''}`);
  }
  const findings = reviewCorpus(corpus, cueData as StatusCues, seeds);
  const contradictions = findings.filter((finding) => finding.severity === 'contradiction');
  printFindings('Warnings', findings.filter((finding) => finding.severity === 'warning'), log, all ? Infinity : WARNINGS_SHOWN);
  printFindings('Contradictions', contradictions, log);
  log('', `corpus:review: ${contradictions.length} contradiction(s), ${findings.length - contradictions.length} warning(s)`);
  return contradictions.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
