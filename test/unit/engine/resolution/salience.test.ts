/**
 * Pronoun salience (speakers.ts, mostSalient and leadSubject): a speaking "he" or "she" without a subject in its
 * own sentence goes to the most salient compatible actor of the sentences before; the person a lead names first
 * gets a bonus, so a man named in object position in between does not take the pronoun.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, claimHolding, mentionTexts, speakerOf } from './helpers';

describe('speakers: pronoun salience', () => {
  it('gives "He said" after a paragraph naming another man as an object to the lead\'s subject', () => {
    const text = 'Mayor Tom Hale unveiled a new budget on Monday.\n\nThe plan would give Marco Ferrante a new job at city hall.\n\n'
      + 'He said the city could afford it.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the city could afford it'), 'Tom Hale');
    assert.match(claimHolding(a, 'the city could afford it').evidence, /most salient/);
    assert.deepEqual(mentionTexts(actorCalled(a, 'Tom Hale')), ['Mayor Tom Hale', 'He']);
    assert.deepEqual(mentionTexts(actorCalled(a, 'Marco Ferrante')), ['Marco Ferrante']);
  });

  it('does the same for a "he" after a quote', () => {
    const text = 'Mayor Tom Hale unveiled a new budget on Monday.\n\nThe council gave Marco Ferrante the job of city planner.\n\n'
      + '"We can afford it," he said.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'We can afford it'), 'Tom Hale');
  });

  it('still gives the pronoun to a man who is the subject of the sentence just before', () => {
    const text = 'Mayor Tom Hale unveiled a new budget on Monday.\n\nMarco Ferrante wrote most of the plan.\n\n'
      + 'He said the city could afford it.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the city could afford it'), 'Marco Ferrante');
  });

  it('skips a person of the other gender, however salient', () => {
    const text = 'Mayor Tom Hale unveiled a new budget on Monday.\n\nMs. Ana Ruiz wrote most of the plan.\n\n'
      + 'He said the city could afford it.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the city could afford it'), 'Tom Hale');
  });

  it('counts no name inside a quote as an antecedent', () => {
    const text = 'Mayor Tom Hale unveiled a new budget on Monday.\n\n"Marco Ferrante wrote this plan," critics said.\n\n'
      + 'He said the city could afford it.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the city could afford it'), 'Tom Hale');
  });

  it('never gives a quote to a person it names in the third person, however salient', () => {
    const text = 'Coach Dan Ruiz praised Tom Hale and Jon Marek. Marek scored twice.\n\n'
      + '“I think those guys, Hale and Jon Marek, are leading the way,” he said.';
    assert.equal(speakerOf(analyze(text), 'are leading the way'), 'Dan Ruiz');
  });
});
