/**
 * Who issues a document that speaks (resolution/index.ts): "a notice from the water agency" names no body, so it
 * is issued by the body the story is most about (most mentions, a speaker's counting double). Every fixture text is
 * invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding, speakerOf } from './helpers';

describe('resolution: a document "from" a generic body', () => {
  const notice = 'A notice from the water agency said tests would continue.';

  it('goes to the most prominent body, whichever was named first', () => {
    const board = 'The Marlow Water Board shut two wells on Monday. The Marlow Water Board said the water was safe.';
    const council = 'The Riverton Council met on Tuesday.';
    for (const text of [`${board} ${council} ${notice}`, `${council} ${board} ${notice}`]) {
      const a = analyze(text);
      assert.equal(speakerOf(a, 'tests would continue'), 'Marlow Water Board');
      assert.match(claimHolding(a, 'tests would continue').evidence, /issued by Marlow Water Board/);
    }
  });

  it('follows prominence to the other body when that one is mentioned and speaks more', () => {
    const text = 'The Marlow Water Board shut two wells on Monday. The Riverton Council met on Tuesday. '
      + `The Riverton Council said the water was safe. ${notice}`;
    assert.equal(speakerOf(analyze(text), 'tests would continue'), 'Riverton Council');
  });

  it('has no issuer when the document names no body at all', () => {
    const a = analyze('The Marlow Water Board shut two wells on Monday. A notice said tests would continue.');
    assert.equal(speakerOf(a, 'tests would continue'), null);
  });
});

describe('documents: "a statement from the company"', () => {
  it('goes to the body whose name says "Company", not to another body named more often', () => {
    const a = analyze('The Riverton Ferry Company suspended crossings on Tuesday, according to a statement from the company. ' +
      'The Coast Guard is investigating, the Coast Guard said. The Coast Guard said it would report by Friday.');
    assert.equal(speakerOf(a, 'suspended crossings'), 'Riverton Ferry Company');
  });
});
