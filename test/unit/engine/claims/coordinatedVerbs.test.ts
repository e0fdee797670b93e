/**
 * A cue coordinated with an earlier verb ("… gave her a brace and told her …") takes that verb's subject, never the
 * phrase right after a verb, which is its object; a participle after an inverted cue ("…,” said Rao, adding …")
 * continues that speaker. Every fixture text is invented.
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

  it('is the inverted speaker before ", adding that …" (“…,” said Rao, adding …)', () => {
    const a = analyze('“We want more partners,” said Ana Rao, adding that the policy will “boost funding” for students.');
    const added = a.claims.find((c) => c.cue?.text === 'adding');
    assert.ok(added, 'a claim for "adding"');
    assert.equal(speakerOf(a, 'the policy will'), 'Ana Rao');
  });

  it('is the person before a participle and its place, past a relative clause ("One woman living in …, who …, says")', () => {
    const a = analyze('One woman living in the Harbor Flats, who did not want to be identified, says she is worried.');
    assert.equal(speakerOf(a, 'she is worried'), 'one woman');
    assert.equal(speakerOf(a, 'to be identified'), 'one woman');
  });
});
