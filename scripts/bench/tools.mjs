// The linters the benchmark runs next to ours, each with its own configuration file in a scratch
// folder so nothing in the corpus (or this repository) configures them, and each given the corpus
// through a glob or a list file rather than one argument per file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * markdownlint-cli2 with its default rules. It reads its options from `.markdownlint-cli2.jsonc` in
 * its working folder; the files are listed there as literal paths (":path"), not on the command line.
 */
export function markdownlintCommand(root, scratch, files) {
  const folder = join(scratch, 'markdownlint');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true }, globs: files.map((file) => `:${file}`) }));
  return { command: process.execPath, args: [join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs')], cwd: folder };
}

/** textlint with textlint-rule-unexpanded-acronym only, over a glob of the corpus folder. */
export function textlintCommand(root, scratch, corpusFolder) {
  const folder = join(scratch, 'textlint');
  mkdirSync(folder, { recursive: true });
  const config = join(folder, '.textlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: { 'unexpanded-acronym': true } }));
  const args = [join(root, 'node_modules/textlint/bin/textlint.js'), '--config', config, '--rules-base-directory', join(root, 'node_modules'),
    '--no-color', '--format', 'json', `${corpusFolder}/**/*.{md,markdown}`];
  return { command: process.execPath, args, cwd: folder };
}
