/** The quality benchmark's sourcing figures (bench/sourcingScore.ts) on tiny invented gold and predictions. */
import * as assert from 'node:assert/strict';
import type { Analysis, Claim, Sourcing } from '../../src/engine/types';
import type { GoldAttribution } from '../../bench/gold';
import { emptySourcingTally, goldSourcing, tallySourcing } from '../../bench/sourcingScore';
import type { SourcingLabel } from '../../bench/sourcingLabels';

const LABELS = new Map<string, SourcingLabel>([['officials', 'unnamed'], ['she', 'refers'], ['the report', 'named']]);

function gold(sourceText: string | null): GoldAttribution {
  return { type: 'indirect', content: [[0, 5]], source: sourceText ? [[0, 1]] : [], sourceText, cue: [] };
}

function claim(sourcing: Sourcing): Claim {
  return { id: 'c', actor: null, kind: 'indirect', sourcing, content: { start: 0, end: 5, text: 'words' }, parts: [{ start: 0, end: 5, text: 'words' }], quotes: [], cue: null, source: null, confidence: 1, evidence: '' };
}

describe('bench: sourcing figures', () => {
  it('labels gold by its source phrase: none without one, the table\'s label, named for an unlisted proper name', () => {
    const unlabelled = new Set<string>();
    assert.equal(goldSourcing(gold(null), LABELS), 'none');
    assert.equal(goldSourcing(gold('officials'), LABELS), 'unnamed');
    assert.equal(goldSourcing(gold('  the   report '), LABELS), 'named', 'spacing collapsed');
    assert.equal(goldSourcing(gold('she'), LABELS), null, 'a pronoun is left out');
    assert.equal(goldSourcing(gold('Ana Ruiz'), LABELS, unlabelled), 'named');
    assert.equal(goldSourcing(gold('some neighbors'), LABELS, unlabelled), 'named');
    assert.deepEqual([...unlabelled], ['some neighbors'], 'only a phrase without a proper name is reported as unlabelled');
  });

  it('counts recall by gold sourcing and precision by predicted sourcing over matched claims, and no-source claims found', () => {
    const goldClaims = [gold('officials'), gold(null), gold('the report'), gold('she'), gold(null)];
    const analysis: Analysis = { actors: [], claims: [claim('unnamed'), claim('named'), claim('named'), claim('none')] };
    const matches = [0, 1, 2, 3].map((i) => ({ gold: i, predicted: i, goldCoverage: 1, predictedCoverage: 1 }));
    const tally = emptySourcingTally();
    tallySourcing(tally, goldClaims, analysis, matches, LABELS);
    assert.deepEqual(tally.recall, { named: { hit: 1, total: 1 }, unnamed: { hit: 1, total: 1 }, none: { hit: 0, total: 1 } });
    assert.deepEqual(tally.precision, { named: { hit: 1, total: 2 }, unnamed: { hit: 1, total: 1 }, none: { hit: 0, total: 0 } });
    assert.equal(tally.leftOut, 1);
    assert.deepEqual(tally.noSourceFound, { hit: 1, total: 2 });
    // Claim 3 ("none") matched a gold claim with a source: a no-source claim in the wrong place.
    assert.deepEqual(tally.noSource, { recall: { hit: 0, total: 2 }, precision: { hit: 0, total: 1 } });
  });

  it('counts a "none" claim matched to a gold claim without source in both no-source recall and precision', () => {
    const goldClaims = [gold(null), gold(null)];
    const analysis: Analysis = { actors: [], claims: [claim('none'), claim('none'), claim('named')] };
    const tally = emptySourcingTally();
    tallySourcing(tally, goldClaims, analysis, [{ gold: 1, predicted: 0, goldCoverage: 1, predictedCoverage: 1 }], LABELS);
    assert.deepEqual(tally.noSource, { recall: { hit: 1, total: 2 }, precision: { hit: 1, total: 2 } });
  });
});
