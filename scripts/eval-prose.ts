// Measures the rules on real policy writing (eval/real-prose): per rule and per half, findings at warning or
// error level, how many are labelled, precision (true only; true + debatable), recall where hand-built ground
// truth exists, and the glossary's coverage of the set's vocabulary. Exits 1 when a warning or error finding
// has no verdict, listing each as `file:line:col rule "quote"`; --write-unlabelled appends stubs to the labels
// file for a person to fill in. The default configuration applies: no .policylens.json is looked up.
//
// With --preset review, the rules are measured as `"extends": "policy-lens:review"` configures them.
//
//   npx tsx scripts/eval-prose.ts [--write-unlabelled] [--unknown-vocabulary] [--preset review] [--set DIR]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bundledCorpus, DEFAULT_SEVERITIES, getBundledIndex, lintText, PRESETS, resolveConfig } from '../src/core/index';
import { coverageOf, glossaryNames, type VocabularyEntry } from './eval-prose/coverage';
import { RECALL_RULES, recallOf, type DocumentTruth, type RecallResult, type RecallRule } from './eval-prose/ground-truth';
import { formatFinding, keyFindings, matchLabels, parseLabels, stubFor, type KeyedFinding, type Label, type LabelMatch } from './eval-prose/labels';

const args = process.argv.slice(2);
/** The set's folder (dev/, test/, labels/, ground-truth/, vocabulary.json); tests point it at a fixture. */
const root = args.includes('--set') ? args[args.indexOf('--set') + 1] : join(import.meta.dirname, '..', 'eval', 'real-prose');
const HALVES = ['dev', 'test'] as const;
type Half = (typeof HALVES)[number];
const writeStubs = args.includes('--write-unlabelled');
const listUnknownVocabulary = args.includes('--unknown-vocabulary');

const presetArgument = args.includes('--preset') ? args[args.indexOf('--preset') + 1] : undefined;
const preset = presetArgument === undefined ? undefined : presetArgument.includes(':') ? presetArgument : `policy-lens:${presetArgument}`;
if (preset !== undefined && !PRESETS.has(preset)) {
  console.error(`unknown preset "${presetArgument}"; expected one of ${[...PRESETS.keys()].join(', ')}`);
  process.exit(2);
}
const config = resolveConfig(DEFAULT_SEVERITIES, preset ? { extends: [preset] } : {});
const index = getBundledIndex();
/** Rules that warn in this configuration, in registry order: the rules whose findings a reviewer sees. */
const WARNING_RULES = [...config.levels].filter(([, level]) => level === 'warning' || level === 'error').map(([id]) => id);

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}
// One labels file per half and rule (labels/dev/acronym-undefined.json), so work on one rule never touches another's labels.
const labelsFolder = (half: Half) => join(root, 'labels', half);
const labelsPath = (half: Half, rule: string) => join(labelsFolder(half), `${rule}.json`);

function readLabels(half: Half): Label[] {
  const folder = labelsFolder(half);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => parseLabels(readFileSync(join(folder, name), 'utf8'), join(folder, name)));
}

interface HalfResult {
  readonly half: Half;
  readonly documents: number;
  readonly findings: readonly KeyedFinding[];
  readonly match: LabelMatch;
  readonly recall: ReadonlyMap<RecallRule, RecallResult>;
  readonly truthDocuments: number;
}

function evaluateHalf(half: Half): HalfResult {
  const folder = join(root, half);
  const texts = new Map<string, string>();
  const findings: KeyedFinding[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md')).sort()) {
    const text = readFileSync(join(folder, file), 'utf8');
    texts.set(file, text);
    const reviewed = lintText(text, { index, config }).filter((finding) => finding.severity !== 'info');
    findings.push(...keyFindings(file, text, reviewed));
  }
  const labels = readLabels(half);
  const truthFile = join(root, 'ground-truth', `${half}.json`);
  const truths = existsSync(truthFile) ? ((readJson(truthFile) as { documents: DocumentTruth[] }).documents) : [];
  const recall = new Map(RECALL_RULES.map((rule) => [rule, recallOf(rule, truths, texts, findings)]));
  return { half, documents: texts.size, findings, match: matchLabels(findings, labels), recall, truthDocuments: truths.length };
}

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}% (${part}/${whole})`);

function printTable(result: HalfResult): void {
  console.log(`\n### ${result.half} (${result.documents} documents; recall over ${result.truthDocuments} documents with ground truth)\n`);
  console.log('| rule | findings | labelled | unlabelled | precision, true only | precision, true + debatable | recall |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rule of WARNING_RULES) {
    const count = result.findings.filter((finding) => finding.rule === rule).length;
    const judged = result.match.judged.filter(({ finding }) => finding.rule === rule);
    const unlabelled = result.match.unlabelled.filter((finding) => finding.rule === rule).length;
    const trueCount = judged.filter(({ label }) => label.verdict === 'true').length;
    const debatable = judged.filter(({ label }) => label.verdict === 'debatable').length;
    const recall = result.recall.get(rule as RecallRule);
    const recallCell = recall ? `${share(recall.found, recall.expected)}${recall.foundElsewhere ? `, +${recall.foundElsewhere} elsewhere` : ''}` : '';
    console.log(`| ${rule} | ${count} | ${judged.length} | ${unlabelled} | ${share(trueCount, judged.length)} | ${share(trueCount + debatable, judged.length)} | ${recallCell} |`);
  }
}

function printCoverage(): void {
  const vocabularyFile = join(root, 'vocabulary.json');
  if (!existsSync(vocabularyFile)) return;
  const vocabulary = readJson(vocabularyFile) as Record<Half, VocabularyEntry[]>;
  const names = glossaryNames(bundledCorpus.terms);
  console.log('\n### Glossary coverage of the set\'s acronyms and named instruments\n');
  console.log('| half | acronyms | instruments | all |\n| --- | ---: | ---: | ---: |');
  for (const half of HALVES) {
    const of = (kind: VocabularyEntry['kind']) => coverageOf(vocabulary[half].filter((entry) => entry.kind === kind), names);
    const all = coverageOf(vocabulary[half], names);
    console.log(`| ${half} | ${share(of('acronym').known, of('acronym').total)} | ${share(of('instrument').known, of('instrument').total)} | ${share(all.known, all.total)} |`);
  }
  if (listUnknownVocabulary) {
    for (const half of HALVES) console.log(`\nNot in the glossary (${half}): ${coverageOf(vocabulary[half], names).unknown.join(', ')}`);
  }
}

const results = HALVES.map(evaluateHalf);
console.log(`## Policy Lens on real prose (warning and error findings, ${preset ? `preset ${preset}` : 'default configuration'})`);
results.forEach(printTable);
printCoverage();

for (const result of results) {
  const missed = [...result.recall].flatMap(([rule, recall]) => recall.missed.map((item) => `${rule} ${item}`));
  if (missed.length > 0) console.log(`\nMissed in ${result.half} (ground truth not reported at all):\n${missed.map((line) => `  ${line}`).join('\n')}`);
  const elsewhere = [...result.recall].flatMap(([rule, recall]) => recall.elsewhere.map((item) => `${rule} ${item}`));
  if (elsewhere.length > 0) console.log(`\nReported in ${result.half}, but not at the first use:\n${elsewhere.map((line) => `  ${line}`).join('\n')}`);
  if (result.match.stale.length > 0) console.log(`\n${result.match.stale.length} label(s) in ${result.half} match no finding any more (the rule no longer reports that text).`);
}

const unlabelled = results.flatMap((result) => result.match.unlabelled.map((finding) => ({ half: result.half, finding })));
if (unlabelled.length > 0) {
  console.error(`\n${unlabelled.length} warning/error finding(s) have no verdict; label them in ${relative(process.cwd(), join(root, 'labels'))}/<half>/<rule>.json:`);
  for (const { half, finding } of unlabelled) console.error(`  ${formatFinding(relative(process.cwd(), join(root, half)), finding)}`);
  if (writeStubs) {
    for (const half of HALVES) {
      const known = new Set(readLabels(half).map((label) => JSON.stringify([label.file, label.rule, label.quote, label.occurrence ?? 1])));
      const stubs = unlabelled
        .filter((item) => item.half === half)
        .map(({ finding }) => stubFor(finding))
        .filter((stub) => !known.has(JSON.stringify([stub.file, stub.rule, stub.quote, stub.occurrence ?? 1])));
      for (const rule of new Set(stubs.map((stub) => stub.rule))) {
        const file = labelsPath(half, rule);
        const existing = existsSync(file) ? parseLabels(readFileSync(file, 'utf8'), file) : [];
        const added = stubs.filter((stub) => stub.rule === rule);
        mkdirSync(labelsFolder(half), { recursive: true });
        writeFileSync(file, `${JSON.stringify({ labels: [...existing, ...added] }, null, 2)}\n`);
        console.error(`  ${added.length} stub(s) appended to ${file}`);
      }
    }
  } else console.error('Run with --write-unlabelled to append stubs (verdict null) for each.');
  process.exitCode = 1;
}
