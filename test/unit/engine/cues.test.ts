/**
 * Cues (cues.ts): after a name, a present-tense speech form the tagger took for a plural noun ("the Riverton Board
 * reports turnout has doubled") is a cue when a clause of its own follows. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { tokenize } from '../../../src/engine/tokens';
import { claimHolding, speakerOf } from './resolution/helpers';

describe('cues: a speech form read as a plural noun after a name', () => {
  const text = 'The Riverton Board reports turnout has doubled.';

  it('is a cue when a clause with its own verb follows', () => {
    // The premise: the tagger reads "reports" as a noun here.
    assert.equal(tokenize(text).tokens.find((t) => t.text === 'reports')?.pos, 'NOUN');
    const a = analyze(text);
    const claim = claimHolding(a, 'turnout has doubled');
    assert.equal(claim.content.text, 'turnout has doubled');
    assert.equal(claim.cue?.text, 'reports');
    assert.equal(speakerOf(a, 'turnout has doubled'), 'Riverton Board');
  });

  it('is no cue when only a noun phrase follows', () => {
    assert.deepEqual(analyze('The Riverton Board reports figures every month.').claims, []);
  });

  it('is no cue when a comma comes before any verb', () => {
    assert.deepEqual(analyze('The Riverton Board reports, sales figures and budgets were published.').claims, []);
  });
});

describe('cues: "compared with" after a comma', () => {
  it('is the writer\'s preposition, not a cue, so the content runs through it', () => {
    const a = analyze('Ana Ruiz said turnout in Riverton was low, compared with last year.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].content.text, 'turnout in Riverton was low, compared with last year');
  });

  it('still lets "compared" report when it has an object', () => {
    const a = analyze('Tom Hale compared the levy to a toll on the bridge.');
    assert.equal(a.claims[0]?.cue?.text, 'compared');
  });
});
