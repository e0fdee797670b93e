/**
 * Words that stand in for people before a relative pronoun speak for the clause after it: "those who backed …",
 * "18% who support …", "both of whom criticized …", and a second relative clause joined to a first ("who live near the
 * dock and who believe …"). Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function claimOf(text: string, cue: string): [string, string | undefined] | undefined {
  const claim = analyze(text).claims.find((c) => c.cue?.text === cue);
  return claim && [claim.content.text, claim.source?.text];
}

describe('subjects: people a word stands in for before "who" or "of whom"', () => {
  it('reads "those who backed …" and ends the claim where the sentence\'s verb takes over', () => {
    assert.deepEqual(claimOf('Riverton is split, and those who backed the ferry plan were pleased.', 'backed'), ['the ferry plan', 'those who']);
  });

  it('reads a share: "18% who support …"', () => {
    assert.deepEqual(claimOf('Of the voters, 18% who support the levy live in Riverton.', 'support'), ['the levy', '18% who']);
  });

  it('reads "both of whom criticized …"', () => {
    assert.deepEqual(claimOf('Two members, both of whom criticized the levy, left.', 'criticized'), ['the levy', 'both of whom']);
  });

  it('gives a second relative clause joined by "and" to the people of the first', () => {
    const [content, source] = claimOf('The residents who live near the dock and who believe the ferry plan is too costly were absent.', 'believe') ?? [];
    assert.equal(content, 'the ferry plan is too costly');
    assert.match(source ?? '', /^The residents/);
  });

  it('does not read a word standing alone as people before a verb of its own', () => {
    assert.equal(claimOf('Those ferries left early and the dock closed.', 'left'), undefined);
  });
});

describe('subjects: a word standing alone for people opens its clause', () => {
  it('reads "Several said …" and "…, and another said …"', () => {
    assert.deepEqual(claimOf('Several said the levy was unfair.', 'said'), ['the levy was unfair', 'Several']);
    assert.deepEqual(claimOf('One neighbor backed the plan, and another said it was too costly.', 'said'), ['it was too costly', 'another']);
  });
});
