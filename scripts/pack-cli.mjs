// Builds the installable CLI package: `npm install -g policy-lens-cli-<version>.tgz` gives the
// `policy-lens` command and `policy-lens-language-server` for other editors, which need nothing else (the engine, glossary and dependencies are bundled
// into one file). Prints the tarball's path.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outDir = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : root;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

execFileSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const stage = join(root, '.cli-package');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage);
copyFileSync(join(root, 'dist/cli.js'), join(stage, 'cli.js'));
copyFileSync(join(root, 'dist/language-server.js'), join(stage, 'language-server.js'));
copyFileSync(join(root, 'docs/cli-package-readme.md'), join(stage, 'README.md'));
copyFileSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
const cliManifest = {
  name: 'policy-lens-cli',
  version: manifest.version,
  description: 'Policy Lens on the command line: lint policy memos in Markdown for undefined acronyms, wrong expansions and outdated terms, search recommendations, and check team packs.',
  license: manifest.license,
  keywords: ['policy', 'memo', 'markdown', 'linter', 'acronyms', 'glossary'],
  bin: { 'policy-lens': 'cli.js', 'policy-lens-language-server': 'language-server.js' },
  files: ['cli.js', 'language-server.js', 'README.md', 'LICENSE'],
  engines: { node: manifest.engines.node },
};
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(cliManifest, null, 2)}\n`);
mkdirSync(outDir, { recursive: true });
const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8' }));
rmSync(stage, { recursive: true, force: true });
console.log(join(outDir, packed.filename));
