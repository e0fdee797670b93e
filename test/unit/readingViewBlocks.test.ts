import * as assert from 'node:assert/strict';
import { splitIntoBlocks } from '../../src/extension/readingView/articleBlocks';

const texts = (text: string) => splitIntoBlocks(text).map((block) => [block.line, text.slice(block.start, block.end)]);

describe('reading view paragraphs', () => {
  it('makes every line of one-paragraph-per-line copy a paragraph', () => {
    assert.deepEqual(texts('Headline Here\nFirst para.\nSecond para.'), [[0, 'Headline Here'], [1, 'First para.'], [2, 'Second para.']]);
  });

  it('ends paragraphs at blank lines and skips them', () => {
    assert.deepEqual(texts('\n\nOne.\n\n  \nTwo.\n'), [[2, 'One.'], [5, 'Two.']]);
  });

  it('keeps a hard-wrapped sentence together and trims the margins', () => {
    const text = '  The council said the plan was\nready for a vote, officials added.\nNext item.';
    assert.deepEqual(texts(text), [[0, 'The council said the plan was\nready for a vote, officials added.'], [2, 'Next item.']]);
  });

  it('does not join a headline to its first paragraph', () => {
    assert.deepEqual(texts('Talks resume in Geneva\nDelegates met on Monday.'), [[0, 'Talks resume in Geneva'], [1, 'Delegates met on Monday.']]);
  });

  it('counts lines as VS Code does for \\r\\n and lone \\r', () => {
    assert.deepEqual(texts('A.\r\nB.\rC.\n\r\nD.'), [[0, 'A.'], [1, 'B.'], [2, 'C.'], [4, 'D.']]);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitIntoBlocks(''), []);
    assert.deepEqual(splitIntoBlocks(' \n\t\n'), []);
  });
});
