import * as assert from 'node:assert/strict';
import { KeyedDebouncer } from '../../../src/extension/store/debouncer';
import { FakeClock } from './fakeClock';

describe('extension: KeyedDebouncer', () => {
  it('runs once, delayMs after the last of a burst of edits', () => {
    const clock = new FakeClock();
    const debouncer = new KeyedDebouncer(clock);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      debouncer.schedule('doc', 300, () => runs.push(clock.now));
      clock.advance(100);
    }
    assert.deepEqual(runs, [], 'nothing runs while edits keep coming');
    clock.advance(199);
    assert.deepEqual(runs, []);
    clock.advance(1);
    assert.deepEqual(runs, [700], 'one run, 300 ms after the last edit at 400');
    assert.equal(debouncer.isPending('doc'), false);
  });

  it('does not let one document\'s edits delay another\'s', () => {
    const clock = new FakeClock();
    const debouncer = new KeyedDebouncer(clock);
    const runs: string[] = [];
    debouncer.schedule('a', 300, () => runs.push('a'));
    clock.advance(200);
    debouncer.schedule('b', 300, () => runs.push('b'));
    clock.advance(100);
    assert.deepEqual(runs, ['a']);
    clock.advance(200);
    assert.deepEqual(runs, ['a', 'b']);
  });

  it('cancels a pending run (a closed document)', () => {
    const clock = new FakeClock();
    const debouncer = new KeyedDebouncer(clock);
    let ran = false;
    debouncer.schedule('doc', 300, () => (ran = true));
    debouncer.cancel('doc');
    clock.advance(1000);
    assert.equal(ran, false);
    assert.equal(clock.pending, 0);
  });

  it('treats a negative or non-numeric delay as zero', () => {
    const clock = new FakeClock();
    const debouncer = new KeyedDebouncer(clock);
    const runs: string[] = [];
    debouncer.schedule('neg', -50, () => runs.push('neg'));
    debouncer.schedule('nan', Number.NaN, () => runs.push('nan'));
    clock.advance(0);
    assert.deepEqual(runs.sort(), ['nan', 'neg']);
  });

  it('clears every timer on dispose and schedules nothing afterwards', () => {
    const clock = new FakeClock();
    const debouncer = new KeyedDebouncer(clock);
    let runs = 0;
    debouncer.schedule('a', 100, () => runs++);
    debouncer.schedule('b', 100, () => runs++);
    debouncer.dispose();
    debouncer.schedule('c', 100, () => runs++);
    clock.advance(1000);
    assert.equal(runs, 0);
    assert.equal(clock.pending, 0);
  });
});
