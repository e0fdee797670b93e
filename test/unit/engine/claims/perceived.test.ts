/**
 * Passives of perception and repute (claims/perceived.ts) and relative subjects of agentless passives: views that
 * nobody is named for become claims with no source. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import type { Analysis } from '../../../../src/engine/types';

function unsourcedContent(a: Analysis, cue: string): string | undefined {
  const claim = a.claims.find((c) => c.cue?.text === cue);
  if (!claim) return undefined;
  assert.equal(claim.actor, null);
  assert.equal(claim.sourcing, 'none');
  return claim.content.text;
}

describe('claims: repute passives and relative subjects', () => {
  it('reads "X is seen as …" and "X was known as …" as the whole clause with no source', () => {
    assert.equal(unsourcedContent(analyze('The Riverton plan is widely seen as a threat to the harbor.'), 'is widely seen as'),
      'The Riverton plan is widely seen as a threat to the harbor');
    assert.equal(unsourcedContent(analyze('Tom Hale was known as a fair judge.'), 'was known as'), 'Tom Hale was known as a fair judge');
    assert.equal(unsourcedContent(analyze('Ana Ruiz is rumored to be leaving the council.'), 'is rumored to'),
      'Ana Ruiz is rumored to be leaving the council');
  });

  it('reads "it was rumored that …" as the clause after "that"', () => {
    assert.equal(unsourcedContent(analyze('It was rumored that the Riverton mayor would resign.'), 'rumored'), 'the Riverton mayor would resign');
  });

  it('starts the claim at a relative pronoun and ends an aside at its comma', () => {
    assert.equal(unsourcedContent(analyze('Ana Ruiz, who is seen as the favorite, spoke first.'), 'is seen as'), 'who is seen as the favorite');
    assert.equal(unsourcedContent(analyze('The levy, which is expected to pass, would fund the port.'), 'is expected to'),
      'which is expected to pass');
  });

  it('ends the clause before a comma that opens a clause of its own', () => {
    assert.equal(unsourcedContent(analyze('Tom Hale is known for his temper, but the vote surprised everyone.'), 'is known for'),
      'Tom Hale is known for his temper');
  });

  it('takes a subject that holds commas from the clause start', () => {
    const a = analyze('The two ports, Riverton and Bayside, are seen as safe.');
    assert.equal(unsourcedContent(a, 'are seen as'), 'The two ports, Riverton and Bayside, are seen as safe');
  });

  it('reads a repute given without "be": after a noun with its phrase, after a comma the name alone', () => {
    assert.equal(unsourcedContent(analyze('Ruiz won the string of contests known as Harbor Week.'), 'known as'),
      'the string of contests known as Harbor Week');
    assert.equal(unsourcedContent(analyze('The Riverton Guild, also known as the Guild of Ferrymen, met on Monday.'), 'also known as'),
      'the Guild of Ferrymen');
    assert.equal(unsourcedContent(analyze('The group spent money in Riverton, a town seen as vital to the port.'), 'seen as'),
      'a town seen as vital to the port');
    assert.equal(unsourcedContent(analyze('The death of Tom Hale, regarded as the anchor of the court, left it split.'), 'regarded as'),
      'the anchor of the court');
    assert.ok(!analyze('Ana Ruiz regarded the plan as a threat.').claims.some((c) => c.sourcing === 'none'));
  });

  it('reads verdict passives that are no reporting cues: "were deemed invalid", "were rated as", "was portrayed as"', () => {
    assert.equal(unsourcedContent(analyze('Many Riverton ballots were deemed invalid.'), 'were deemed'),
      'Many Riverton ballots were deemed invalid');
    assert.equal(unsourcedContent(analyze('Most Lowell claims were rated as false.'), 'were rated as'),
      'Most Lowell claims were rated as false');
    assert.equal(unsourcedContent(analyze('The mayor was portrayed as a crook in the ad.'), 'was portrayed as'),
      'The mayor was portrayed as a crook in the ad');
    assert.ok(!analyze('The levy was deemed by the court to be void.').claims.some((c) => c.sourcing === 'none'));
    assert.ok(!analyze('Tom Hale rated the plan highly.').claims.some((c) => c.sourcing === 'none'));
  });

  it('reads a repute participle after "and" that shares the participle before it\'s "be": "is widely respected and seen as"', () => {
    assert.equal(unsourcedContent(analyze('Tom Hale is widely respected and seen as fair.'), 'is widely respected and seen as'),
      'Tom Hale is widely respected and seen as fair');
    assert.ok(!analyze('Ana Ruiz spoke and regarded it as fair.').claims.some((c) => c.sourcing === 'none'));
  });

  it('reads a subject past a short parenthesis: "Most ballots (61%) were deemed late"', () => {
    assert.equal(unsourcedContent(analyze('Most Lowell ballots (61%) were deemed late.'), 'were deemed'),
      'Most Lowell ballots (61%) were deemed late');
    assert.equal(unsourcedContent(analyze('Tom Hale (R) is expected to win the Riverton seat.'), 'is expected to'),
      'Tom Hale (R) is expected to win the Riverton seat');
  });

  it('reads a name given right after a thing\'s noun, "a website called Harbor Wire", and not a person calling', () => {
    assert.equal(unsourcedContent(analyze('The story came from a website called Harbor Wire, which posts hoaxes.'), 'called'),
      'a website called Harbor Wire');
    assert.equal(unsourcedContent(analyze('They made a film titled “Low Tide,” which sold well.'), 'titled'), 'a film titled “Low Tide,”');
    for (const text of ['The mayor called Hale a liar.', 'A nurse who read the memo called Hale a fraud.']) {
      assert.ok(!analyze(text).claims.some((c) => c.sourcing === 'none'), text);
    }
  });

  it('makes no claim of a non-finite or non-repute use', () => {
    for (const text of ['They risk being seen as weak.', 'The ferry was seen at dawn.', 'Tom Hale saw the plan as a threat.',
      'The harbor is known to us.', 'Ana Ruiz was viewed from the bridge.']) {
      assert.ok(!analyze(text).claims.some((c) => c.sourcing === 'none'), text);
    }
  });

  it('leaves a repute passive that holds a quote to the quote passes', () => {
    const a = analyze('The levy is seen as “a tax on sailors” by many.');
    assert.ok(!a.claims.some((c) => c.sourcing === 'none'));
  });

  it('reads degree words between "be" and the participle: "is perhaps best known for", "is better known as"', () => {
    assert.equal(unsourcedContent(analyze('Tom Hale is perhaps best known for the Lowell bridge.'), 'is perhaps best known for'),
      'Tom Hale is perhaps best known for the Lowell bridge');
    assert.equal(unsourcedContent(analyze('Ana Ruiz is better known as a painter.'), 'is better known as'), 'Ana Ruiz is better known as a painter');
  });

  it('reads a name given after a comma as a claim with no source: the name', () => {
    assert.equal(unsourcedContent(analyze('His charity, called the Riverton Ferry Fund, will still own the dock.'), 'called'), 'the Riverton Ferry Fund');
    assert.equal(unsourcedContent(analyze('A thriller, titled Low Tide, sold well in Lowell.'), 'titled'), 'Low Tide');
  });

  it('keeps "called" a speaker\'s cue when words about someone follow, not a name alone', () => {
    const a = analyze('Ana Ruiz, speaking on the radio, called the Riverton Herald a rag.');
    assert.equal(a.claims.find((c) => c.cue?.text === 'called')?.source?.text, 'Ana Ruiz');
  });

  it('gives a quoted name after a comma no source, and leaves a speaker\'s quoted words about someone to the speaker', () => {
    assert.equal(unsourcedContent(analyze('Tom Hale, 44, known online as “Skipper,” was arrested in May.'), 'known online as'),
      '“Skipper,” was arrested in May');
    const a = analyze('Ana Ruiz, speaking on the radio, called Tom Hale a “blowhard,” and left.');
    assert.equal(a.claims.find((c) => c.content.text.includes('blowhard'))?.source?.text, 'Ana Ruiz');
  });
});
