/**
 * Tokens (tokens.ts): wink-nlp caches the words it meets and cuts a cached word differently, so the engine forgets
 * the words with punctuation that would read differently, and keeps those that read the same either way. Either
 * way, a text is cut the same whatever was read before. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { tokenize } from '../../../src/engine/tokens';

const cut = (text: string) => tokenize(text).tokens.map((t) => t.text).join('|');

describe('tokens: the same cut whatever was read before', () => {
  it('cuts a possessive the same after a text where wink-nlp met it whole', () => {
    const probe = "Orvell's boat left the harbour.";
    const before = cut(probe);
    cut("They met Orvell's, and then (Orvell's) crew.");
    assert.equal(cut(probe), before);
    assert.ok(before.startsWith("Orvell|'s|"), before);
  });

  it('keeps words with punctuation that read as one token when new, and cuts them the same after', () => {
    const probe = 'The Brannock-backed plan cost 4,250 dollars at 10:45 in the U.K. on Tuesday.';
    const before = cut(probe);
    for (let i = 0; i < 3; i++) cut('Brannock-backed, 4,250 and 10:45: the U.K. said so.');
    assert.equal(cut(probe), before);
    assert.ok(before.includes('|4,250|') && before.includes('|10:45|'), before);
  });

  it('gives the same tokens and tags for one text read first and read after many others', () => {
    const text = "“We won't sail,” said Capt. Ana Ruiz's deputy, Tom Hale, at 7:30 p.m. on the Kestrel-Riverton line.";
    const first = tokenize(text).tokens.map((t) => `${t.text}/${t.pos}`).join(' ');
    for (const other of ["Ruiz's. Hale's, Kestrel-Riverton's line won't", "(Ruiz's) p.m. 7:30, Capt. Hale's"]) tokenize(other);
    assert.equal(tokenize(text).tokens.map((t) => `${t.text}/${t.pos}`).join(' '), first);
  });
});

describe('tokens: the token pool that analyze() reuses', () => {
  it('leaves an earlier analysis untouched when the next one reuses its token objects', async () => {
    const { analyze } = await import('../../../src/engine');
    const first = analyze('Mayor Ana Ruiz said the ferry - the old one - was late. “We will fix it,” she added.');
    const before = JSON.stringify(first);
    analyze('Coach Tom Hale of Kestrel Rovers told reporters the team would rest. Riverton police said nothing.');
    assert.equal(JSON.stringify(first), before);
  });

  it('hands out fresh tokens without a pool, and the pool\'s own objects with one', async () => {
    const { TokenPool } = await import('../../../src/engine/tokens');
    const pool = new TokenPool(10);
    const a = tokenize('One two three.', pool).tokens;
    const b = tokenize('Four five six seven.', pool).tokens;
    assert.equal(a[0], b[0], 'the pool reuses the first object');
    assert.equal(b[0].text, 'Four');
    assert.notEqual(tokenize('One two.').tokens[0], tokenize('One two.').tokens[0]);
  });

  it('forgets that a reused object was a spaced hyphen', async () => {
    const { TokenPool, isSpacedHyphen } = await import('../../../src/engine/tokens');
    const pool = new TokenPool(10);
    assert.ok(isSpacedHyphen(tokenize('- a', pool).tokens[0]) === false);
    assert.ok(isSpacedHyphen(tokenize('a - b', pool).tokens[1]));
    const glued = tokenize('x -b', pool).tokens;
    assert.equal(glued[1].text, '-');
    assert.equal(isSpacedHyphen(glued[1]), false);
  });

  it('keeps no more objects than its capacity, and still tokenizes longer texts', async () => {
    const { TokenPool } = await import('../../../src/engine/tokens');
    const pool = new TokenPool(3);
    const long = tokenize('a b c d e f g', pool).tokens;
    assert.equal(long.map((t) => t.text).join(' '), 'a b c d e f g');
    const next = tokenize('h i j k l', pool).tokens;
    assert.equal(next[0], long[0]);
    assert.notEqual(next[3], long[3]);
  });
});
