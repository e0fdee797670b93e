/**
 * Sieve pass 2a (resolution/acronyms.ts): an all-capitals name merges with the one body whose capitalised words'
 * initials spell it.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { rootOf } from '../../../../src/engine/resolution/clusters';
import { initials, mergeAcronyms } from '../../../../src/engine/resolution/acronyms';
import { actorCalled, actorList, mentionTexts, named, speakerOf } from './helpers';

describe('resolution/acronyms: initials', () => {
  it('spells the capitalised words of a multi-word name', () => {
    assert.equal(initials('Riverton Police Department'), 'RPD');
    assert.equal(initials('Riverton Transit Authority'), 'RTA');
  });

  it('skips lowercase joiners and possessives', () => {
    assert.equal(initials('National Parks and Wildlife Administration'), 'NPWA');
    assert.equal(initials('Department of Roads and Bridges'), 'DRB');
    assert.equal(initials("Marlow County Sheriff's Office"), 'MCSO');
    assert.equal(initials('Marlow County Sheriff\u2019s Office'), 'MCSO');
  });

  it('counts each part of a hyphenated name', () => {
    assert.equal(initials('Harbor-Side Pilots Guild'), 'HSPG');
  });

  it('is empty for a one-word name or one with a single capitalised word', () => {
    assert.equal(initials('Vantrell'), '');
    assert.equal(initials('the board'), '');
    assert.equal(initials('the Board'), '');
    assert.equal(initials(''), '');
  });
});

describe('resolution/acronyms: mergeAcronyms', () => {
  it('merges an acronym with the body it spells, plain or dotted', () => {
    const body = named('Riverton Police Department', 'organization', 0);
    const plain = named('RPD', 'organization', 40);
    mergeAcronyms([body, plain]);
    assert.equal(rootOf(plain), body);

    const transit = named('Riverton Transit Authority', 'organization', 0);
    const dotted = named('R.T.A.', 'organization', 40);
    mergeAcronyms([transit, dotted]);
    assert.equal(rootOf(dotted), transit);
  });

  it('finds the body whichever comes first, the acronym or the name', () => {
    const acronym = named('NPWA', 'organization', 0);
    const body = named('National Parks and Wildlife Administration', 'organization', 30);
    mergeAcronyms([acronym, body]);
    assert.equal(rootOf(acronym), rootOf(body));
  });

  it('chooses no body when two bodies share the initials', () => {
    const transit = named('Riverton Transit Authority', 'organization', 0);
    const tenants = named('Riverton Tenants Association', 'organization', 40);
    const acronym = named('RTA', 'organization', 80);
    mergeAcronyms([transit, tenants, acronym]);
    assert.equal(rootOf(acronym), acronym);
    assert.equal(rootOf(transit), transit);
    assert.equal(rootOf(tenants), tenants);
  });

  it('never spells a person or a place', () => {
    const person = named('Roland Pike Dunmore', 'person', 0);
    const place = named('Rock Point Dunes', 'place', 30);
    const acronym = named('RPD', 'organization', 60);
    mergeAcronyms([person, place, acronym]);
    assert.equal(rootOf(acronym), acronym);
  });

  it('makes a merged body of unknown kind an organisation', () => {
    const body = named('Harbor-Side Pilots Guild', 'unknown', 0);
    const acronym = named('HSPG', 'unknown', 40);
    mergeAcronyms([body, acronym]);
    assert.equal(rootOf(acronym), body);
    assert.equal(body.kind, 'organization');
  });

  it('ignores a capitalised word that is no acronym', () => {
    const body = named('Riverton Police Department', 'organization', 0);
    const word = named('Rpd', 'unknown', 40);
    mergeAcronyms([body, word]);
    assert.equal(rootOf(word), word);
  });
});

describe('resolution/acronyms: through analyze()', () => {
  it('gives "RPD said" to the Riverton Police Department introduced with its acronym', () => {
    const text = 'The Riverton Police Department (RPD) opened an inquiry on Monday. RPD said the inquiry would take a month.';
    const a = analyze(text);
    const rpd = actorCalled(a, 'Riverton Police Department');
    assert.equal(rpd.kind, 'organization');
    assert.deepEqual(rpd.aliases, ['RPD']);
    assert.deepEqual(mentionTexts(rpd), ['Riverton Police Department', 'RPD', 'RPD']);
    assert.equal(a.actors.length, 1);
    assert.equal(speakerOf(a, 'the inquiry would take a month'), 'Riverton Police Department');
  });

  it('spells a body whose name holds "and"', () => {
    const text = 'The National Parks and Wildlife Administration (NPWA) closed the trail. NPWA said the bridge was unsafe.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the bridge was unsafe'), 'National Parks and Wildlife Administration');
    assert.deepEqual(actorCalled(a, 'National Parks and Wildlife Administration').aliases, ['NPWA']);
  });

  it('merges a dotted acronym that the text never introduces', () => {
    const a = analyze('The Riverton Transit Authority raised fares. R.T.A. said the rise was needed.');
    assert.equal(speakerOf(a, 'the rise was needed'), 'Riverton Transit Authority');
  });

  it('leaves an acronym two bodies share as an actor of its own', () => {
    const text = 'The Riverton Transit Authority raised fares. The Riverton Tenants Association objected. RTA said the rise was unfair.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the rise was unfair'), 'RTA');
    assert.deepEqual(actorCalled(a, 'Riverton Transit Authority').aliases, []);
    assert.deepEqual(actorCalled(a, 'Riverton Tenants Association').aliases, []);
  });
});

describe('resolution/acronyms: a body read as a person for its shape, and places', () => {
  it('joins "Tindig Bukid ng Kestrel (TBK)" into one body', () => {
    const a = analyze('Farmers from Tindig Bukid ng Kestrel (TBK) marched on Monday. TBK called the plan "a death blow".');
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [['Tindig Bukid ng Kestrel', 'organization']]);
  });

  it('keeps "U.S." the country\'s, not the "U.S. Harbor Board"\'s or a body\'s of the same initials', () => {
    const a = analyze('The U.S. Harbor Board voted on Monday. Ana Ruiz said the United Shipwrights would strike across the U.S.');
    assert.equal(actorCalled(a, 'U.S. Harbor Board').kind, 'organization');
    assert.ok(a.actors.some((x) => x.kind === 'place' && /United States|U\.S\./.test(x.name)), actorList(a));
  });

  it('reads "Hon." and "Comrade" as honorifics and "Undersecretary" as a title', () => {
    const a = analyze('Hon. Chidi Okonkwo spoke first. Comrade Joe Ogunleye said the union agreed. Agriculture Undersecretary Ramon Bautista said prices were stable.');
    const names = a.actors.map((x) => x.name);
    for (const name of ['Chidi Okonkwo', 'Joe Ogunleye', 'Ramon Bautista']) assert.ok(names.includes(name), names.join(', '));
  });
});
