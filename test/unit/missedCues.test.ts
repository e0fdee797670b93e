/** The quality benchmark's missed cue lemmas (bench/missedCues.ts) on invented cue phrases. */
import * as assert from 'node:assert/strict';
import type { GoldAttribution } from '../../bench/gold';
import { cueLemma, tallyMissedCues, topMissedCues } from '../../bench/missedCues';

const gold = (cueText: string | null): GoldAttribution => ({ type: 'indirect', content: [[0, 5]], source: [], cue: [], cueText });

describe('bench: missed cue lemmas', () => {
  it('reads the lemma of a cue phrase’s verb, past auxiliaries and adverbs', () => {
    assert.equal(cueLemma('has repeatedly cited'), 'cite');
    assert.equal(cueLemma('said'), 'say');
    assert.equal(cueLemma('  warns '), 'warn');
  });

  it('falls back to a noun, then to the last word', () => {
    assert.equal(cueLemma('criticism'), 'criticism');
    assert.equal(cueLemma(':'), '');
  });

  it('counts only the gold claims no prediction matched, and lists the most frequent first', () => {
    const counts = new Map<string, number>();
    tallyMissedCues(counts, [gold('said'), gold('says'), gold('cited'), gold(null), gold('noted')], [{ gold: 4, predicted: 0, goldCoverage: 1, predictedCoverage: 1 }]);
    assert.deepEqual(topMissedCues(counts, 2), [['say', 2], ['(no cue)', 1]]);
    assert.equal(counts.get('note'), undefined);
  });
});
