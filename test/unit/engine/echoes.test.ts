/**
 * Echoes (echoes.ts): a quote in the headline or lead that no speaker holds, whose words a speaker is quoted saying
 * further down, goes to that speaker; a cue-less turn there is only a guess, which such a repeat overrides. Every
 * fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { claimHolding, speakerOf } from './resolution/helpers';

/** A headline holding `quoted`, a lead with no quote, then Ana Ruiz quoted saying `said`. */
function story(quoted: string, said: string): string {
  return `Bridge opening "${quoted}" for Riverton\n\nThe town opened its bridge on Monday.\n\n"${said}," said Ana Ruiz, the mayor.`;
}

describe('echoes: a headline quote repeated by a named speaker', () => {
  it('goes to whoever is quoted saying the same words further down', () => {
    const a = analyze(story('a historic day', 'This is a historic day for all of us'));
    assert.equal(speakerOf(a, '"a historic day"'), 'Ana Ruiz');
    const echo = claimHolding(a, '"a historic day"');
    assert.equal(echo.kind, 'direct');
    assert.equal(echo.cue, null);
    assert.equal(echo.source, null);
    assert.equal(echo.confidence, 0.5);
    assert.match(echo.evidence, /repeats words Ana Ruiz is quoted saying elsewhere/);
  });

  it('matches words whatever their case and punctuation', () => {
    const a = analyze(story('A Historic Day!', 'This is a historic day for all of us'));
    assert.equal(speakerOf(a, '"A Historic Day!"'), 'Ana Ruiz');
  });

  it('matches whole words only: "historic" is not found inside "prehistoric"', () => {
    const a = analyze(story('historic', 'This is a prehistoric bridge'));
    assert.deepEqual(a.claims.map((c) => c.content.text), ['"This is a prehistoric bridge,"']);
  });

  it('stays without a claim when nobody repeats the words', () => {
    const a = analyze(story('a historic day', 'This is a good day for all of us'));
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims.some((c) => c.content.text.includes('historic')), false);
  });

  it('lets a one-word quote of five letters echo, never one of four', () => {
    const five = analyze(story('never', 'Never again will we wait'));
    assert.equal(speakerOf(five, '"never"'), 'Ana Ruiz');
    const four = analyze(story('wait', 'Wait and see'));
    assert.deepEqual(four.claims.map((c) => c.content.text), ['"Wait and see,"']);
  });
});

describe('echoes: only the headline and the lead', () => {
  const tail = '\n\n"This is a historic day for all of us," said Ana Ruiz, the mayor.';

  it('echoes a quote in the lead, the paragraph after the headline', () => {
    const a = analyze(`Bridge opens in Riverton\n\nSome called it "a historic day" for the town.\n\nResidents crossed it all afternoon.${tail}`);
    assert.equal(speakerOf(a, '"a historic day"'), 'Ana Ruiz');
  });

  it('does not echo the same sentence one paragraph deeper than the lead', () => {
    const a = analyze(`Bridge opens in Riverton\n\nThe town opened its bridge on Monday.\n\nSome called it "a historic day" for the town.${tail}`);
    // ("Some called it …" is a claim of its own, of an unnamed "Some"; the mayor's words are not echoed into it.)
    const ruiz = a.actors.find((x) => x.name === 'Ana Ruiz')?.id;
    assert.deepEqual(a.claims.filter((c) => c.actor === ruiz).map((c) => c.content.text), ['"This is a historic day for all of us,"']);
  });
});

describe('echoes: a repeat overrides a guess, not a cue', () => {
  it('takes a lead quote from a cue-less turn and gives it to whoever repeats it', () => {
    const text = 'Riverton opens its bridge\n\nTom Hale said the vote had been fair. "A historic day."\n\n'
      + 'The bridge cost four million dollars.\n\n"This is a historic day for all of us," said Ana Ruiz, the mayor.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the vote had been fair'), 'Tom Hale');
    assert.equal(speakerOf(a, '"A historic day."'), 'Ana Ruiz');
    const echo = claimHolding(a, '"A historic day."');
    assert.equal(echo.confidence, 0.5);
    assert.match(echo.evidence, /^repeats words Ana Ruiz is quoted saying elsewhere: no cue of its own/);
  });

  it('leaves the cue-less turn alone when nobody repeats its words', () => {
    const a = analyze('Riverton opens its bridge\n\nTom Hale said the vote had been fair. "A historic day."\n\nThe bridge cost four million dollars.');
    assert.equal(speakerOf(a, '"A historic day."'), 'Tom Hale');
    assert.doesNotMatch(claimHolding(a, '"A historic day."').evidence, /repeats words/);
  });

  it('never moves a lead quote that a cue gives to its speaker', () => {
    const text = 'Riverton opens its bridge\n\n"A historic day," Tom Hale said on Monday.\n\n'
      + 'The bridge cost four million dollars.\n\n"This is a historic day for all of us," said Ana Ruiz, the mayor.';
    const a = analyze(text);
    assert.equal(speakerOf(a, '"A historic day,"'), 'Tom Hale');
    assert.equal(speakerOf(a, 'for all of us'), 'Ana Ruiz');
  });
});
