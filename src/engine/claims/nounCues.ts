/**
 * Nouns that carry a claim: "the senator's criticism of the plan", "concerns from the union about the budget",
 * "voiced doubts that the deal holds". Such a noun reports only with someone behind it (a possessor, a "by" or
 * "from" agent, or a verb of voicing before it) and a complement that is the claim.
 */
import { inflect } from '../lexicon/inflect';
import type { Token } from '../tokens';

/** Possessive determiners and the possessive clitic: "her criticism", "the mayor's view". */
const POSSESSORS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', "'s", '\u2019s', "'", '\u2019']);

/** Verbs that put a view or feeling into words as their object: "expressed concern", "raised questions". */
export const VOICING_VERBS: ReadonlySet<string> = new Set(`express voice raise air share reiterate register
  signal offer repeat renew echo`.split(/\s+/).flatMap((base) => inflect(base).map(([form]) => form)));

/** How far back a voicing verb may stand, past determiners and adjectives ("expressed some serious doubts"). */
const MAX_MODIFIERS = 3;

/** Whether the noun at token i has a possessor, a voicing verb before it, or a "by"/"from" agent after it. */
export function nounHasAgent(tokens: readonly Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k >= first && k >= i - MAX_MODIFIERS && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM') && !POSSESSORS.has(tokens[k].lower)) k--;
  if (k >= first && POSSESSORS.has(tokens[k].lower)) return true;
  if (k >= first && tokens[k].pos === 'VERB' && VOICING_VERBS.has(tokens[k].lower)) return true;
  const after = tokens[i + 1];
  return !!after && after.quote < 0 && (after.lower === 'by' || after.lower === 'from');
}
