/**
 * arrays.ts: sorting that skips lists already in order, with the result a stable sort gives.
 */
import * as assert from 'node:assert/strict';
import { isInOrder, sortedCopy, sortInPlace, sortStably } from '../../../src/engine/arrays';

const byFirst = (a: [number, string], b: [number, string]) => a[0] - b[0];

describe('arrays: sorting', () => {
  it('tells a list in order, ties included, from one that is not', () => {
    assert.equal(isInOrder([[1, 'a'], [1, 'b'], [2, 'c']], byFirst), true);
    assert.equal(isInOrder([[2, 'a'], [1, 'b']], byFirst), false);
    assert.equal(isInOrder([], byFirst), true);
  });

  it('copies a list in order as it is, and sorts any other stably, leaving the original alone', () => {
    const inOrder: Array<[number, string]> = [[1, 'a'], [1, 'b'], [3, 'c']];
    const copy = sortedCopy(inOrder, byFirst);
    assert.deepEqual(copy, inOrder);
    assert.notEqual(copy, inOrder);
    const mixed: Array<[number, string]> = [[3, 'a'], [1, 'b'], [3, 'c'], [1, 'd']];
    assert.deepEqual(sortedCopy(mixed, byFirst), [[1, 'b'], [1, 'd'], [3, 'a'], [3, 'c']]);
    assert.deepEqual(mixed, [[3, 'a'], [1, 'b'], [3, 'c'], [1, 'd']]);
  });

  it('sorts in place only a list out of order', () => {
    const mixed: Array<[number, string]> = [[2, 'a'], [1, 'b']];
    assert.equal(sortInPlace(mixed, byFirst), mixed);
    assert.deepEqual(mixed, [[1, 'b'], [2, 'a']]);
  });

  it('sorts short and long lists as Array.prototype.sort does', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 9;
    for (const length of [0, 1, 2, 5, 16, 17, 40]) {
      const items: Array<[number, string]> = Array.from({ length }, (_, i) => [next(), `item${i}`]);
      assert.deepEqual(sortStably(items.slice(), byFirst), items.slice().sort(byFirst));
    }
  });
});
