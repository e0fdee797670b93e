/**
 * Hedges: "the plan seems to be failing", "it appears that …". The writer passes on an impression and names no one
 * who holds it, so the claim has no source.
 */
import type { CueMatch } from '../cues';
import { CUE_WORDS } from '../lexicon/cues';
import { DraftClaim, make } from './context';
import type { Context } from './context';
import { clauseAfter, clauseAround } from './clauseSpans';
import type { MarkerRule } from './markerRule';

/** Verbs of seeming: "the plan seems to be failing", "it appears that …". */
const SEEMING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * "seems to …", "appears that …": the hedged claim; "seems happy" or "appeared on TV" make none, and neither does
 * "appeared to blame the staff", where the subject makes the claim that a reporting verb tells.
 */
function seemingClaim(ctx: Context, i: number): DraftClaim | null {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (!next || (next.lower !== 'to' && next.lower !== 'that')) return null;
  const verb = tokens[i + 2];
  if (next.lower === 'to' && verb && CUE_WORDS.get(verb.lower)?.form === 'base') return null;
  const cue: CueMatch = { first: i, last: i, cueClass: 'that', base: 'seem', form: 'phrase', sourceAfter: false, passive: false };
  const range = next.lower === 'that' ? clauseAfter(ctx, i + 1) : clauseAround(ctx, i);
  return range ? make(ctx, range, cue, null, 'agentless') : null;
}

export const SEEMING_RULE: MarkerRule = { words: SEEMING, claim: seemingClaim };
