/**
 * Sentences (units.ts): where the tagger ends a sentence at an abbreviation's full stop inside a party-and-state
 * label, what follows the label still belongs to the sentence. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { tokenize } from '../../../src/engine/tokens';
import { findQuotes } from '../../../src/engine/quotes';
import { buildSentences, markQuotedTokens } from '../../../src/engine/units';

function sentenceCount(text: string): number {
  const { tokens, sentences } = tokenize(text);
  const quotes = findQuotes(text);
  markQuotedTokens(tokens, quotes);
  return buildSentences(text, tokens, sentences, quotes).length;
}

describe('units: sentences after "(D-Ore.)"', () => {
  it('starts no sentence at the comma after the label', () => {
    assert.equal(sentenceCount('Sen. Ana Ruiz (D-Ore.), the chair of the panel, said the vote was close.'), 1);
  });

  it('gives the claim to the senator, not to "the vote"', () => {
    const claim = analyze('Sen. Ana Ruiz (D-Ore.), the chair of the panel, said the vote was close.').claims[0];
    assert.equal(claim?.content.text, 'the vote was close');
    assert.ok(claim?.source?.text.startsWith('Sen. Ana Ruiz'), claim?.source?.text);
  });

  it('still starts a sentence after a full stop and a capital', () => {
    assert.equal(sentenceCount('The vote was close. Ana Ruiz said so.'), 2);
  });
});
