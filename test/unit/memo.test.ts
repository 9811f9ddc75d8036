// memoizeByText answers a text it has seen from memory; forgetEverythingRemembered (used by the
// adversarial benchmark so each repetition is a first lint) empties every such memory.
import assert from 'node:assert/strict';
import { forgetEverythingRemembered, memoizeByText } from '../../src/core/memo';

describe('memoizeByText', () => {
  it('computes each text once, forgets all once the limit is reached, and again after forgetEverythingRemembered', () => {
    const computed: string[] = [];
    const length = memoizeByText((text) => {
      computed.push(text);
      return text.length;
    }, 2);
    assert.deepEqual([length('ab'), length('ab'), length('abc'), length('ab')], [2, 2, 3, 2]);
    assert.deepEqual(computed, ['ab', 'abc']);
    // A third text finds the memory full: it is emptied, so 'ab' is computed again afterwards.
    length('abcd');
    length('ab');
    assert.deepEqual(computed, ['ab', 'abc', 'abcd', 'ab']);

    const other: string[] = [];
    const upper = memoizeByText((text) => {
      other.push(text);
      return text.toUpperCase();
    });
    upper('x');
    forgetEverythingRemembered();
    assert.deepEqual([length('ab'), upper('x')], [2, 'X']);
    assert.deepEqual(computed, ['ab', 'abc', 'abcd', 'ab', 'ab']);
    assert.deepEqual(other, ['x', 'x']);
  });
});
