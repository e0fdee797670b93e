/**
 * A verb of stance in a relative clause whose object is the relative pronoun (claims/relativeObject.ts). Every
 * fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

const claimWithCue = (text: string, cue: string) => analyze(text).claims.find((c) => c.cue?.text === cue);

describe('claims: the relative pronoun as the object of a stance', () => {
  it('gives "which Hale also supports" the pronoun as content and Hale as source', () => {
    const claim = claimWithCue('Ana Ruiz proposed raising the fee (which Tom Hale also supports).', 'supports');
    assert.equal(claim?.content.text, 'which');
    assert.equal(claim?.source?.text, 'Tom Hale');
  });

  it('reads "whom" and a relative "that" after a noun', () => {
    assert.equal(claimWithCue('She named a rival, whom Tom Hale attacked, as her deputy.', 'attacked')?.content.text, 'whom');
    assert.equal(claimWithCue('It is a nominee that Riverton donors could not support.', 'support')?.content.text, 'that');
  });

  it('leaves a verb with a complement of its own, or a verb of saying, to the other rules', () => {
    assert.notEqual(claimWithCue('She met a rival whom Tom Hale described as a friend.', 'described')?.content.text, 'whom');
    assert.notEqual(claimWithCue('The levy, which Tom Hale said, was fair.', 'said')?.content.text, 'which');
  });
});

describe('claims: the relative pronoun as the subject of a reported clause', () => {
  it('gives "which she thinks will bring back the ferry" the pronoun and the clause as its words', () => {
    const claim = claimWithCue('Ana Ruiz built a new dock, which she thinks will bring back the ferry.', 'thinks');
    assert.equal(claim?.content.text, 'which she thinks will bring back the ferry');
    assert.deepEqual(claim?.parts?.map((p) => p.text), ['which', 'will bring back the ferry']);
  });

  it('ends the clause at its comma', () => {
    const claim = claimWithCue('It was a levy that Tom Hale said would pay for the pier, and the crowd cheered.', 'said');
    assert.deepEqual(claim?.parts?.map((p) => p.text), ['that', 'would pay for the pier']);
  });

  it('leaves a relative clause whose verb has its own object alone', () => {
    assert.equal(claimWithCue('Ana Ruiz read the letter that Tom Hale wrote.', 'wrote'), undefined);
  });
});
