// Where the time of one editor edit goes (issue 14 item 4): on a 100 KB and a 1 MB memo, types one
// character mid-document through a DocumentSession and times parse + analysis, each rule, and the
// server's conversion of the findings to diagnostics. CPU time of this process, median of the edits.
// `npx tsx scripts/bench/edit-phases.ts [file.md]`.
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SEVERITIES, DocumentSession, getBundledIndex, lintAnalysis, RULES, resolveConfig } from '../../src/core/index';
import { toDiagnostic } from '../../src/server/convert';
import { normalProse } from '../../test/unit/helpers/adversarial-inputs';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES);
const EDITS = Number(process.env.BENCH_EDITS ?? 20);

function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(label: string, original: string): void {
  let text = original;
  const session = new DocumentSession(index);
  lintAnalysis(session.analyze(text), config);
  const phases = new Map<string, number[]>();
  const add = (name: string, ms: number) => phases.set(name, [...(phases.get(name) ?? []), ms]);
  const middle = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
  for (let i = 0; i < EDITS; i++) {
    text = i % 2 === 0 ? text.slice(0, middle) + 'x' + text.slice(middle) : text.slice(0, middle) + text.slice(middle + 1);
    let analysis!: ReturnType<DocumentSession['analyze']>;
    add('parse+analyze', cpuMs(() => (analysis = session.analyze(text))));
    let findings: ReturnType<typeof lintAnalysis> = [];
    for (const rule of RULES) add(`rule ${rule.id}`, cpuMs(() => findings.push(...lintAnalysis(analysis, config, [rule]))));
    const document = TextDocument.create('file:///memo.md', 'markdown', i, text);
    add('toDiagnostic', cpuMs(() => findings.map((finding) => toDiagnostic(document, finding))));
    add('JSON.stringify diagnostics', cpuMs(() => JSON.stringify(findings.map((finding) => toDiagnostic(document, finding)))));
    findings = [];
  }
  console.log(`${label} (${(original.length / 1024).toFixed(0)} KB), CPU ms per edit, median of ${EDITS}:`);
  let total = 0;
  for (const [name, values] of phases) {
    const ms = median(values);
    if (name !== 'JSON.stringify diagnostics') total += ms;
    console.log(`  ${name.padEnd(34)} ${ms.toFixed(1)}`);
  }
  console.log(`  ${'total (without stringify)'.padEnd(34)} ${total.toFixed(1)}`);
}

const file = process.argv[2];
if (file) measure(file, readFileSync(file, 'utf8'));
else for (const size of [100, 1024]) measure('bench:server memo', `# Memo\n\nThe USTR met.\n\n${normalProse(size * 1024)}`);
