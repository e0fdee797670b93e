/**
 * Adverbs between a subject and its verb ("Ruiz soon realized", "Hale has nonetheless praised") leave the subject the
 * speaker. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { claimHolding } from './resolution/helpers';

function speakerOf(text: string, words: string): string | undefined {
  const a = analyze(text);
  const claim = claimHolding(a, words);
  return a.actors.find((x) => x.id === claim.actor)?.name;
}

describe('phrases: adverbs of frequency, time and concession between a subject and its verb', () => {
  it('reads "soon realized" with its subject', () => {
    assert.equal(speakerOf('Ana Ruiz soon realized that the ferry had been sold.', 'the ferry had been sold'), 'Ana Ruiz');
  });

  it('reads "has nonetheless praised" with its subject', () => {
    assert.equal(speakerOf('Tom Hale has nonetheless praised the new levy.', 'the new levy'), 'Tom Hale');
  });

  it('reads "has always argued" with its subject', () => {
    assert.equal(speakerOf('Ana Ruiz has always argued that the dock was safe.', 'the dock was safe'), 'Ana Ruiz');
  });
});
