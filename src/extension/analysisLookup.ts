/** Pure lookups into an Analysis by offset or id, shared by hovers, the tree and the commands. */
import type { Actor, Analysis, Claim, Span } from '../engine/types';

/**
 * Offsets are end-exclusive: a hover at `end` is over the next character. A text cursor, though, sits
 * between characters, so one right after a closing quote is still "on" the claim (`touchingEnd`).
 */
function contains(span: Span, offset: number, touchingEnd = false): boolean {
  return offset >= span.start && (offset < span.end || (touchingEnd && offset === span.end));
}

/** The innermost span wins when several contain the offset. */
function narrowest<T>(items: T[], spanOf: (item: T) => Span): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    const span = spanOf(item);
    if (best === undefined || span.end - span.start < spanOf(best).end - spanOf(best).start) best = item;
  }
  return best;
}

export function findClaim(analysis: Analysis, claimId: string): Claim | undefined {
  return analysis.claims.find((claim) => claim.id === claimId);
}

export function findActor(analysis: Analysis, actorId: string | null): Actor | undefined {
  return actorId === null ? undefined : analysis.actors.find((actor) => actor.id === actorId);
}

export function claimsBy(analysis: Analysis, actorId: string): Claim[] {
  return analysis.claims.filter((claim) => claim.actor === actorId);
}

/** The claim whose content holds the offset (or, for a text cursor, ends right at it). */
export function claimAt(analysis: Analysis, offset: number, touchingEnd = false): Claim | undefined {
  return narrowest(analysis.claims.filter((claim) => contains(claim.content, offset, touchingEnd)), (claim) => claim.content);
}

/** The claim whose reporting cue ("said", "according to") holds the offset. */
export function claimWithCueAt(analysis: Analysis, offset: number): Claim | undefined {
  return analysis.claims.find((claim) => claim.cue !== null && contains(claim.cue, offset));
}

export interface MentionHit {
  actor: Actor;
  mention: Span;
}

/** The actor mention (name, description or pronoun) that holds the offset. */
export function mentionAt(analysis: Analysis, offset: number): MentionHit | undefined {
  const hits: MentionHit[] = [];
  for (const actor of analysis.actors) {
    for (const mention of actor.mentions) if (contains(mention, offset)) hits.push({ actor, mention });
  }
  return narrowest(hits, (hit) => hit.mention);
}
