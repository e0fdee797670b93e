/**
 * A title signed by a colon (claims/signed.ts headlineColonClaim): "Ana Ruiz: No deal on the ferry" is Ana Ruiz's
 * claim; subheadings, item labels and questions are not. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding, speakerOf } from '../resolution/helpers';

describe('claims/signed: a title signed by its colon', () => {
  it('makes the words after the colon the claim of the label', () => {
    const a = analyze('Ana Ruiz: No deal on the Riverton ferry.\n\nRIVERTON — The mayor met the council on Monday.');
    const claim = claimHolding(a, 'No deal on the Riverton ferry');
    assert.equal(claim.content.text, 'No deal on the Riverton ferry');
    assert.equal(speakerOf(a, 'No deal on the Riverton ferry'), 'Ana Ruiz');
  });

  it('reads no source in an item label, an article, a question or a subheading', () => {
    const none = (text: string) => !analyze(text).claims.some((c) => c.cue?.text === ':');
    assert.ok(none('Watch: Ana Ruiz tours the Riverton harbor.\n\nThe tour began at noon.'));
    assert.ok(none('The Latest: Ana Ruiz tours the Riverton harbor.\n\nThe tour began at noon.'));
    assert.ok(none('Ana Ruiz: reformer or insider?\n\nThe race began at noon.'));
    assert.ok(none('The race began at noon.\n\nHale: Win in a walk.\n\nThe vote is Tuesday.'));
  });
});

describe('claims/signed: an editor\'s note in capitals is no transcript turn', () => {
  it('reads "CORRECTION:" and "UPDATE:" as labels, while "RUIZ:" in a transcript still speaks', () => {
    const text = 'Ana Ruiz met the council.\n\nCORRECTION: An earlier version of this story misstated the date of the vote.\n\n' +
      'UPDATE: The harbor reopened on Friday.\n\nRUIZ: We will win the vote.';
    const a = analyze(text);
    assert.ok(!a.actors.some((x) => /correction|update/i.test(x.name) && a.claims.some((c) => c.actor === x.id)));
    assert.ok(!a.claims.some((c) => c.content.text.startsWith('An earlier version')));
    assert.equal(speakerOf(a, 'We will win the vote'), 'Ana Ruiz');
  });
});

describe('claims/signed: leads that name the speaker, then the subject', () => {
  it('gives "X on Y: “…”" and "Quoting X after Y: “…”" to X, with the quote as the content', () => {
    const a = analyze('Ana Ruiz spoke at the hall.\n\nRuiz on the levy: “It is fair and it is needed.”\n\n' +
      'Quoting Tom Hale after the vote: “We lost, but we will be back.”\n\nThe Riverton Herald on Monday: “The levy must pass.”');
    assert.equal(speakerOf(a, 'It is fair'), 'Ana Ruiz');
    assert.equal(claimHolding(a, 'It is fair').content.text, '“It is fair and it is needed.”');
    assert.equal(speakerOf(a, 'We lost'), 'Tom Hale');
    assert.equal(speakerOf(a, 'The levy must pass'), 'Riverton Herald');
  });
});
