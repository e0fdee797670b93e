/**
 * Cues (cues.ts): after a name, a present-tense speech form the tagger took for a plural noun ("the Riverton Board
 * reports turnout has doubled") is a cue when a clause of its own follows. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { tokenize } from '../../../src/engine/tokens';
import { findCues } from '../../../src/engine/cues';
import { claimHolding, speakerOf } from './resolution/helpers';

describe('cues: a speech form read as a plural noun after a name', () => {
  const text = 'The Riverton Board reports turnout has doubled.';

  it('is a cue when a clause with its own verb follows', () => {
    // The premise: the tagger reads "reports" as a noun here.
    assert.equal(tokenize(text).tokens.find((t) => t.text === 'reports')?.pos, 'NOUN');
    const a = analyze(text);
    const claim = claimHolding(a, 'turnout has doubled');
    assert.equal(claim.content.text, 'turnout has doubled');
    assert.equal(claim.cue?.text, 'reports');
    assert.equal(speakerOf(a, 'turnout has doubled'), 'Riverton Board');
  });

  it('is no cue when only a noun phrase follows', () => {
    assert.deepEqual(analyze('The Riverton Board reports figures every month.').claims, []);
  });

  it('is no cue when a comma comes before any verb', () => {
    assert.deepEqual(analyze('The Riverton Board reports, sales figures and budgets were published.').claims, []);
  });
});

describe('cues: "compared with" after a comma', () => {
  it('is the writer\'s preposition, not a cue, so the content runs through it', () => {
    const a = analyze('Ana Ruiz said turnout in Riverton was low, compared with last year.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].content.text, 'turnout in Riverton was low, compared with last year');
  });

  it('still lets "compared" report when it has an object', () => {
    const a = analyze('Tom Hale compared the levy to a toll on the bridge.');
    assert.equal(a.claims[0]?.cue?.text, 'compared');
  });
});

describe('cues: a base-form verb read as a noun after a plural subject', () => {
  it('reads a stance verb before a gerund or an object pronoun as the verb', () => {
    const a = analyze('Two-thirds support raising the ferry fares.');
    assert.equal(claimHolding(a, 'raising the ferry fares').cue?.text, 'support');
    const b = analyze('And 40 percent call him reliable.');
    assert.equal(claimHolding(b, 'him reliable').cue?.text, 'call');
  });

  it('reads "percent" as a plural subject only after a number', () => {
    assert.deepEqual(analyze('The percent call rate rose.').claims, []);
  });

  it('lets documents show a bare noun phrase, and a trailing "records show" report the clause before it', () => {
    const a = analyze('Several polls show Ana Ruiz with a narrow lead.');
    assert.equal(claimHolding(a, 'Ana Ruiz with a narrow lead').cue?.text, 'show');
    const b = analyze('The harbor was sold in 2011, city records show.');
    const claim = claimHolding(b, 'The harbor was sold in 2011');
    assert.equal(claim.cue?.text, 'show');
    assert.equal(claim.content.text, 'The harbor was sold in 2011');
  });

  it('leaves a trailing "show" after people, or without a comma before its subject, alone', () => {
    assert.deepEqual(analyze('The harbor was busy, many voters show.').claims, []);
    // (A "show" with an object of its own is another matter: "The TV shows a map" reads as the station reporting.)
    assert.deepEqual(analyze('The harbor was busy and city records show.').claims, []);
  });
});

describe('cues: a participle after a quote that ends in a comma', () => {
  const text = 'Tom Hale said the vote “should be over by June,” referring to the Riverton convention.';

  it('ends the first claim with the quote and gives the participle its own claim by the same speaker', () => {
    const a = analyze(text);
    assert.equal(claimHolding(a, 'should be over').content.text, 'the vote “should be over by June,”');
    const claim = claimHolding(a, 'the Riverton convention');
    assert.equal(claim.cue?.text, 'referring to');
    assert.equal(speakerOf(a, 'the Riverton convention'), 'Tom Hale');
  });

  it('does not take a participle after a quote without a comma for a new claim', () => {
    const a = analyze('Tom Hale called it “a fine idea” referring to the plan.');
    assert.ok(!a.claims.some((c) => c.cue?.text === 'referring to'));
  });
});

describe('cues: stance verbs the tagger reads as nouns after people', () => {
  const cueBases = (text: string) => {
    const { tokens, sentences } = tokenize(text);
    return findCues(tokens, sentences[0][0], sentences[0][1]).map((c) => c.base);
  };

  it('reads "Millennials support background checks" and "students polled support Ana Ruiz" as stances', () => {
    assert.deepEqual(cueBases('Millennials support background checks for all buyers.'), ['support']);
    assert.deepEqual(cueBases('Nineteen percent of students polled support Ana Ruiz.'), ['support']);
  });

  it('leaves "support" a noun in "The party support base is shrinking"', () => {
    assert.deepEqual(cueBases('The party support base is shrinking.'), []);
  });
});

describe('cues: "\'s" before a participle', () => {
  const passive = (text: string) => findCues(tokenize(text).tokens, 0, tokenize(text).tokens.length - 1).find((c) => c.base === 'say')?.passive;

  it('is "has" after "he" or "she" when no passive mark follows, so the pronoun speaks', () => {
    assert.equal(passive('He’s said he will run for the Riverton council.'), false);
    const a = analyze('Ana Ruiz spoke on Monday. She’s said she will run for the Riverton council.');
    assert.equal(claimHolding(a, 'she will run').sourcing, 'named');
  });

  it('stays "is" before "to", "as" or "by", and after an empty "it"', () => {
    assert.equal(passive('He’s said to be furious about the levy.'), true);
    assert.equal(passive('It’s said that the levy will fail.'), true);
  });
});

describe('cues: a plural of evidence without "s" before a base form', () => {
  it('reads "data show that …" as the data reporting, not as a claim with no source', () => {
    const a = analyze('Riverton data show that the ferry lost money.');
    const claim = claimHolding(a, 'the ferry lost money');
    assert.equal(claim.cue?.text, 'show');
    assert.notEqual(claim.sourcing, 'none');
  });
});

describe('cues: an intention in -s read as a noun after a noun', () => {
  it('reads "The Riverton council plans to vote …" and "Ana Ruiz hopes to win …" as intentions', () => {
    const council = analyze('The Riverton council plans to vote on the levy in May.').claims;
    assert.deepEqual(council.map((c) => [c.content.text, c.cue?.text]), [['to vote on the levy in May', 'plans']]);
    const ruiz = analyze('Ana Ruiz hopes to win the seat.').claims;
    assert.deepEqual(ruiz.map((c) => [c.content.text, c.cue?.text]), [['to win the seat', 'hopes']]);
  });

  it('leaves "plans to" before a noun a noun', () => {
    assert.deepEqual(analyze('Ruiz unveiled new tax plans to the council.').claims, []);
  });
});

describe('cues: a verb in -s read as a noun after a singular noun', () => {
  it('reads "The new ad slams Tom Hale …" as the ad slamming him', () => {
    const claims = analyze('The new ad slams Tom Hale for his vote on the levy.').claims;
    assert.deepEqual(claims.map((c) => [c.content.text, c.cue?.text, c.source?.text]), [['Tom Hale for his vote on the levy', 'slams', 'The new ad']]);
  });
});

describe('cues: a gerund after a verb of aspect', () => {
  it('reads "keeps insisting that …" and "began criticizing …" from the aspect verb on', () => {
    const keeps = analyze('Tom Hale keeps insisting that the dock is safe.').claims;
    assert.deepEqual(keeps.map((c) => [c.content.text, c.cue?.text, c.source?.text]), [['that the dock is safe', 'keeps insisting', 'Tom Hale']]);
    const began = analyze('Ana Ruiz began criticizing the levy.').claims;
    assert.deepEqual(began.map((c) => [c.content.text, c.cue?.text, c.source?.text]), [['the levy', 'began criticizing', 'Ana Ruiz']]);
  });

  it('leaves a gerund that is no cue alone', () => {
    assert.deepEqual(analyze('The ferry kept sailing.').claims, []);
  });
});
