/**
 * Quotes in a hedge or an agentless passive (claims/quotedHedges.ts): the clause's subject is what the clause is
 * about, not who speaks the quote, so the claim has no source. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding } from '../resolution/helpers';

function unsourced(text: string, fragment: string) {
  const claim = claimHolding(analyze(text), fragment);
  assert.equal(claim.actor, null, text);
  assert.equal(claim.source, null, text);
  assert.equal(claim.sourcing, 'none', text);
  return claim;
}

describe('claims: quotes in a hedge or an agentless passive', () => {
  it('gives a quote in a hedged clause no source, the clause holding the subject', () => {
    const claim = unsourced('Tom Hale seemed to enjoy the “Morning Desk” segment on Tuesday.', 'Morning Desk');
    assert.equal(claim.content.text, 'Tom Hale seemed to enjoy the “Morning Desk” segment on Tuesday');
    assert.equal(claim.cue?.text, 'seemed');
  });

  it('gives a quote in a passive of report, judgement or naming no source', () => {
    assert.equal(unsourced('Ana Ruiz was said to be “furious” with the council.', 'furious').cue?.text, 'said');
    assert.equal(unsourced('The Lowell ferry has been called the “slowest boat in the state.”', 'slowest boat').cue?.text, 'called');
    unsourced('The Riverton levy is widely considered a “stealth tax” by now.', 'stealth tax');
  });

  it('still gives the quote to whoever is quoted saying it further down', () => {
    const a = analyze('The Lowell plan has been widely criticized as “a tax on commuters.” “It is a tax on commuters,” said Tom Hale.');
    const claim = claimHolding(a, 'widely criticized');
    assert.equal(a.actors.find((x) => x.id === claim.actor)?.name, 'Tom Hale');
  });

  it('leaves a passive whose agent follows the quote to the agent\'s passes', () => {
    const claim = claimHolding(analyze('The plan has been called “strategic ambiguity” by Tom Hale, a professor.'), 'strategic ambiguity');
    assert.notEqual(claim.sourcing, 'none');
  });

  it('leaves the quote to the subject of a progressive verb or of a reporting verb after the passive', () => {
    const progressive = claimHolding(analyze('Ana Ruiz is describing as “reckless” the plan to close the port.'), 'reckless');
    assert.equal(progressive.source?.text, 'Ana Ruiz');
    const inTurn = claimHolding(analyze('Tom Hale is reported to have called the levy “a joke.”'), 'a joke');
    assert.equal(inTurn.source?.text, 'Tom Hale');
  });
});
