/**
 * A cue coordinated with an earlier verb ("… gave her a brace and told her …") takes that verb's subject, never the
 * phrase right after a verb, which is its object. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { speakerOf } from '../resolution/helpers';

describe('claims: the subject of a coordinated cue', () => {
  it('is the subject of the verb before "and", not its object', () => {
    const a = analyze('Doctors gave Ana a neck brace and told the girl she had a concussion.');
    assert.equal(speakerOf(a, 'she had a concussion'), 'doctors');
  });

  it('is the named subject when the object is a person too', () => {
    const a = analyze('Coach Dan Ruiz praised Tom Hale after the match and said the team had earned the draw.');
    assert.equal(speakerOf(a, 'the team had earned the draw'), 'Dan Ruiz');
  });
});
