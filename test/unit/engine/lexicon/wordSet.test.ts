/**
 * Lexicon word lists (lexicon/wordSet.ts): text written a few words to a line becomes the set of its words.
 */
import * as assert from 'node:assert/strict';
import { wordSet } from '../../../../src/engine/lexicon/wordSet';

describe('lexicon word sets', () => {
  it('splits on any run of white space, line breaks and indents included, and keeps no empty word', () => {
    assert.deepEqual([...wordSet('\n  said  says\ttold\n  warned\n')], ['said', 'says', 'told', 'warned']);
  });

  it('keeps each word once and reads an empty or blank list as no words', () => {
    assert.deepEqual([...wordSet('mr. mr. dr.')], ['mr.', 'dr.']);
    assert.equal(wordSet('').size, 0);
    assert.equal(wordSet(' \n ').size, 0);
  });
});
