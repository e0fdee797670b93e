/**
 * Source balance (issue 7): who gets to speak in an article and how much rests on sources nobody can check. From an
 * analysis alone: per speaking actor the words quoted directly, the words paraphrased and the number of claims; and
 * the shares of claims by sourcing (named, unnamed, none) and by the speaker's kind. Pure and linear in the claims'
 * text; the reading view draws it and the CLI's table prints it.
 */
import type { ActorKind, Analysis, Claim, Sourcing, Span } from './types';

export interface ActorBalance {
  actorId: string;
  name: string;
  kind: ActorKind;
  /** False when the text never names the actor ("officials"). */
  named: boolean;
  /** Words inside the quote marks of the actor's claims. */
  quotedWords: number;
  /** Words of the actor's claims outside quotes: what the article reports in its own words. */
  paraphrasedWords: number;
  claims: number;
}

export interface Share<K extends string> {
  key: K;
  claims: number;
  /** claims / all claims, 0..1 (0 when the article has no claims). */
  share: number;
}

/** The speaker kinds, plus "none" for claims with no actor. */
export type SpeakerKind = ActorKind | 'none';

export interface SourceBalance {
  /** Speaking actors, most words first (quoted and paraphrased together), then most claims, then first to speak. */
  actors: ActorBalance[];
  bySourcing: Array<Share<Sourcing>>;
  byKind: Array<Share<SpeakerKind>>;
  totalClaims: number;
}

export const SOURCING_ORDER: readonly Sourcing[] = ['named', 'unnamed', 'none'];
export const KIND_ORDER: readonly SpeakerKind[] = ['person', 'organization', 'group', 'place', 'none'];

/** Words in a string: runs of letters or digits, so punctuation and quote marks count for nothing. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/**
 * Words of the attribution itself inside a claim's content: one turn of several quotes holds its "said Ana Ruiz"
 * between them, and those words report nothing the speaker said.
 */
function attributionWords(claim: Claim): number {
  const inside = (span: Span | null) => !!span && span.start >= claim.content.start && span.end <= claim.content.end
    && !claim.quotes.some((q) => q.start < span.end && span.start < q.end);
  return (inside(claim.cue) ? countWords(claim.cue!.text) : 0) + (inside(claim.source) ? countWords(claim.source!.text) : 0);
}

function shares<K extends string>(keys: readonly K[], counts: Map<K, number>, total: number): Array<Share<K>> {
  return keys.map((key) => {
    const claims = counts.get(key) ?? 0;
    return { key, claims, share: total > 0 ? claims / total : 0 };
  });
}

export function sourceBalance(analysis: Analysis): SourceBalance {
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const rows = new Map<string, ActorBalance & { first: number }>();
  const bySourcing = new Map<Sourcing, number>();
  const byKind = new Map<SpeakerKind, number>();
  analysis.claims.forEach((claim, index) => {
    bySourcing.set(claim.sourcing, (bySourcing.get(claim.sourcing) ?? 0) + 1);
    const actor = claim.actor === null ? undefined : actors.get(claim.actor);
    const kind: SpeakerKind = actor?.kind ?? 'none';
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    if (!actor) return;
    let row = rows.get(actor.id);
    if (!row) {
      row = { actorId: actor.id, name: actor.name, kind: actor.kind, named: actor.named, quotedWords: 0, paraphrasedWords: 0, claims: 0, first: index };
      rows.set(actor.id, row);
    }
    const quoted = claim.quotes.reduce((n, q) => n + countWords(q.text), 0);
    row.quotedWords += quoted;
    row.paraphrasedWords += Math.max(0, countWords(claim.content.text) - quoted - attributionWords(claim));
    row.claims += 1;
  });
  const total = analysis.claims.length;
  const ordered = [...rows.values()].sort((a, b) =>
    b.quotedWords + b.paraphrasedWords - (a.quotedWords + a.paraphrasedWords) || b.claims - a.claims || a.first - b.first);
  return {
    actors: ordered.map(({ first: _first, ...row }) => row),
    bySourcing: shares(SOURCING_ORDER, bySourcing, total),
    byKind: shares(KIND_ORDER, byKind, total),
    totalClaims: total,
  };
}

/** "42%": a share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
