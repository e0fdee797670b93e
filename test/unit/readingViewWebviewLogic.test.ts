import * as assert from 'node:assert/strict';
import { throttle, type Clock } from '../../src/extension/readingView/throttle';
import { cardRows } from '../../src/readingView-webview/cardContent';
import { navigationStep, nextClaimIndex } from '../../src/readingView-webview/keyboard';
import { lineAtOffset, offsetForLine, type BlockPosition } from '../../src/readingView-webview/scrollMath';

/** A manual clock: time moves only when the test says so. */
function manualClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  let timers: { at: number; callback: () => void; handle: number }[] = [];
  let nextHandle = 1;
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.push({ at: now + ms, callback, handle });
      return handle;
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer.handle !== handle);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      for (const timer of due) timer.callback();
    },
  };
}

// Paragraphs starting on lines 0, 2 and 6, each 100px tall with 20px between them, below a 50px header.
const blocks: BlockPosition[] = [
  { line: 0, top: 50, height: 100 },
  { line: 2, top: 170, height: 100 },
  { line: 6, top: 290, height: 100 },
];

describe('reading view webview logic', () => {
  describe('scroll mapping', () => {
    it('maps page offsets to fractional editor lines', () => {
      assert.equal(lineAtOffset(blocks, 0), 0, 'header: line 0');
      assert.equal(lineAtOffset(blocks, 50), 0);
      assert.equal(lineAtOffset(blocks, 100), 1, 'halfway through a two-line paragraph');
      assert.equal(lineAtOffset(blocks, 220), 4, 'halfway through a four-line paragraph');
      assert.equal(lineAtOffset(blocks, 160), 2, 'the gap between paragraphs counts as the end of the first');
      assert.equal(lineAtOffset(blocks, 1000), 7, 'past the end');
      assert.equal(lineAtOffset([], 500), 0);
    });

    it('maps lines back to offsets, consistently', () => {
      assert.equal(offsetForLine(blocks, 0), 0, 'line 0 shows the header too');
      assert.equal(offsetForLine(blocks, 2), 170);
      assert.equal(offsetForLine(blocks, 4), 220);
      assert.equal(offsetForLine(blocks, 1), 100);
      assert.equal(offsetForLine([], 9), 0);
      for (const line of [1, 2, 3.5, 5, 6.5]) assert.equal(lineAtOffset(blocks, offsetForLine(blocks, line)), line);
    });
  });

  describe('keyboard navigation', () => {
    it('maps j/n and k/p always, arrows only on a claim', () => {
      assert.equal(navigationStep('j', false), 1);
      assert.equal(navigationStep('n', false), 1);
      assert.equal(navigationStep('k', false), -1);
      assert.equal(navigationStep('p', true), -1);
      assert.equal(navigationStep('ArrowDown', true), 1);
      assert.equal(navigationStep('ArrowUp', true), -1);
      assert.equal(navigationStep('ArrowDown', false), undefined);
      assert.equal(navigationStep('x', true), undefined);
    });

    it('moves between claims without wrapping, starting on screen', () => {
      assert.equal(nextClaimIndex(undefined, 5, 1, 3), 3);
      assert.equal(nextClaimIndex(3, 5, 1, 0), 4);
      assert.equal(nextClaimIndex(4, 5, 1, 0), 4);
      assert.equal(nextClaimIndex(0, 5, -1, 0), 0);
      assert.equal(nextClaimIndex(2, 5, -1, 0), 1);
      assert.equal(nextClaimIndex(undefined, 5, -1, 9), 4);
      assert.equal(nextClaimIndex(undefined, 0, 1, 0), undefined);
    });
  });

  describe('hover card', () => {
    it('lists role, other names, cue, kind, confidence and evidence, skipping what is missing', () => {
      assert.deepEqual(cardRows({ claimId: 'c1', speaker: 'Ana Ruiz', role: 'board chair', aliases: ['Ruiz', ' the  chair'], cue: 'said', kind: 'mixed', confidence: 0.876, evidence: 'subject of "said"' }), [
        { label: 'Role', value: 'board chair' },
        { label: 'Also called', value: 'Ruiz, the chair' },
        { label: 'Cue', value: 'said' },
        { label: 'Kind', value: 'partly quoted' },
        { label: 'Confidence', value: '88%' },
        { label: 'Evidence', value: 'subject of "said"' },
      ]);
      assert.deepEqual(cardRows({ claimId: 'c2', speaker: 'Unknown speaker', role: null, aliases: [], cue: null, kind: 'indirect', confidence: 2, evidence: '' }), [
        { label: 'Kind', value: 'paraphrase' },
        { label: 'Confidence', value: '100%' },
      ]);
    });
  });

  describe('throttle', () => {
    it('runs the first call at once and the last of a burst at the end of the window', () => {
      const clock = manualClock();
      const calls: number[] = [];
      const throttled = throttle((value: number) => calls.push(value), 50, clock);
      throttled(1);
      clock.advance(10);
      throttled(2);
      throttled(3);
      assert.deepEqual(calls, [1]);
      clock.advance(40);
      assert.deepEqual(calls, [1, 3]);
      clock.advance(100);
      throttled(4);
      assert.deepEqual(calls, [1, 3, 4]);
    });

    it('drops a pending call when cancelled', () => {
      const clock = manualClock();
      const calls: number[] = [];
      const throttled = throttle((value: number) => calls.push(value), 50, clock);
      throttled(1);
      throttled(2);
      throttled.cancel();
      clock.advance(100);
      assert.deepEqual(calls, [1]);
    });
  });
});
