/**
 * Name cases (actors.ts, names.ts): a capitalised word that opens a sentence is no name when the text also writes it
 * in lower case; an acronym that spells a common word ("WHO") stays a name inside a sentence; club affixes (FC, AFC
 * …) make bodies; sentence adverbs are never names and "VP" is a title; "Sarah Lind of Harbor City" is a person,
 * then a place. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, nameChunks, speakerOf } from '../resolution/helpers';

function actorNames(text: string): string[] {
  return analyze(text).actors.map((a) => a.name);
}

describe('names: case consistency', () => {
  const opening = 'Harmony for the bridge was approved on Monday, Ana Ruiz said.';

  it('drops a sentence-initial capitalised word the text also writes in lower case', () => {
    const a = analyze(`${opening} The council said its harmony would cut traffic.`);
    assert.deepEqual(a.actors.map((x) => x.name), ['Ana Ruiz', 'council']);
    assert.equal(speakerOf(a, 'Harmony for the bridge'), 'Ana Ruiz');
  });

  it('keeps the same word as a name when the text never writes it in lower case', () => {
    assert.ok(actorNames(`${opening} The council said its fees would cut traffic.`).includes('Harmony'));
  });
});

describe('names: acronyms that spell a common word', () => {
  it('keeps "WHO" a name inside a sentence although the text writes "who"', () => {
    const text = 'Ana Ruiz said WHO would send doctors who treat children.';
    assert.deepEqual(nameChunks(text).map((c) => [c.core, c.kind]), [['Ana Ruiz', 'person'], ['WHO', 'organization']]);
    const who = actorCalled(analyze(text), 'WHO');
    assert.equal(who.kind, 'organization');
    assert.equal(who.named, true);
  });

  it('lets "the WHO" speak as a named body', () => {
    const a = analyze('The WHO said the outbreak was over.');
    assert.equal(speakerOf(a, 'the outbreak was over'), 'WHO');
    assert.equal(actorCalled(a, 'WHO').named, true);
  });
});

describe('names: club affixes', () => {
  it('makes a body of a name opened or closed by a club\'s letters', () => {
    assert.deepEqual(nameChunks('FC Riverton said so.').map((c) => [c.core, c.kind]), [['FC Riverton', 'organization']]);
    assert.deepEqual(nameChunks('Riverton AFC said so.').map((c) => [c.core, c.kind]), [['Riverton AFC', 'organization']]);
  });

  it('lets the club speak, and names it as a coach\'s body', () => {
    const a = analyze('FC Riverton said the match would go ahead.');
    assert.equal(speakerOf(a, 'the match would go ahead'), 'FC Riverton');
    assert.equal(actorCalled(a, 'FC Riverton').kind, 'organization');
    const coach = analyze('"We played well," said Tom Hale, the FC Riverton coach.');
    assert.equal(speakerOf(coach, 'We played well'), 'Tom Hale');
    assert.equal(actorCalled(coach, 'FC Riverton').kind, 'organization');
  });
});

describe('names: sentence adverbs and titles', () => {
  it('never reads a sentence adverb as a name: the appositive after it speaks ("Further, the executive said")', () => {
    for (const adverb of ['Further', 'Separately']) {
      const a = analyze(`${adverb}, the executive said costs would rise.`);
      assert.equal(speakerOf(a, 'costs would rise'), 'executive');
      assert.deepEqual(a.actors.map((x) => x.name), ['executive']);
    }
  });

  it('reads "VP" and other C-suite abbreviations as titles', () => {
    const a = analyze('VP Ana Ruiz said costs would rise.');
    assert.equal(speakerOf(a, 'costs would rise'), 'Ana Ruiz');
    assert.equal(actorCalled(a, 'Ana Ruiz').role, 'VP');
  });
});

describe('names: a person "of" a place', () => {
  const text = 'Sarah Lind of Harbor City said the bridge was too narrow.';

  it('splits "Sarah Lind of Harbor City" into a person and a place', () => {
    assert.deepEqual(nameChunks(text).map((c) => [c.core, c.kind]), [['Sarah Lind', 'person'], ['Harbor City', 'place']]);
  });

  it('gives the claim to the person, not to one long name', () => {
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the bridge was too narrow'), 'Sarah Lind');
    assert.equal(actorCalled(a, 'Sarah Lind').kind, 'person');
    // The city is a place the text mentions, not part of her name and not a speaker.
    assert.equal(actorCalled(a, 'Harbor City').kind, 'place');
    assert.equal(a.claims.some((c) => c.actor === actorCalled(a, 'Harbor City').id), false);
  });
});

describe('names: a headline quantity before "of"', () => {
  it('reads "24 Percent of Ana Ruiz’s Donors" as Ana Ruiz, not a person "Percent of Ana Ruiz"', () => {
    const names = actorNames('Only 24 Percent of Ana Ruiz’s Donors Give Little.\n\nRuiz said the donors were loyal.');
    assert.ok(names.includes('Ana Ruiz'), names.join(', '));
    assert.ok(!names.some((n) => n.startsWith('Percent')), names.join(', '));
  });
});
