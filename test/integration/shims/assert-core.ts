// A browser stand-in for Node's `assert`, for the web-worker test bundle (the node bundle uses the real one).
// scripts/build-integration-tests.mjs points `assert`, `node:assert`, `assert/strict` and `node:assert/strict`
// here. It covers what tests use: ok, (not)equal, (not)strictEqual, (not)deep(Strict)Equal, match,
// doesNotMatch, throws, doesNotThrow, rejects, doesNotReject, fail, ifError. Differences from Node: deepEqual is
// always strict (so a test that passes here passes in Node too), and error messages are shorter.

export class AssertionError extends Error {
  readonly code = 'ERR_ASSERTION';
  readonly actual: unknown;
  readonly expected: unknown;
  readonly operator: string;
  readonly generatedMessage: boolean;
  /** Tells mocha to print a diff of actual and expected. */
  readonly showDiff: boolean;

  constructor(options: { message?: string | Error; actual?: unknown; expected?: unknown; operator?: string; showDiff?: boolean }) {
    const generated = options.message === undefined;
    super(generated ? `${inspect(options.actual)} ${options.operator ?? '=='} ${inspect(options.expected)}` : String(options.message));
    this.name = 'AssertionError';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator ?? 'fail';
    this.generatedMessage = generated;
    this.showDiff = options.showDiff ?? false;
  }
}

function inspect(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || value === undefined || value instanceof RegExp) return String(value);
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? { Map: [...v] } : v instanceof Set ? { Set: [...v] } : typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return String(value);
  }
}

export function isDeepStrictEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Error && (a.message !== (b as Error).message || a.name !== (b as Error).name)) return false;
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  if (ArrayBuffer.isView(a)) {
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array((b as ArrayBufferView).buffer, (b as ArrayBufferView).byteOffset, (b as ArrayBufferView).byteLength);
    return x.length === y.length && x.every((byte, i) => byte === y[i]);
  }
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    if (a.size !== other.size) return false;
    for (const [key, value] of a) {
      if (!other.has(key) || !isDeepStrictEqual(value, other.get(key), seen)) return false;
    }
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    if (a.size !== other.size) return false;
    for (const value of a) {
      if (!other.has(value) && ![...other].some((candidate) => isDeepStrictEqual(value, candidate, seen))) return false;
    }
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isDeepStrictEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], seen));
}

type ErrorMatcher = RegExp | (new (...args: never[]) => unknown) | ((error: unknown) => boolean) | Record<string, unknown>;

function checkError(error: unknown, expected: ErrorMatcher | undefined, message: string | Error | undefined, operator: string): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (!expected.test(text) && !(error instanceof Error && expected.test(error.message))) {
      throw new AssertionError({ message: message ?? `The error does not match ${expected}: ${text}`, actual: error, expected, operator });
    }
    return;
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && error instanceof (expected as new () => unknown)) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      throw new AssertionError({ message: message ?? `The error is not an instance of ${expected.name}`, actual: error, expected, operator });
    }
    if ((expected as (error: unknown) => boolean)(error) === true) return;
    throw new AssertionError({ message: message ?? 'The error validation function did not return true', actual: error, expected, operator });
  }
  for (const [key, value] of Object.entries(expected)) {
    const actual = (error as Record<string, unknown>)?.[key];
    const ok = value instanceof RegExp && typeof actual === 'string' ? value.test(actual) : isDeepStrictEqual(actual, value);
    if (!ok) {
      throw new AssertionError({ message: message ?? `The error's "${key}" is ${inspect(actual)}, expected ${inspect(value)}`, actual: error, expected, operator });
    }
  }
}

function fail(message?: string | Error): never {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message ?? 'Failed', operator: 'fail' });
}

function check(condition: boolean, message: string | Error | undefined, actual: unknown, expected: unknown, operator: string, showDiff = false): void {
  if (condition) return;
  if (message instanceof Error) throw message;
  throw new AssertionError({ message, actual, expected, operator, showDiff });
}

export function createAssert(strict: boolean) {
  function ok(value: unknown, message?: string | Error): asserts value {
    check(!!value, message ?? (arguments.length === 0 ? 'No value argument passed to `assert.ok()`' : `The expression evaluated to a falsy value: ${inspect(value)}`), value, true, '==');
  }
  const strictEqual = (actual: unknown, expected: unknown, message?: string | Error) => check(Object.is(actual, expected), message, actual, expected, 'strictEqual', true);
  const notStrictEqual = (actual: unknown, expected: unknown, message?: string | Error) => check(!Object.is(actual, expected), message, actual, expected, 'notStrictEqual');
  const deepStrictEqual = (actual: unknown, expected: unknown, message?: string | Error) => check(isDeepStrictEqual(actual, expected), message, actual, expected, 'deepStrictEqual', true);
  const notDeepStrictEqual = (actual: unknown, expected: unknown, message?: string | Error) => check(!isDeepStrictEqual(actual, expected), message, actual, expected, 'notDeepStrictEqual');
  // eslint-disable-next-line eqeqeq
  const looseEqual = (actual: unknown, expected: unknown, message?: string | Error) => check(actual == expected || Object.is(actual, expected), message, actual, expected, '==', true);
  // eslint-disable-next-line eqeqeq
  const looseNotEqual = (actual: unknown, expected: unknown, message?: string | Error) => check(!(actual == expected || Object.is(actual, expected)), message, actual, expected, '!=');

  const match = (value: string, regexp: RegExp, message?: string | Error) =>
    check(typeof value === 'string' && regexp.test(value), message ?? `The input did not match ${regexp}: ${inspect(value)}`, value, regexp, 'match');
  const doesNotMatch = (value: string, regexp: RegExp, message?: string | Error) =>
    check(typeof value === 'string' && !regexp.test(value), message ?? `The input was expected not to match ${regexp}: ${inspect(value)}`, value, regexp, 'doesNotMatch');

  function throws(fn: () => unknown, expected?: ErrorMatcher | string, message?: string | Error): void {
    if (typeof expected === 'string') [expected, message] = [undefined, expected];
    try {
      fn();
    } catch (error) {
      checkError(error, expected, message, 'throws');
      return;
    }
    check(false, message ?? 'Missing expected exception.', undefined, expected, 'throws');
  }
  function doesNotThrow(fn: () => unknown, message?: string | Error): void {
    try {
      fn();
    } catch (error) {
      check(false, message ?? `Got unwanted exception: ${error instanceof Error ? error.message : inspect(error)}`, error, undefined, 'doesNotThrow');
    }
  }
  async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: ErrorMatcher | string, message?: string | Error): Promise<void> {
    if (typeof expected === 'string') [expected, message] = [undefined, expected];
    try {
      await (typeof promise === 'function' ? promise() : promise);
    } catch (error) {
      checkError(error, expected, message, 'rejects');
      return;
    }
    check(false, message ?? 'Missing expected rejection.', undefined, expected, 'rejects');
  }
  async function doesNotReject(promise: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void> {
    try {
      await (typeof promise === 'function' ? promise() : promise);
    } catch (error) {
      check(false, message ?? `Got unwanted rejection: ${error instanceof Error ? error.message : inspect(error)}`, error, undefined, 'doesNotReject');
    }
  }
  function ifError(value: unknown): void {
    if (value !== null && value !== undefined) {
      throw value instanceof Error ? value : new AssertionError({ message: `ifError got unwanted exception: ${inspect(value)}`, actual: value, operator: 'ifError' });
    }
  }

  const assert = Object.assign((value: unknown, message?: string | Error) => ok(value, message), {
    AssertionError,
    ok,
    fail,
    strictEqual,
    notStrictEqual,
    deepStrictEqual,
    notDeepStrictEqual,
    equal: strict ? strictEqual : looseEqual,
    notEqual: strict ? notStrictEqual : looseNotEqual,
    deepEqual: deepStrictEqual,
    notDeepEqual: notDeepStrictEqual,
    match,
    doesNotMatch,
    throws,
    doesNotThrow,
    rejects,
    doesNotReject,
    ifError,
  });
  return assert;
}
