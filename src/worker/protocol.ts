/**
 * Messages between an analysis worker and its pool. A result travels in chunks of actors and claims
 * rather than as one object: a 5 MB article's analysis (tens of thousands of claims) deserialised in one
 * message would block the receiving thread for over 100 ms, and the point of the worker is that the
 * extension host never blocks that long.
 */
import type { Actor, Claim } from '../engine/types';

export interface AnalysisRequest {
  id: number;
  text: string;
}

export type AnalysisReply =
  | { id: number; kind: 'actors'; items: Actor[] }
  | { id: number; kind: 'claims'; items: Claim[] }
  | { id: number; kind: 'done' }
  | { id: number; kind: 'error'; message: string };

/** Items per chunk: a few milliseconds of structured-clone work on the receiving side. */
export const CHUNK_SIZE = 500;

/** The replies for one analysis, in the order the pool reassembles them: all chunks, then `done`. */
export function* replyChunks(id: number, actors: readonly Actor[], claims: readonly Claim[]): Generator<AnalysisReply> {
  for (let i = 0; i < actors.length; i += CHUNK_SIZE) yield { id, kind: 'actors', items: actors.slice(i, i + CHUNK_SIZE) };
  for (let i = 0; i < claims.length; i += CHUNK_SIZE) yield { id, kind: 'claims', items: claims.slice(i, i + CHUNK_SIZE) };
  yield { id, kind: 'done' };
}
