import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** A file that crosses every boundary the core and the server keep: vscode, Node modules and Node globals. */
const CROSSING = `import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';
export const window = vscode.window;
export const bytes: Buffer = Buffer.from('memo');
export const home = process.env.HOME;
export const read = readFileSync;
`;
/** What every layer may write: ES2022 alone. */
const CLEAN = `export const words = 'The memo'.split(' ').map((word) => word.toUpperCase());\n`;

/**
 * Type-checks probe files with a layer's tsconfig (its compiler options; the probes in place of its
 * files) and returns the errors by probe file name.
 */
function typeCheck(layerConfig: string, probes: Record<string, string>, extraIncludes: readonly string[] = []): Map<string, string[]> {
  mkdirSync(join(ROOT, '.layer-probes'), { recursive: true });
  const folder = mkdtempSync(join(ROOT, '.layer-probes', 'probe-'));
  try {
    for (const [name, text] of Object.entries(probes)) writeFileSync(join(folder, name), text);
    const includes = [...Object.keys(probes), ...extraIncludes.map((file) => relative(folder, join(ROOT, file)))];
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ extends: relative(folder, join(ROOT, layerConfig)), include: includes }));
    const run = spawnSync(process.execPath, [TSC, '-p', join(folder, 'tsconfig.json')], { encoding: 'utf8' });
    const errors = new Map<string, string[]>(Object.keys(probes).map((name) => [name, []]));
    for (const line of run.stdout.split('\n')) {
      const match = /([\w-]+\.ts)\(\d+,\d+\): error (TS\d+: .*)/.exec(line);
      if (match) errors.get(match[1])?.push(match[2]);
    }
    assert.equal(run.status === 0, [...errors.values()].every((list) => list.length === 0), `tsc exit ${run.status} does not match the errors read:\n${run.stdout}${run.stderr}`);
    return errors;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('layer boundaries, enforced by the type check (tsconfig.<layer>.json)', function () {
  // Each case runs the TypeScript compiler once; a loaded machine needs time, and no speed is asserted here.
  this.timeout(300_000);

  it('the core fails the type check on a vscode import, a Node module, Buffer and process; plain ES2022 passes', () => {
    const errors = typeCheck('tsconfig.core.json', { 'crossing.ts': CROSSING, 'clean.ts': CLEAN }, ['scripts/layers/core-globals.d.ts']);
    const crossing = errors.get('crossing.ts')!.join('\n');
    assert.match(crossing, /TS2339: Property 'window' does not exist on type 'typeof import\(".*scripts\/layers\/no-vscode"\)'/);
    assert.match(crossing, /TS2307: Cannot find module 'node:fs'/);
    assert.match(crossing, /TS2591: Cannot find name 'Buffer'/);
    assert.match(crossing, /TS2591: Cannot find name 'process'/);
    assert.deepEqual(errors.get('clean.ts'), []);
  });

  it('the server (shared by the Node bin and the Web Worker) fails the same way', () => {
    const crossing = typeCheck('tsconfig.server.json', { 'crossing.ts': CROSSING }).get('crossing.ts')!.join('\n');
    assert.match(crossing, /no-vscode/);
    assert.match(crossing, /Cannot find module 'node:fs'/);
    assert.match(crossing, /Cannot find name 'Buffer'/);
  });

  it('the CLI may use Node but not vscode; the whole-project check (tests) allows both, so the layer configs are what catch it', () => {
    const cli = typeCheck('tsconfig.cli.json', { 'crossing.ts': CROSSING }).get('crossing.ts')!;
    assert.equal(cli.length, 1, cli.join('\n'));
    assert.match(cli[0], /no-vscode/);
    assert.deepEqual(typeCheck('tsconfig.json', { 'crossing.ts': CROSSING }).get('crossing.ts'), []);
  });
});
