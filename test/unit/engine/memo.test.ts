/** remembered (memo.ts): a string function computed once per key, in a table that stays bounded. */
import * as assert from 'node:assert/strict';
import { remembered } from '../../../src/engine/memo';

describe('memo: remembered', () => {
  it('computes each key once, and again only after the table was emptied when full', () => {
    const calls: string[] = [];
    const upper = remembered((key) => { calls.push(key); return key.toUpperCase(); }, 2);
    assert.equal(upper('a'), 'A');
    assert.equal(upper('a'), 'A');
    assert.equal(upper('b'), 'B');
    assert.deepEqual(calls, ['a', 'b']);
    assert.equal(upper('c'), 'C'); // full: emptied, then c stored
    assert.equal(upper('a'), 'A');
    assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
  });

  it('never stores a key longer than longestKey, and remembers false answers too', () => {
    const calls: string[] = [];
    const short = remembered((key) => { calls.push(key); return key.length < 3; }, 10, 4);
    assert.equal(short('abcde'), false);
    assert.equal(short('abcde'), false);
    assert.equal(short('abc'), false);
    assert.equal(short('abc'), false);
    assert.deepEqual(calls, ['abcde', 'abcde', 'abc']);
  });
});
