/**
 * What kind a name is (names.ts, actors.ts, lexicon/names.ts): ridges and hills are places, never speakers;
 * observatories, museums, galleries and libraries are bodies that speak; "Dunmore's County" is one place name;
 * a name that no given name opens, owning a person's full name, is that person's body ("Vantrell's Tom Hale",
 * "Riverton Rovers' Tom Hale"); "Wai-Lun Ko" keeps its first part. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, actorList, claimHolding, nameChunks, speakerOf } from '../resolution/helpers';

describe('names: places that are not people', () => {
  it('reads a ridge or a hill as a place, which speaks for nobody', () => {
    assert.deepEqual(nameChunks('Astronomers at Riverton Ridge said the comet was bright.').map((c) => [c.core, c.kind]),
      [['Astronomers', 'unknown'], ['Riverton Ridge', 'thing']]);
    const a = analyze('Riverton Hill said the comet was bright.');
    assert.equal(speakerOf(a, 'the comet was bright'), null);
    assert.deepEqual(a.actors, []);
  });

  it('joins a possessive inside a place name: "Dunmore\'s County" is one name', () => {
    assert.deepEqual(nameChunks("The river flooded Dunmore's County on Monday.").map((c) => [c.core, c.kind]), [["Dunmore's County", 'place']]);
    const a = analyze("Officials in Dunmore's County said the roads were closed.");
    assert.equal(speakerOf(a, 'the roads were closed'), 'officials');
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [['officials', 'group'], ["Dunmore's County", 'place']]);
  });
});

describe('names: addresses', () => {
  it('reads "George Street" as a place although a given name opens it', () => {
    assert.deepEqual(nameChunks('The fire on George Street spread quickly.').map((c) => [c.core, c.kind]), [['George Street', 'thing']]);
  });
});

describe('names: bodies that speak', () => {
  for (const body of ['Riverton Observatory', 'Riverton Museum', 'Riverton Gallery', 'Riverton Library']) {
    it(`lets "the ${body}" speak as a body`, () => {
      const a = analyze(`The ${body} said the painting was a fake.`);
      assert.equal(speakerOf(a, 'the painting was a fake'), body);
      assert.equal(actorCalled(a, body).kind, 'organization');
    });
  }
});

describe('names: newspapers, firms and partnerships', () => {
  for (const body of ['Riverton Observer', 'Kestrel Energy', 'Harbor Healthcare', 'Hale & Ruiz', 'Kestrel Logistics', 'Riverton Rovers', 'Kestrel Athletic']) {
    it(`makes "${body}" a body, not a person`, () => {
      const a = analyze(`${body} said the plant would close.`);
      assert.equal(speakerOf(a, 'the plant would close'), body);
      assert.equal(actorCalled(a, body).kind, 'organization');
    });
  }

  it('keeps a person whose name holds no such word a person', () => {
    assert.equal(actorCalled(analyze('Tom Hale said the plant would close.'), 'Tom Hale').kind, 'person');
  });
});

describe('names: a name owning a person\'s full name', () => {
  it('makes a one-word owner that person\'s body ("Vantrell\'s Tom Hale")', () => {
    const a = analyze("Vantrell's Tom Hale said costs would rise.");
    assert.equal(speakerOf(a, 'costs would rise'), 'Tom Hale');
    assert.equal(actorCalled(a, 'Vantrell').kind, 'organization');
  });

  it('makes a plural possessive owner a body too ("Riverton Rovers\' Tom Hale")', () => {
    const a = analyze("Riverton Rovers' Tom Hale said the pitch was poor.");
    assert.equal(speakerOf(a, 'the pitch was poor'), 'Tom Hale');
    assert.equal(actorCalled(a, 'Riverton Rovers').kind, 'organization');
  });
});

describe('names: hyphenated given names', () => {
  it('keeps the first part of "Wai-Lun Ko"', () => {
    assert.deepEqual(nameChunks('Wai-Lun Ko said the ship was late.').map((c) => [c.core, c.kind]), [['Wai-Lun Ko', 'person']]);
    assert.equal(speakerOf(analyze('Wai-Lun Ko said the ship was late.'), 'the ship was late'), 'Wai-Lun Ko');
  });
});

describe('kinds: a name that takes a plural verb', () => {
  it('makes "Riverton, who have …" a team or body, and "Hale, who was …" a person', () => {
    const a = analyze('Riverton, who have no game this weekend, will be hoping to build on their win. Hale, who was injured, said he would return.');
    assert.equal(actorCalled(a, 'Riverton').kind, 'organization');
    assert.equal(actorCalled(a, 'Hale').kind, 'person');
  });
});

describe('kinds: one-word names by their shape', () => {
  it('reads a capital inside one word as a brand, and a surname\'s prefix as a person\'s', () => {
    const a = analyze('KestrelNet said the outage was over. McHale said the fix took hours. DuRuiz said she was pleased.');
    assert.equal(actorCalled(a, 'KestrelNet').kind, 'organization');
    assert.equal(actorCalled(a, 'McHale').kind, 'person');
    assert.equal(actorCalled(a, 'DuRuiz').kind, 'person');
  });

  it('reads a capitalised count of people opening a sentence as a group', () => {
    const a = analyze('Hundreds said they would march on Friday.');
    assert.equal(a.actors.find((x) => x.id === a.claims[0]?.actor)?.kind, 'group');
  });
});

describe('kinds: offices and trades that head a body', () => {
  it('reads "the Presidency" and "Kestrel Mining" as bodies', () => {
    const a = analyze('The Presidency said talks would resume next week. The company, Kestrel Mining, declined to comment on the talks.');
    assert.equal(actorCalled(a, 'Presidency').kind, 'organization');
    assert.equal(actorCalled(a, 'Kestrel Mining').kind, 'organization');
  });
});

describe('kinds: schools, their heads and a family', () => {
  it('reads "Principal Tom Hale" as titled, "Quay Street Elementary" as a body and "the family" as a group of its own', () => {
    const a = analyze('Ana Ruiz, who taught at Quay Street Elementary for 30 years, died Sunday.\n\n' +
      '“We will miss her terribly,” Principal Tom Hale said.\n\nA memorial service will be held Saturday, the family said.');
    assert.equal(speakerOf(a, 'We will miss her'), 'Tom Hale');
    assert.equal(actorCalled(a, 'Quay Street Elementary').kind, 'organization');
    const family = a.actors.find((x) => x.id === claimHolding(a, 'A memorial service').actor);
    assert.equal(family?.kind, 'group');
  });
});

describe('kinds: bands, fans and musicians', () => {
  it('reads "The Kestrels" announcing as a body, "the band" as the same, and "one" after fans as one of them', () => {
    const a = analyze('The Kestrels announced that they will tour next summer. The band said tickets go on sale Friday.\n\n' +
      'Guitarist Tom Hale added that the band has written new songs.\n\nFans reacted with joy online. “Best news of the year,” one wrote on X.');
    assert.equal(actorCalled(a, 'Kestrels').kind, 'organization');
    assert.equal(speakerOf(a, 'tickets go on sale'), 'Kestrels');
    assert.equal(speakerOf(a, 'new songs'), 'Tom Hale');
    assert.equal(speakerOf(a, 'Best news of the year'), 'one of the fans');
    assert.ok(!a.actors.some((x) => x.name === 'X.' || x.name === 'X'));
  });

  it('keeps "the Hale campaign" and a family name out of that reading', () => {
    const a = analyze('The Hales campaign said the vote was close. The Americans said the deal was fair.');
    assert.ok(!a.actors.some((x) => x.name === 'Hales' && x.kind === 'organization'));
    assert.ok(!a.actors.some((x) => /americans/i.test(x.name) && x.kind === 'organization'));
  });
});

describe('kinds: the United Nations', () => {
  it('reads "the United Nations" as a body, one actor with "UN"', () => {
    const a = analyze('The United Nations urged both sides to show restraint. A UN spokesperson said the talks would go on.');
    assert.equal(actorCalled(a, 'United Nations').kind, 'organization');
    assert.equal(speakerOf(a, 'the talks would go on'), 'United Nations');
  });
});

describe('kinds: named storms and agent nouns as roles', () => {
  it('reads "Storm Kestrel" and "Hurricane Hale" as things, never joined to a person of that surname', () => {
    const a = analyze('Hurricane Hale made landfall on Tuesday. Organizer Tom Hale said the march would go on.');
    assert.equal(speakerOf(a, 'the march would go on'), 'Tom Hale');
    assert.ok(!a.actors.some((x) => x.name.startsWith('Hurricane')));
    assert.equal(nameChunks('Storm Kestrel is coming.')[0]?.kind, 'thing');
  });

  it('reads an agent noun before a given name as a role ("Forecaster Ana Ruiz said")', () => {
    assert.equal(speakerOf(analyze('Forecaster Ana Ruiz said the worst would come overnight.'), 'the worst would come'), 'Ana Ruiz');
  });
});

describe('names: clubs by their name\'s last word', () => {
  it('reads "Kestrel United" and "Riverton FC" as bodies, and keeps the United States a place', () => {
    const a = analyze('Kestrel United said the match was off. Riverton FC said it agreed. The United States said nothing.');
    assert.equal(actorCalled(a, 'Kestrel United').kind, 'organization');
    assert.equal(actorCalled(a, 'Riverton FC').kind, 'organization');
    assert.notEqual(a.actors.find((x) => x.name === 'United States')?.kind, 'organization');
  });
});

describe('names: counts and streets that speak for nobody', () => {
  it('reads a capitalised count as a group only where it opens a sentence or follows a colon', () => {
    assert.equal(speakerOf(analyze('Hundreds said they would march.'), 'they would march'), 'Hundreds');
    assert.equal(speakerOf(analyze('The vote was close: Many said they would stay.'), 'they would stay'), 'Many');
    const a = analyze('A Number 7 spokesperson said the plan was sound.');
    assert.equal(a.actors.some((x) => x.name === 'Number' && x.kind === 'group'), false, actorList(a));
  });

  it('never makes a street\'s word alone a person', () => {
    const a = analyze('Street said the plan was sound.');
    assert.equal(a.actors.some((x) => x.name === 'Street' && x.kind === 'person'), false, actorList(a));
  });
});

describe('names: capitalised words after "the" that speak', () => {
  it('reads "the Kestrel Bay Lifeboat Crew said" and "said the Riverton Red Cross" as bodies', () => {
    const a = analyze('Rain fell all night, the Kestrel Bay Lifeboat Crew said. More is due, said the Riverton Red Cross.');
    assert.equal(actorCalled(a, 'Kestrel Bay Lifeboat Crew').kind, 'organization');
    assert.equal(actorCalled(a, 'Riverton Red Cross').kind, 'organization');
  });

  it('looks past no line break for the article, and leaves a titled person a person', () => {
    const a = analyze('They flew to the U.S.\nOrrin Vale added that the trip was long. The Riverton Democrat said more was needed.');
    assert.equal(actorCalled(a, 'Orrin Vale').kind, 'person');
  });
});

describe('names: "Rival" and "Fellow" before a name are no part of it', () => {
  it('names the rival and the fellow analyst without the word', () => {
    const a = analyze('Rival Orrin Vale declined to comment. Fellow analyst Tom Hale said the price was high.');
    assert.ok(a.actors.some((x) => x.name === 'Orrin Vale'), actorList(a));
    assert.ok(!a.actors.some((x) => /^(Rival|Fellow)\b/.test(x.name)), actorList(a));
  });
});

describe('names: ranks written out are titles', () => {
  it('keeps "Detective Sergeant" and "Lieutenant Colonel" out of the name', () => {
    const a = analyze('"Nobody was hurt," Detective Sergeant Ana Ruiz said. Lieutenant Colonel Tom Hale said the base was safe.');
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ['Ana Ruiz', 'Tom Hale']);
  });
});

describe('names: days and members of parliament', () => {
  it('reads "National Day" and "Election Night" as no one, and keeps "Doris Vale Day" a person', () => {
    const a = analyze('Ana Ruiz spoke on National Day. On Election Night, Tom Hale said he had won. Mira Day said the count was fair.');
    assert.ok(!a.actors.some((x) => x.name === 'Day' || x.name === 'National Day' || x.name === 'Night'), actorList(a));
    assert.equal(actorCalled(a, 'Mira Day').kind, 'person');
  });

  it('reads "MP" before a name as a title', () => {
    const a = analyze('Opposition MP Ravi Pillai called the plan "too little, too late".');
    assert.deepEqual(a.actors.map((x) => x.name), ['Ravi Pillai']);
  });
});

describe('names: a nationality noun after "the" is an epithet', () => {
  it('gives "the Spaniard said" to the person named before it, and lists no "Spaniard"', () => {
    const a = analyze('Kestrel boss Mark Oduya was less happy. "We gave away two soft goals," the Spaniard said.');
    assert.equal(speakerOf(a, 'We gave away two soft goals'), 'Mark Oduya');
    assert.ok(!a.actors.some((x) => x.name === 'Spaniard'), actorList(a));
  });
});

describe('names: an Arabic article glued to a name part', () => {
  it('keeps "el-" and "al-" in the name, and joins the later mention of the surname', () => {
    const a = analyze('President Abdel Karim el-Masri said the talks had ended. Speaking later, el-Masri said Egypt would wait. ' +
      'Prime Minister Omar al-Bashiri urged both sides to talk.');
    assert.deepEqual(a.actors.filter((x) => x.kind === 'person').map((x) => x.name), ['Abdel Karim el-Masri', 'Omar al-Bashiri']);
    assert.equal(speakerOf(a, 'Egypt would wait'), 'Abdel Karim el-Masri');
  });
});
