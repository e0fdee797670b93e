/**
 * A title and the body it serves ("Speaker of the House Ana Ruiz", "the director of the Kestrel Institute, Ana
 * Ruiz,"): the person holds the title and speaks; the body only says whose title it is. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, nameChunks, speakerOf } from '../resolution/helpers';

describe('names: a title, "of", a body, then a person', () => {
  it('reads "Speaker of the House Ana Ruiz" as Ana Ruiz with that title', () => {
    const chunk = nameChunks('Speaker of the House Ana Ruiz said the vote would pass.').find((c) => c.core === 'Ana Ruiz');
    assert.ok(chunk, JSON.stringify(nameChunks('Speaker of the House Ana Ruiz said the vote would pass.')));
    assert.equal(chunk.title, 'Speaker of the House');
    assert.equal(chunk.kind, 'person');
  });

  it('keeps a title over "of" and a body without "the" ("Minister of Finance Tom Hale")', () => {
    const chunk = nameChunks('Minister of Finance Tom Hale said taxes would rise.').find((c) => c.core === 'Tom Hale');
    assert.equal(chunk?.title, 'Minister of Finance');
  });

  it('leaves only the body when no person follows it ("the Chairman of Riverton Bank")', () => {
    const cores = nameChunks('The Chairman of Riverton Bank said rates would rise.').map((c) => c.core);
    assert.deepEqual(cores, ['Riverton Bank']);
  });

  it('leaves a body whose own name holds "of" alone ("Bank of Kestrel")', () => {
    const cores = nameChunks('The Bank of Kestrel said rates would rise.').map((c) => c.core);
    assert.deepEqual(cores, ['Bank of Kestrel']);
  });
});

describe('actors: a role of a body, then the person in an appositive', () => {
  it('gives the claim to the named person, not to the body the role belongs to', () => {
    const a = analyze('The director of the Kestrel Institute, Ana Ruiz, said the study was sound.');
    assert.equal(speakerOf(a, 'the study was sound'), 'Ana Ruiz');
    assert.equal(actorCalled(a, 'Ana Ruiz').kind, 'person');
  });

  it('does so for a capitalised title too', () => {
    const a = analyze('The Chairman of Riverton Bank, Sam Park, said rates would fall.');
    assert.equal(speakerOf(a, 'rates would fall'), 'Sam Park');
  });

  it('leaves a group\'s role alone: critics of a plan, like one senator, are not that senator', () => {
    const a = analyze('Critics of the harbor plan, like Senator Tom Hale, say the fees are too high.');
    assert.notEqual(speakerOf(a, 'the fees are too high'), 'Tom Hale');
  });

  it('still gives the claim to the body when the appositive is no person', () => {
    const a = analyze('A spokesman for Riverton Bank said rates would fall.');
    assert.equal(speakerOf(a, 'rates would fall'), 'Riverton Bank');
  });
});

describe('names: a person "of" a body, whatever the given name', () => {
  it('splits two plain capitalised words before "of" and a body\'s name into a person and the body', () => {
    const cores = nameChunks('Tobin Okoye of Kestrel Baptist Church said he had made 150 calls.').map((c) => `${c.core}/${c.kind}`);
    assert.deepEqual(cores, ['Tobin Okoye/person', 'Kestrel Baptist Church/organization']);
  });

  it('keeps a body whose own name holds "of" whole ("Riverton Chamber of Commerce")', () => {
    const cores = nameChunks('The Riverton Chamber of Commerce said fees were high.').map((c) => `${c.core}/${c.kind}`);
    assert.deepEqual(cores, ['Riverton Chamber of Commerce/organization']);
  });
});

describe('names: titles and letters around a name, as Irish and British copy writes them', () => {
  it('reads "Minister for Health Ana Ruiz" as the minister, who speaks, and "the minister" later as her', () => {
    const a = analyze('Minister for Health Ana Ruiz has said the waiting lists are too long. ' +
      'Speaking in the assembly, the minister said more beds would open by June.');
    assert.equal(speakerOf(a, 'the waiting lists are too long'), 'Ana Ruiz');
    assert.equal(speakerOf(a, 'more beds would open'), 'Ana Ruiz');
    assert.equal(nameChunks('Minister for Health Ana Ruiz spoke.')[0]?.title, 'Minister for Health');
  });

  it('keeps post-nominal letters ("TD", "MP", "QC") out of the name', () => {
    const a = analyze('Tom Hale TD said the plan was late. Jo Ng MP said the bill would pass.');
    assert.equal(speakerOf(a, 'the plan was late'), 'Tom Hale');
    assert.equal(speakerOf(a, 'the bill would pass'), 'Jo Ng');
  });

  it('gives a fronted place\'s clause to its subject: "In Riverton, the mayor said" is not Riverton speaking', () => {
    const a = analyze('In Riverton, the mayor said the road was shut.');
    assert.notEqual(speakerOf(a, 'the road was shut'), 'Riverton');
    assert.ok(!a.actors.some((x) => x.name === 'Riverton' && x.kind === 'person'));
  });
});
