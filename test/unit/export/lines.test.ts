import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/export/lines';

describe('export: line numbers', () => {
  it('counts lines from 1, ending them at \\n, \\r\\n or \\r as an editor does', () => {
    const text = 'one\ntwo\r\nthree\rfour';
    const lines = new LineIndex(text);
    assert.deepEqual(['one', 'two', 'three', 'four'].map((word) => lines.lineAt(text.indexOf(word))), [1, 2, 3, 4]);
    assert.equal(lines.lineAt(text.indexOf('\r\n')), 2, 'a line break belongs to the line it ends');
    assert.equal(lines.lineAt(text.length), 4);
  });

  it('puts everything on line 1 of a text without line breaks, or of no text', () => {
    assert.equal(new LineIndex('Ana Ruiz said so.').lineAt(10), 1);
    assert.equal(new LineIndex('').lineAt(0), 1);
  });
});
