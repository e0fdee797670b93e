/**
 * Cues inside relative clauses. A restrictive one (claims/index.ts relativeContentEnd): in "Many voters who backed
 * Ana Ruiz said …" the relative clause's content ends where the sentence's own predicate begins, so the main clause
 * keeps its claim. A time between the pronoun and the cue (claims/subjects.ts subjectLeft): "Tom Hale, who on
 * Tuesday endorsed …" is Tom Hale's claim. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import type { Analysis } from '../../../../src/engine/types';

const contentsOf = (a: Analysis, cue: string) => a.claims.filter((c) => c.cue?.text === cue).map((c) => c.content.text);

describe('claims: a cue in a restrictive relative clause', () => {
  it('ends a backed object before the main verb, and the main "said" keeps its claim', () => {
    const a = analyze('Many voters who backed Ana Ruiz said the Riverton levy was fair.');
    assert.deepEqual(contentsOf(a, 'backed'), ['Ana Ruiz']);
    assert.deepEqual(contentsOf(a, 'said'), ['the Riverton levy was fair']);
  });

  it('ends an infinitive before the main predicate', () => {
    const a = analyze('Most residents who want to cut the levy packed the Riverton hall on Monday.');
    assert.deepEqual(contentsOf(a, 'want'), ['to cut the levy']);
  });

  it('lets a reported clause keep its own verb and end before the second one', () => {
    const a = analyze('Many farmers who said that the dam was unsafe marched to the Riverton hall.');
    assert.deepEqual(contentsOf(a, 'said'), ['that the dam was unsafe']);
  });

  it('leaves a relative clause set off by a comma to the comma', () => {
    const a = analyze('Tom Hale, who endorsed Ana Ruiz last week, said the levy was fair.');
    assert.deepEqual(contentsOf(a, 'endorsed'), ['Ana Ruiz']);
    assert.deepEqual(contentsOf(a, 'said'), ['the levy was fair']);
  });
});

describe('claims: a time between a relative pronoun and its cue', () => {
  it('gives "who on Tuesday endorsed" to the person before "who"', () => {
    const a = analyze('Tom Hale, who on Tuesday endorsed Ana Ruiz, said he agrees with her.');
    const claim = a.claims.find((c) => c.cue?.text === 'endorsed');
    assert.equal(claim?.content.text, 'Ana Ruiz');
    assert.equal(claim?.source?.text, 'Tom Hale, who');
    assert.deepEqual(contentsOf(a, 'said'), ['he agrees with her']);
  });

  it('reads "which last week backed" for a body', () => {
    const a = analyze('The Riverton union, which last week backed the levy, met again.');
    assert.deepEqual(contentsOf(a, 'backed'), ['the levy']);
  });
});
