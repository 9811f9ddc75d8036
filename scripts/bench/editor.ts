// The editor's path: after a one-character edit, the extension parses, analyses and lints the whole
// memo again (MemoService.analysis + lintAnalysis). Median of 50 random edits on 100 KB and 1 MB memos.
import { analyzeDocument, DEFAULT_SEVERITIES, getBundledIndex, lintAnalysis, parseMarkdown, resolveConfig } from '../../src/core/index';

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

const lint = (text: string) => lintAnalysis(analyzeDocument(parseMarkdown(text), index), config);

if (process.argv[1]?.endsWith("editor.ts")) for (const [label, bytes] of [['100 KB', 100 * 1024], ['1 MB', 1024 * 1024]] as const) {
  let text = makeMemo(bytes);
  lint(text);
  const next = random(7);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const at = Math.floor(next() * text.length);
    text = text.slice(0, at) + 'x' + text.slice(at);
    const started = performance.now();
    lint(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`editor: edit → findings on a ${label} memo: median ${times[25].toFixed(1)} ms, p90 ${times[45].toFixed(1)} ms (full re-lint per edit)`);
}

if (process.argv[1]?.endsWith("editor.ts")) {
const started = performance.now();
for (let i = 0; i < 1000; i++) index.findOccurrences('The Trade Promotion Authority (TPA) and export controls.');
console.log(`editor: term lookup for a hover: ${((performance.now() - started) / 1000).toFixed(3)} ms per sentence`);
}
