/**
 * A cue phrase right after "to" ("was careful to point out …", "took the stage to call for …") reports for the subject of
 * the verb before it, as a single cue word there does. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function claimsOf(text: string): Array<[string, string | undefined, string | undefined]> {
  return analyze(text).claims.map((c) => [c.content.text, c.cue?.text, c.source?.text]);
}

describe('cues: a phrase after "to" speaks for the subject before it', () => {
  it('reads "was careful to point out that …"', () => {
    assert.deepEqual(claimsOf('Tom Hale was careful to point out that the dock was old.'), [['that the dock was old', 'point out', 'Tom Hale']]);
  });

  it('reads "took the stage to call for …"', () => {
    assert.deepEqual(claimsOf('Ana Ruiz took the stage to call for a new ferry.'), [['a new ferry', 'call for', 'Ana Ruiz']]);
  });

  it('leaves the infinitive to a cue word before "to"', () => {
    assert.deepEqual(claimsOf('Tom Hale wants to point out that the dock was old.'), [['to point out that the dock was old', 'wants', 'Tom Hale']]);
  });

  it('makes no claim for a thing', () => {
    assert.deepEqual(claimsOf('The ferry is about to call on Riverton.'), []);
  });
});

describe('cues: a noun spelt like a cue word before "to"', () => {
  it('lets the infinitive after "after the show to" report for the subject', () => {
    assert.deepEqual(claimsOf('Tom Hale stayed after the show to talk about the ferry.'), [['the ferry', 'talk about', 'Tom Hale']]);
  });

  it('still leaves the infinitive to a verb of saying before "to"', () => {
    assert.deepEqual(claimsOf('Tom Hale vowed to talk about the ferry.'), [['to talk about the ferry', 'vowed', 'Tom Hale']]);
  });
});
