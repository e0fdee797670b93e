/**
 * Constructions that hold a cue word but report nobody's words: a naming participle (", called transit
 * photometry,") and a past participle in an absolute clause ("… with the number expected to rise"). Every
 * fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { speakerOf } from '../resolution/helpers';

describe('claims: cue words that report nobody', () => {
  it('reads "maintained a lead" as no report, while "maintained that …" still is one', () => {
    assert.equal(analyze('Ana Ruiz maintained a narrow lead over Tom Hale in Riverton.').claims.length, 0);
    const claim = analyze('Ana Ruiz maintained that the levy was fair.').claims[0];
    assert.equal(claim?.content.text, 'that the levy was fair');
  });

  it('reads ", called X," in the writer\'s words as naming, while a quote before "called" still reports', () => {
    const naming = analyze('Astronomers in Chile used a technique, called transit photometry, to find the planet.');
    assert.equal(naming.claims.length, 0);
    const quoted = analyze('“Get out of the water,” called Ana Ruiz, the lifeguard.');
    assert.equal(speakerOf(quoted, 'Get out of the water'), 'Ana Ruiz');
  });

  it('gives no speaker to a past participle in an absolute clause after "with"', () => {
    const a = analyze('Flu cases rose the most in the North with the number expected to climb next week.');
    assert.ok(a.claims.every((c) => c.actor === null), JSON.stringify(a.claims.map((c) => c.actor)));
    assert.ok(!a.actors.some((x) => x.name === 'North' && x.kind === 'person'));
  });

  it('keeps "with" inside a subject that has no verb before it', () => {
    const a = analyze('A spokesman with the Riverton Water Board said the count was right.');
    assert.equal(speakerOf(a, 'the count was right'), 'Riverton Water Board');
  });
});

describe('claims: "to" that is a preposition, not an infinitive', () => {
  it('makes no claim of "wanted in connection to the homicide", and keeps "want to hear" and "vowed to quickly end"', () => {
    const a = analyze('Police are looking for a vehicle wanted in connection to the homicide. Police want to hear from you. The mayor vowed to quickly end the strike.');
    assert.deepEqual(a.claims.map((c) => c.content.text), ['to hear from you', 'to quickly end the strike']);
  });
});

describe('claims: idioms of saying', () => {
  it('reads "Let\'s say", "needless to say" and "that is to say" as the writer\'s, not as reports', () => {
    for (const text of [
      'Let\'s say the board approves the levy next week.',
      'Let us say the ferry runs late again.',
      'Needless to say, the harbor was quiet on Sunday.',
      'That is to say, the harbor fees will rise in May.',
    ]) {
      const a = analyze(text);
      assert.equal(a.claims.length, 0, `${text} → ${JSON.stringify(a.claims.map((c) => text.slice(c.content.start, c.content.end)))}`);
    }
  });

  it('still reads "say" after a speaker as a report', () => {
    const a = analyze('Residents say the board will approve the levy next week.');
    assert.equal(a.claims.length, 1);
  });
});

describe('claims: a telephone call', () => {
  it('reads "call police on 101" and "call 911" as no report, while "called police a disgrace" still names them', () => {
    assert.deepEqual(analyze('Anyone with information should call police on 101, quoting incident 1234.').claims, []);
    assert.deepEqual(analyze('Residents were urged to call 911 at once.').claims, []);
    assert.equal(analyze('Tom Hale called police a disgrace.').claims.length, 1);
  });
});
