import * as assert from 'node:assert/strict';
import { mapOrdered, type Settled } from '../../../src/worker/mapOrdered';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('worker: mapOrdered', () => {
  it('emits in input order although later items finish first', async () => {
    const emitted: number[] = [];
    await mapOrdered([30, 1, 20, 2, 10], 5, async (ms) => { await delay(ms); return ms * 2; }, (item, result) => {
      assert.ok(result.ok);
      emitted.push(result.value);
    });
    assert.deepEqual(emitted, [60, 2, 40, 4, 20]);
  });

  it('never has more than `window` items in work, and pulls no item before the oldest is emitted', async () => {
    let working = 0;
    let most = 0;
    const pulled: number[] = [];
    async function* source() {
      for (let i = 0; i < 12; i++) { pulled.push(i); yield i; }
    }
    await mapOrdered(source(), 3, async () => {
      working++;
      most = Math.max(most, working);
      await delay(2);
      working--;
    }, async (item) => {
      assert.ok(pulled.length <= item + 3, `item ${item} emitted after ${pulled.length} were pulled`);
      await delay(1); // a slow reader
    });
    assert.equal(most, 3);
    assert.equal(pulled.length, 12);
  });

  it('pulls no item while the items in work weigh the budget or more, but always lets one in', async () => {
    let load = 0;
    const loadBefore: number[] = [];
    await mapOrdered([3, 3, 3, 9, 1, 1, 1, 1, 5], { items: 8, weight: (size) => size, budget: 6 }, async (size) => {
      loadBefore.push(load);
      load += size;
      await delay(size);
      return size;
    }, (size) => { load -= size; });
    // Each item starts while those before it weigh less than 6; the 9 is let in under a 3, and then runs alone.
    assert.deepEqual(loadBefore, [0, 3, 3, 3, 0, 1, 2, 3, 4]);
  });

  it('hands a failed item its error, synchronous throws included, and goes on', async () => {
    const results: Settled<string>[] = [];
    await mapOrdered(['a', 'bad', 'c', 'worse'], 2, (item) => {
      if (item === 'bad') throw new Error('bad item');
      return item === 'worse' ? Promise.reject(new Error('worse item')) : Promise.resolve(item.toUpperCase());
    }, (_item, result) => { results.push(result); });
    assert.deepEqual(results.map((r) => (r.ok ? r.value : (r.error as Error).message)), ['A', 'bad item', 'C', 'worse item']);
  });
});
