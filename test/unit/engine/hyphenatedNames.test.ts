/**
 * Hyphenated given names (hyphenatedNames.ts, names.ts) and "Title Name of Place" (names.ts). Every fixture text
 * is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { tokenize } from '../../../src/engine/tokens';
import { markHyphenatedGivenNames } from '../../../src/engine/hyphenatedNames';
import { speakerOf } from './resolution/helpers';

function tagsAfterMarking(text: string): string[] {
  const { tokens } = tokenize(text);
  markHyphenatedGivenNames(tokens);
  return tokens.map((t) => `${t.text}/${t.pos}`);
}

describe('hyphenated given names', () => {
  it('tags the lower-case second syllable of "Kim Ji-woo" as part of the name', () => {
    assert.ok(tagsAfterMarking('Kim Ji-woo said the plan was sound.').includes('woo/PROPN'));
  });

  it('finds the claim of "Kim Ji-woo said" and names its speaker whole', () => {
    const a = analyze('Kim Ji-woo said the plan was sound.');
    assert.equal(speakerOf(a, 'the plan was sound'), 'Kim Ji-woo');
  });

  it('keeps a name followed by a comma whole: "Seo Ha-na, the envoy, said"', () => {
    assert.equal(speakerOf(analyze('Seo Ha-na, the envoy, said the talks would go on.'), 'the talks would go on'), 'Seo Ha-na');
  });

  it('leaves compounds that modify a noun alone ("the Tom Hale-era rules", "the Hale-led panel")', () => {
    assert.ok(!tagsAfterMarking('The Tom Hale-era rules were strict.').includes('era/PROPN'));
    const a = analyze('The Tom Hale-era rules were strict, Ana Ruiz said.');
    assert.deepEqual(a.actors.map((x) => x.name).sort(), ['Ana Ruiz', 'Tom Hale']);
  });
});

describe('a titled name of a place', () => {
  it('reads "Rep. Tom Hale of Ohio" as the person Tom Hale, then the place', () => {
    const a = analyze('Rep. Tom Hale of Ohio said the plan was sound.');
    assert.equal(speakerOf(a, 'the plan was sound'), 'Tom Hale');
  });
});
