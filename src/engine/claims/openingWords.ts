/**
 * Which of a sentence's word-led passes can find anything there. A cue (cues.ts), an agentless marker (agentless.ts)
 * and a noun cue (nounCues.ts) each open only at a word of their own lexicon, outside quotes; one table of all three
 * answers for a token in one look-up, instead of one look-up per pass. Most sentences hold no marker and no noun cue
 * (about nine in ten over PolNeAR train), and those passes are then skipped.
 */
import { OPENS_A_CUE } from '../cues';
import type { Token } from '../tokens';
import { markerWords } from './agentless';
import { nounCueWords } from './nounCues';

export const OPENS_CUE = 1;
export const OPENS_MARKER = 2;
export const OPENS_NOUN_CUE = 4;

const OPENERS: ReadonlyMap<string, number> = (() => {
  const table = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number) => { for (const w of words) table.set(w, (table.get(w) ?? 0) | flag); };
  add(OPENS_A_CUE, OPENS_CUE);
  add(markerWords(), OPENS_MARKER);
  add(nounCueWords(), OPENS_NOUN_CUE);
  return table;
})();

/**
 * Token indices in the first `count` entries of `at`. The array is kept from one sentence to the next and only
 * overwritten: emptying it with `length = 0` gives up its storage, which every sentence then allocated again.
 */
export interface IndexList {
  readonly at: number[];
  count: number;
}

/**
 * The OPENS_* flags of the words outside quotes in tokens first..last. Given `cueOpeners`, it is refilled with the
 * indices of the words that can open a cue, in text order (for findCuesAt, which then looks no word up again).
 */
export function sentenceOpeners(tokens: Token[], first: number, last: number, cueOpeners?: IndexList): number {
  let flags = 0;
  if (cueOpeners) cueOpeners.count = 0;
  for (let i = first; i <= last; i++) {
    if (tokens[i].quote >= 0) continue;
    const opens = OPENERS.get(tokens[i].lower);
    if (opens === undefined) continue;
    flags |= opens;
    if (cueOpeners && (opens & OPENS_CUE)) cueOpeners.at[cueOpeners.count++] = i;
  }
  return flags;
}
