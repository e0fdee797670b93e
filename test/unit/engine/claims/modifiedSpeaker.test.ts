/**
 * A speaker with a post-modifier (claims/subjects.ts): in "Two officials familiar with the plan said …" the
 * officials speak, not the plan they know of. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorList, claimHolding, speakerOf } from '../resolution/helpers';

describe('claims: people before "familiar with", "close to", "briefed on" speak', () => {
  it('gives "Two officials familiar with the plan" the claim, as unnamed sources', () => {
    const a = analyze('Two officials familiar with the plan said the Riverton bridge would close.');
    const claim = claimHolding(a, 'the Riverton bridge would close');
    assert.equal(claim.source?.text, 'Two officials familiar with the plan');
    assert.equal(claim.sourcing, 'unnamed');
    assert.ok(!a.actors.some((x) => x.name.includes('plan')), 'the plan is no actor');
  });

  it('reads "people close to the mayor" as the people, not the mayor', () => {
    const a = analyze('Mayor Ana Ruiz met donors. People close to Ruiz said she would run again.');
    const claim = claimHolding(a, 'she would run again');
    assert.equal(claim.source?.text, 'People close to Ruiz');
    assert.notEqual(speakerOf(a, 'she would run again'), 'Ana Ruiz');
    assert.equal(claim.sourcing, 'unnamed');
  });

  it('reads "residents close to the river" as the residents', () => {
    const a = analyze('Residents close to the river said the water rose overnight.');
    assert.equal(claimHolding(a, 'the water rose overnight').source?.text, 'Residents close to the river');
    assert.ok(!a.actors.some((x) => /river/i.test(x.name)), 'the river is no actor');
  });
});

describe('claims: a modified speaker and the appositive that names it', () => {
  it('gives the claim to the name after a noun and its modifier', () => {
    assert.equal(speakerOf(analyze('A woman living in the flats, Jo Ng, said the rent was too high.'), 'the rent was too high'), 'Jo Ng');
    assert.equal(speakerOf(analyze('The union representing Orbit workers, the Riverton Pilots Guild, said it would strike.'), 'it would strike'),
      'Riverton Pilots Guild');
  });

  it('reads a participle with its object directly after the noun ("Protesters carrying signs said")', () => {
    const a = analyze('Protesters carrying signs said the levy was unfair.');
    assert.equal(speakerOf(a, 'the levy was unfair'), 'protesters');
  });

  it('keeps a capitalised noun the tagger did not call a name inside the body\'s name ("Analysts at Market Lens")', () => {
    const a = analyze('Analysts at Market Lens said the cuts were overdue.');
    assert.equal(speakerOf(a, 'the cuts were overdue'), 'Market Lens');
  });
});

describe('claims: a noun described by a passive participle', () => {
  it('reads "a man accused of arson" as accused, not accusing, and a firm criticized for its fees as the speaker after it', () => {
    const a = analyze('A Riverton man accused of setting fire to a ferry pleaded not guilty Tuesday.');
    assert.ok(!a.claims.some((c) => c.cue?.text === 'accused' && c.actor !== null), JSON.stringify(a.claims.map((c) => c.content.text)));
    const b = analyze('A firm criticized for its fees said it would cut them. Residents affected by the flood said the council was slow.');
    assert.equal(speakerOf(b, 'it would cut them'), 'firm');
    assert.equal(speakerOf(b, 'the council was slow'), 'residents');
  });

  it('gives "Hale\'s attorney" to the lawyer named before ("His lawyer, Jo Ng,")', () => {
    const a = analyze('Tom Hale, 34, is charged with arson. His lawyer, Jo Ng, said Hale was at home. ' +
      'Hale\'s attorney said after the hearing that his client would be cleared.');
    assert.equal(speakerOf(a, 'his client would be cleared'), 'Jo Ng');
  });
});

describe('claims: people placed by a name that a relative clause follows speak, not the place', () => {
  it('gives "Health officials in Riverton, where the outbreak began" the claim, not Riverton', () => {
    const a = analyze('Health officials in Riverton, where the outbreak began, said they were cautiously optimistic.');
    const claim = claimHolding(a, 'they were cautiously optimistic');
    assert.equal(claim.source?.text, 'Health officials in Riverton');
    assert.ok(!a.actors.some((x) => x.name === 'Riverton'), actorList(a));
  });

  it('does so after "which" too, and leaves a named person before a place as it was', () => {
    const a = analyze('Aid workers in Kestrel, which sits on the border, said the road was open.');
    assert.equal(claimHolding(a, 'the road was open').source?.text, 'Aid workers in Kestrel');
    const named = analyze('Ana Ruiz in Riverton, who runs the clinic, said it was full.');
    assert.notEqual(claimHolding(named, 'it was full').source?.text, 'Ana Ruiz in Riverton');
  });
});
