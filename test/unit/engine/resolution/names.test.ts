/**
 * Name chunks (names.ts) as the resolution passes receive them: hyphenated names, bodies whose names hold "and"
 * or "for", a body's name split from the title and name of its officer, and names of things that cannot speak;
 * plus the given-name lexicon (lexicon/firstNames.ts).
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { THING_HEADS } from '../../../../src/engine/names';
import { isFirstName } from '../../../../src/engine/lexicon/firstNames';
import { actorCalled, actorList, claimHolding, nameChunks, speakerOf } from './helpers';

/** [core, kind] of every chunk of a text. */
function cores(text: string): Array<[string, string]> {
  return nameChunks(text).map((c) => [c.core, c.kind]);
}

describe('names: hyphenated names', () => {
  it('reads a hyphen glued to two capitalised words as one name', () => {
    assert.deepEqual(cores('Lena Marsh-Ovitz spoke on Monday.'), [['Lena Marsh-Ovitz', 'person']]);
    const [ms] = nameChunks('Ms. Marsh-Ovitz said so.');
    assert.equal(ms.core, 'Marsh-Ovitz');
    assert.equal(ms.kind, 'person');
    assert.equal(ms.gender, 'female');
  });

  it('does not join across a spaced dash', () => {
    const chunks = cores('Lena Marsh - Ovitz spoke on Monday.');
    assert.deepEqual(chunks[0], ['Lena Marsh', 'person']);
    assert.equal(chunks.some(([core]) => core.includes('-')), false);
  });

  it('keeps the hyphenated name whole in the analysis', () => {
    const a = analyze('Councilwoman Lena Marsh-Ovitz said the vote was close.');
    const person = actorCalled(a, 'Lena Marsh-Ovitz');
    assert.equal(person.role, 'Councilwoman');
    assert.equal(speakerOf(a, 'the vote was close'), 'Lena Marsh-Ovitz');
  });

  it('reads two named people\'s surnames joined by a hyphen as the pair: no actor, and no alias of either', () => {
    const a = analyze('Mayor Ana Ruiz met Tom Hale on Monday. The timing of a Ruiz-Hale call was not set, Hale said.');
    assert.deepEqual(actorCalled(a, 'Tom Hale').aliases, ['Hale']);
    assert.equal(a.actors.some((x) => x.name.includes('-') || x.aliases.some((alias) => alias.includes('-'))), false);
    assert.equal(speakerOf(a, 'The timing of a Ruiz-Hale call was not set'), 'Tom Hale');
  });

  it('reads the pair so when one of them is named by a title and surname alone', () => {
    const a = analyze('President Ruiz met Tom Hale on Monday. The timing of a Ruiz-Hale call was not set, Hale said.');
    assert.deepEqual(actorCalled(a, 'Tom Hale').aliases, ['Hale']);
    assert.equal(a.actors.some((x) => x.name.includes('-')), false);
  });

  it('keeps a double-barrelled surname whose first part is nobody else\'s surname', () => {
    const a = analyze('Senator Lena Marsh-Ovitz met Tom Ovitz. Marsh-Ovitz said the vote was close.');
    assert.deepEqual(actorCalled(a, 'Lena Marsh-Ovitz').aliases, ['Marsh-Ovitz']);
  });
});

describe('names: bodies joined across "and" and "for"', () => {
  it('reads "National Parks and Wildlife Administration" as one body', () => {
    assert.deepEqual(cores('The National Parks and Wildlife Administration closed the trail.'),
      [['National Parks and Wildlife Administration', 'organization']]);
  });

  it('joins when the body word comes before the joiner too', () => {
    assert.deepEqual(cores('The Department of Roads and Bridges closed the trail.'), [['Department of Roads and Bridges', 'organization']]);
    assert.deepEqual(cores('The Riverton Institute for Marine Study closed the lab.'), [['Riverton Institute for Marine Study', 'organization']]);
  });

  it('never joins two people', () => {
    assert.deepEqual(cores('Dana Kolb and Tom Hale said so.'), [['Dana Kolb', 'person'], ['Tom Hale', 'person']]);
  });

  it('gives the whole body the claim', () => {
    const a = analyze('The National Parks and Wildlife Administration said the trail was closed.');
    assert.equal(speakerOf(a, 'the trail was closed'), 'National Parks and Wildlife Administration');
    assert.equal(a.actors.length, 1);
  });
});

describe('names: a title splits a body from its officer', () => {
  it('"Riverton Police Union President Dana Kolb" is a body and a person', () => {
    const chunks = nameChunks('Riverton Police Union President Dana Kolb said the contract was fair.');
    assert.deepEqual(chunks.map((c) => [c.core, c.kind]), [['Riverton Police Union', 'organization'], ['Dana Kolb', 'person']]);
    assert.equal(chunks[1].title, 'Riverton Police Union President');
    assert.equal(chunks[1].hasTitle, true);
  });

  it('the person speaks, with the body in the role, and the body is an actor of its own', () => {
    const a = analyze('Riverton Harbor Pilots Association President Ann Lee said the channel was safe.');
    assert.equal(speakerOf(a, 'the channel was safe'), 'Ann Lee');
    assert.equal(actorCalled(a, 'Ann Lee').role, 'Riverton Harbor Pilots Association President');
    assert.equal(actorCalled(a, 'Riverton Harbor Pilots Association').kind, 'organization');
  });

  it('a short body before a title stays in the title ("Riverton Police Chief Ana Ruiz")', () => {
    const chunks = nameChunks('Riverton Police Chief Ana Ruiz said the road was closed.');
    assert.deepEqual(chunks.map((c) => [c.core, c.kind, c.title]), [['Ana Ruiz', 'person', 'Riverton Police Chief']]);
  });
});

describe('names: things that cannot speak', () => {
  it('a name ending in a thing word is a thing, hyphenated or not', () => {
    assert.deepEqual(cores('The Solar-System Survey found three comets.'), [['Solar-System Survey', 'thing']]);
    assert.deepEqual(cores('Crowds watched the Kessel-Vane System on Monday.').filter(([, k]) => k === 'thing'), [['Kessel-Vane System', 'thing']]);
    assert.deepEqual(cores('The Glenmoor Farm sold eggs.'), [['Glenmoor Farm', 'thing']]);
    assert.deepEqual(cores('Crowds filled Harlow Park on Monday.').filter(([, k]) => k === 'thing'), [['Harlow Park', 'thing']]);
    for (const head of ['system', 'survey', 'farm', 'park', 'reef']) assert.ok(THING_HEADS.has(head), head);
  });

  it('a given name before the thing word keeps a person ("Dana Park")', () => {
    assert.deepEqual(cores('They met Dana Park on Monday.'), [['Dana Park', 'person']]);
  });

  it('a thing that "says" something gives a claim without a speaker and no actor', () => {
    const a = analyze('The Kessel Survey said the comet was bright.');
    assert.equal(claimHolding(a, 'the comet was bright').actor, null);
    assert.deepEqual(a.actors, []);
  });
});

describe('lexicon/firstNames', () => {
  it('knows common given names, as written', () => {
    for (const word of ['Dana', 'Tom', 'Lena', 'Marta']) assert.equal(isFirstName(word), true, word);
    assert.equal(isFirstName('tom'), false);
    assert.equal(isFirstName('Zqvx'), false);
  });

  it('leaves out listed words that are more often something else', () => {
    for (const word of ['May', 'Will', 'Jordan', 'Summer', 'Washington']) assert.equal(isFirstName(word), false, word);
  });
});

describe('resolution: a body named with its owner', () => {
  it('names "the sheriff\'s office" with its owner, and a person by role alone', () => {
    const names = (text: string) => analyze(text).actors.map((x) => x.name);
    assert.deepEqual(names('The sheriff’s office said deputies found the car.').filter((n) => n.includes('office')), ['sheriff’s office']);
    assert.ok(names('The mayor’s chief of staff said the road would reopen.').includes('chief of staff'));
  });
});

describe('names: words before a name that are no part of it', () => {
  it('reads "Shares of Kestrel Mining fell" as about Kestrel Mining, which then speaks as "the company"', () => {
    const a = analyze('Shares of Kestrel Mining fell 5 percent after the company said output would drop.');
    assert.deepEqual(a.actors.map((x) => x.name), ['Kestrel Mining']);
    assert.equal(speakerOf(a, 'output would drop'), 'Kestrel Mining');
  });

  it('keeps a plural of people with its apostrophe inside a body\'s name ("Tenants\' Association")', () => {
    for (const mark of ["'", '\u2019']) {
      const a = analyze(`The Norwood Tenants${mark} Association said rents were too high.`);
      assert.equal(speakerOf(a, 'rents were too high'), `Norwood Tenants${mark} Association`);
    }
  });

  it('does not glue a name ending in s to the body it owns ("Ana Mathers\u2019 College plan")', () => {
    const a = analyze('Ana Mathers\u2019 College plan is costly, the Riverton Teachers\u2019 Union said.');
    assert.equal(speakerOf(a, 'plan is costly'), 'Riverton Teachers\u2019 Union');
    assert.ok(!a.actors.some((x) => x.name.includes('Mathers\u2019')), actorList(a));
  });
});

describe('names: cities of several words from the gazetteer', () => {
  it('reads "Sioux Falls", "Santa Rosa" and "Ann Arbor" as places, not people', () => {
    const a = analyze('The rally in Sioux Falls drew thousands. Santa Rosa officials said the road was closed. Ana Ruiz of Ann Arbor said she was happy.');
    for (const city of ['Sioux Falls', 'Santa Rosa', 'Ann Arbor']) assert.equal(actorCalled(a, city).kind, 'place');
    assert.equal(speakerOf(a, 'she was happy'), 'Ana Ruiz');
  });

  it('lists only names of two words or more, none of them empty', async () => {
    const { CITIES_OF_SEVERAL_WORDS } = await import('../../../../src/engine/lexicon/generatedCities');
    assert.ok(CITIES_OF_SEVERAL_WORDS.length > 1000);
    assert.ok(CITIES_OF_SEVERAL_WORDS.every((name) => name.trim() === name && name.includes(' ')));
  });
});
