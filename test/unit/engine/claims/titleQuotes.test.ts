/**
 * Quoted titles (claims/titleQuotes.ts): a short quote that capitalises every word names a show, a forum or a book,
 * so a claim with no source may hold it; quoted words someone said still keep such a claim away. Texts are invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { findQuotes } from '../../../../src/engine/quotes';
import { tokenize } from '../../../../src/engine/tokens';
import { markQuotedTokens } from '../../../../src/engine/units';
import { isTitleQuote, saidQuoteOverlaps } from '../../../../src/engine/claims/titleQuotes';

function read(text: string) {
  const { tokens } = tokenize(text);
  const quotes = findQuotes(text);
  markQuotedTokens(tokens, quotes);
  return { tokens, quotes };
}

describe('claims: quoted titles', () => {
  it('tells a quoted title from quoted words', () => {
    const { tokens, quotes } = read('Ruiz hosts “The Morning Desk with Ana” and said “we will win” and shouted “Stop Now!” on air.');
    assert.deepEqual(quotes.map((_, q) => isTitleQuote(tokens, quotes, q)), [true, false, false]);
  });

  it('finds a said quote past any titles in a range, and none where only titles stand', () => {
    const text = 'On “Morning Desk” and “Night Desk,” Hale said “we lost” again.';
    const { tokens, quotes } = read(text);
    assert.equal(saidQuoteOverlaps(tokens, quotes, 0, text.indexOf('Hale')), false);
    assert.equal(saidQuoteOverlaps(tokens, quotes, 0, text.length), true);
    assert.equal(saidQuoteOverlaps(tokens, quotes, text.indexOf('again'), text.length), false);
  });

  it('lets an agentless claim hold a title, not quoted words', () => {
    const withTitle = analyze('Ana Ruiz took heat for her remarks at the “Riverton Town Forum” last week.');
    assert.ok(withTitle.claims.some((c) => c.sourcing === 'none' && c.content.text.includes('Riverton Town Forum')),
      JSON.stringify(withTitle.claims.map((c) => [c.sourcing, c.content.text])));
    const withWords = analyze('Ana Ruiz took heat for calling the levy “a total mess” last week.');
    assert.ok(!withWords.claims.some((c) => c.sourcing === 'none' && c.content.text.includes('total mess')));
  });
});
