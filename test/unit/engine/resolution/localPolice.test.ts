/**
 * A place's police (actors.ts, localPolice): "Riverton police" and "a Marlow County police officer" name a body,
 * the force that "authorities", "police" and "the department" then mean. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, actorList, speakerOf } from './helpers';

describe('resolution: a place\'s police is a named body', () => {
  it('makes "Riverton police" an organization the text names, and "Police" later the same force', () => {
    const a = analyze('Riverton police said the gunman was arrested. Police said he was 30.');
    const force = actorCalled(a, 'Riverton police');
    assert.equal(force.kind, 'organization');
    assert.equal(force.named, true);
    assert.equal(speakerOf(a, 'he was 30'), 'Riverton police');
  });

  it('finds the force in "a Marlow County, Alden, police officer" and gives it what "authorities" said', () => {
    const a = analyze('A Marlow County, Alden, police officer was shot on Sunday, authorities said.');
    assert.equal(speakerOf(a, 'was shot on Sunday'), 'Marlow County police');
  });

  it('reads "the Riverton police department" as the same force as "Riverton police", one actor', () => {
    const a = analyze('The Riverton police department said the road would close. Riverton police later said it had reopened.');
    assert.equal(speakerOf(a, 'the road would close'), 'Riverton police');
    assert.equal(speakerOf(a, 'it had reopened'), 'Riverton police');
    assert.deepEqual(a.actors.map((x) => x.name), ['Riverton police']);
  });

  it('leaves a capitalised force alone and needs the place right before "police"', () => {
    const a = analyze('Riverton Police Department said the road was closed. Ana Ruiz called police on Monday.');
    assert.ok(!a.actors.some((x) => x.name.endsWith(' police')), actorList(a));
  });
});
