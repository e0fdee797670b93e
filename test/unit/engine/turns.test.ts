/**
 * Turns (turns.ts): a quote split over paragraphs whose first part comes before the cue is one claim; a paragraph
 * that opens with a quote no cue explains, after a paragraph (not the headline) in which nobody spoke, goes to the
 * person that paragraph is about. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { claimHolding, speakerOf } from './resolution/helpers';

describe('turns: a quote split over paragraphs', () => {
  it('joins the part before the paragraph break to the claim of the part with the cue', () => {
    const text = 'Riverton votes on bridge\n\nThe council meets on Monday.\n\n"The bridge will ruin the view from my porch.\n\n'
      + '"And nobody asked us before the vote," said Ana Ruiz, who lives by the river.';
    const a = analyze(text);
    assert.equal(a.claims.length, 1);
    const claim = a.claims[0];
    assert.equal(claim.content.text, '"The bridge will ruin the view from my porch.\n\n"And nobody asked us before the vote,"');
    assert.equal(claim.cue?.text, 'said');
    assert.equal(speakerOf(a, 'ruin the view'), 'Ana Ruiz');
  });

  it('keeps one claim when the speaker goes on after the cue', () => {
    const text = 'Riverton votes on bridge\n\nThe council meets on Monday.\n\n"The bridge will ruin the view from my porch.\n\n'
      + '"And nobody asked us," said Ana Ruiz. "We found out from the paper."';
    const a = analyze(text);
    assert.equal(a.claims.length, 1);
    assert.ok(a.claims[0].content.text.startsWith('"The bridge will ruin'));
    assert.ok(a.claims[0].content.text.endsWith('"We found out from the paper."'));
    assert.equal(speakerOf(a, 'from the paper'), 'Ana Ruiz');
  });
});

describe('turns: a paragraph that opens with a quote no cue explains', () => {
  const quote = '"It will ruin the view from my porch."';

  it('goes to the named person the paragraph before is about', () => {
    const text = 'Riverton votes on bridge\n\nAna Ruiz has lived by the river for forty years. She walks her dog along it every morning.\n\n' + quote;
    const a = analyze(text);
    assert.equal(speakerOf(a, 'ruin the view'), 'Ana Ruiz');
    const claim = claimHolding(a, 'ruin the view');
    assert.equal(claim.cue, null);
    assert.equal(claim.confidence, 0.5);
    assert.match(claim.evidence, /opens the paragraph after one about Ana Ruiz/);
  });

  it('does not take the person from the headline', () => {
    assert.deepEqual(analyze(`Ana Ruiz joins bridge protest\n\n${quote}`).claims, []);
  });

  it('does not take the person from a first paragraph, even a full sentence', () => {
    assert.deepEqual(analyze(`Ana Ruiz has lived by the river for forty years.\n\n${quote}`).claims, []);
  });

  it('looks only at the paragraph just before', () => {
    const text = 'Riverton votes on bridge\n\nAna Ruiz has lived by the river for forty years.\n\nThe vote is on Monday.\n\n' + quote;
    assert.deepEqual(analyze(text).claims, []);
  });
});
