/**
 * claims/nounCues.ts: nouns of the generated lexicon that carry a claim through someone behind them ("Ruiz's
 * criticism of the plan", "Hale voiced concern about …"). Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { GENERATED_NOUN_CUES } from '../../../../src/engine/lexicon/generatedCues';
import { tokenize } from '../../../../src/engine/tokens';
import { nounHasAgent } from '../../../../src/engine/claims/nounCues';
import { speakerOf } from '../resolution/helpers';

function listed(lemma: string, complement: string): void {
  assert.ok(GENERATED_NOUN_CUES.some(([l, c]) => l === lemma && c === complement), `the generated table no longer lists ${lemma} + ${complement}`);
}

function agentAt(text: string, word: string): boolean {
  const { tokens } = tokenize(text);
  const i = tokens.findIndex((t) => t.text === word);
  return nounHasAgent(tokens, i, 0, tokens.length - 1);
}

describe('claims: nouns that carry a claim', () => {
  it('finds someone behind a noun: a possessor, a voicing verb, a "from" agent', () => {
    assert.equal(agentAt("Ana Ruiz's criticism of the plan grew.", 'criticism'), true);
    assert.equal(agentAt('Her criticism of the plan grew.', 'criticism'), true);
    assert.equal(agentAt('Tom Hale voiced serious concern about the depot.', 'concern'), true);
    assert.equal(agentAt('Criticism from the Riverton Teachers Union grew.', 'Criticism'), true);
    assert.equal(agentAt('The criticism of the plan grew.', 'criticism'), false);
  });

  it("gives the possessor's criticism its complement as the claim", () => {
    listed('criticism', 'of');
    const a = analyze("Senator Ana Ruiz's criticism of the river plan drew applause in Riverton.");
    assert.equal(speakerOf(a, 'the river plan'), 'Ana Ruiz');
    assert.equal(a.claims[0].cue?.text, 'criticism');
  });

  it('gives a voiced concern to the subject of the voicing verb', () => {
    listed('concern', 'about');
    const a = analyze('Tom Hale voiced concern about the closing of the depot.');
    assert.equal(speakerOf(a, 'the closing of the depot'), 'Tom Hale');
  });

  it('reads the complement after a "from" agent', () => {
    listed('criticism', 'of');
    const a = analyze('There was criticism from the Riverton Teachers Union of the new schedule.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].content.text, 'the new schedule');
    assert.equal(speakerOf(a, 'the new schedule'), 'Riverton Teachers Union');
  });

  it('makes a claim with no source when no one is behind the noun, and none for someone who cannot speak', () => {
    listed('criticism', 'of');
    // PolNeAR train marks "criticism of" with no one behind it as a claim with no source 9 times in 19.
    const claims = analyze('The criticism of the river plan grew.').claims;
    assert.deepEqual(claims.map((c) => [c.content.text, c.actor, c.sourcing]), [['the river plan', null, 'none']]);
    assert.deepEqual(analyze("The bridge's criticism of the river plan grew.").claims, []);
  });
});
