/**
 * Where an object content ends (claims/content.ts objectEnd): a comma between two adjectives or before the next
 * item of a list stays inside the object; an appositive or relative clause after a comma does not. Every fixture
 * text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import type { Analysis } from '../../../../src/engine/types';

const contentOf = (a: Analysis, cue: string) => a.claims.find((c) => c.cue?.text === cue)?.content.text;

describe('claims: an object with commas inside it', () => {
  it('keeps a list of noun phrases whole, a participle before its noun included', () => {
    const a = analyze('Ana Ruiz cited slow growth, unemployment and rising prices.');
    assert.equal(contentOf(a, 'cited'), 'slow growth, unemployment and rising prices');
  });

  it('keeps a list joined by "or"', () => {
    const a = analyze('Tom Hale criticized the bridge, the tunnel or the ferry plan.');
    assert.equal(contentOf(a, 'criticized'), 'the bridge, the tunnel or the ferry plan');
  });

  it('keeps a list of longer phrases whole: gerunds, or nouns with their modifiers', () => {
    const a = analyze('Tom Hale supported cutting the harbor levy, closing the old dock at Riverton and building a new ferry.');
    assert.equal(contentOf(a, 'supported'), 'cutting the harbor levy, closing the old dock at Riverton and building a new ferry');
    const b = analyze('Ana Ruiz criticized the cost of the new bridge over the river, the delays in its plans and the noise.');
    assert.equal(contentOf(b, 'criticized'), 'the cost of the new bridge over the river, the delays in its plans and the noise');
  });

  it('ends a list item at a verb of its own', () => {
    assert.equal(contentOf(analyze('Tom Hale endorsed Ana Ruiz, the papers reported and voters agreed.'), 'endorsed'), 'Ana Ruiz');
  });

  it('keeps two adjectives of one noun together', () => {
    const a = analyze('Tom Hale criticized the angry, divisive tone of the Riverton debate.');
    assert.equal(contentOf(a, 'criticized'), 'the angry, divisive tone of the Riverton debate');
  });

  it('still ends at the comma of an appositive or a relative clause', () => {
    assert.equal(contentOf(analyze('Tom Hale endorsed Ana Ruiz, a former judge, on Monday.'), 'endorsed'), 'Ana Ruiz');
    assert.equal(contentOf(analyze('Ana Ruiz praised the nurses, who worked all night.'), 'praised'), 'the nurses');
  });

  it('still ends before a new predicate after "and"', () => {
    const a = analyze('Tom Hale endorsed Ana Ruiz and appeared with her in Riverton.');
    assert.equal(contentOf(a, 'endorsed'), 'Ana Ruiz');
  });
});
