/**
 * A claim inside a clause that comes before the main clause ("Two days after Hale pledged …, the town …") ends
 * where the main clause takes over. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding } from '../resolution/helpers';

describe('claims: a fronted clause of time or condition ends its claim at the main clause', () => {
  it('ends the pledge at the comma before the main clause', () => {
    const a = analyze('Two days after Tom Hale pledged to rebuild the harbor wall, the town of Riverton shut the dock.');
    const claim = claimHolding(a, 'rebuild the harbor wall');
    assert.equal(claim.content.text, 'to rebuild the harbor wall');
  });

  it('reads "where" as an opener too', () => {
    const a = analyze('Where Ana Ruiz promised to cut the levy, her rivals built new roads.');
    assert.equal(claimHolding(a, 'cut the levy').content.text, 'to cut the levy');
  });

  it('keeps a comma inside the clause when no main clause follows it', () => {
    const a = analyze('A day after Ana Ruiz said the bridge, the road and the dock were unsafe, the council met.');
    assert.match(claimHolding(a, 'the bridge').content.text, /the dock were unsafe$/);
  });

  it('leaves a clause that follows the main clause alone', () => {
    const a = analyze('The council met after Ana Ruiz said the levy was unfair, the papers reported.');
    assert.match(claimHolding(a, 'the levy was unfair').content.text, /the levy was unfair/);
  });
});
