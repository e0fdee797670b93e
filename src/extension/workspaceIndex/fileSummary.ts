/**
 * What the workspace index keeps of one article: its named speakers and their claims' spans, a short
 * preview of each claim and its cue. Much smaller than the analysis (no mentions, no unnamed sources),
 * so thousands of files fit in memory and in the cache file.
 */
import type { ActorKind, Analysis, ClaimKind } from '../../engine/types';

export interface IndexedClaim {
  start: number;
  end: number;
  /** 1-based line of `start`, for lists that name where a claim is. */
  line: number;
  kind: ClaimKind;
  /** The claim's first PREVIEW_LENGTH characters, whitespace collapsed. */
  preview: string;
  cue: string | null;
}

export interface IndexedActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** The first of the actor's claims in the file (at most MAX_LISTED_CLAIMS per file in all). */
  claims: IndexedClaim[];
  /** All of the actor's claims in the file, listed or not. */
  claimCount: number;
}

export interface FileSummary {
  actors: IndexedActor[];
}

export const PREVIEW_LENGTH = 120;
/**
 * Claims kept per file. A news article has a few dozen; a 5 MB document may have tens of thousands,
 * whose summary would take the host's thread tens of milliseconds to build and save, for a list no
 * reader pages through. Counts stay exact.
 */
export const MAX_LISTED_CLAIMS = 1_000;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

/**
 * The named actors who speak, with their claims in text order. Unnamed sources ("a senior official")
 * are left out: the same words in two articles are rarely the same person.
 */
/** A function from offset to 1-based line, by binary search over the text's line starts. */
function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

export function summarize(analysis: Analysis, text: string): FileSummary {
  const line = lineOf(text);
  const actors = new Map<string, IndexedActor>();
  for (const actor of analysis.actors) {
    if (actor.named) actors.set(actor.id, { name: actor.name, kind: actor.kind, aliases: [...actor.aliases], claims: [], claimCount: 0 });
  }
  let listed = 0;
  for (const claim of analysis.claims) {
    const speaker = claim.actor === null ? undefined : actors.get(claim.actor);
    if (!speaker || claim.sourcing === 'unnamed') continue;
    speaker.claimCount++;
    if (listed++ >= MAX_LISTED_CLAIMS) continue;
    speaker.claims.push({ start: claim.content.start, end: claim.content.end, line: line(claim.content.start), kind: claim.kind, preview: preview(claim.content.text), cue: claim.cue?.text ?? null });
  }
  return { actors: [...actors.values()].filter((actor) => actor.claimCount > 0) };
}
