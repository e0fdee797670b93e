/**
 * Epithets (resolution/nominals.ts, resolution/index.ts): "the 31-year-old" means whom the text first used it for,
 * looking up to four sentences back from that first use. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, mentionTexts, speakerOf } from './helpers';

describe('resolution: an epithet resolves where the text first used it', () => {
  const others = 'Tom Hale came second. Ben Ortiz was third. Luis Vega was fourth.';
  const quote = '"I felt strong all the way," the 31-year-old said.';

  it('gives the quote to the person the epithet first followed, not the last one named', () => {
    const a = analyze(`Ana Ruiz won the Riverton marathon on Sunday. The 31-year-old finished in record time. ${others} ${quote}`);
    assert.equal(speakerOf(a, 'I felt strong'), 'Ana Ruiz');
    assert.deepEqual(mentionTexts(actorCalled(a, 'Ana Ruiz')), ['Ana Ruiz', 'the 31-year-old']);
  });

  it('without an earlier use, points at someone named just before', () => {
    const a = analyze(`Ana Ruiz won the Riverton marathon on Sunday. She finished in record time. ${others} ${quote}`);
    assert.equal(speakerOf(a, 'I felt strong'), 'Luis Vega');
  });
});

describe('resolution: only a noun for a person is an epithet', () => {
  it('leaves "the media" and "the country" no one\'s, and gives "the ad says" and "the giant Rovers lock said" to whom they stand for', () => {
    const media = analyze('Ana Ruiz spoke in Riverton on Monday. The media reported that the crowd was small.');
    assert.notEqual(speakerOf(media, 'the crowd was small'), 'Ana Ruiz');
    const ad = analyze('Ana Ruiz released a new ad on Monday. The ad says “the ferry must run”.');
    assert.equal(speakerOf(ad, 'the ferry must run'), 'Ana Ruiz');
    const lock = analyze('Tom Hale scored twice for Riverton Rovers on Saturday. "We were the better side," said the giant Rovers lock.');
    assert.equal(speakerOf(lock, 'We were the better side'), 'Tom Hale');
  });
});
