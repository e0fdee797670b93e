/**
 * Messages between an analysis worker and its pool. A result travels in parts of at most PART_SIZE
 * actors and claims, and the worker sends the next part only when the pool acknowledges the last one:
 * a 5 MB article's analysis (tens of thousands of claims) posted at once would be deserialised in one
 * go (Node drains a port's queue in one task), blocking the receiving thread for hundreds of
 * milliseconds; part by part, the receiver's event loop runs between parts.
 */
import type { Actor, Claim } from '../engine/types';
import type { FileSummary } from '../extension/workspaceIndex/fileSummary';

/**
 * Pool → worker: analyse a text; summarise a file's bytes (decoded in the worker, so the host never builds
 * the string of a file it only indexes); or send the next part of the current result.
 */
export type WorkerRequest =
  | { kind: 'analyze'; id: number; text: string }
  /** The analysis as compact JSON, serialised in the worker: a batch's writer only copies the string out. */
  | { kind: 'serialize'; id: number; text: string }
  | { kind: 'summarize'; id: number; bytes: Uint8Array; maxLength: number }
  | { kind: 'next'; id: number };

export type AnalysisReply =
  | { id: number; kind: 'part'; actors: Actor[]; claims: Claim[]; last: boolean }
  | { id: number; kind: 'summary'; summary: FileSummary }
  | { id: number; kind: 'json'; result: SerializedAnalysis }
  /** `input`: the file is not an article to index (not UTF-8, too long), rather than an engine failure. */
  | { id: number; kind: 'error'; message: string; input?: boolean };

/** An analysis as `JSON.stringify` writes it, with the counts a run's summary needs. */
export interface SerializedAnalysis { json: string; claims: number; actors: number }

export function serializeAnalysis(analysis: { actors: readonly unknown[]; claims: readonly unknown[] }): SerializedAnalysis {
  return { json: JSON.stringify(analysis), claims: analysis.claims.length, actors: analysis.actors.length };
}

/** Items per part: a few milliseconds of structured-clone work on the receiving side. */
export const PART_SIZE = 200;

/** The parts of one result, in order; the last is flagged (an empty analysis is one empty last part). */
export function* replyParts(id: number, actors: readonly Actor[], claims: readonly Claim[]): Generator<AnalysisReply> {
  const total = actors.length + claims.length;
  for (let start = 0; start === 0 || start < total; start += PART_SIZE) {
    const end = start + PART_SIZE;
    yield {
      id,
      kind: 'part',
      actors: actors.slice(Math.min(start, actors.length), Math.min(end, actors.length)),
      claims: claims.slice(Math.max(0, start - actors.length), Math.max(0, end - actors.length)),
      last: end >= total,
    };
  }
}
