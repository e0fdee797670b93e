/**
 * Sieve pass 3 (resolution/nominals.ts): "the chief", "the coach" go to the named person holding that title or
 * role anywhere in the article; a definite description of a position nobody holds goes to the named person the
 * sentence before is about; a generic people noun ("the woman") goes to nobody named.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import type { Entity } from '../../../../src/engine/actors';
import { rootOf } from '../../../../src/engine/resolution/clusters';
import { GENERIC_PEOPLE, mergePersonNominals, NominalContext } from '../../../../src/engine/resolution/nominals';
import { actorCalled, actorList, claimHolding, described, mentionTexts, named, speakerOf } from './helpers';

/** A context whose recent subject is always `subject`, recording where it was asked. */
function context(subject: Entity | null = null): NominalContext & { asked: number[] } {
  const asked: number[] = [];
  return { asked, recentSubject: (at) => { asked.push(at); return subject; } };
}

const definitePerson = (text: string, at: number) => described(text, 'person', at, { definite: true });

describe('resolution/nominals: mergePersonNominals', () => {
  it('gives "the chief" to the person titled Chief', () => {
    const ruiz = named('Ana Ruiz', 'person', 0, { role: 'Chief' });
    const chief = definitePerson('chief', 60);
    mergePersonNominals([ruiz, chief], context());
    assert.equal(rootOf(chief), ruiz);
  });

  it('gives "the coach" to a person whose role is a lowercase noun before the name', () => {
    const hale = named('Tom Hale', 'person', 0, { role: 'Riverton Rovers coach' });
    const coach = definitePerson('coach', 60);
    mergePersonNominals([hale, coach], context());
    assert.equal(rootOf(coach), hale);
  });

  it('picks the holder whose role shares most of the description\'s words', () => {
    const hale = named('Tom Hale', 'person', 0, { role: 'Prime Minister' });
    const ruiz = named('Ana Ruiz', 'person', 30, { role: 'Health Minister' });
    const health = definitePerson('health minister', 100);
    const prime = definitePerson('prime minister', 140);
    mergePersonNominals([hale, ruiz, health, prime], context());
    assert.equal(rootOf(health), ruiz);
    assert.equal(rootOf(prime), hale);
  });

  it('among equal holders picks the one mentioned last before the description', () => {
    const hale = named('Tom Hale', 'person', 0, { role: 'coach' });
    const kolb = named('Dana Kolb', 'person', 100, { role: 'coach' });
    const early = definitePerson('coach', 50);
    const late = definitePerson('coach', 150);
    // Two descriptions of the same text are one entity in the builder; here they are kept apart on purpose.
    late.key = 'description:coach#2';
    mergePersonNominals([hale, kolb, early, late], context());
    assert.equal(rootOf(early), hale);
    assert.equal(rootOf(late), kolb);
  });

  it('looks back through the whole article, and forward when the description comes first', () => {
    const ruiz = named('Ana Ruiz', 'person', 0, { role: 'Chief' });
    const far = definitePerson('chief', 50_000);
    mergePersonNominals([ruiz, far], context());
    assert.equal(rootOf(far), ruiz);

    const lead = definitePerson('chief', 0);
    const later = named('Ana Ruiz', 'person', 40, { role: 'Police Chief' });
    mergePersonNominals([lead, later], context());
    assert.equal(rootOf(lead), later);
  });

  it('leaves "a chief" and a description that is not a person alone', () => {
    const ruiz = named('Ana Ruiz', 'person', 0, { role: 'Chief' });
    const indefinite = described('chief', 'person', 60, { definite: false });
    const body = described('chief', 'organization', 90, { definite: true, key: 'description:chief#org' });
    const ctx = context(ruiz);
    mergePersonNominals([ruiz, indefinite, body], ctx);
    assert.equal(rootOf(indefinite), indefinite);
    assert.equal(rootOf(body), body);
    assert.deepEqual(ctx.asked, []);
  });

  it('gives a position nobody holds to the named person the sentence before is about', () => {
    const kolb = named('Dana Kolb', 'person', 0);
    const striker = definitePerson('veteran striker', 60);
    const ctx = context(kolb);
    mergePersonNominals([kolb, striker], ctx);
    assert.equal(rootOf(striker), kolb);
    assert.deepEqual(ctx.asked, [60]);
  });

  it('leaves such a description alone when the sentence before is about nobody named', () => {
    const striker = definitePerson('veteran striker', 60);
    mergePersonNominals([striker], context(null));
    assert.equal(rootOf(striker), striker);
    const description = definitePerson('veteran striker', 60);
    mergePersonNominals([description], context(described('crowd', 'group', 0)));
    assert.equal(rootOf(description), description);
  });

  it('never gives a generic people noun to the recent subject', () => {
    assert.ok(GENERIC_PEOPLE.has('woman') && GENERIC_PEOPLE.has('witness'));
    const kolb = named('Dana Kolb', 'person', 0);
    const woman = definitePerson('woman', 60);
    const witness = definitePerson('witness', 90);
    mergePersonNominals([kolb, woman, witness], context(kolb));
    assert.equal(rootOf(woman), woman);
    assert.equal(rootOf(witness), witness);
  });
});

describe('resolution/nominals: through analyze()', () => {
  it('"Chief Ana Ruiz … the chief said" is Ruiz', () => {
    const a = analyze('Chief Ana Ruiz spoke to reporters on Tuesday. The chief said the budget was too small.');
    const ruiz = actorCalled(a, 'Ana Ruiz');
    assert.equal(speakerOf(a, 'the budget was too small'), 'Ana Ruiz');
    assert.deepEqual(mentionTexts(ruiz), ['Chief Ana Ruiz', 'The chief']);
    assert.deepEqual(ruiz.aliases, ['chief']);
    assert.equal(a.actors.length, 1);
  });

  it('"coach Tom Hale … the coach said" is Hale', () => {
    const a = analyze('The team hired coach Tom Hale in May. The coach said the players were ready.');
    assert.equal(speakerOf(a, 'the players were ready'), 'Tom Hale');
    assert.equal(actorCalled(a, 'Tom Hale').role, 'coach');
  });

  it('tells the health minister from the prime minister', () => {
    const text = 'Prime Minister Tom Hale and Health Minister Ana Ruiz visited the clinic. The health minister said the wards were full. '
      + 'The prime minister said more nurses were coming.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the wards were full'), 'Ana Ruiz');
    assert.equal(speakerOf(a, 'more nurses were coming'), 'Tom Hale');
  });

  it('finds the chief named after the description', () => {
    const a = analyze('The chief said the road was icy. Police Chief Ana Ruiz later confirmed it.');
    assert.equal(speakerOf(a, 'the road was icy'), 'Ana Ruiz');
  });

  it('gives "the veteran striker" to the person the sentence before is about, and "the woman" to nobody named', () => {
    const striker = analyze('Dana Kolb scored twice for Riverton on Saturday. The veteran striker said the pitch was wet.');
    assert.equal(speakerOf(striker, 'the pitch was wet'), 'Dana Kolb');
    const woman = analyze('Dana Kolb scored twice for Riverton on Saturday. The woman said the pitch was wet.');
    assert.equal(speakerOf(woman, 'the pitch was wet'), 'woman');
    assert.equal(actorCalled(woman, 'woman').named, false);
  });
});

describe('nominals: a role called by another name', () => {
  it('gives "the Riverton boss" to the club\'s manager and "the Kestrel boss" to its head coach', () => {
    const a = analyze('Riverton United manager Sam Park praised his side after the 3-2 win.\n\n' +
      '"I\'m so proud of the lads," said the Riverton boss.\n\nKestrel head coach Ana Ruiz was less impressed.\n\n' +
      'The Kestrel boss added that her players would learn from the defeat.');
    assert.equal(speakerOf(a, 'so proud of the lads'), 'Sam Park');
    assert.equal(speakerOf(a, 'her players would learn'), 'Ana Ruiz');
  });
});

describe('nominals: a title by its initials', () => {
  it('gives "the CM" to the chief minister and "the PM" to the prime minister, and reads "5 PM" as a time', () => {
    const a = analyze('Chief Minister Ana Ruiz announced a relief package.\n\n“No farmer will be left behind,” the CM said.\n\n' +
      'Prime Minister Tom Hale welcomed the package. The PM said at 5 PM that more aid would follow.');
    assert.equal(speakerOf(a, 'No farmer will be left behind'), 'Ana Ruiz');
    assert.equal(speakerOf(a, 'more aid would follow'), 'Tom Hale');
    assert.ok(!a.actors.some((x) => x.name === 'PM' || x.name === 'CM'));
  });
});

describe('nominals: a head noun that an object holds as an inherited property', () => {
  it('reads "the constructor said" without error and gives the claim a speaker', () => {
    const a = analyze('Ana Ruiz, the site manager, spoke on Monday. The constructor said the bridge would open in May.');
    assert.equal(a.claims.length, 1);
    assert.ok(a.claims[0].actor !== null);
  });
});

describe('resolution/nominals: an office-holder introduced in a lead and named next', () => {
  it('gives "A federal judge … ruled" to the judge named in the next sentence', () => {
    const a = analyze('A federal judge on Monday blocked the Riverton plan, saying the city had failed to explain it.\n\n' +
      'U.S. District Judge Ana Ruiz wrote that the decision was "arbitrary."');
    assert.equal(speakerOf(a, 'the city had failed to explain it'), 'Ana Ruiz');
    assert.ok(!a.actors.some((x) => x.name === 'federal judge'), actorList(a));
  });

  it('keeps "a district court judge" apart from a circuit judge named next', () => {
    const a = analyze('In May, a district court judge sided with the city, saying the law was void.\n\n' +
      'Circuit Judge Tom Hale, writing for the panel, said the law stood.');
    assert.notEqual(speakerOf(a, 'the law was void'), 'Tom Hale');
  });
});

describe('nominals: a title joined by hyphens', () => {
  it('reads "the secretary-general" as that office, not the title "general" of the last person named', () => {
    const a = analyze('Tom Hale spoke first. The secretary-general said the talks would resume.');
    assert.equal(speakerOf(a, 'the talks would resume'), 'secretary-general');
    assert.equal(actorCalled(a, 'Tom Hale').role, null);
  });

  it('gives "the secretary-general" to the person who holds that title', () => {
    const a = analyze('Riverton League Secretary-General Ana Ruiz arrived on Monday. The secretary-general said the talks would resume.');
    assert.equal(speakerOf(a, 'the talks would resume'), 'Ana Ruiz');
    assert.equal(actorCalled(a, 'Ana Ruiz').role, 'Riverton League Secretary-General');
  });
});

describe('nominals: who speaks in a subject about several actors', () => {
  it('gives "each side" and "neither party" to no one actor, not to a body named later', () => {
    const a = analyze('The talks broke down. Each side accused the other of bad faith. Neither party would comment. Later, the Riverton League urged calm.');
    assert.equal(claimHolding(a, 'the other of bad faith').actor, null);
    assert.equal(speakerOf(a, 'calm'), 'Riverton League');
  });

  it('gives "Orvell\'s biggest rival, Quentara, reported" to Quentara, not to Orvell', () => {
    const a = analyze("Orvell's biggest rival, Quentara, reported record sales last week.");
    assert.equal(speakerOf(a, 'record sales'), 'Quentara');
  });

  it('gives "Riverton allies said" to the allies, a group, not to the person they back', () => {
    const a = analyze('Ana Ruiz spoke on Monday. Close Ruiz allies said the plan would work.');
    assert.notEqual(speakerOf(a, 'the plan would work'), 'Ana Ruiz');
    assert.equal(a.actors.find((x) => x.id === claimHolding(a, 'the plan would work').actor)?.kind, 'group');
  });
});

describe('nominals: a headline\'s bare role', () => {
  it('gives "Singer cancels tour" to the singer the story names', () => {
    const a = analyze('Singer cancels tour, citing exhaustion\n\nPop singer Mara Velling has cancelled her tour, she wrote on Monday. Her label, Northlight Records, said refunds would follow.');
    assert.equal(speakerOf(a, 'exhaustion'), 'Mara Velling');
    assert.equal(speakerOf(a, 'refunds would follow'), 'Northlight Records');
    assert.equal(actorCalled(a, 'Northlight Records').kind, 'organization');
  });
});

describe('nominals: a collective that speaks is no epithet of the person before it', () => {
  it('gives "The opposition said", "the jury called" and "the crowd chanted" to those groups, not to the last person named', () => {
    const a = analyze('Joseph Mbeki spoke to parliament. The opposition said the government had been too slow. Ines Kovalenko won the prize. The prize jury called her work "a poem in steel".');
    assert.equal(speakerOf(a, 'the government had been too slow'), 'opposition');
    assert.equal(speakerOf(a, 'a poem in steel'), 'prize jury');
  });
});
