/**
 * Sieve pass 2b (resolution/shortForms.ts): "police", "officers", "cops" for the one police body the text names;
 * "the department", "the board" for the named body whose name holds that word; "the company" for the named
 * organisation met last.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { rootOf } from '../../../../src/engine/resolution/clusters';
import { mergeShortForms } from '../../../../src/engine/resolution/shortForms';
import { actorCalled, actorList, described, mentionTexts, named, speakerOf } from './helpers';

describe('resolution/shortForms: mergeShortForms', () => {
  it('gives "police", "officers" and "cops" to the one police body', () => {
    const rpd = named('Riverton Police Department', 'organization', 0);
    const board = named('Riverton Water Board', 'organization', 40);
    const words = ['police', 'officers', 'cops'].map((w, i) => described(w, 'group', 100 + 20 * i));
    mergeShortForms([rpd, board, ...words]);
    for (const w of words) assert.equal(rootOf(w), rpd, w.name);
  });

  it('counts a sheriff\'s office as a police body', () => {
    const sheriff = named('Marlow County Sheriff Office', 'organization', 0);
    const deputies = described('deputies', 'group', 50);
    mergeShortForms([sheriff, deputies]);
    assert.equal(rootOf(deputies), sheriff);
  });

  it('with two police bodies, gives "police" to the one named nearest before it', () => {
    const rpd = named('Riverton Police Department', 'organization', 0);
    const mpd = named('Marlow Police Department', 'organization', 40);
    const early = described('officers', 'group', 20);
    const late = described('police', 'group', 100);
    mergeShortForms([rpd, mpd, early, late]);
    assert.equal(rootOf(early), rpd);
    assert.equal(rootOf(late), mpd);
  });

  it('keeps counted officers apart from the force', () => {
    const rpd = named('Riverton Police Department', 'organization', 0);
    const two = described('two officers', 'group', 50, { head: 'officers' });
    const some = described('some officers', 'group', 80, { head: 'officers' });
    mergeShortForms([rpd, two, some]);
    assert.equal(rootOf(two), two);
    assert.equal(rootOf(some), some);
  });

  it('makes "police" and "officers" one unnamed force when no force is named', () => {
    const police = described('police', 'group', 0);
    const officers = described('officers', 'group', 50);
    mergeShortForms([police, officers]);
    assert.equal(rootOf(officers), police);
    assert.equal(police.proper, false);
  });

  it('gives "police" to no body that is not a police force', () => {
    const board = named('Riverton Water Board', 'organization', 0);
    const police = described('police', 'group', 100);
    mergeShortForms([board, police]);
    assert.equal(rootOf(police), police);
  });

  it('merges "Police" written as a name into the one police body', () => {
    const rpd = named('Riverton Police Department', 'organization', 0);
    const capital = named('Police', 'unknown', 60);
    mergeShortForms([rpd, capital]);
    assert.equal(rootOf(capital), rpd);
  });

  it('gives "the department" to the body whose name holds the word, not to the body met last', () => {
    const rpd = named('Riverton Police Department', 'organization', 0);
    const board = named('Riverton Water Board', 'organization', 40);
    const department = described('department', 'organization', 100, { definite: true });
    const theBoard = described('board', 'organization', 130, { definite: true });
    mergeShortForms([rpd, board, department, theBoard]);
    assert.equal(rootOf(department), rpd);
    assert.equal(rootOf(theBoard), board);
  });

  it('reads the word from any form of a body, not only its canonical name', () => {
    // The body is called by its acronym; the form that holds "department" is another of its names.
    const rrd = named('RRD', 'organization', 0, { forms: ['RRD', 'Riverton Roads Department'] });
    const bank = named('Ostrander Bank', 'organization', 60);
    const department = described('department', 'organization', 150);
    mergeShortForms([rrd, bank, department]);
    assert.equal(rootOf(department), rrd);
  });

  it('gives "the company" to the organisation named last before it', () => {
    const corp = named('Vantrell Corp.', 'organization', 0);
    const bank = named('Ostrander Bank', 'organization', 40);
    const company = described('company', 'organization', 90);
    mergeShortForms([corp, bank, company]);
    assert.equal(rootOf(company), bank);
  });

  it('gives "the company" to the organisation named first when none is named before it', () => {
    const company = described('company', 'organization', 0);
    const corp = named('Vantrell Corp.', 'organization', 60);
    mergeShortForms([company, corp]);
    assert.equal(rootOf(company), corp);
  });

  it('never gives a person description or a word for no body to a body', () => {
    const rpd = named('Riverton Police Department', 'organization', 0);
    const spokeswoman = described('spokeswoman', 'person', 50);
    const report = described('report', 'organization', 80);
    mergeShortForms([rpd, spokeswoman, report]);
    assert.equal(rootOf(spokeswoman), spokeswoman);
    assert.equal(rootOf(report), report);
  });

  it('leaves "the company" alone when no organisation is named', () => {
    const ruiz = named('Ana Ruiz', 'person', 0);
    const company = described('company', 'organization', 40);
    mergeShortForms([ruiz, company]);
    assert.equal(rootOf(company), company);
  });
});

describe('resolution/shortForms: through analyze()', () => {
  it('gives "Police said" to the one named police department', () => {
    const a = analyze('The Riverton Police Department arrested a man on Monday. Police said he had a knife.');
    assert.equal(speakerOf(a, 'he had a knife'), 'Riverton Police Department');
    assert.deepEqual(mentionTexts(actorCalled(a, 'Riverton Police Department')), ['Riverton Police Department', 'Police']);
    assert.equal(a.actors.length, 1);
  });

  it('gives "officers" and "cops" to it too', () => {
    const a = analyze('The Riverton Police Department closed the road. Officers said two cars crashed. Cops said it was icy.');
    assert.equal(speakerOf(a, 'two cars crashed'), 'Riverton Police Department');
    assert.equal(speakerOf(a, 'it was icy'), 'Riverton Police Department');
  });

  it('with two police departments, gives "Police said" to the one named last', () => {
    const a = analyze('The Riverton Police Department closed the road. The Marlow Police Department sent help. Police said two cars crashed.');
    assert.equal(speakerOf(a, 'two cars crashed'), 'Marlow Police Department');
    assert.deepEqual(actorCalled(a, 'Riverton Police Department').aliases, []);
  });

  it('gives "the department" and "the board" each to the body named by that word', () => {
    const text = 'The Riverton Police Department closed the road. The Riverton Water Board met on Monday. '
      + 'The department said two cars crashed. The board said the pipes were old.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'two cars crashed'), 'Riverton Police Department');
    assert.equal(speakerOf(a, 'the pipes were old'), 'Riverton Water Board');
    assert.deepEqual(actorCalled(a, 'Riverton Police Department').aliases, ['department']);
    assert.deepEqual(actorCalled(a, 'Riverton Water Board').aliases, ['board']);
  });

  it('gives "the company" to the organisation named last', () => {
    const a = analyze('Vantrell Corp. closed a plant. Ostrander Bank lent it money. The company said sales had fallen.');
    assert.equal(speakerOf(a, 'sales had fallen'), 'Ostrander Bank');
  });

  it('does not turn "the spokeswoman" into the department', () => {
    const a = analyze('The Riverton Police Department closed the road. The spokeswoman said two cars crashed.');
    assert.equal(speakerOf(a, 'two cars crashed'), 'spokeswoman');
    assert.equal(actorCalled(a, 'spokeswoman').kind, 'person');
  });
});

describe('resolution/shortForms: "the union", "the government" go to a body of that kind only', () => {
  it('gives "the union" to the Riverton Pilots Association, never to the most prominent company', () => {
    const text = 'Vantrell Air cut 300 jobs. Vantrell Air said fuel costs had doubled. The Riverton Pilots Association opposed the cuts. The union said the cuts were unsafe.';
    assert.equal(speakerOf(analyze(text), 'the cuts were unsafe'), 'Riverton Pilots Association');
  });

  it('leaves "the union" unnamed when only a company is named', () => {
    const text = 'Vantrell Air cut 300 jobs. Vantrell Air said fuel costs had doubled. The union said the cuts were unsafe.';
    assert.notEqual(speakerOf(analyze(text), 'the cuts were unsafe'), 'Vantrell Air');
  });
});

describe('short forms: "the company" for a name read as a person\'s on its shape alone', () => {
  it('makes "Orbit Mobile" the company when the article names no body, and keeps a named person apart', () => {
    const a = analyze('Orbit Mobile said on Monday it would cut 500 jobs.\n\nThe company said in a filing that the cuts would save money.\n\n' +
      'Chief executive Ana Ruiz said the decision was painful.');
    assert.equal(speakerOf(a, 'the cuts would save money'), 'Orbit Mobile');
    assert.equal(actorCalled(a, 'Orbit Mobile').kind, 'organization');
    assert.equal(actorCalled(a, 'Ana Ruiz').kind, 'person');
  });
});

describe('short forms: a firm by its legal form and by what it makes', () => {
  it('joins "Kestrel Systems" and "Kestrel Systems Inc.", and gives "the chipmaker" to the firm', () => {
    const a = analyze('Kestrel Systems unveils new chip\n\nKestrel Systems Inc. on Tuesday unveiled a chip it says is twice as fast.\n\n' +
      'The Riverton-based chipmaker said the chip would ship in March.');
    assert.equal(speakerOf(a, 'the chip would ship in March'), 'Kestrel Systems Inc.');
    assert.equal(a.actors.filter((x) => x.name.startsWith('Kestrel')).length, 1, actorList(a));
    assert.equal(actorCalled(a, 'Kestrel Systems Inc.').kind, 'organization');
  });
});

describe('short forms: "the club" after its sentence\'s subject', () => {
  it('gives "the club" to the body the sentence opens with, not to another body named nearer it', () => {
    const a = analyze('Kestrel United signed striker Tom Hale from Porto Verde for a record fee, the club announced on Friday.\n\n' +
      'Porto Verde thanked the player.');
    assert.equal(speakerOf(a, 'Kestrel United signed striker'), 'Kestrel United');
  });

  it('allows "The" before the opening name', () => {
    const a = analyze('The Kestrel Group bought Riverton Mills for $40 million, the company said.\n\nRiverton Mills made paper.');
    assert.equal(speakerOf(a, 'bought Riverton Mills'), 'Kestrel Group');
  });

  it('uses the subject only for a definite noun without an owner ("the firm", not "Hale\'s firm")', () => {
    // Sentence 0 runs from offset 0 to 99 and opens with the Herald; a second body is named nearer the nouns.
    const subjects = { sentenceOf: (offset: number) => (offset < 100 ? 0 : 1), opensSentence: (offset: number) => offset === 0 };
    const make = () => {
      const herald = named('Kestrel Herald', 'organization', 0);
      const mills = named('Riverton Mills', 'organization', 40);
      const mills2 = named('Riverton Mills', 'organization', 120);
      return { herald, mills, mills2 };
    };
    const definite = make();
    const theFirm = described('firm', 'organization', 70, { definite: true });
    mergeShortForms([definite.herald, definite.mills, definite.mills2, theFirm], new Set(), subjects);
    assert.equal(rootOf(theFirm), definite.herald);
    const owned = make();
    const halesFirm = described("hale's firm", 'organization', 70, { definite: true });
    mergeShortForms([owned.herald, owned.mills, owned.mills2, halesFirm], new Set(), subjects);
    assert.notEqual(rootOf(halesFirm), owned.herald);
  });
});
