/**
 * What cannot speak (resolution/notActors.ts): named things, documents nobody issued, and descriptions headed by
 * a word for neither people nor a body. Their claims keep content and cue but have no speaker.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { canSpeak, isPeopleNoun } from '../../../../src/engine/resolution/notActors';
import { NOT_AGENT_NOUNS } from '../../../../src/engine/lexicon/agentNouns';
import { actorCalled, actorList, claimHolding, described, named, speakerOf } from './helpers';

describe('resolution/notActors: isPeopleNoun', () => {
  it('is true for people: roles, generic people nouns, agent nouns, their plurals and ages', () => {
    for (const word of ['residents', 'resident', 'spokeswoman', 'people', 'firefighters', 'firefighter',
      'congressmen', 'year-old', '31-year-old', '30-years-old', 'witnesses', 'officials', 'beekeeper', 'cyclists']) {
      assert.equal(isPeopleNoun(word), true, word);
    }
  });

  it('is false for things, events and numbers, agent-looking words included', () => {
    for (const word of ['flames', 'win', 'numbers', 'water', 'statement', 'storm', 'border', 'river', 'road', 'year']) {
      assert.equal(isPeopleNoun(word), false, word);
    }
  });
});

describe('resolution/notActors: canSpeak', () => {
  it('lets names speak, but never a named thing', () => {
    assert.equal(canSpeak(named('Riverton Water Board', 'organization', 0)), true);
    assert.equal(canSpeak(named('Ana Ruiz', 'person', 0)), true);
    assert.equal(canSpeak(named('Kessel Survey', 'thing', 0)), false);
  });

  it('silences "flames", "a 4-1 win", "new numbers" and an unissued document', () => {
    assert.equal(canSpeak(described('flames', 'group', 0)), false);
    assert.equal(canSpeak(described('4-1 win', 'organization', 0)), false);
    assert.equal(canSpeak(described('new numbers', 'group', 0)), false);
    assert.equal(canSpeak(described('statement', 'organization', 0)), false);
  });

  it('lets people, bodies and collectives speak: "residents", "the 31-year-old", "the company", "the family"', () => {
    assert.equal(canSpeak(described('residents', 'group', 0)), true);
    assert.equal(canSpeak(described('31-year-old', 'person', 0, { head: 'year-old' })), true);
    assert.equal(canSpeak(described('company', 'organization', 0)), true);
    assert.equal(canSpeak(described('family', 'organization', 0)), true);
    assert.equal(canSpeak(described('jury', 'organization', 0)), true);
    assert.equal(canSpeak(described('many of them', 'group', 0, { head: 'them' })), true);
  });

  it('lets a description without a head speak', () => {
    assert.equal(canSpeak(described('someone', 'person', 0, { head: null })), true);
  });
});

describe('resolution/notActors: through analyze()', () => {
  it('"The flames showed …" and "A 4-1 win showed …" keep their claim but no speaker', () => {
    for (const [text, fragment, source] of [
      ['The flames showed that the house was old.', 'the house was old', 'The flames'],
      ['A 4-1 win showed that the team was back.', 'the team was back', 'A 4-1 win'],
    ]) {
      const a = analyze(text);
      const claim = claimHolding(a, fragment);
      assert.equal(claim.actor, null, text);
      assert.equal(claim.source?.text, source, text);
      assert.match(claim.evidence, /is not an actor/, text);
    }
  });

  it('"Residents said …" speaks, as an unnamed group', () => {
    const a = analyze('Residents said the water tasted odd.');
    assert.equal(speakerOf(a, 'the water tasted odd'), 'residents');
    const residents = actorCalled(a, 'residents');
    assert.equal(residents.kind, 'group');
    assert.equal(residents.named, false);
  });

  it('"said the 31-year-old" speaks, as an unnamed person', () => {
    const a = analyze('Police arrested a woman on Monday. "I am glad," said the 31-year-old.');
    assert.equal(speakerOf(a, 'I am glad'), '31-year-old');
    const age = actorCalled(a, '31-year-old');
    assert.equal(age.kind, 'person');
    assert.equal(age.named, false);
  });

  it('a named thing that "says" something speaks for nobody', () => {
    const a = analyze('The Kessel Survey said the comet was bright.');
    assert.equal(claimHolding(a, 'the comet was bright').actor, null);
    assert.equal(a.actors.some((x) => x.name === 'Kessel Survey'), false);
  });
});

describe('output: a silent name is listed as a person only on evidence', () => {
  it('lists "Quarrow Rovers" mentioned once in passing as no person, and keeps a silent person with a given name, a title or a pronoun', () => {
    const a = analyze('Ana Ruiz said the match was close. Quarrow Rovers lost to Kestrel Albion. Dr Ilse Varo watched. Tom Hale scored. Oduya Mbeki ran; he fell.');
    const people = a.actors.filter((x) => x.kind === 'person').map((x) => x.name);
    assert.ok(!people.includes('Quarrow Rovers') && !people.includes('Kestrel Albion'), people.join(', '));
    for (const name of ['Ana Ruiz', 'Ilse Varo', 'Tom Hale', 'Oduya Mbeki']) assert.ok(people.includes(name), `${name} in ${people.join(', ')}`);
  });
});

describe('output: a description is listed only when it speaks', () => {
  it('lists no "flames" whose clause, inside the chief\'s words, speaks for no one', () => {
    const a = analyze('Ana Ruiz, the fire chief, said the house was lost and flames were threatening houses on both sides.');
    assert.deepEqual(a.actors.map((x) => x.name), ['Ana Ruiz']);
  });

  it('keeps the unnamed officials who speak', () => {
    const a = analyze('The flames spread to the roof, fire officials said.');
    assert.deepEqual(a.actors.map((x) => x.name), ['fire officials']);
  });
});

describe('not actors: nouns with an agent\'s ending that name things (WordNet)', () => {
  it('reads "bulldozer" and "computer" as no people, while "forecaster" and "midfielder" stay people nouns', () => {
    assert.equal(isPeopleNoun('bulldozers'), false);
    assert.equal(isPeopleNoun('computers'), false);
    assert.equal(isPeopleNoun('midfielders'), true);
    assert.equal(NOT_AGENT_NOUNS.has('bulldozer'), true);
    assert.equal(NOT_AGENT_NOUNS.has('forecaster'), false);
  });
});

describe('not actors: initials of common nouns, dates, and a capitalised adjective', () => {
  it('lists no actor for "her GP", "the TV", "GDP", "DNA" or "EVs", and keeps a body\'s acronym', () => {
    const a = analyze('Ana Ruiz said she saw her GP on Monday. The TV showed the GDP figures and her DNA test. Sales of EVs rose, the NRHA said.');
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ['Ana Ruiz', 'NRHA']);
  });

  it('reads "Monday" or "March 23" standing as a subject as no actor', () => {
    const a = analyze('In Riverton, Monday saw the vote. March 23 brought the ruling, Ana Ruiz said.');
    assert.ok(!a.actors.some((x) => /monday|march/i.test(x.name)), actorList(a));
  });

  it('reads "the U.S.-Mexico border" as no actor named "-Mexico"', () => {
    const a = analyze('Ana Ruiz wants a wall on the U.S.-Mexico border, she said.');
    assert.ok(!a.actors.some((x) => x.name.startsWith('-')), actorList(a));
  });

  it('reads a capitalised adjective alone before a common noun as no person ("Democratic presidential hopeful")', () => {
    const a = analyze('His wife, Democratic presidential hopeful Ana Ruiz, spoke on Monday. She said the race was close.');
    assert.ok(!a.actors.some((x) => x.name === 'Democratic'), actorList(a));
    assert.equal(speakerOf(a, 'the race was close'), 'Ana Ruiz');
  });

  it('reads "Many fear …" as an unnamed group', () => {
    const a = analyze('Many fear the ferry will close, the report said. Many said they would protest.');
    assert.equal(a.actors.find((x) => x.name.toLowerCase() === 'many')?.kind, 'group');
  });
});

describe('not actors: laws and events named after bodies', () => {
  it('lists no actor for "the Kestrel Mineral Resources Development Act" or "the Riverton Opening Night Gala"', () => {
    const a = analyze('The Kestrel Mineral Resources Development Act gives the minister power. The Riverton Opening Night Gala was cancelled, the Riverton Orchestra said.');
    assert.deepEqual(a.actors.map((x) => x.name), ['Riverton Orchestra']);
  });
});

describe('not actors: places, streets and common nouns among the silent names', () => {
  it('lists no "Tannery Avenue", "Hazel Station", "Rosalind Drive" or "Philippa of Kestrel Ridge", and keeps "Downing Street" a body', () => {
    const a = analyze('The fire started on Tannery Avenue near Hazel Station, Rosalind Drive and Philippa of Kestrel Ridge, Ana Ruiz said. Downing Street said it would help.');
    assert.deepEqual(a.actors.map((x) => x.name), ['Ana Ruiz', 'Downing Street']);
    assert.equal(speakerOf(a, 'it would help'), 'Downing Street');
  });

  it('keeps a person whose surname is a landform\'s word ("Lena Ridge")', () => {
    const a = analyze('Lena Ridge visited the port on Monday. Ana Ruiz said the visit went well.');
    assert.equal(actorCalled(a, 'Lena Ridge').kind, 'person');
  });

  it('lists no silent "Board" or "Government" capitalised alone, but keeps one that speaks', () => {
    const silent = analyze('The Board met on Monday and the Government watched. Ana Ruiz said the talks went well.');
    assert.deepEqual(silent.actors.map((x) => x.name), ['Ana Ruiz']);
    const speaking = analyze('The Government said the talks went well.');
    assert.equal(speakerOf(speaking, 'the talks went well'), 'Government');
  });
});

describe('kinds: transcript labels and plurals of people without an s', () => {
  it('reads "HALVERSON:" at a line\'s start, with no Halverson named in full, as a person, and keeps "NRHA:" a body', () => {
    const a = analyze('The debate opened at nine.\n\nHALVERSON: Let us begin with the economy.\n\nNRHA: No comment on the plan.');
    assert.equal(actorCalled(a, 'Halverson').kind, 'person');
    assert.equal(actorCalled(a, 'NRHA').kind, 'organization');
  });

  it('joins a label to the column the text names in mixed case ("KESTRELWATCH:" and "KestrelWatch")', () => {
    const a = analyze('KESTRELWATCH: Polls tighten in Riverton.\n\nThis is KestrelWatch for Monday. KestrelWatch said the race was close.');
    const column = a.actors.filter((x) => x.name.toLowerCase() === 'kestrelwatch');
    assert.equal(column.length, 1);
    assert.equal(column[0].name, 'KestrelWatch');
  });

  it('reads "women said" and "two men said" as groups', () => {
    const a = analyze('Some women said the plan was unfair. Two men said it was fine.');
    assert.deepEqual(a.actors.map((x) => x.kind), ['group', 'group']);
  });
});

describe('not actors: an opening adverb', () => {
  it('reads no "Rather" or "perhaps" as part of a speaker', () => {
    const a = analyze('Rather, both sides argue the plan can work. Perhaps the moderators said it best.');
    assert.ok(!a.actors.some((x) => /rather|perhaps/i.test(x.name)), actorList(a));
  });
});
