// One build script for every target: the CLI, the language server (node and web worker), and the extension for desktop (node) and the web (web worker).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  legalComments: 'none',
  // Every runtime we ship to (Node 20, VS Code 1.91's web worker) has Unicode property escapes; without this esbuild
  // rewrites each /\p{…}/u literal as a `new RegExp` built again on every call, in functions run once per word.
  supported: { 'regexp-unicode-property-escapes': true },
  // jsonc-parser's UMD build loads its parts with a dynamic require that bundles cannot follow; its ESM build can be bundled.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  define: { POLICY_LENS_VERSION: JSON.stringify(version) },
};

await build({
  ...shared,
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli.js',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Some dependencies (fdir) read import.meta.url, which a CommonJS bundle must provide itself.
  define: { ...shared.define, 'import.meta.url': 'importMetaUrl' },
  banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The language server for every editor: a Node bin (stdio or IPC), and a Web Worker build for vscode.dev.
await build({
  ...shared,
  entryPoints: ['src/server/node/main.ts'],
  outfile: 'dist/language-server.js',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
});
await build({ ...shared, entryPoints: ['src/server/browser.ts'], outfile: 'dist/language-server-web.js', platform: 'browser', target: 'es2022', format: 'iife', conditions: ['worker'] });

const extension = { ...shared, external: ['vscode'], format: 'cjs' };

// The desktop client starts dist/language-server.js in a Node process.
await build({ ...extension, entryPoints: ['src/extension/node/main.ts'], outfile: 'dist/extension.js', platform: 'node', target: 'node20' });
// The web build runs in VS Code's web-worker extension host and starts dist/language-server-web.js in
// a Web Worker: no Node built-ins and no DOM. The "worker" condition keeps packages such as
// decode-named-character-reference off their DOM builds.
await build({ ...extension, entryPoints: ['src/extension/browser/main.ts'], outfile: 'dist/extension-web.js', platform: 'browser', target: 'es2022', conditions: ['worker'] });
