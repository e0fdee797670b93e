/**
 * Sourcing (sourcing.ts): every claim says whether a named actor, an unidentified one or nobody speaks. Every
 * fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { claimHolding } from './resolution/helpers';

describe('sourcing: how traceable a claim\'s speaker is', () => {
  it('is "named" for a named speaker and for a pronoun that refers to one', () => {
    const a = analyze('Mayor Ana Ruiz said the bridge would open in May. She said the cost had doubled.');
    assert.equal(claimHolding(a, 'the bridge would open in May').sourcing, 'named');
    assert.equal(claimHolding(a, 'the cost had doubled').sourcing, 'named');
  });

  it('is "unnamed" for people the text never identifies', () => {
    const a = analyze('Two officials said the bridge would open late.');
    assert.equal(claimHolding(a, 'the bridge would open late').sourcing, 'unnamed');
  });

  it('is "none" for a claim with no actor, and every claim has one of the three values', () => {
    const a = analyze('Mayor Ana Ruiz said the bridge would open in May. According to the plan, tolls will rise.');
    for (const c of a.claims) {
      assert.ok(['named', 'unnamed', 'none'].includes(c.sourcing));
      assert.equal(c.sourcing === 'none', c.actor === null);
    }
  });
});
