// The real VS Code 1.91 workbench for the web, with Policy Lens loaded from the repository and the integration
// fixture folder open (mounted in memory: edits never reach the disk), in headless Chromium driven by
// playwright-core, offline. The same server scripts/run-integration-tests.mjs starts, without a test bundle:
// here the tests drive the page from outside, as a person would.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort, hideTestWebServerChatter, launchOfflineChromium, prepareVSCodeWebBuild, root, testWebDataDir } from '../../scripts/web-host.mjs';

export const fixtureFolder = join(root, 'test', 'integration', 'workspace');
/** Screenshots of each step (gitignored). */
export const artifactsFolder = join(root, 'test-results', 'ui');

/** Generous: a hang guard on a loaded 2-core machine, never a speed limit. */
export const PATIENCE = 90_000;

export interface Workbench {
  readonly page: Page;
  readonly vscodeVersion: string;
  /** Saves a screenshot of the whole window as test-results/ui/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startWorkbench(): Promise<Workbench> {
  const { version, commit } = prepareVSCodeWebBuild(testWebDataDir);
  const { open } = await import('@vscode/test-web');
  hideTestWebServerChatter();
  const port = await freePort();
  const server = await open({
    browserType: 'none',
    quality: 'stable',
    commit,
    testRunnerDataDir: testWebDataDir,
    extensionDevelopmentPath: root,
    folderPath: fixtureFolder,
    host: 'localhost',
    port,
    printServerLog: false,
  });
  let browser: Awaited<ReturnType<typeof launchOfflineChromium>>;
  try {
    browser = await launchOfflineChromium();
  } catch (error) {
    await server.dispose();
    throw error;
  }
  const { page } = browser;
  mkdirSync(artifactsFolder, { recursive: true });
  await page.goto(`http://localhost:${port}`, { waitUntil: 'load', timeout: PATIENCE });
  await page.locator('.monaco-workbench').waitFor({ timeout: PATIENCE });
  return {
    page,
    vscodeVersion: version,
    async screenshot(name) {
      const path = join(artifactsFolder, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      try {
        await browser.close();
      } finally {
        await server.dispose();
      }
    },
  };
}
