/**
 * Adverbs between a subject and its verb ("Ruiz soon learned", "Hale has nevertheless called") leave the subject the
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
  it('reads "soon learned" with its subject', () => {
    assert.equal(speakerOf('Ana Ruiz soon learned that the ferry had been sold.', 'the ferry had been sold'), 'Ana Ruiz');
  });

  it('reads "has nevertheless called" with its subject', () => {
    assert.equal(speakerOf('Tom Hale has nevertheless called the levy a mistake.', 'the levy a mistake'), 'Tom Hale');
  });

  it('reads "has always maintained" with its subject', () => {
    assert.equal(speakerOf('Ana Ruiz has always maintained that the dock was safe.', 'the dock was safe'), 'Ana Ruiz');
  });
});
