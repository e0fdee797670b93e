/**
 * People who speak for a named body are that body speaking (actors.ts memberOf): "analysts at Vantrell Research",
 * "analysts from …", "analysts with …"; "a spokesperson for the Riverton Water Board". Every fixture text is
 * invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, claimHolding, speakerOf } from './helpers';

describe('resolution: a spokesperson "for" a named body', () => {
  it('is the body speaking', () => {
    const a = analyze('A spokesperson for the Riverton Water Board said the pipes were safe.');
    assert.equal(speakerOf(a, 'the pipes were safe'), 'Riverton Water Board');
    assert.deepEqual(a.actors.map((x) => x.name), ['Riverton Water Board']);
    assert.equal(actorCalled(a, 'Riverton Water Board').kind, 'organization');
  });

  it('works for "a spokesman for" a company', () => {
    const a = analyze('A spokesman for Vantrell Foods said the recall was voluntary.');
    assert.equal(speakerOf(a, 'the recall was voluntary'), 'Vantrell Foods');
  });

  it('leaves a spokesperson for nobody named an unnamed person', () => {
    const a = analyze('A spokesperson said the pipes were safe.');
    assert.equal(speakerOf(a, 'the pipes were safe'), 'spokesperson');
    assert.equal(actorCalled(a, 'spokesperson').named, false);
  });

  it('leaves a spokesperson for a person a person of its own, named with whom they speak for', () => {
    const a = analyze('A spokesman for Ana Ruiz said she was resting.');
    assert.equal(speakerOf(a, 'she was resting'), 'spokesman for Ana Ruiz');
    assert.equal(actorCalled(a, 'spokesman for Ana Ruiz').kind, 'person');
  });

  it('names a spokesperson for an office nobody named holds by that office, not the last person named', () => {
    const a = analyze('Tom Hale spoke first. A spokeswoman for the Riverton mayor said the ferry would run.');
    assert.equal(speakerOf(a, 'the ferry would run'), 'spokeswoman for the Riverton mayor');
  });
});

describe('resolution: people "at", "from" or "with" a named body', () => {
  for (const joiner of ['at', 'from', 'with']) {
    it(`gives "analysts ${joiner} Vantrell Research" to the body`, () => {
      const a = analyze(`Analysts ${joiner} Vantrell Research said prices would rise.`);
      assert.equal(speakerOf(a, 'prices would rise'), 'Vantrell Research');
      assert.equal(actorCalled(a, 'Vantrell Research').kind, 'organization');
      assert.equal(a.actors.some((x) => x.name === 'analysts'), false);
    });
  }

  it('keeps people "in" a place as a group of their own', () => {
    const a = analyze('Analysts in Riverton said prices would rise.');
    assert.equal(speakerOf(a, 'prices would rise'), 'analysts');
  });
});

describe('resolution: the pronoun of a spokesperson who spoke for a body', () => {
  const text = 'Ana Ruiz, a nurse, said morale was low. A spokeswoman for the Riverton Health Board said funding had been approved. ' +
    'The board will meet on Friday, she said.';

  it('gives "she said" right after a spokeswoman’s claim to the body she spoke for, not to the last woman named', () => {
    assert.equal(speakerOf(analyze(text), 'The board will meet on Friday'), 'Riverton Health Board');
  });

  it('does not give "he said" after a spokeswoman to the body', () => {
    const a = analyze(text.replace('she said', 'he said').replace('Ana Ruiz, a nurse', 'Tom Hale, a nurse'));
    assert.equal(speakerOf(a, 'The board will meet on Friday'), 'Tom Hale');
  });
});

describe('speaks for a body: an unnamed body', () => {
  it('gives a spokesperson\'s claim to the unnamed body, and "the department" later to the same body', () => {
    const a = analyze('A spokesperson for the city\'s transport department said crews were working around the clock. ' +
      'The department declined to say when the work would end.');
    const first = claimHolding(a, 'crews were working').actor;
    assert.ok(first);
    assert.equal(claimHolding(a, 'to say when').actor, first);
    assert.equal(a.actors.find((x) => x.id === first)?.kind, 'organization');
  });
});

describe('speaks for a body: a spokesperson owned by a body', () => {
  it('gives "the club\'s spokesperson" to the club the article names, and "the council\'s spokeswoman" to the council', () => {
    const a = analyze('In a statement, Riverton FC said the match had been postponed. According to the club\'s spokesperson, ' +
      'tickets will be refunded. The council\'s spokeswoman said the roads were closed.');
    assert.equal(speakerOf(a, 'tickets will be refunded'), 'Riverton FC');
    assert.equal(a.actors.find((x) => x.id === claimHolding(a, 'the roads were closed').actor)?.kind, 'organization');
  });
});
