/** assemble.ts: trimming a claim's content with the whitespace test by code unit (letters.ts isSpaceAt). */
import * as assert from 'node:assert/strict';
import { trimmed } from '../../../src/engine/assemble';

describe('assemble: trimmed', () => {
  it('lets trimmed drop spaces of every kind around the words', () => {
    assert.deepEqual(trimmed('\u00a0\u2003 words \u3000\n', 0, 11), [3, 8]);
  });
});
