// npm run test:vsix: packages the extension as users get it, unpacks the .vsix the way VS Code
// installs it, and runs the whole integration suite against the unpacked copy; so the package is
// known to hold everything the extension needs (bundles, snippets, grammar, schemas). Options go to
// scripts/run-integration-tests.mjs: `npm run test:vsix -- --code-server` runs it in code-server's Node host.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

const root = join(import.meta.dirname, '..');
const vsix = join(root, 'policy-lens.vsix');

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (run('npm', ['run', 'package', '--silent']) !== 0) process.exit(2);
const target = mkdtempSync(join(tmpdir(), 'policy-lens-vsix-'));
try {
  const files = await unpack(vsix, target);
  console.log(`Unpacked ${files} files from ${vsix} into ${target}`);
  // The package's bundles are production builds; the test bundle is built from the sources as usual.
  process.exitCode = run(process.execPath, [join(root, 'scripts/run-integration-tests.mjs'), '--extension', join(target, 'extension'), ...process.argv.slice(2)]);
} finally {
  rmSync(target, { recursive: true, force: true });
  // Packaging wrote production bundles to dist/; put the development build back.
  run(process.execPath, [join(root, 'esbuild.mjs')]);
}

/** Extracts the extension/ folder of a .vsix (a zip) into `target`; returns how many files it wrote. */
function unpack(file, target) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      let files = 0;
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry) => {
        if (!entry.fileName.startsWith('extension/') || entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const destination = join(target, entry.fileName);
          mkdirSync(dirname(destination), { recursive: true });
          pipeline(stream, createWriteStream(destination)).then(() => {
            files++;
            zip.readEntry();
          }, reject);
        });
      });
      zip.readEntry();
    });
  });
}
