/**
 * Verbs of regard (lexicon/seeingAs.ts, cues.ts): "see X as Y", "views him favorably" state the subject's view;
 * "saw him at the rally" is perception and reports nothing. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { tokenize } from '../../../../src/engine/tokens';
import { regardsAs, SEEING_VERBS } from '../../../../src/engine/lexicon/seeingAs';
import { claimHolding, speakerOf } from '../resolution/helpers';

describe('verbs of regard: "see X as Y"', () => {
  it('knows the irregular forms and not the regular misspellings', () => {
    assert.equal(SEEING_VERBS.get('saw')?.base, 'see');
    assert.equal(SEEING_VERBS.get('viewed')?.form, 'past');
    assert.equal(SEEING_VERBS.has('seed'), false);
  });

  it('finds "as" or an evaluative adverb after a short object, not across a comma or a verb', () => {
    const at = (text: string) => { const { tokens } = tokenize(text); return regardsAs(tokens, 1, tokens.length - 1); };
    assert.equal(at('Voters see the Riverton levy as a burden.'), true);
    assert.equal(at('Voters view him favorably.'), true);
    assert.equal(at('Voters saw him, as always, at the fair.'), false);
    assert.equal(at('Voters saw him leave as the fair closed.'), false);
  });

  it('makes the object and what it is seen as the content of the subject', () => {
    const a = analyze('Tom Hale sees Ana Ruiz as a uniter.');
    const claim = claimHolding(a, 'Ana Ruiz as a uniter');
    assert.equal(claim.content.text, 'Ana Ruiz as a uniter');
    assert.equal(speakerOf(a, 'Ana Ruiz as a uniter'), 'Tom Hale');
  });

  it('reads verbs of depiction in the same frame, and not without "as"', () => {
    assert.equal(claimHolding(analyze('The mayor painted the harbor plan as a hidden tax.'), 'a hidden tax').cue?.text, 'painted');
    assert.equal(SEEING_VERBS.get('cast')?.form, 'past');
    assert.deepEqual(analyze('The mayor painted the harbor fence on Sunday.').claims, []);
  });

  it('reads the verb the tagger took for a noun after a plural subject', () => {
    assert.equal(claimHolding(analyze('Developers see the old fields as wasted space.'), 'wasted space').cue?.text, 'see');
  });

  it('makes no claim of perception or of a subject that cannot hold a view', () => {
    assert.deepEqual(analyze('Ana Ruiz saw him at the rally.').claims, []);
    assert.deepEqual(analyze('The plan sees costs as a burden.').claims, []);
  });
});
