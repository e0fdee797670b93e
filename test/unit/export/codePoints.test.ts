import * as assert from 'node:assert/strict';
import { codePointOffsets } from '../../../src/export/codePoints';

describe('export: code-point offsets', () => {
  it('leaves offsets unchanged in text without surrogate pairs', () => {
    const toCodePoint = codePointOffsets('Ana Ruiz said “yes” — café');
    assert.deepEqual([0, 5, 26].map(toCodePoint), [0, 5, 26]);
  });

  it('counts each pair before an offset as one character', () => {
    const text = 'a😀b😀😀c';
    const toCodePoint = codePointOffsets(text);
    // Every UTF-16 offset at a character's start maps to that character's index among Array.from(text).
    const starts = [0, 1, 3, 4, 6, 8, 9];
    assert.deepEqual(starts.map(toCodePoint), [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(Array.from(text).length, toCodePoint(text.length));
  });

  it('treats a lone surrogate as one character, as JSON and Python do', () => {
    const toCodePoint = codePointOffsets('a\ud800b\udc00c');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(toCodePoint), [0, 1, 2, 3, 4, 5]);
  });
});
