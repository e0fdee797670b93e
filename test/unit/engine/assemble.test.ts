/** assemble.ts: the whitespace test that trims a claim's content, by code unit instead of /\s/. */
import * as assert from 'node:assert/strict';
import { isSpaceAt, trimmed } from '../../../src/engine/assemble';

describe('assemble: isSpaceAt', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceAt(ch, 0) !== /\s/.test(ch)) assert.fail(`U+${c.toString(16).padStart(4, '0')}`);
    }
  });

  it('lets trimmed drop spaces of every kind around the words', () => {
    assert.deepEqual(trimmed('\u00a0\u2003 words \u3000\n', 0, 11), [3, 8]);
  });
});
