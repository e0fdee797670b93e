/**
 * Titles' short forms whose full stop the tokenizer cuts off (tokens.ts, units.ts, lexicon/names.ts): "the Rev.",
 * "Det. Insp.", and the same ranks written without stops ("Det Supt"). Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { tokenize } from '../../../src/engine/tokens';
import { actorList, speakerOf } from './resolution/helpers';

describe('title abbreviations', () => {
  it('glues the full stop back onto "Rev" when a name follows, with exact offsets', () => {
    const text = 'He met the Rev. Tom Hale.';
    const { tokens } = tokenize(text);
    const rev = tokens.find((t) => t.lower === 'rev.');
    assert.ok(rev, tokens.map((t) => t.text).join(' '));
    assert.equal(text.slice(rev.start, rev.end), 'Rev.');
  });

  it('leaves the full stop alone when no capitalised word follows', () => {
    const { tokens } = tokenize('They thanked the Rev. and then left.');
    assert.ok(tokens.some((t) => t.text === 'Rev') && !tokens.some((t) => t.text === 'Rev.'), tokens.map((t) => t.text).join(' '));
  });

  it('gives a quote to "the Rev. Tom Hale" named after it, not to "Rev"', () => {
    const a = analyze('“We will rebuild,” said the Rev. Tom Hale.');
    assert.equal(speakerOf(a, 'We will rebuild'), 'Tom Hale');
    assert.ok(!a.actors.some((x) => x.name === 'Rev'), actorList(a));
  });

  it('reads ranks written without stops as the title of the name after them', () => {
    const a = analyze('Det Supt Ana Ruiz said the inquiry would continue.');
    assert.equal(speakerOf(a, 'the inquiry would continue'), 'Ana Ruiz');
    assert.equal(a.actors.find((x) => x.name === 'Ana Ruiz')?.role, 'Det Supt');
  });
});

describe('a person of a body', () => {
  it('gives the claim of "Ana Ruiz of Riverton police" to Ana Ruiz, not to the police', () => {
    assert.equal(speakerOf(analyze('“The road is shut,” said Ana Ruiz of Riverton police.'), 'The road is shut'), 'Ana Ruiz');
    assert.equal(speakerOf(analyze('Ana Ruiz of Riverton police said the road was shut.'), 'the road was shut'), 'Ana Ruiz');
  });

  it('still gives "Riverton police officials said" to the police', () => {
    assert.equal(speakerOf(analyze('Riverton police officials said the road was shut.'), 'the road was shut'), 'Riverton police');
  });
});

describe('titles: police ranks as Canadian and British copy writes them', () => {
  it('reads "Const." and "PC" before a name as titles, so the quote and the claim are the officer\'s', () => {
    const a = analyze('“Speed appears to have been a factor,” Const. Ana Ruiz said in the release. PC Tom Hale said the road was closed for hours.');
    assert.equal(speakerOf(a, 'Speed appears'), 'Ana Ruiz');
    assert.equal(speakerOf(a, 'the road was closed'), 'Tom Hale');
  });
});
