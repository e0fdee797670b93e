/**
 * The claim of a poll named after a sentence's opening "in" (pollCues.ts): "In a Riverton Herald poll released
 * Monday, Ruiz led by nine points": the poll is the source, the clause after its comma the content.
 */
import { pollHeadAfter } from '../pollCues';
import type { CueMatch } from '../cues';
import { Context, DraftClaim, isComma, contentEndToken, make } from './context';

export function pollClaim(ctx: Context, cue: CueMatch): DraftClaim | null {
  const { tokens, s } = ctx;
  const head = pollHeadAfter(tokens, cue.first, s.last);
  if (head < 0) return null;
  const source = { first: cue.first + 1, last: head };
  const subject = { source, head: source, appositive: null };
  if (cue.first === s.first) {
    // The source runs on through its modifier ("released Monday") to the comma; the content follows the comma.
    let comma = head + 1;
    while (comma <= s.last && comma <= head + 8 && !isComma(tokens[comma]) && tokens[comma].quote < 0) comma++;
    if (comma > s.last || !isComma(tokens[comma])) return null;
    const last = contentEndToken(ctx, comma + 1, s.last);
    return last > comma ? make(ctx, { first: comma + 1, last }, cue, subject, 'according') : null;
  }
  // "Hale trails in the latest poll" is left alone: on PolNeAR train its annotators marked such a trailing poll
  // as the source in under half the cases.
  return null;
}
