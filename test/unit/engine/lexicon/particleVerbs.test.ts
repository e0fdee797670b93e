/**
 * Particle verbs (lexicon/particleVerbs.ts): "laid out a plan", "took issue with the ruling" report through the
 * particle's object, while their bare head verbs report nothing. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { particleVerbPhrases } from '../../../../src/engine/lexicon/particleVerbs';
import { claimHolding, speakerOf } from '../resolution/helpers';

describe('particle verb cues', () => {
  it('expands each verb to its inflected and irregular forms', () => {
    const phrases = particleVerbPhrases();
    for (const form of ['laid out', 'lays out', 'laying out', 'took issue with', 'shrugging off', 'spoke out against', 'came out against']) {
      assert.equal(phrases[form], 'object', form);
    }
    assert.equal(phrases['layed out'], undefined);
    assert.equal(phrases['taked issue with'], undefined);
  });

  it('takes the object of the particle as the content, spoken by the subject', () => {
    const a = analyze('Mayor Ana Ruiz laid out her plan for the Riverton harbor on Monday.');
    const claim = claimHolding(a, 'her plan for the Riverton harbor');
    assert.equal(claim.cue?.text, 'laid out');
    assert.equal(speakerOf(a, 'her plan for the Riverton harbor'), 'Ana Ruiz');
  });

  it('reads a particle followed by a preposition as one cue', () => {
    const a = analyze('Tom Hale took issue with the new parking fees.');
    const claim = claimHolding(a, 'the new parking fees');
    assert.equal(claim.cue?.text, 'took issue with');
    assert.equal(speakerOf(a, 'the new parking fees'), 'Tom Hale');
  });

  it('reads a vote against or in favor of something as a stance, but not a bare "vote for"', () => {
    const a = analyze('Tom Hale voted against the harbor levy.');
    assert.equal(claimHolding(a, 'the harbor levy').cue?.text, 'voted against');
    assert.equal(claimHolding(analyze('Ana Ruiz cast a ballot for the harbor levy.'), 'the harbor levy').cue?.text, 'cast a ballot for');
    assert.equal(particleVerbPhrases()['vote for'], undefined);
  });

  it('does not make the bare head verb a cue', () => {
    assert.deepEqual(analyze('Tom Hale took the ferry to Riverton.').claims, []);
    assert.deepEqual(analyze('Ana Ruiz laid the tiles in the hall.').claims, []);
  });
});
