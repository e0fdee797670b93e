import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { contentParts } from '../../../src/engine/contentParts';

/** The parts of the claim whose content contains `fragment`, as text. */
function partsOf(text: string, fragment: string): string[] {
  const claim = analyze(text).claims.find((c) => c.content.text.includes(fragment));
  assert.ok(claim, `no claim holds ${fragment}`);
  return claim.parts.map((p) => p.text);
}

describe('contentParts: a claim’s words without the attribution inside them', () => {
  it('keeps the two quotes of “…,” said X, an appositive. “…”', () => {
    const text = '“We are ready,” said Ana Ruiz, who chairs the council. “The vote is on Tuesday.”';
    assert.deepEqual(partsOf(text, 'We are ready'), ['“We are ready,”', '“The vote is on Tuesday.”']);
  });

  it('cuts "Ruiz said" out of a paraphrase it interrupts', () => {
    const text = 'The new bridge, Ana Ruiz said, will open in May.';
    assert.deepEqual(partsOf(text, 'bridge'), ['The new bridge', 'will open in May']);
  });

  it('is the whole content when nothing interrupts it', () => {
    const text = 'Ana Ruiz said the new bridge will open in May.';
    const claim = analyze(text).claims[0];
    assert.deepEqual(claim.parts.map((p) => p.text), [claim.content.text]);
  });

  it('leaves a content that is all attribution whole rather than empty', () => {
    const text = 'said Ruiz';
    assert.deepEqual(contentParts(text, { start: 0, end: 9 }, [], { start: 0, end: 4 }, { start: 5, end: 9 }), [{ start: 0, end: 9 }]);
  });

  it('reads only the cue and source that lie inside the content', () => {
    const text = 'Ruiz said the bridge will open.';
    assert.deepEqual(contentParts(text, { start: 10, end: 31 }, [], { start: 5, end: 9 }, { start: 0, end: 4 }), [{ start: 10, end: 31 }]);
  });
});
