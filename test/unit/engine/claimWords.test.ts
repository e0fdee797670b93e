/**
 * A claim's words (claimWords.ts) leave out the attribution and the writer's words between its quotes, so a claim
 * lying there is not dropped as nested inside the outer one. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { claimWords, sharesWords } from '../../../src/engine/claimWords';
import { findQuotes } from '../../../src/engine/quotes';
import { tokenize } from '../../../src/engine/tokens';
import type { DraftClaim } from '../../../src/engine/claims';

describe('claimWords: the words of a claim around its attribution', () => {
  const text = '“We are ready,” Ana Ruiz said, adding that the vote is set. “It will pass.”';
  const { tokens } = tokenize(text);
  const quotes = findQuotes(text);
  const at = (word: string) => tokens.findIndex((t) => t.text === word);
  const draft = { cue: { first: at('said'), last: at('said') }, source: { first: at('Ana'), last: at('Ruiz') } } as unknown as DraftClaim;

  it('are the two quotes, not the writer\'s words between them', () => {
    const words = claimWords(text, tokens, quotes, draft, 0, text.length);
    assert.deepEqual(words.map(([a, b]) => text.slice(a, b)), ['“We are ready,”', '“It will pass.”']);
    const adding = text.indexOf('that the vote');
    assert.equal(sharesWords(words, adding, adding + 'that the vote is set'.length), false);
  });

  it('are the whole content when it holds neither cue nor source', () => {
    assert.deepEqual(claimWords(text, tokens, quotes, draft, 0, 14), [[0, 14]]);
  });
});

describe('nested attributions beside the words of a quote', () => {
  it('keeps the participle between two quotes of one speaker as a claim of its own', () => {
    const a = analyze('“We are ready,” Ana Ruiz said, adding that the vote would be held on Tuesday. “It will pass.”');
    const adding = a.claims.find((c) => c.cue?.text === 'adding');
    assert.ok(adding, a.claims.map((c) => c.content.text).join(' | '));
    assert.equal(adding.content.text, 'that the vote would be held on Tuesday');
    assert.equal(a.actors.find((x) => x.id === adding.actor)?.name, 'Ana Ruiz');
  });

  it('still drops an attribution inside what was said', () => {
    assert.equal(analyze('Ana Ruiz said Tom Hale told her the bridge was unsafe.').claims.length, 1);
  });
});
