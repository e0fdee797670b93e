/**
 * "the Post" after "the Riverton Post" (resolution/nameMatch.ts): a one-word name that ends exactly one longer
 * body's name is that body. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, mentionTexts, speakerOf } from './helpers';

describe('resolution: a body\'s one-word short name', () => {
  it('merges "the Post" with the only "… Post" named', () => {
    const a = analyze('The Riverton Post reported the closure on Monday. The Post said the bridge would reopen in May.');
    assert.equal(speakerOf(a, 'the bridge would reopen'), 'Riverton Post');
    const post = actorCalled(a, 'Riverton Post');
    assert.deepEqual(post.aliases, ['Post']);
    assert.deepEqual(mentionTexts(post), ['Riverton Post', 'Post']);
    assert.equal(a.actors.length, 1);
  });

  it('merges it when another body of another last word is named too', () => {
    const a = analyze('The Riverton Post and the Marlow Herald reported the closure. The Post said the bridge would reopen in May.');
    assert.equal(speakerOf(a, 'the bridge would reopen'), 'Riverton Post');
  });

  it('merges it nowhere when two "… Post" bodies are named', () => {
    const a = analyze('The Riverton Post and the Marlow Post reported the closure. The Post said the bridge would reopen in May.');
    assert.equal(speakerOf(a, 'the bridge would reopen'), 'Post');
    assert.deepEqual(a.actors.map((x) => x.name), ['Riverton Post', 'Marlow Post', 'Post']);
  });

  it('stays a body of its own when no longer name ends in it', () => {
    const a = analyze('Ana Ruiz said she would run. The Post said she had filed papers.');
    assert.equal(speakerOf(a, 'she had filed papers'), 'Post');
  });
});

describe('resolution/nameMatch: a body called by its first word', () => {
  it('merges "Vantrell" into "Vantrell Foods", and reads "Kestrel Coal" as a body because the text writes "coal"', () => {
    const a = analyze('Kestrel Coal sold the mine to Vantrell Foods. The coal was piled high. Vantrell said the deal would close in May.');
    assert.equal(speakerOf(a, 'the deal would close'), 'Vantrell Foods');
    assert.equal(actorCalled(a, 'Kestrel Coal').kind, 'organization');
  });

  it('does not merge a word that opens many names ("National")', () => {
    const a = analyze('The National Water Board met on Monday. National said the vote was close.');
    assert.notEqual(speakerOf(a, 'the vote was close'), 'National Water Board');
  });
});
