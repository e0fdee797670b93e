/**
 * Canonical naming (resolution/canonical.ts): the fullest proper name the text uses, a spelled-out name over its
 * acronym, every other form kept once as an alias; an actor never named is called by its description.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { canonicalNaming } from '../../../../src/engine/resolution/canonical';
import { actorCalled, actorList, described, named } from './helpers';

describe('resolution/canonical: canonicalNaming', () => {
  it('calls a person by the fullest name the text uses, whatever order the forms came in', () => {
    const ruiz = named('Ruiz', 'person', 0, { forms: ['Ruiz', 'Ana Ruiz', 'Ana'] });
    assert.deepEqual(canonicalNaming(ruiz), { name: 'Ana Ruiz', aliases: ['Ruiz', 'Ana'], named: true });
    const longer = named('Ana Ruiz', 'person', 0, { forms: ['Ana Ruiz', 'Ana M. Ruiz', 'Ruiz'] });
    assert.equal(canonicalNaming(longer).name, 'Ana M. Ruiz');
  });

  it('prefers the longer of two names with as many words', () => {
    const board = named('Water Board', 'organization', 0, { forms: ['Water Board', 'Riverton Board'] });
    assert.equal(canonicalNaming(board).name, 'Riverton Board');
  });

  it('lets a spelled-out name beat its acronym, even a shorter one', () => {
    const rpd = named('RPD', 'organization', 0, { forms: ['RPD', 'Riverton Police Department'] });
    assert.deepEqual(canonicalNaming(rpd), { name: 'Riverton Police Department', aliases: ['RPD'], named: true });
    // One word each, the capitalised form as long: the acronym rule alone decides.
    const corp = named('RIVCORP', 'organization', 0, { forms: ['RIVCORP', 'Rivcorp'] });
    assert.equal(canonicalNaming(corp).name, 'Rivcorp');
    const lab = named('R.M.L.', 'organization', 0, { forms: ['R.M.L.', 'Lab'] });
    assert.equal(canonicalNaming(lab).name, 'Lab');
  });

  it('keeps an acronym as the name when nothing else names the body', () => {
    const body = named('NPWA', 'organization', 0);
    assert.deepEqual(canonicalNaming(body), { name: 'NPWA', aliases: [], named: true });
  });

  it('lists forms and descriptions as aliases once each, ignoring case, without the name', () => {
    const rpd = named('Riverton Police Department', 'organization', 0, {
      forms: ['Riverton Police Department', 'RPD', 'Police', 'riverton police department'],
      described: ['police', 'department', 'officers', 'department'],
    });
    assert.deepEqual(canonicalNaming(rpd), {
      name: 'Riverton Police Department', aliases: ['RPD', 'Police', 'department', 'officers'], named: true,
    });
  });

  it('calls an actor the text never names by its first description, marked unnamed', () => {
    const official = described('senior official', 'person', 0, { described: ['senior official', 'official'] });
    assert.deepEqual(canonicalNaming(official), { name: 'senior official', aliases: ['official'], named: false });
    const neighbors = described('neighbors', 'group', 0);
    assert.deepEqual(canonicalNaming(neighbors), { name: 'neighbors', aliases: [], named: false });
  });

  it('falls back to the entity\'s name when an unnamed actor has no description', () => {
    const bare = described('someone', 'person', 0, { described: [] });
    assert.deepEqual(canonicalNaming(bare), { name: 'someone', aliases: [], named: false });
  });
});

describe('resolution/canonical: through analyze()', () => {
  it('names a body in full, lists its acronym and short forms as aliases, never twice', () => {
    const text = 'The Riverton Police Department (RPD) closed the road on Monday. RPD said two cars crashed. '
      + 'Police said nobody was hurt. The department said the road would reopen.';
    const a = analyze(text);
    const rpd = actorCalled(a, 'Riverton Police Department');
    assert.equal(rpd.named, true);
    assert.deepEqual(rpd.aliases, ['RPD', 'police', 'department']);
    assert.equal(a.actors.length, 1);
  });

  it('names a person by the fullest form even when the surname comes first', () => {
    const a = analyze('Ruiz said the road was icy. Ana Ruiz, the police chief, added that it would reopen.');
    const ruiz = actorCalled(a, 'Ana Ruiz');
    assert.ok(ruiz.aliases.includes('Ruiz'), `aliases: ${ruiz.aliases.join(', ')}`);
    assert.equal(ruiz.aliases.includes('Ana Ruiz'), false);
    assert.equal(a.actors.filter((x) => x.kind === 'person').length, 1);
  });

  it('marks an unnamed source as named: false, called by its description', () => {
    const a = analyze('A senior official said the talks had stalled.');
    const official = actorCalled(a, 'senior official');
    assert.equal(official.named, false);
    assert.equal(official.kind, 'person');
  });
});

describe('canonical: an unnamed actor named as the text writes it', () => {
  it('keeps the capitals of names inside a description, and drops the one that only opens a sentence', () => {
    const a = analyze("U.S. officials said the talks would resume. China's foreign ministry criticised the plan. Health officials said it was safe.");
    const names = a.actors.filter((x) => !x.named).map((x) => x.name).sort();
    assert.deepEqual(names, ["China's foreign ministry", 'U.S. officials', 'health officials']);
  });
});

describe('resolution/canonical: an unnamed actor written as the text writes it', () => {
  it('keeps the capital of a name inside the description where no sentence opens ("a Siemens spokeswoman")', () => {
    const a = analyze('Ana Ruiz spoke. A Kestrelon spokeswoman declined to comment.');
    assert.ok(a.actors.some((x) => x.name === 'Kestrelon spokeswoman'), actorList(a));
  });

  it('keeps a party word\'s capital at a sentence\'s start, and lowers a common word\'s', () => {
    const a = analyze('Democratic leaders hoped the talks would help. Health officials said the ward was full.');
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ['Democratic leaders', 'health officials']);
  });
});

describe('resolution/canonical: a sentence-opening name in an unnamed actor', () => {
  it('keeps "Ruiz supporters" and "Americans" capitalised at a sentence\'s start, and lowers a common word read once as a name', () => {
    const a = analyze('Ana Ruiz spoke on Monday. Ruiz supporters said the plan would work. Americans said they agreed. Patient groups said they did not.');
    const names = a.actors.map((x) => x.name);
    for (const name of ['Ruiz supporters', 'Americans']) assert.ok(names.includes(name), names.join(', '));
    assert.ok(!names.includes('Patient groups'), names.join(', '));
  });
});
