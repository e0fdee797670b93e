/**
 * Cue verbs of the generated lexicon (lexicon/generatedCues.ts, cues.ts matchGenerated): a verb from the table
 * reports only with a complement listed for it and a subject that can speak. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { GENERATED_HAND_VERB_EXTENSIONS, GENERATED_VERB_CUES } from '../../../src/engine/lexicon/generatedCues';
import { CUE_WORDS, GENERATED_CUE_WORDS } from '../../../src/engine/lexicon/cues';
import { speakerOf } from './resolution/helpers';

function listed(lemma: string, complement: string): void {
  assert.ok(GENERATED_VERB_CUES.some(([l, c]) => l === lemma && c === complement), `the generated table no longer lists ${lemma} + ${complement}`);
}

describe('cues: generated cue verbs', () => {
  it('expands each generated verb to its inflected forms, leaving hand-written forms to their own rules', () => {
    assert.equal(GENERATED_CUE_WORDS.get('cited')?.base, 'cite');
    assert.equal(GENERATED_CUE_WORDS.get('citing')?.form, 'gerund');
    assert.equal(GENERATED_CUE_WORDS.has('said'), false);
    assert.equal(GENERATED_CUE_WORDS.has('issued'), false);
  });

  it('makes "cited" with a noun phrase a claim of its speaking subject', () => {
    listed('cite', 'np');
    const a = analyze('Mayor Ana Ruiz cited a county audit of the water plant.');
    assert.equal(speakerOf(a, 'a county audit of the water plant'), 'Ana Ruiz');
    assert.equal(a.claims[0].cue?.text, 'cited');
  });

  it('takes the preposition into the cue and its object as the content', () => {
    listed('talk', 'about');
    const a = analyze('Tom Hale talked about the closing of the Riverton depot.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].cue?.text, 'talked about');
    assert.equal(a.claims[0].content.text, 'the closing of the Riverton depot');
  });

  it('reports nothing through a subject that cannot speak', () => {
    listed('cite', 'np');
    const a = analyze('The new bridge cited a drop in water use.');
    assert.deepEqual(a.claims, []);
  });

  it('reports nothing with a complement the table does not list for the verb', () => {
    listed('talk', 'about');
    assert.ok(!GENERATED_VERB_CUES.some(([l, c]) => l === 'talk' && c === 'with'));
    const a = analyze('Tom Hale talked with the mayor on Friday.');
    assert.deepEqual(a.claims, []);
  });

  it('reports nothing in the passive', () => {
    listed('cite', 'np');
    const a = analyze('The audit was cited by nobody in the hearing.');
    assert.deepEqual(a.claims, []);
  });

  it('extends a hand-written verb with a complement beyond its class, keeping its own rule for the rest', () => {
    assert.ok(GENERATED_HAND_VERB_EXTENSIONS.some(([l, c]) => l === 'hope' && c === 'clause'), 'the table no longer extends hope + clause');
    const clause = analyze('Tom Hale hopes the depot will reopen in May.');
    assert.equal(clause.claims[0]?.content.text, 'the depot will reopen in May');
    assert.equal(CUE_WORDS.get('hopes')?.extensions?.has('clause'), true);
    const infinitive = analyze('Tom Hale hopes to reopen the depot in May.');
    assert.equal(infinitive.claims[0]?.content.text, 'to reopen the depot in May');
  });
});

describe('generated cues: a verb in -s after a name, read as a noun by the tagger', () => {
  it('reads "Riverton Weekly lists Ana Ruiz …" as the paper listing her', () => {
    const claim = analyze('Riverton Weekly lists Ana Ruiz among the top donors.').claims.find((c) => c.cue?.text === 'lists');
    assert.equal(claim?.content.text, 'Ana Ruiz among the top donors');
    assert.equal(claim?.source?.text, 'Riverton Weekly');
  });

  it('leaves a plural noun after a name alone', () => {
    assert.deepEqual(analyze('The Riverton lists were long.').claims, []);
  });
});
