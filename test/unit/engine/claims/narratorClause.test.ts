/**
 * A claim's content ends before the narrator's clause of time or cause (", after he …", ", because the mayor …")
 * that holds a cue of its own, so the clause's claim is not swallowed by the first one. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding } from '../resolution/helpers';

describe('claims: a clause of its own after the content (", after he …", "… and Hale warned") is outside it', () => {
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

  it('ends the first claim before "and" opens a clause with a subject and a cue of its own', () => {
    const a = analyze('Mayor Ana Ruiz said on Monday that the bridge “will open in May” and Council Member Tom Hale warned that the cost had “doubled”.');
    assert.equal(claimHolding(a, '“will open in May”').content.text, 'that the bridge “will open in May”');
    const second = claimHolding(a, '“doubled”');
    assert.equal(second.cue?.text, 'warned');
  });

  it('keeps "and" inside the content when the part before it has no verb', () => {
    const a = analyze('Ana Ruiz said that Tom and Lena told her the bridge was safe.');
    assert.match(claimHolding(a, 'Tom and Lena').content.text, /Tom and Lena told her/);
  });
});
