/**
 * A participle of the generated lexicon after an inverted speaker ("…,” said Tom Hale, a former pilot, referring to
 * …") goes on with that speaker, even when the nearest verb's subject could not speak. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function claimsOf(text: string): Array<[string, string | undefined, string | undefined]> {
  const a = analyze(text);
  return a.claims.map((c) => [c.content.text, c.cue?.text, a.actors.find((x) => x.id === c.actor)?.name]);
}

describe('claims: a participle after an inverted speaker continues that speaker', () => {
  it('gives ", referring to the pier" to the speaker named after the quote', () => {
    assert.deepEqual(claimsOf('“The dock is old,” said Tom Hale, referring to the pier.')[1], ['the pier', 'referring to', 'Tom Hale']);
  });

  it('reads past the speaker\'s appositive', () => {
    assert.deepEqual(claimsOf('“The dock is old,” said Tom Hale, a former harbor pilot, referring to the pier.')[1], ['the pier', 'referring to', 'Tom Hale']);
  });

  it('leaves a participle with no claim before it to the nearest verb\'s subject', () => {
    assert.deepEqual(claimsOf('The ferry left the dock on Monday, referring to the pier.'), []);
  });
});
