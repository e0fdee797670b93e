/**
 * Who gets which colour. Speakers are ranked named first (an unnamed source comes after every named
 * speaker, as in the Actors view), then by how many claims they have (ties: who speaks first), and
 * the rank picks one of a few colour slots that the stylesheet maps to `--vscode-charts-*`
 * variables. Ranking by claim count gives the most visible speakers the most distinct colours;
 * beyond the palette, slots repeat with a dashed underline so neighbours still differ.
 */
import type { Actor, Analysis } from '../../engine/types';

export const paletteSize = 6;

export interface Speaker {
  actor: Actor;
  claimCount: number;
  /** 0-based rank; the colour slot is `rank % paletteSize`. */
  rank: number;
}

export interface SpeakerPalette {
  /** Speaking actors: named ones first, each group most claims first. */
  speakers: Speaker[];
  /** Claims whose speaker is unknown (actor null or not among the actors). */
  unattributedCount: number;
  /** CSS classes for a claim or label spoken by this actor id (or null: unknown speaker). */
  slotClass(actorId: string | null): string;
  /** The actor for an id, if the analysis has it. */
  actorById(actorId: string | null): Actor | undefined;
}

export function buildSpeakerPalette(analysis: Analysis): SpeakerPalette {
  const actors = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const isNamed = (actorId: string) => actors.get(actorId)?.named ?? true;
  const counts = new Map<string, { count: number; firstClaim: number }>();
  let unattributedCount = 0;
  analysis.claims.forEach((claim, index) => {
    if (claim.actor === null || !actors.has(claim.actor)) {
      unattributedCount += 1;
      return;
    }
    const entry = counts.get(claim.actor);
    if (entry) entry.count += 1;
    else counts.set(claim.actor, { count: 1, firstClaim: index });
  });

  const speakers: Speaker[] = [...counts.entries()]
    .sort(([idA, a], [idB, b]) => Number(isNamed(idB)) - Number(isNamed(idA)) || b.count - a.count || a.firstClaim - b.firstClaim)
    .map(([actorId, { count }], rank) => ({ actor: actors.get(actorId) as Actor, claimCount: count, rank }));
  const rankById = new Map(speakers.map((speaker) => [speaker.actor.id, speaker.rank]));

  return {
    speakers,
    unattributedCount,
    slotClass(actorId) {
      const rank = actorId === null ? undefined : rankById.get(actorId);
      if (rank === undefined) return 'slot-none';
      return rank < paletteSize ? `slot-${rank}` : `slot-${rank % paletteSize} slot-repeat`;
    },
    actorById(actorId) {
      return actorId === null ? undefined : actors.get(actorId);
    },
  };
}
