/**
 * A claim's content ends before the narrator's clause of time or cause (", after he …", ", because the mayor …")
 * that holds a cue of its own, so the clause's claim is not swallowed by the first one. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding } from '../resolution/helpers';

describe('claims: a narrator\'s clause after a comma is outside the content before it', () => {
  it('ends the first claim at ", after he called …" and gives the clause a claim of its own', () => {
    const a = analyze('Mayor Ana Ruiz accused council member Tom Hale of being “reckless”, after he called the plan “a disgrace”.');
    const first = claimHolding(a, '“reckless”');
    assert.ok(!first.content.text.includes('after'), first.content.text);
    const second = claimHolding(a, '“a disgrace”');
    assert.notEqual(second.id, first.id);
    assert.equal(second.cue?.text, 'called');
  });

  it('keeps a subordinate clause inside the content when no comma sets it apart', () => {
    const a = analyze('Ana Ruiz said the bridge closed after the engineers warned of cracks.');
    assert.match(claimHolding(a, 'the bridge closed').content.text, /after the engineers warned of cracks/);
  });
});
