/**
 * Names of counties and towns (names.ts): a name ending in "County", "Township" or "City" is a place, even when a
 * title word or a given name opens it, and a place inside "the mayor of …" does not speak. Every fixture text is
 * invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, speakerOf } from '../resolution/helpers';

describe('names: counties and towns', () => {
  it('reads "Prince Edward County" and "Marion County" as places, with no title split off', () => {
    const a = analyze('Roads in Prince Edward County and Marion County were closed on Monday.');
    assert.equal(actorCalled(a, 'Prince Edward County').kind, 'place');
    assert.equal(actorCalled(a, 'Marion County').kind, 'place');
  });

  it('gives "the mayor of Prince Edward County said" to the mayor, not to the county', () => {
    const a = analyze('The mayor of Prince Edward County said the road was closed.');
    assert.equal(speakerOf(a, 'the road was closed'), 'mayor');
  });

  it('still lets a country speak as a whole subject', () => {
    assert.equal(speakerOf(analyze('Russia said the talks would go on.'), 'the talks would go on'), 'Russia');
  });
});
