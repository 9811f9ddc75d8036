// The editor's path: after a one-character edit, the extension analyses the memo again through its
// DocumentSession (only changed chunks and runs are redone) and lints the analysis. Median of 50
// random edits on 100 KB and 1 MB memos; every result is checked against a fresh full lint.
import { DEFAULT_SEVERITIES, DocumentSession, getBundledIndex, lintAnalysis, lintText, resolveConfig } from '../../src/core/index';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES);

/** A deterministic memo of about `bytes` bytes with headings, lists, tables, code and prose full of terms. */
export function makeMemo(bytes: number): string {
  const paragraphs = [
    'The Trade Promotion Authority (TPA) lapsed in 2021; Congress could grant a new TPA that names economic security objectives and export controls.',
    'Allies align investment screening and data localization rules, while the USTR and the Privacy Shield remain points of debate in DFFT talks.',
    '- The administration should ask Congress for new authority by June.\n- USTR should open talks on O-RAN supply with Japan.',
    '| Option | Benefit |\n| --- | --- |\n| IPEF | regional reach |\n| TTC | transatlantic focus |',
    '```\nconst TPA = "code is not prose";\n```',
    '## Background on semiconductors and the CHIPS and Science Act',
  ];
  const parts: string[] = ['# Memo'];
  let size = 6;
  for (let i = 0; size < bytes; i++) {
    const part = paragraphs[i % paragraphs.length];
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

/** Findings as plain data, for comparing the incremental and the full lint. */
const comparable = (findings: unknown[]) => JSON.stringify(findings);

if (/editor\.(ts|mjs)$/.test(process.argv[1] ?? "")) for (const [label, bytes] of [['100 KB', 100 * 1024], ['1 MB', 1024 * 1024]] as const) {
  let text = makeMemo(bytes);
  const session = new DocumentSession(index);
  lintAnalysis(session.analyze(text), config);
  const next = random(7);
  const times: number[] = [];
  let mismatches = 0;
  for (let i = 0; i < 50; i++) {
    const at = Math.floor(next() * text.length);
    text = text.slice(0, at) + 'x' + text.slice(at);
    const started = performance.now();
    const findings = lintAnalysis(session.analyze(text), config);
    times.push(performance.now() - started);
    if (comparable(findings) !== comparable(lintText(text, { index, config }))) mismatches++;
  }
  times.sort((a, b) => a - b);
  console.log(`editor: edit → findings on a ${label} memo: median ${times[25].toFixed(1)} ms, p90 ${times[45].toFixed(1)} ms; ${mismatches === 0 ? 'identical to a full lint after every edit' : `DIFFERENT from a full lint after ${mismatches} of 50 edits`}`);
  if (mismatches > 0) process.exitCode = 1;
}

if (/editor\.(ts|mjs)$/.test(process.argv[1] ?? "")) {
const started = performance.now();
for (let i = 0; i < 1000; i++) index.findOccurrences('The Trade Promotion Authority (TPA) and export controls.');
console.log(`editor: term lookup for a hover: ${((performance.now() - started) / 1000).toFixed(3)} ms per sentence`);
}
