/**
 * Adjectives of stance after "be" (adjectiveCues.ts): "Ana Ruiz is skeptical of the plan" reports her view. Every
 * fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import type { Analysis } from '../../../src/engine/types';

const claimWithCue = (a: Analysis, cue: string) => a.claims.find((c) => c.cue?.text === cue);

describe('cues: adjectives of stance after "be"', () => {
  it('reads "is deeply skeptical of" with the preposition in the cue and its object as the content', () => {
    const claim = claimWithCue(analyze('Ana Ruiz is deeply skeptical of the ferry plan.'), 'skeptical of');
    assert.equal(claim?.content.text, 'the ferry plan');
    assert.equal(claim?.source?.text, 'Ana Ruiz');
  });

  it('reads a "that" clause and a bare clause', () => {
    assert.equal(claimWithCue(analyze('The Riverton union was adamant that the levy would fail.'), 'adamant')?.content.text, 'that the levy would fail');
    assert.equal(claimWithCue(analyze('Tom Hale is confident the levy will pass.'), 'confident')?.content.text, 'the levy will pass');
  });

  it('reads "eager to" and a verb as an intention', () => {
    assert.equal(claimWithCue(analyze('Tom Hale is eager to debate Ana Ruiz.'), 'eager')?.content.text, 'to debate Ana Ruiz');
  });

  it('needs a subject that can speak, a form of "be" and a complement', () => {
    assert.equal(analyze('The old bridge was critical of nothing.').claims.length, 0);
    assert.equal(analyze('A skeptical Ana Ruiz of Riverton left early.').claims.length, 0);
    assert.equal(analyze('Tom Hale was angry.').claims.length, 0);
  });

  it('leaves words of certainty alone: "is sure to win" is a forecast', () => {
    assert.equal(analyze('Ana Ruiz is sure to win the Riverton race.').claims.length, 0);
  });
});
