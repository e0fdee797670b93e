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
