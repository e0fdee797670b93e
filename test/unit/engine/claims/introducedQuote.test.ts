/**
 * A quote introduced by a sentence ending in a colon (claims/signed.ts introducedQuote) goes to the speaker of the
 * sentence's last speech cue, not to a wish or plan reported inside it. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding, speakerOf } from '../resolution/helpers';

describe('claims: a quote introduced by a colon', () => {
  it('goes to the speaker of "says", not to the mayor whose wish is reported', () => {
    const text = 'Ana Ruiz says the flooding is so bad that the mayor wants to make sure every family is moved:\n\n'
      + '"We cannot leave anyone in those houses."';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'We cannot leave anyone'), 'Ana Ruiz');
    assert.equal(claimHolding(a, 'We cannot leave anyone').cue?.text, 'says');
  });

  it('goes to the speaker of "said", not to the mayor who hopes', () => {
    const a = analyze('Ana Ruiz said the mayor hopes to finish the bridge by May:\n\n"We cannot wait another winter."');
    assert.equal(speakerOf(a, 'another winter'), 'Ana Ruiz');
    assert.equal(speakerOf(a, 'the mayor hopes to finish the bridge'), 'Ana Ruiz');
  });
});
