/**
 * A poll after a sentence's opening "in" (pollCues.ts, claims/polls.ts) is the source of the clause after its comma.
 * Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { tokenize } from '../../../../src/engine/tokens';
import { pollHeadAfter } from '../../../../src/engine/pollCues';
import { claimHolding } from '../resolution/helpers';

describe('claims/polls: "In a … poll, …"', () => {
  it('finds the poll noun heading the phrase after "in", a capitalised name included', () => {
    const head = (text: string) => { const { tokens } = tokenize(text); return pollHeadAfter(tokens, 0, tokens.length - 1); };
    assert.equal(head('In a Riverton Herald poll released Monday, Ruiz led.'), 4);
    assert.equal(head('In polling places, lines were long.'), -1);
    assert.equal(head('In Riverton, Ruiz led.'), -1);
  });

  it('makes the clause after the comma the content, with the poll as its source', () => {
    const a = analyze('In a Riverton Herald poll released Monday, Ana Ruiz led Tom Hale by nine points.');
    const claim = claimHolding(a, 'Ana Ruiz led Tom Hale by nine points');
    assert.equal(claim.content.text, 'Ana Ruiz led Tom Hale by nine points');
    assert.equal(claim.cue?.text, 'In');
  });

  it('leaves a trailing poll and a sentence with a cue of its own alone', () => {
    assert.deepEqual(analyze('Tom Hale trails Ana Ruiz in the latest survey.').claims, []);
    const a = analyze('In a Riverton Herald poll, most voters said the levy was fair.');
    assert.ok(a.claims.every((c) => c.cue?.text !== 'In'));
  });
});
