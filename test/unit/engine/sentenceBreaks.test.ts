/**
 * Sentence ends (sentenceBreaks.ts), read from the tokens without wink-nlp's splitter. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { tokenize } from '../../../src/engine/tokens';

/** The sentences of a text, as their texts. */
function sentencesOf(text: string): string[] {
  const { tokens, sentences } = tokenize(text);
  return sentences.map(([first, last]) => text.slice(tokens[first].start, tokens[last].end));
}

describe('sentenceBreaks: where sentences end', () => {
  it('ends a sentence at a full stop, a question mark and an exclamation mark', () => {
    assert.deepEqual(sentencesOf('The ferry left. Did it sink? No!'), ['The ferry left.', 'Did it sink?', 'No!']);
  });

  it('keeps "?!" and "!!!" as one end', () => {
    assert.deepEqual(sentencesOf('Really?! We won!!! Then we slept.'), ['Really?!', 'We won!!!', 'Then we slept.']);
  });

  it('keeps a closing quote or bracket with the sentence it closes', () => {
    assert.deepEqual(sentencesOf('“We are ready.” The crowd cheered.'), ['“We are ready.”', 'The crowd cheered.']);
    assert.deepEqual(sentencesOf('(The vote was late.) Ana Ruiz left.'), ['(The vote was late.)', 'Ana Ruiz left.']);
    assert.deepEqual(sentencesOf('Ana Ruiz (D-Calif.). Tom Hale came too.'), ['Ana Ruiz (D-Calif.).', 'Tom Hale came too.']);
  });

  it('lets a straight quote after a space open the next sentence', () => {
    assert.deepEqual(sentencesOf('The ferry left. "We are late," she said.'), ['The ferry left.', '"We are late," she said.']);
  });

  it('does not end a sentence at an ellipsis, nor at a full stop before a comma or a dash', () => {
    assert.equal(sentencesOf('We waited . . . and waited.').length, 1);
    assert.equal(sentencesOf('It ended at 5 p.m., after the vote.').length, 1);
  });

  it('ends a sentence at an ellipsis that a full stop closes', () => {
    assert.deepEqual(sentencesOf('We waited . . . . Then the ferry came.'), ['We waited . . . .', 'Then the ferry came.']);
  });

  it('ends a sentence at an abbreviation only before a word that opens sentences', () => {
    assert.deepEqual(sentencesOf('She moved to the U.S. They followed.'), ['She moved to the U.S.', 'They followed.']);
    assert.equal(sentencesOf('She moved to the U.S. Harbor Board last year.').length, 1);
    assert.equal(sentencesOf('Sen. Ana Ruiz spoke first.').length, 1);
    assert.equal(sentencesOf('Kestrel Corp. The firm said so.').length, 2);
  });

  it('never ends a sentence after a title, whatever follows', () => {
    assert.equal(sentencesOf('They met Gov. Tom Hale and Dr. The Most Able.').length, 1);
  });

  it('never runs a sentence across a line break, and a mark on the next line opens it', () => {
    assert.deepEqual(sentencesOf('The ferry left\nThe crowd cheered.'), ['The ferry left', 'The crowd cheered.']);
    assert.deepEqual(sentencesOf('We left.\n\n” And the rest'), ['We left.', '” And the rest']);
  });

  it('gives every token exactly one sentence, in order, on any text', () => {
    for (const text of ['', '.', '...', '!!!', '. . .', 'a. b. c', '“”.)', 'Mr.', 'U.S.', ')\n.\n(']) {
      const { tokens, sentences } = tokenize(text);
      let next = 0;
      for (const [first, last] of sentences) {
        assert.equal(first, next, text);
        assert.ok(last >= first, text);
        next = last + 1;
      }
      assert.equal(next, tokens.length, text);
    }
  });
});
