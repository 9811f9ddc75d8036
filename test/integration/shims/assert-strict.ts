// Browser stand-in for Node's `assert/strict` module; see assert-core.ts.
import { AssertionError, createAssert } from './assert-core';

const assert = createAssert(true);
const strict = createAssert(true);

export default Object.assign(assert, { strict });
export { AssertionError, strict };
export const { ok, fail, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual, match, doesNotMatch, throws, doesNotThrow, rejects, doesNotReject, ifError } = assert;
