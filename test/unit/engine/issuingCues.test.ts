/**
 * Issuing verbs (cues.ts, matchIssuing): "issued a warning", "released a statement" report through the speech act
 * they take as object; "issued bonds" does not. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { speakerOf } from './resolution/helpers';

describe('cues: issuing a speech act', () => {
  it('makes "has issued 35 warnings and 114 alerts" a claim of the body that issued them', () => {
    const a = analyze('The Riverton Water Board has issued 35 warnings and 114 alerts for areas where flooding is expected.');
    assert.equal(speakerOf(a, '35 warnings'), 'Riverton Water Board');
    assert.equal(a.claims[0].cue?.text, 'issued');
  });

  it('reads "released a statement" and ignores what is issued or released that is no speech act', () => {
    const a = analyze('Vantrell Foods released a statement on Monday. The bank issued bonds worth $4 million. Police released the driver.');
    assert.deepEqual(a.claims.map((c) => c.cue?.text), ['released']);
    assert.equal(speakerOf(a, 'a statement'), 'Vantrell Foods');
  });
});
