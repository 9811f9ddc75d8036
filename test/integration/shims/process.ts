// A minimal `process` for the web-worker test bundle: esbuild injects it wherever the tests or their
// dependencies read the free variable `process` (mocha's browser build carries its own shim).
const env: Record<string, string | undefined> = { NODE_ENV: 'test' };

const browserProcess = {
  env,
  argv: [] as string[],
  platform: 'browser',
  version: '',
  versions: {} as Record<string, string>,
  browser: true,
  cwd: () => '/',
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]) => void Promise.resolve().then(() => callback(...args)),
  on: () => browserProcess,
  once: () => browserProcess,
  off: () => browserProcess,
  emit: () => false,
  removeListener: () => browserProcess,
  stdout: { isTTY: false, write: (text: string) => (console.log(text.replace(/\n$/, '')), true) },
  stderr: { isTTY: false, write: (text: string) => (console.error(text.replace(/\n$/, '')), true) },
};

export { browserProcess as process };
