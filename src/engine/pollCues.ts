/**
 * "In a Riverton Herald poll released Monday, Ruiz led by nine points", "Hale trails in the latest survey": a poll
 * named after "in" is the source of the finding in its clause, as "according to" names one. The cue is "in"; the
 * source is the noun phrase after it, which must end in a poll noun within a few words.
 */
import { newCue, type CueMatch } from './cues';
import type { Token } from './tokens';
import { isAsciiUpper } from './letters';

const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);

/**
 * Tags of the words a poll's name may hold before its head noun: "the latest KRVT/Herald", "a mid-March", "Marlow
 * County". (Compared rather than looked up: asked of the words after every "in".)
 */
function isPollNameTag(pos: string): boolean {
  return pos === 'DET' || pos === 'ADJ' || pos === 'PROPN' || pos === 'NOUN' || pos === 'NUM';
}
const NAME_PUNCT = new Set(['/', '-', '\u2019s', "'s", '.']);

/** The poll noun heading the phrase after "in" at token i (at most eight words on), or -1. */
export function pollHeadAfter(tokens: Token[], i: number, last: number): number {
  if (tokens[i].lower !== 'in' || tokens[i].quote >= 0) return -1;
  for (let k = i + 1; k <= last && k <= i + 8; k++) {
    const t = tokens[k];
    if (t.quote >= 0) return -1;
    if (POLL_NOUNS.has(t.lower)) {
      // "in poll numbers", "in polling places": the poll noun must head the phrase.
      const next = tokens[k + 1];
      return next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.quote < 0 ? -1 : k;
    }
    // A capitalised word belongs to the poll's name whatever its tag ("a Riverton Herald/VERB poll").
    if (!isPollNameTag(t.pos) && !NAME_PUNCT.has(t.lower) && !isAsciiUpper(t.text.charCodeAt(0))) return -1;
  }
  return -1;
}

/** The cue of "in" + a poll's noun phrase at token i, or null. */
export function matchInPoll(tokens: Token[], i: number, last: number): CueMatch | null {
  if (pollHeadAfter(tokens, i, last) < 0) return null;
  return newCue(i, i, 'speech', 'in', 'phrase', true, false);
}
