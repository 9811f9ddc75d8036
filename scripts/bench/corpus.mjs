// Finds the benchmark corpus, or makes a smaller one deterministically where it is absent.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every Markdown file below a folder, sorted, skipping dot-folders. */
export function markdownFiles(folder) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(path);
    }
  };
  walk(folder);
  return found;
}

/** The shared corpus if present; otherwise a generated one (about 4 MB) under .bench/generated. */
export function benchCorpus(root) {
  const shared = process.env.POLICY_LENS_BENCH_CORPUS ?? join(root, '..', 'shared', 'bench-corpus');
  if (existsSync(shared)) return { folder: shared, files: markdownFiles(shared), generated: false };
  const folder = join(root, '.bench', 'generated');
  if (!existsSync(folder)) generateCorpus(folder, 400, 10_000);
  return { folder, files: markdownFiles(folder), generated: true };
}

const WORDS = ('the administration should ask congress for new trade authority that names economic security objectives ' +
  'allies coordinate export controls and investment screening while negotiating standards for open radio networks ' +
  'data flows across borders need trust and rules on localization semiconductors supply chains critical minerals').split(' ');
const ACRONYMS = ['TPA', 'USTR', 'IPEF', 'DFFT', 'O-RAN', 'TTC', 'DEPA', 'USMCA', 'GDPR', 'NIST', 'OSTP', 'AUKUS', 'XQZ', 'ABCD'];

/** A deterministic pseudo-random sequence (mulberry32), so every run generates the same corpus. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` memos of about `bytesEach` bytes: headings, paragraphs, lists, tables, code and quotes. */
export function generateCorpus(folder, count, bytesEach) {
  mkdirSync(folder, { recursive: true });
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 18) }, () => (next() < 0.08 ? pick(ACRONYMS) : pick(WORDS)));
    const text = words.join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  for (let i = 0; i < count; i++) {
    const parts = [`# Memo ${i}\n`];
    while (parts.join('\n').length < bytesEach) {
      const kind = next();
      if (kind < 0.55) parts.push(Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ').replace(/(.{70,80}) /g, '$1\n') + '\n');
      else if (kind < 0.7) parts.push(Array.from({ length: 3 }, () => `- ${sentence()}`).join('\n') + '\n');
      else if (kind < 0.8) parts.push(`## ${sentence().slice(0, 40)}\n`);
      else if (kind < 0.87) parts.push('| a | b |\n| --- | --- |\n' + `| ${pick(ACRONYMS)} | ${sentence()} |\n`);
      else if (kind < 0.93) parts.push('```\nconst TPA = 1; // code is not prose\n```\n');
      else parts.push(`> ${sentence()} See [the paper](https://example.org/${i}).\n`);
    }
    writeFileSync(join(folder, `memo-${String(i).padStart(4, '0')}.md`), parts.join('\n'));
  }
}

/** Total size of files in bytes. */
export function totalBytes(files) {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}
