/**
 * People who speak for a named body are that body speaking (actors.ts memberOf): "analysts at Vantrell Research",
 * "analysts from …", "analysts with …"; "a spokesperson for the Riverton Water Board". Every fixture text is
 * invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, speakerOf } from './helpers';

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

  it('leaves a spokesperson for a person a person of its own', () => {
    const a = analyze('A spokesman for Ana Ruiz said she was resting.');
    assert.equal(speakerOf(a, 'she was resting'), 'spokesman');
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
