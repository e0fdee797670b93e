/**
 * scripts/lexicon/corpusCounts.ts: the generator's evidence, counted on a gold document invented here.
 */
import * as assert from 'node:assert/strict';
import { countLemmas } from '../../../../scripts/lexicon/corpusCounts';
import type { GoldDocument } from '../../../../bench/gold';

/** A gold document whose cue spans are the given words' first occurrences after the given offsets. */
function doc(text: string, cues: Array<[string, number]>): GoldDocument {
  const attributions = cues.map(([word, from]) => {
    const start = text.indexOf(word, from);
    return { type: 'indirect' as const, content: [[start + word.length + 1, start + word.length + 5] as [number, number]], source: [], cue: [[start, start + word.length] as [number, number]] };
  });
  return { id: 'invented', text, attributions };
}

describe('lexicon generator: corpus counts', () => {
  const text = 'Ana Ruiz cited the county audit. Tom Hale cited a report on fees. The new bridge cited a drop in use. ' +
    'Ruiz talked about the depot. Ruiz voiced criticism of the fees. Hale voiced criticism.';
  const counts = countLemmas([doc(text, [['cited', 0], ['talked', 0], ['criticism', 0]])], new Set(['cite', 'talk']), new Set(['criticism']));

  it('counts a verb only where the engine would take it: with a subject that can speak', () => {
    const cite = counts.verbs.get('cite')!;
    assert.equal(cite.seen, 3);
    assert.equal(cite.cue, 1);
    assert.deepEqual(cite.byComplement.np, { seen: 2, cue: 1 });
  });

  it('splits by complement and keeps the surface forms met', () => {
    assert.deepEqual(counts.verbs.get('talk')!.byComplement.about, { seen: 1, cue: 1 });
    assert.deepEqual([...counts.verbs.get('cite')!.forms], ['cited']);
  });

  it('counts nouns with someone behind them apart', () => {
    const criticism = counts.nouns.get('criticism')!;
    assert.equal(criticism.seen, 2);
    assert.deepEqual(criticism.withAgent.of, { seen: 1, cue: 1 });
    assert.deepEqual(criticism.withAgent.none, { seen: 1, cue: 0 });
  });
});
