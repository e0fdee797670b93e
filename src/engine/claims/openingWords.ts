/**
 * Which of a sentence's word-led passes can find anything there. A cue (cues.ts), an agentless marker (agentless.ts)
 * and a noun cue (nounCues.ts) each open only at a word of their own lexicon, outside quotes; one table of all three
 * answers for a token in one look-up, instead of one look-up per pass. Most sentences hold no marker and no noun cue
 * (about nine in ten over PolNeAR train), and those passes are then skipped.
 */
import { cueOpenerOf, OPENS_A_CUE, type CueOpener } from '../cues';
import type { Token } from '../tokens';
import { markerWords } from './agentless';
import { nounCueWords } from './nounCues';

export const OPENS_CUE = 1;
export const OPENS_MARKER = 2;
export const OPENS_NOUN_CUE = 4;
/**
 * A colon outside quotes, which a name and a quote may sign (signed.ts colonClaim): in the same table, it costs the
 * other words nothing, and a sentence without one skips colonClaim's scan of its words.
 */
export const OPENS_COLON = 8;

/**
 * What a word outside quotes can open: its OPENS_* flags and, for a word that can open a cue, its entry in cues.ts's
 * table of what cue words open (findCuesAt then looks no word up again: over PolNeAR train that was 60,000 look-ups
 * a pass in a second table).
 */
interface WordOpens {
  readonly flags: number;
  readonly cue: CueOpener | undefined;
}

const OPENERS: ReadonlyMap<string, WordOpens> = (() => {
  const flagsOf = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number) => { for (const w of words) flagsOf.set(w, (flagsOf.get(w) ?? 0) | flag); };
  add(OPENS_A_CUE, OPENS_CUE);
  add(markerWords(), OPENS_MARKER);
  add(nounCueWords(), OPENS_NOUN_CUE);
  add([':'], OPENS_COLON);
  const table = new Map<string, WordOpens>();
  for (const [word, flags] of flagsOf) table.set(word, { flags, cue: flags & OPENS_CUE ? cueOpenerOf(word) : undefined });
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
 * The indices, in text order, of a sentence's words outside quotes that can open a cue, an agentless marker and a
 * noun cue: each pass then visits its own words and looks no other word up (over PolNeAR train, the marker and
 * noun-cue passes looked up 110,000 and 92,000 words a pass again, in the long sentences that hold such words).
 */
export interface OpenerIndices {
  readonly cues: IndexList;
  /** The cue words' entries in cues.ts's table, `cueEntries[n]` for `cues.at[n]`. */
  readonly cueEntries: Array<CueOpener | undefined>;
  readonly markers: IndexList;
  readonly nounCues: IndexList;
}

export function newOpenerIndices(): OpenerIndices {
  return { cues: { at: [], count: 0 }, cueEntries: [], markers: { at: [], count: 0 }, nounCues: { at: [], count: 0 } };
}

/**
 * The OPENS_* flags of the words outside quotes in tokens first..last. Given `found`, its lists are refilled with the
 * indices of the words that open each kind of claim.
 */
export function sentenceOpeners(tokens: Token[], first: number, last: number, found?: OpenerIndices): number {
  let flags = 0;
  if (found) found.cues.count = found.markers.count = found.nounCues.count = 0;
  for (let i = first; i <= last; i++) {
    if (tokens[i].quote >= 0) continue;
    const opens = OPENERS.get(tokens[i].lower);
    if (opens === undefined) continue;
    flags |= opens.flags;
    if (!found) continue;
    if (opens.flags & OPENS_CUE) {
      found.cueEntries[found.cues.count] = opens.cue;
      found.cues.at[found.cues.count++] = i;
    }
    if (opens.flags & OPENS_MARKER) found.markers.at[found.markers.count++] = i;
    if (opens.flags & OPENS_NOUN_CUE) found.nounCues.at[found.nounCues.count++] = i;
  }
  return flags;
}
