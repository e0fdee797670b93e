/**
 * What a cue reports (claims/content.ts): verbs of manner (snap, fume, scoff …) report only a quote, a colon or
 * "that", so "snapped a losing streak" is no claim; a speech verb's "of" phrase is what was said ("complained of
 * noise"). Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding, speakerOf } from '../resolution/helpers';

describe('claims/content: verbs of manner', () => {
  it('makes no claim of "snapped a losing streak"', () => {
    assert.deepEqual(analyze('Ana Ruiz snapped a losing streak for Riverton on Saturday.').claims, []);
    assert.deepEqual(analyze('The Riverton striker snapped a losing streak with two goals on Saturday.').claims, []);
  });

  it('still reports what a manner verb introduces with "that"', () => {
    const a = analyze('Ana Ruiz snapped that the vote was rigged.');
    assert.equal(claimHolding(a, 'the vote was rigged').content.text, 'that the vote was rigged');
    assert.equal(speakerOf(a, 'the vote was rigged'), 'Ana Ruiz');
  });

  it('still reports a quote after a manner verb', () => {
    const a = analyze('Ana Ruiz snapped: "The vote was rigged."');
    assert.equal(speakerOf(a, 'The vote was rigged'), 'Ana Ruiz');
  });
});

describe('claims/content: the "of" phrase of a speech verb is what was said', () => {
  it('takes the object of "complained of"', () => {
    const a = analyze('Residents complained of noise from the plant.');
    const claim = claimHolding(a, 'noise from the plant');
    assert.equal(claim.content.text, 'noise from the plant');
    assert.equal(claim.cue?.text, 'complained');
    assert.equal(speakerOf(a, 'noise from the plant'), 'residents');
  });

  it('takes the object of "cautioned of" and "boasted of"', () => {
    const cautioned = analyze('Ana Ruiz cautioned of delays on the bridge.');
    assert.equal(claimHolding(cautioned, 'delays').content.text, 'delays on the bridge');
    assert.equal(speakerOf(cautioned, 'delays'), 'Ana Ruiz');
    const boasted = analyze('Ana Ruiz boasted of record sales at the plant.');
    assert.equal(claimHolding(boasted, 'record sales').content.text, 'record sales at the plant');
  });
});

describe('claims/content: a bare clause after a verb of finding', () => {
  it('is read when its subject runs to several words ("found the flooding and later collapse of the bank is …")', () => {
    const a = analyze('The engineers found the flooding and later collapse of the bank is now threatening the bridge.');
    assert.equal(speakerOf(a, 'is now threatening the bridge'), 'engineers');
    assert.equal(claimHolding(a, 'is now threatening the bridge').content.text, 'the flooding and later collapse of the bank is now threatening the bridge');
  });

  it('is not read when no verb comes within the subject\'s reach', () => {
    const a = analyze('The engineers found the old plans of the bridge in a box at the back of the town hall basement.');
    assert.equal(a.claims.length, 0);
  });
});

describe('claims/content: an object ends with its phrase', () => {
  it('ends what was opposed or endorsed at the comma or dash after it', () => {
    assert.equal(claimHolding(analyze('Ana Ruiz opposed the levy, down from a higher rate last year.'), 'levy').content.text, 'the levy');
    assert.equal(claimHolding(analyze('Tom Hale endorsed her \u2013 they appeared together in Riverton on Friday.'), 'her').content.text, 'her');
  });

  it('reads a hyphen inside a word as part of the object, and a spaced hyphen as a dash', () => {
    assert.equal(claimHolding(analyze('Ana Ruiz criticized the ever-growing harbor fees.'), 'harbor').content.text, 'the ever-growing harbor fees');
    assert.equal(claimHolding(analyze('Tom Hale endorsed the levy - they met in Riverton on Friday.'), 'levy').content.text, 'the levy');
  });

  it('ends an object before a time phrase or a new predicate', () => {
    assert.equal(claimHolding(analyze('Tom Hale endorsed Ana Ruiz last week and has appeared at her side.'), 'Ana Ruiz').content.text, 'Ana Ruiz');
    assert.equal(claimHolding(analyze('Tom Hale criticized the harbor levy on Monday.'), 'levy').content.text, 'the harbor levy');
    assert.equal(claimHolding(analyze('Tom Hale criticized the levy and the fees.'), 'levy').content.text, 'the levy and the fees');
  });

  it('keeps a quote inside the object whole', () => {
    assert.equal(claimHolding(analyze('Ana Ruiz criticized the “slow, costly” repairs.'), 'repairs').content.text, 'the “slow, costly” repairs');
  });
});

describe('claims/content: coordinated clauses share their cue', () => {
  it('makes one claim of "said that A and that B"', () => {
    const a = analyze('Ana Ruiz said that the bridge will open in May and that the ferry will stop.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].content.text, 'that the bridge will open in May and that the ferry will stop');
  });
});

describe('claims/content: a quantity opens the object', () => {
  it('keeps "half of" in what was called', () => {
    assert.equal(claimHolding(analyze('Ana Ruiz called half of Hale’s supporters “deplorables.”'), 'supporters').content.text, 'half of Hale’s supporters “deplorables.”');
  });
});

describe('claims/content: coordinated clauses that each quote their own words', () => {
  it('makes two claims of "confirmed that A “…” and that B “…”"', () => {
    const a = analyze('Ana Ruiz confirmed that Tom Hale had “signed the deal” and that Lia Moss “would sign it soon.”');
    assert.deepEqual(a.claims.map((c) => c.content.text), ['that Tom Hale had “signed the deal”', 'that Lia Moss “would sign it soon.”']);
  });
});

describe('claims/content: a quote that finishes the speaker\'s own sentence', () => {
  it('takes the unquoted lead-in when the quote opens in lower case', () => {
    const a = analyze('The board will pick a date "and hold to it," Ana Ruiz said.');
    const claim = claimHolding(a, 'and hold to it');
    assert.equal(claim.content.text, 'The board will pick a date "and hold to it,"');
    assert.equal(speakerOf(a, 'and hold to it'), 'Ana Ruiz');
  });

  it('leaves the narrator\'s lead-in out when the quote opens a sentence of its own', () => {
    const a = analyze('After the vote in Riverton, "We will hold to it," Ana Ruiz said.');
    assert.equal(claimHolding(a, 'We will hold to it').content.text, '"We will hold to it,"');
  });
});

describe('claims/content: the hearer of a request', () => {
  it('belongs to the content of "urged" and "encouraged", whose hearer is to act', () => {
    assert.equal(claimHolding(analyze('Ana Ruiz urged voters in Riverton to stay home.'), 'stay home').content.text, 'voters in Riverton to stay home');
    assert.equal(claimHolding(analyze('Tom Hale encouraged the council to approve the levy.'), 'approve').content.text, 'the council to approve the levy');
    assert.equal(claimHolding(analyze('Tom Hale asked the council to delay the vote.'), 'delay').content.text, 'the council to delay the vote');
  });

  it('makes no claim of a verb of request without "to" after its object', () => {
    assert.deepEqual(analyze('Tom Hale pushed the cart up the steep hill near the school.').claims, []);
  });

  it('stays out of the content of "told"', () => {
    assert.equal(claimHolding(analyze('Ana Ruiz told voters that the bridge would close.'), 'the bridge').content.text, 'that the bridge would close');
  });
});

describe('content: the hearer of "told"', () => {
  it('ends the hearer before a possessive that opens the content: "told reporters his brother was innocent"', () => {
    const a = analyze('Sam Park told reporters his brother was innocent.');
    assert.deepEqual(a.claims.map((c) => c.content.text), ['his brother was innocent']);
  });

  it('keeps a possessive hearer whole: "told his lawyer the plan was sound"', () => {
    const a = analyze('Sam Park told his lawyer the plan was sound.');
    assert.deepEqual(a.claims.map((c) => c.content.text), ['the plan was sound']);
  });
});

describe('content: a hearer after "to" that the tagger reads as an infinitive', () => {
  it('starts the content at "that" in "wrote to staff that the office would close"', () => {
    const a = analyze('Ruiz wrote to staff that the office would close.');
    assert.deepEqual(a.claims.map((c) => c.content.text), ['that the office would close']);
  });
});

describe('content: a judgement of an object', () => {
  it('reads "deems Ana Ruiz honest" and "considered the levy a mistake"', () => {
    assert.equal(analyze('Tom Hale deems Ana Ruiz honest.').claims[0]?.content.text, 'Ana Ruiz honest');
    assert.equal(analyze('Tom Hale considered the levy a mistake.').claims[0]?.content.text, 'the levy a mistake');
  });

  it('reads "found the two rivals little known" but not "found the old dock"', () => {
    assert.equal(analyze('A survey of Riverton voters found the two rivals little known.').claims[0]?.content.text, 'the two rivals little known');
    assert.deepEqual(analyze('Ana Ruiz found the old dock at night.').claims, []);
  });
});
