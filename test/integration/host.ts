// Which extension host this test bundle was built for: scripts/build-integration-tests.mjs defines it per bundle
// (the web worker of VS Code 1.91 for the web, or a Node host: code-server's current VS Code or desktop 1.91).
declare const POLICY_LENS_IT_HOST: { kind: 'web' | 'node'; vscodeVersion: string };

export const expectedHost = POLICY_LENS_IT_HOST;

/** Whether this Node extension host has loaded the CommonJS module `file`; always false in a web worker. */
export function nodeHasLoaded(file: string): boolean {
  return typeof require === 'function' && require.cache !== undefined && file in require.cache;
}
