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
