/**
 * Sieve pass 1 (resolution/nameMatch.ts): names that are one string once case, articles, possessives and
 * generational suffixes are set aside; and a lone given name with the one person of that given name.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { rootOf } from '../../../../src/engine/resolution/clusters';
import { mergeExactNames, mergeGivenNames, normalizeName } from '../../../../src/engine/resolution/nameMatch';
import { actorCalled, mentionTexts, named, speakerOf } from './helpers';

describe('resolution/nameMatch: normalizeName', () => {
  it('lowercases and drops a leading article, a possessive, a generational suffix and a firm\'s legal form', () => {
    assert.equal(normalizeName('Police'), 'police');
    assert.equal(normalizeName('The Harbor Office'), 'harbor office');
    assert.equal(normalizeName('an Orvel Society'), 'orvel society');
    assert.equal(normalizeName('Vantrell Corp.\u2019s'), 'vantrell');
    assert.equal(normalizeName('Kestrel Systems, Inc.'), 'kestrel systems');
    assert.equal(normalizeName("Okoro's"), 'okoro');
    assert.equal(normalizeName('Darnell Okoro Jr.'), 'darnell okoro');
    assert.equal(normalizeName('Darnell Okoro Sr'), 'darnell okoro');
    assert.equal(normalizeName('Lars Vintner III'), 'lars vintner');
  });

  it('collapses inner whitespace and trims', () => {
    assert.equal(normalizeName('  Riverton   Water\nBoard '), 'riverton water board');
  });

  it('keeps words that only look like articles or suffixes', () => {
    assert.equal(normalizeName('Theron Vale'), 'theron vale');
    assert.equal(normalizeName('Ana Ivanova'), 'ana ivanova');
    assert.equal(normalizeName('Jr. Varsity Club'), 'jr. varsity club');
  });
});

describe('resolution/nameMatch: mergeExactNames', () => {
  it('merges "Police" and "police", and "the Harbor Office" and "Harbor Office"', () => {
    const capital = named('Police', 'group', 0);
    const lower = named('police', 'group', 40);
    const office = named('the Harbor Office', 'organization', 80);
    const bare = named('Harbor Office', 'organization', 120);
    mergeExactNames([capital, lower, office, bare]);
    assert.equal(rootOf(lower), capital);
    assert.equal(rootOf(bare), office);
    assert.notEqual(rootOf(office), rootOf(capital));
    assert.equal(capital.mentions.length, 2);
  });

  it('merges a name with its suffixed form', () => {
    const full = named('Darnell Okoro Jr.', 'person', 0);
    const plain = named('Darnell Okoro', 'person', 50);
    mergeExactNames([full, plain]);
    assert.equal(rootOf(plain), full);
    assert.deepEqual(full.forms, ['Darnell Okoro Jr.', 'Darnell Okoro']);
  });

  it('matches on any form, not only the name', () => {
    const board = named('Riverton Water Board', 'organization', 0, { forms: ['Riverton Water Board', 'Water Board'] });
    const short = named('the Water Board', 'organization', 60);
    mergeExactNames([board, short]);
    assert.equal(rootOf(short), board);
  });

  it('keeps a person apart from a place or an organisation of the same name', () => {
    for (const kind of ['place', 'organization'] as const) {
      const person = named('Marlow', 'person', 0);
      const other = named('Marlow', kind, 30);
      mergeExactNames([person, other]);
      assert.equal(rootOf(other), other, kind);
      assert.equal(rootOf(person), person, kind);
    }
  });

  it('merges a place and an organisation of the same name', () => {
    const place = named('Marlow', 'place', 0);
    const body = named('marlow', 'organization', 30);
    mergeExactNames([place, body]);
    assert.equal(rootOf(body), place);
  });

  it('leaves different names alone', () => {
    const a = named('Ana Ruiz', 'person', 0);
    const b = named('Ana Ruizo', 'person', 30);
    mergeExactNames([a, b]);
    assert.equal(rootOf(b), b);
  });

  it('through analyze(): a suffixed full name, its plain form and the surname are one person named in full', () => {
    const text = 'Darnell Okoro Jr. won the race on Sunday. Okoro said the course was hard. Darnell Okoro said he would race again.';
    const a = analyze(text);
    const okoro = actorCalled(a, 'Darnell Okoro Jr.');
    assert.equal(a.actors.filter((x) => x.kind === 'person').length, 1);
    assert.deepEqual(okoro.aliases, ['Okoro', 'Darnell Okoro']);
    assert.equal(speakerOf(a, 'the course was hard'), 'Darnell Okoro Jr.');
    assert.equal(speakerOf(a, 'he would race again'), 'Darnell Okoro Jr.');
  });
});

describe('resolution/nameMatch: mergeGivenNames', () => {
  it('merges a lone given name with the one person of that given name', () => {
    const full = named('Lena Woodfield', 'person', 0);
    const given = named('Lena', 'person', 40);
    mergeGivenNames([full, given]);
    assert.equal(rootOf(given), full);
  });

  it('also merges a lone given name of unknown kind, whatever its case', () => {
    const full = named('Orla Brannick', 'person', 0);
    const given = named('ORLA', 'unknown', 40);
    mergeGivenNames([full, given]);
    assert.equal(rootOf(given), full);
    assert.equal(full.kind, 'person');
  });

  it('does not choose when two people share the given name', () => {
    const quill = named('Marta Quill', 'person', 0);
    const dunbar = named('Marta Dunbar', 'person', 20);
    const given = named('Marta', 'person', 40);
    mergeGivenNames([quill, dunbar, given]);
    assert.equal(rootOf(given), given);
  });

  it('merges neither a body nor a place that is spelt like a given name', () => {
    const full = named('Sela Marrow', 'person', 0);
    const body = named('Sela', 'organization', 30);
    const place = named('Sela', 'place', 60);
    mergeGivenNames([full, body, place]);
    assert.equal(rootOf(body), body);
    assert.equal(rootOf(place), place);
  });

  it('reads the given name from people only', () => {
    const body = named('Lena Holdings', 'organization', 0);
    const given = named('Lena', 'person', 40);
    mergeGivenNames([body, given]);
    assert.equal(rootOf(given), given);
  });

  it('merges a lone surname the builder split off, hyphenated or suffixed, with the one person of that surname', () => {
    const hyphenated = named('Lena Marsh-Ovitz', 'person', 0);
    const lone = named('Marsh-Ovitz', 'person', 40);
    const suffixed = named('Darnell Okoro Jr.', 'person', 80);
    const surname = named('Okoro', 'person', 120);
    mergeGivenNames([hyphenated, lone, suffixed, surname]);
    assert.equal(rootOf(lone), hyphenated);
    assert.equal(rootOf(surname), suffixed);
  });

  it('does not choose between two people of one surname', () => {
    const lena = named('Lena Marsh-Ovitz', 'person', 0);
    const omar = named('Omar Marsh-Ovitz', 'person', 20);
    const lone = named('Marsh-Ovitz', 'person', 40);
    mergeGivenNames([lena, omar, lone]);
    assert.equal(rootOf(lone), lone);
  });

  it('through analyze(): a hyphenated surname alone is the person named in full before', () => {
    const a = analyze('Brenna Castellano-Whyte, a council member, spoke Monday. Castellano-Whyte said the vote was close.');
    assert.equal(speakerOf(a, 'the vote was close'), 'Brenna Castellano-Whyte');
    assert.ok(actorCalled(a, 'Brenna Castellano-Whyte').aliases.includes('Castellano-Whyte'));
    assert.equal(a.actors.filter((x) => x.kind === 'person').length, 1);
  });

  it('through analyze(): "Lena" after "Lena Woodfield" speaks as her, a hyphenated surname included', () => {
    for (const full of ['Lena Woodfield', 'Lena Vasquez-Lund']) {
      const a = analyze(`${full} opened the bakery in 2019. Lena said business was good.`);
      const person = actorCalled(a, full);
      assert.deepEqual(mentionTexts(person), [full, 'Lena']);
      assert.equal(speakerOf(a, 'business was good'), full);
    }
  });

  it('through analyze(): with two people of that given name, "Marta" stays an actor of her own', () => {
    const a = analyze('Marta Quill and Marta Dunbar ran the shop. Marta said business was good.');
    assert.equal(speakerOf(a, 'business was good'), 'Marta');
    assert.deepEqual(actorCalled(a, 'Marta Quill').aliases, []);
    assert.deepEqual(actorCalled(a, 'Marta Dunbar').aliases, []);
  });
});

describe('resolution/nameMatch: compound surnames', () => {
  it('merges "Van Arden" into the one longer name it ends, word for word', () => {
    const a = analyze('New chief executive Tessa Van Arden took over in April. "We will cut jobs," Van Arden said.');
    assert.equal(speakerOf(a, 'We will cut jobs'), 'Tessa Van Arden');
    assert.deepEqual(actorCalled(a, 'Tessa Van Arden').aliases, ['Van Arden']);
  });

  it('merges nothing when two longer names end the same way', () => {
    const people = [named('Ana Lind Haskell', 'person', 0), named('Tom Lind Haskell', 'person', 20), named('Lind Haskell', 'person', 40)];
    mergeGivenNames(people);
    assert.equal(rootOf(people[2]), people[2]);
  });
});

describe('resolution/nameMatch: normalizeName remembers within bounds', () => {
  it('gives the same answers past its table\'s size and for very long names', () => {
    for (let i = 0; i < 25_000; i++) assert.equal(normalizeName(`The Riverton Board ${i}`), `riverton board ${i}`);
    assert.equal(normalizeName('Darnell Okoro Jr.'), 'darnell okoro');
    const long = `${'Q'.repeat(500)} Jr.`;
    assert.equal(normalizeName(long), 'q'.repeat(500));
  });
});

describe('resolution/nameMatch: one name read as a person and as a body', () => {
  it('joins a name read as a person\'s on its shape alone with the body of the same name, as that body', () => {
    const shape = named('Orbit Mobile', 'person', 0);
    const body = named('Orbit Mobile', 'organization', 40);
    mergeExactNames([shape, body]);
    assert.equal(rootOf(shape), rootOf(body));
    assert.equal(rootOf(body).kind, 'organization');
  });

  it('keeps a person whose given name shows a person apart from a body of the same name', () => {
    const person = named('Ana Ruiz', 'person', 0);
    const body = named('Ana Ruiz', 'organization', 40);
    mergeExactNames([person, body]);
    assert.notEqual(rootOf(person), rootOf(body));
  });

  it('gives one body actor for "Kestrel Medical, which won the contract" and "Kestrel Medical said"', () => {
    const a = analyze('Kestrel Medical, which won the contract, declined to comment. Kestrel Medical said later it was pleased.');
    assert.deepEqual(a.actors.map((x) => `${x.name}/${x.kind}`), ['Kestrel Medical/organization']);
  });

  it('reads a "which" after an object, with a subject of its own, as about the clause', () => {
    const a = analyze('The mayor brought in Orrin Vale, which she had not planned. Orrin Vale said he was glad.');
    assert.equal(actorCalled(a, 'Orrin Vale').kind, 'person');
  });
});
