/**
 * Relays (resolution/relays.ts): a news outlet credited after a named speaker's words ("…, according to KRVT
 * News.") carried them; the speaker is their source. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { speakerOf } from './helpers';

describe('resolution/relays: outlets that only carried someone\'s words', () => {
  it('drops the outlet\'s claim when a named speaker\'s claim sits inside it', () => {
    const a = analyze('Ana Ruiz, the mayor, said she was “elated” the bridge opened, according to KRVT News.');
    assert.equal(speakerOf(a, '“elated”'), 'Ana Ruiz');
    assert.equal(a.claims.filter((c) => c.cue?.text === 'according to').length, 0);
  });

  it('keeps an outlet that reports on its own, and one that opens the sentence', () => {
    const own = analyze('The bridge cost $4 million, according to the Riverton Herald.');
    assert.equal(speakerOf(own, 'The bridge cost'), 'Riverton Herald');
    const opening = analyze('According to KRVT News, Ana Ruiz said the bridge would open in May.');
    assert.equal(opening.claims.filter((c) => c.cue?.text === 'According to').length, 1);
  });

  it('keeps "according to" a body that is no outlet', () => {
    const a = analyze('Ana Ruiz said the bridge was safe, according to the Riverton Water Board.');
    assert.equal(a.claims.filter((c) => c.cue?.text === 'according to').length, 1);
  });
});
