// Types of scripts/web-host.mjs, for the TypeScript UI tests (test/ui/).
import type { BrowserContext, Page } from 'playwright-core';

export const root: string;
export const testWebDataDir: string;
export class WebHostSetupError extends Error {}
export const TEST_WEB_SERVER_CHATTER: RegExp[];
export const EXPECTED_ACCESS_LOG: RegExp;
export function hideTestWebServerChatter(): void;
export function findChromium(): string;
export function prepareVSCodeWebBuild(dataDir?: string): { version: string; commit: string };
export function freePort(host?: string): Promise<number>;
export function launchOfflineChromium(options?: { executablePath?: string; onBlocked?: (url: string) => void }): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }>;
