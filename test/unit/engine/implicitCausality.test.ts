/**
 * Implicit causality (speakers.ts): after a verb of blame or praise, the pronoun of a clause of cause or time
 * refers to the one blamed or praised, not to the sentence's subject. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { speakerOf } from './resolution/helpers';

describe('speakers: the object of a verb of blame or praise', () => {
  it('is "he" in ", after he called …"', () => {
    const a = analyze('Mayor Ana Ruiz accused council member Tom Hale of being “reckless”, after he called the plan “a disgrace”.');
    assert.equal(speakerOf(a, '“a disgrace”'), 'Tom Hale');
    assert.equal(speakerOf(a, '“reckless”'), 'Ana Ruiz');
  });

  it('skips a body named before the person ("praised Vantrell chief Tom Hale")', () => {
    const a = analyze('Governor Lena Ford praised Vantrell chief Tom Hale, because he said the plant would stay open.');
    assert.equal(speakerOf(a, 'the plant would stay open'), 'Tom Hale');
  });

  it('leaves other verbs to the sentence\'s subject', () => {
    const a = analyze('Mayor Tom Ruiz met council member Jon Hale on Monday, after he said the budget was “a mess”.');
    assert.equal(speakerOf(a, '“a mess”'), 'Tom Ruiz');
  });
});
