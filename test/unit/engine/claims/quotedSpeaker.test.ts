/**
 * Who speaks when a cue names someone else's words (claims/index.ts, claims/quoted.ts): "X reported Y as saying",
 * "the paper quoted Y as saying" and "…,” X quoted Y as telling …" give the words to Y; after a quote, a noun the
 * tagger reads as a verb right before the cue is the speaker's noun ("the Riverton skipper added"), and a relative
 * clause between the speaker and the cue is passed over ("the defender who led … hinted"). Every fixture text is
 * invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { tokenize } from '../../../../src/engine/tokens';
import { claimHolding, speakerOf } from '../resolution/helpers';

describe('claims: "X reported Y as saying"', () => {
  it('gives a reported clause to the person reported, not the outlet', () => {
    const a = analyze('The Riverton Post reported Ana Ruiz as saying the bridge would open in May.');
    assert.equal(speakerOf(a, 'the bridge would open in May'), 'Ana Ruiz');
    const claim = claimHolding(a, 'the bridge would open in May');
    assert.equal(claim.cue?.text, 'reported');
    assert.equal(claim.source?.text, 'Ana Ruiz');
  });

  it('leaves the name reported out of what was said', () => {
    const a = analyze('The Riverton Post reported Ana Ruiz as saying the bridge would open in May.');
    assert.equal(claimHolding(a, 'the bridge would open in May').content.text, 'the bridge would open in May');
  });

  it('makes no claim of "Ruiz as saying" when the quote came before it', () => {
    const a = analyze('"We will open the bridge in May," the Riverton Post reported Ana Ruiz as saying. "The river is low."');
    const parts = a.claims.flatMap((c) => c.parts.map((p) => p.text));
    assert.ok(!parts.some((p) => p.includes('as saying')), parts.join(' | '));
  });

  it('works with an unnamed person reported', () => {
    const a = analyze('The station reported the mayor as saying the bridge would open in May.');
    assert.equal(speakerOf(a, 'the bridge would open in May'), 'mayor');
  });

  it('gives a quote before "X reported Y as saying" to Y', () => {
    const a = analyze('"We will open the bridge in May," the Riverton Post reported Ana Ruiz as saying.');
    assert.equal(speakerOf(a, 'We will open the bridge in May'), 'Ana Ruiz');
    assert.equal(claimHolding(a, 'We will open the bridge in May').kind, 'direct');
  });
});

describe('claims: "X quoted Y as saying / telling"', () => {
  it('gives the quote after "the paper quoted Ana Ruiz as saying" to Ruiz', () => {
    const a = analyze('The Riverton Post reported the closure on Monday. The paper quoted Ana Ruiz as saying, "We will open the bridge in May."');
    assert.equal(speakerOf(a, 'We will open the bridge in May'), 'Ana Ruiz');
    assert.equal(speakerOf(a, 'the closure on Monday'), 'Riverton Post');
    const claim = claimHolding(a, 'We will open the bridge in May');
    assert.equal(claim.source?.text, 'Ana Ruiz');
    assert.equal(claim.cue?.text, 'saying');
  });

  it('gives a clause after "the paper quoted Ana Ruiz as saying" to Ruiz', () => {
    const a = analyze('The Riverton Post quoted Ana Ruiz as saying the bridge would open in May.');
    assert.equal(speakerOf(a, 'the bridge would open in May'), 'Ana Ruiz');
    assert.equal(claimHolding(a, 'the bridge would open in May').content.text, 'the bridge would open in May');
  });

  it('gives the clause after "Ana Ruiz was quoted as saying" to Ruiz', () => {
    const a = analyze('Ana Ruiz was quoted as saying the bridge would open in May.');
    assert.equal(speakerOf(a, 'the bridge would open in May'), 'Ana Ruiz');
  });

  it('gives a quote before "X quoted Y as telling …" to Y', () => {
    const a = analyze('"We will open the bridge in May," the Riverton Post quoted Ana Ruiz as telling residents.');
    assert.equal(speakerOf(a, 'We will open the bridge in May'), 'Ana Ruiz');
    assert.equal(claimHolding(a, 'We will open the bridge in May').cue?.text, 'quoted');
  });
});

describe('claims: the speaker phrase after a quote', () => {
  it('reads a noun the tagger took for a verb before the cue as the speaker\'s noun ("the Riverton skipper added")', () => {
    const text = '"We were the better side today," the Riverton skipper added.';
    // The premise: the tagger reads "skipper" as a verb here.
    assert.equal(tokenize(text).tokens.find((t) => t.text === 'skipper')?.pos, 'VERB');
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the better side today'), 'Riverton skipper');
    const claim = claimHolding(a, 'the better side today');
    assert.equal(claim.cue?.text, 'added');
    assert.equal(claim.source?.text, 'the Riverton skipper');
  });

  it('passes over a relative clause to the speaker\'s cue ("the defender who led the club to the title hinted")', () => {
    const a = analyze('"We were the better side today," the defender who led the club to the title hinted.');
    assert.equal(a.claims.length, 1);
    assert.equal(speakerOf(a, 'the better side today'), 'defender');
    const claim = claimHolding(a, 'the better side today');
    assert.equal(claim.cue?.text, 'hinted');
    assert.equal(claim.source?.text, 'the defender');
  });
});
