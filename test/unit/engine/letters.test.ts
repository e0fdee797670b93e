/**
 * First-letter tests (letters.ts): each answers as the regular expression its comment names, for ASCII words, words
 * opening with an accented or non-Latin letter, digits, marks and the empty string.
 */
import * as assert from 'node:assert/strict';
import { endsWithFullStop, isAsciiLower, isAsciiUpper, isSpaceAt, opensInLowerCase, opensWithCapital, opensWithLetter } from '../../../src/engine/letters';

const SAMPLES = ['Ana', 'ana', 'Éire', 'élan', 'Ωmega', 'ωmega', 'Ñandú', '7th', '“Quote', '-', '', 'ǅemal', 'ßtraße', '_x', '[a', '{', 'Z', 'a'];

describe('letters: a word\'s first character', () => {
  it('agrees with /^\\p{L}/u, /^\\p{Lu}/u and /^\\p{Ll}/u on every sample', () => {
    for (const word of SAMPLES) {
      assert.equal(opensWithLetter(word), /^\p{L}/u.test(word), word);
      assert.equal(opensWithCapital(word), /^\p{Lu}/u.test(word), word);
      assert.equal(opensInLowerCase(word), /^\p{Ll}/u.test(word), word);
    }
  });

  it('reads the ASCII edges right: "@", "[", "`" and "{" are no letters', () => {
    for (const word of ['@', '[', '`', '{']) assert.equal(opensWithLetter(word), false, word);
    assert.ok(opensWithCapital('A') && opensWithCapital('Z') && opensInLowerCase('a') && opensInLowerCase('z'));
  });

  it('reads one ASCII code unit as /[A-Z]/ and /[a-z]/ do, edges included', () => {
    for (let c = 0; c < 256; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isAsciiUpper(c), /^[A-Z]$/.test(ch), `code ${c}`);
      assert.equal(isAsciiLower(c), /^[a-z]$/.test(ch), `code ${c}`);
    }
  });
});

describe('letters: isSpaceAt', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceAt(ch, 0) !== /\s/.test(ch)) assert.fail(`U+${c.toString(16).padStart(4, '0')}`);
    }
  });
});

describe('letters: endsWithFullStop', () => {
  it("agrees with endsWith('.') on words with and without a final full stop, the empty word included", () => {
    for (const word of ['Rev.', 'U.S.', '.', 'Ruiz', 'etc', 'a.m', '', 'Riverton\u2026']) assert.equal(endsWithFullStop(word), word.endsWith('.'), word);
  });
});
