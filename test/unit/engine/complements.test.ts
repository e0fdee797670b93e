/**
 * complements.ts: what a word takes after it, the shape a generated cue word must have to report. Every fixture
 * text is invented.
 */
import * as assert from 'node:assert/strict';
import { complementAfter } from '../../../src/engine/complements';
import { tokenize } from '../../../src/engine/tokens';
import { findQuotes } from '../../../src/engine/quotes';
import { markQuotedTokens } from '../../../src/engine/units';

/** The complement after the first token whose text is `word`, reading the whole text as one sentence. */
function complementOf(text: string, word: string): string {
  const { tokens } = tokenize(text);
  markQuotedTokens(tokens, findQuotes(text));
  const i = tokens.findIndex((t) => t.text === word);
  assert.ok(i >= 0, `no token "${word}" in ${text}`);
  return complementAfter(tokens, i, tokens.length - 1);
}

describe('complements: what follows a word', () => {
  it('reads a "that" clause, past an adverb', () => {
    assert.equal(complementOf('Ana Ruiz argued repeatedly that the bridge was unsafe.', 'argued'), 'that');
  });

  it('tells "to" and a verb from "to" and a noun phrase', () => {
    assert.equal(complementOf('Tom Hale plans to close the depot.', 'plans'), 'infinitive');
    assert.equal(complementOf('Tom Hale pointed to the budget.', 'pointed'), 'to');
  });

  it('reads the topic past a hearer who is people ("talked to voters about", "spoke with Ana Ruiz on")', () => {
    assert.equal(complementOf('Tom Hale talked to voters about the levy.', 'talked'), 'about');
    assert.equal(complementOf('Tom Hale spoke with Ana Ruiz on the budget.', 'spoke'), 'on');
    assert.equal(complementOf('Tom Hale pointed to the rise of rents.', 'pointed'), 'to');
  });

  it('reads what follows a noun directly, with no hearer to pass ("talks with the workers about wages")', () => {
    const text = 'The talks with the workers about wages stalled.';
    const { tokens } = tokenize(text);
    const i = tokens.findIndex((t) => t.text === 'talks');
    assert.equal(complementAfter(tokens, i, tokens.length - 1, false), 'with');
    assert.equal(complementAfter(tokens, i, tokens.length - 1), 'about');
  });

  it('reads a quote, a colon and a question word', () => {
    assert.equal(complementOf('Hale wrote “we are done” on Friday.', 'wrote'), 'quote');
    assert.equal(complementOf('Hale wrote: the depot stays.', 'wrote'), 'colon');
    assert.equal(complementOf('Hale asked whether the depot stays.', 'asked'), 'question');
  });

  it('tells a bare clause from a noun phrase', () => {
    assert.equal(complementOf('Ruiz thinks the depot will close.', 'thinks'), 'clause');
    assert.equal(complementOf('Ruiz cited a county audit.', 'cited'), 'np');
  });

  it('names the preposition that follows, and "none" at the end of the sentence', () => {
    assert.equal(complementOf('Ruiz talked about the depot.', 'talked'), 'about');
    assert.equal(complementOf('Ruiz railed against the fees.', 'railed'), 'against');
    assert.equal(complementOf('Ruiz agreed.', 'agreed'), 'none');
  });

  it('tells people named by a common noun or an object pronoun (a hearer) from other noun phrases', () => {
    assert.equal(complementOf('Tom Hale showed investigators around the depot.', 'showed'), 'person');
    assert.equal(complementOf('Tom Hale offered them a ride.', 'offered'), 'person');
    assert.equal(complementOf('Tom Hale cited her report on the depot.', 'cited'), 'np');
    assert.equal(complementOf('Tom Hale backed Mayor Ana Ruiz.', 'backed'), 'np');
    assert.equal(complementOf("Tom Hale cited his father's record.", 'cited'), 'np');
    assert.equal(complementOf('Tom Hale cited reports of thefts.', 'cited'), 'np');
  });
});
