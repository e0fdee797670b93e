/**
 * Who a claim's speaker is, said by the claim's sourcing (issue 7), in parts that the editor hover sets in markdown
 * and the reading view's card in plain text: "No source given" for an agentless claim; "Unnamed source: …" for people
 * or a body the text does not identify, with the named body they speak for ("county officials" — "for Riverton
 * County"); the actor otherwise. Plain strings from the article: each caller escapes them for where they go.
 */
import type { Actor, Claim } from '../engine/types';

export interface SpeakerParts {
  /** A fixed lead-in ("Unnamed source: ") or ''. */
  prefix: string;
  /** The speaker's name, description or the fixed words standing for none. */
  name: string;
  role: string | null;
  /** What else a reader should know ("for Riverton County", "no speaker found"), or ''. */
  note: string;
}

export const NO_SOURCE = 'No source given';
export const NO_SOURCE_NOTE = 'the article names no one for this claim';
export const UNNAMED_PREFIX = 'Unnamed source: ';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function claimSpeakerParts(claim: Claim, actor: Actor | undefined): SpeakerParts {
  if (claim.sourcing === 'none') return { prefix: '', name: NO_SOURCE, role: null, note: NO_SOURCE_NOTE };
  const said = claim.source ? oneLine(claim.source.text) : '';
  if (claim.sourcing === 'unnamed') {
    if (actor && !actor.named) return { prefix: UNNAMED_PREFIX, name: actor.name, role: actor.role, note: '' };
    return { prefix: UNNAMED_PREFIX, name: said || actor?.name || 'someone', role: null, note: actor ? `for ${actor.name}` : '' };
  }
  if (actor) return { prefix: '', name: actor.name, role: actor.role, note: '' };
  return { prefix: '', name: 'Unattributed', role: null, note: said ? `“${said}” is not resolved to an actor` : 'no speaker found' };
}
