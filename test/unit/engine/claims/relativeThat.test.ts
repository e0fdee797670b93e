/**
 * A relative "that" right after a noun speaks for the noun ("a survey that showed …", "the union that backs Hale"),
 * as "which" and "who" do. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

describe('subjects: a relative "that" after a noun', () => {
  it('gives "a survey that showed …" to the survey', () => {
    const a = analyze('The council released a survey that showed most residents want a new ferry.');
    const claim = a.claims.find((c) => c.cue?.text === 'showed');
    assert.ok(claim, 'no claim of "showed"');
    assert.equal(claim.content.text, 'most residents want a new ferry');
    assert.equal(claim.source?.text, 'a survey that');
  });

  it('gives "a union that supports Tom Hale" to the union', () => {
    const a = analyze('Ana Ruiz met a union that supports Tom Hale.');
    const claim = a.claims.find((c) => c.cue?.text === 'supports');
    assert.ok(claim, 'no claim of "supports"');
    assert.match(claim.source?.text ?? '', /union that$/);
  });

  it('leaves "that" after a verb a clause of speech', () => {
    const a = analyze('Ana Ruiz said that showed the plan had failed.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].source?.text, 'Ana Ruiz');
  });
});
