/**
 * Surnames with an agent noun's ending (actors.ts): "Tanners" or "Sellers" looks like the plural of "tanner" or
 * "seller", yet in the middle of a sentence, or when the text gives the person's full name, it is a person.
 * "Organizers" opening a sentence stays a group. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorList, speakerOf } from '../resolution/helpers';

describe('names: surnames that look like plural agent nouns', () => {
  it('gives a mid-sentence "Tanners" to the person the text names in full', () => {
    const a = analyze('Senator Tom Tanners spoke on Monday. On Tuesday, Tanners said the vote was close.');
    assert.equal(speakerOf(a, 'the vote was close'), 'Tom Tanners');
    assert.ok(!a.actors.some((x) => x.kind === 'group'), JSON.stringify(a.actors.map((x) => [x.name, x.kind])));
  });

  it('gives a sentence-initial "Sellers" to the person the text names in full', () => {
    const a = analyze('Judge Ana Sellers heard the case. Sellers said the ruling would come in May.');
    assert.equal(speakerOf(a, 'the ruling would come in May'), 'Ana Sellers');
  });

  it('keeps "Organizers" opening a sentence a group of people', () => {
    const a = analyze('Organizers said the march would go on.');
    assert.deepEqual(a.actors.map((x) => [x.name.toLowerCase(), x.kind]), [['organizers', 'group']]);
  });

  it('gives a sentence-opening surname that is also a word ("Long said", "Hope said") to the person named in full', () => {
    assert.equal(speakerOf(analyze('Coach Ana Long spoke on Monday. Long said the team was ready.'), 'the team was ready'), 'Ana Long');
    assert.equal(speakerOf(analyze('Tom Hope spoke on Monday. Hope said the team was ready.'), 'the team was ready'), 'Tom Hope');
  });

  it('gives such a surname after a quote to the person too ("“We lost,” Park said"), and a sports position is a role', () => {
    const a = analyze('Quarterback Tom Hale and coach Sam Park spoke after the loss.\n\n“We didn’t compete,” Park said. “That’s on me.”');
    assert.equal(speakerOf(a, 'compete'), 'Sam Park');
    assert.ok(a.actors.some((x) => x.name === 'Tom Hale'), actorList(a));
  });

  it('leaves the word alone when no person has that surname: "Hope is fading, he said"', () => {
    assert.equal(speakerOf(analyze('Tom Hale spoke on Monday. Hope is fading, he said.'), 'Hope is fading'), 'Tom Hale');
  });

  it('keeps a surname the tagger reads as an adverb inside the name: "Rep. Ana Kindly", then "Kindly said"', () => {
    const a = analyze('Rep. Ana Kindly spoke on Monday. Kindly said she would wait for the vote.');
    assert.equal(speakerOf(a, 'she would wait for the vote'), 'Ana Kindly');
  });
});
