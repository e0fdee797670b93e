/**
 * A passive cue with an agent who can speak (claims/index.ts): "A new policy was announced by Dr Ana Ruiz" gives Ruiz
 * what was announced, the passive subject; so does "… by officials" to the officials. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding, speakerOf } from '../resolution/helpers';

describe('claims: a passive cue with a named agent', () => {
  it('gives the agent after "by" the passive subject as what was said', () => {
    const a = analyze('A new policy was announced by Dr Ana Ruiz on Monday.');
    assert.equal(a.claims.length, 1);
    const claim = a.claims[0];
    assert.equal(claim.content.text, 'A new policy');
    assert.equal(claim.kind, 'indirect');
    assert.equal(claim.cue?.text, 'announced');
    assert.equal(claim.source?.text, 'Dr Ana Ruiz');
    assert.equal(speakerOf(a, 'A new policy'), 'Ana Ruiz');
  });

  it('works with "were" and an appositive after the agent', () => {
    const a = analyze('The new rules were announced by Ana Ruiz, the mayor.');
    assert.equal(claimHolding(a, 'The new rules').content.text, 'The new rules');
    assert.equal(speakerOf(a, 'The new rules'), 'Ana Ruiz');
  });

  it('gives people who can speak, named or not, what was announced', () => {
    const a = analyze('A new policy was announced by officials on Monday.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].content.text, 'A new policy');
    assert.equal(a.claims[0].source?.text, 'officials');
  });

  it('makes no claim when the agent cannot speak', () => {
    const a = analyze('A new policy was announced by a loud horn on Monday.');
    assert.deepEqual(a.claims, []);
  });
});
