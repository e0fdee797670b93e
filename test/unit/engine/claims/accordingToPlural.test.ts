/**
 * "according to" before a bare plural the tagger reads as a verb ("according to polls"), and a source phrase that is
 * followed by the next clause's subject (claims/subjects.ts, subjectRight). Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding, speakerOf } from '../resolution/helpers';

function only(text: string) {
  const claims = analyze(text).claims;
  assert.equal(claims.length, 1, JSON.stringify(claims.map((c) => c.content.text)));
  return { content: claims[0].content.text, source: claims[0].source?.text, sourcing: claims[0].sourcing };
}

describe('claims: "according to" a bare plural', () => {
  it('reads "according to polls" and "according to sources" before or after the claim, as unnamed sources', () => {
    assert.deepEqual(only('According to polls, the Riverton mayor leads.'), { content: 'the Riverton mayor leads', source: 'polls', sourcing: 'unnamed' });
    assert.deepEqual(only('The mayor will resign, according to sources.'), { content: 'The mayor will resign', source: 'sources', sourcing: 'unnamed' });
    assert.deepEqual(only('Turnout was low in Bayside, according to exit polls.'), { content: 'Turnout was low in Bayside', source: 'exit polls', sourcing: 'unnamed' });
  });

  it('does not take the next clause’s subject as an appositive of the source', () => {
    assert.deepEqual(only('According to recent polls, Tom Hale holds a narrow lead.'),
      { content: 'Tom Hale holds a narrow lead', source: 'recent polls', sourcing: 'unnamed' });
  });

  it('keeps a named appositive of the source', () => {
    const claim = analyze('The vote was close, according to Ana Ruiz, the county clerk.').claims[0];
    assert.equal(claim.source?.text, 'Ana Ruiz, the county clerk');
  });
});

describe('claims: what follows "…, according to X,"', () => {
  it('leaves out a relative clause or an appositive that describes the source', () => {
    assert.equal(only('Turnout in Riverton fell sharply, according to Tom Hale, who chairs the board.').content, 'Turnout in Riverton fell sharply');
    assert.equal(only('Turnout in Riverton fell sharply, according to Tom Hale, a clerk at the county office.').content, 'Turnout in Riverton fell sharply');
  });

  it('still takes a clause that goes on after the source', () => {
    const claim = analyze('Turnout in Riverton, according to Tom Hale, fell sharply this year.').claims[0];
    assert.equal(claim.parts.map((p) => p.text).join('|'), 'Turnout in Riverton|fell sharply this year');
  });
});

describe('claims: "according to" a source with modifiers and an appositive', () => {
  it('keeps "a statement by the police spokesperson, Supt. Jo Ng," in the source, and the content after it', () => {
    const a = analyze('According to a statement by the police spokesperson, Superintendent Jo Ng, two people were arrested.');
    const claim = claimHolding(a, 'two people were arrested');
    assert.equal(claim.content.text, 'two people were arrested');
    assert.equal(speakerOf(a, 'two people were arrested'), 'Jo Ng');
  });
});
