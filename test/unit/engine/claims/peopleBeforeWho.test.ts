/**
 * Words that stand in for people before a relative pronoun speak for the clause after it: "those who backed …",
 * "18% who support …", "both of whom opposed …". Every fixture text is invented.
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

  it('reads "both of whom opposed …"', () => {
    assert.deepEqual(claimOf('Two members, both of whom opposed the levy, left.', 'opposed'), ['the levy', 'both of whom']);
  });

  it('does not read a word standing alone as people before a verb of its own', () => {
    assert.equal(claimOf('Those ferries left early and the dock closed.', 'left'), undefined);
  });
});
