/**
 * A verb of saying after "to" whose speaker is the subject of the clause: "Ruiz took to the radio to say …",
 * "used his speech to call …". Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding } from '../resolution/helpers';

describe('claims: a verb of saying after "to"', () => {
  it('gives "took to the radio to say …" to the subject of "took"', () => {
    const claim = claimHolding(analyze('Ana Ruiz took to the radio on Monday to say the bridge will open in May.'), 'bridge will open');
    assert.equal(claim.source?.text, 'Ana Ruiz');
    assert.equal(claim.cue?.text, 'say');
  });

  it('leaves the infinitive to a cue before "to" ("vowed to veto") and makes one claim of it', () => {
    const a = analyze('Tom Hale vowed to veto the levy.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].cue?.text, 'vowed');
  });

  it('names nobody for "it is hard to say …"', () => {
    const claim = claimHolding(analyze('It is hard to say whether the levy will pass.'), 'levy will pass');
    assert.equal(claim.actor, null);
  });

  it('gives no claim to the patient of a passive or to a place before "who"', () => {
    const sent = analyze('Investigators were sent to Alden, a short time after the blast, to compare findings over the charges.');
    assert.ok(!sent.claims.some((c) => c.source?.text === 'Investigators'));
    const marched = analyze('Police arrested 40 people in Riverton who marched from the square to protest the ruling.');
    assert.ok(!marched.actors.some((x) => x.name === 'Riverton' && marched.claims.some((c) => c.actor === x.id)));
  });
});

describe('claims: a gerund of saying after a preposition', () => {
  it('gives "drew fire by calling …" to the subject of the clause', () => {
    const claim = claimHolding(analyze('Ana Ruiz drew fire by calling the levy a tax on the poor.'), 'tax on the poor');
    assert.equal(claim.source?.text, 'Ana Ruiz');
    assert.equal(claim.cue?.text, 'calling');
  });

  it('passes over a manner adverb between the preposition and the gerund ("by essentially telling")', () => {
    const claim = claimHolding(analyze('Ana Ruiz began her term by essentially telling the council to stop the ferry.'), 'stop the ferry');
    assert.equal(claim.source?.text, 'Ana Ruiz');
    assert.equal(claim.cue?.text, 'telling');
  });

  it('gives a fronted "After thanking the crowd, Hale …" to the subject after the comma, and ends the content there', () => {
    const claim = claimHolding(analyze('After thanking the volunteers for their work, Tom Hale turned to the budget.'), 'volunteers');
    assert.equal(claim.source?.text, 'Tom Hale');
    assert.equal(claim.content.text, 'the volunteers for their work');
  });

  it('reads ", eventually saying …" past its adverb as continuing the speaker', () => {
    const claim = claimHolding(analyze('Ana Ruiz backed the plan at first but turned against it, eventually saying it would fail.'), 'it would fail');
    assert.equal(claim.cue?.text, 'saying');
  });
});

describe('claims: a participle of saying that opens the sentence', () => {
  it('gives "Noting that …, Ruiz …" to the subject after its comma', () => {
    const claim = claimHolding(analyze('Noting that the river had risen twice, Ana Ruiz closed the bridge.'), 'river had risen');
    assert.equal(claim.source?.text, 'Ana Ruiz');
    assert.equal(claim.content.text, 'that the river had risen twice');
  });
});
