/**
 * Messages between an analysis worker and its pool. A result travels in parts of at most PART_SIZE
 * actors and claims, and the worker sends the next part only when the pool acknowledges the last one:
 * a 5 MB article's analysis (tens of thousands of claims) posted at once would be deserialised in one
 * go (Node drains a port's queue in one task), blocking the receiving thread for hundreds of
 * milliseconds; part by part, the receiver's event loop runs between parts.
 */
import type { Actor, Claim } from '../engine/types';
import type { FileSummary } from '../extension/workspaceIndex/fileSummary';
import type { LineSource, ResultLine } from './resultLine';

/**
 * Pool → worker: analyse a text; make a batch article's output line from its bytes; summarise a file's bytes
 * (decoded in the worker, so the host never builds the string of a file it only indexes); or send the next
 * part of the current result.
 */
export type WorkerRequest =
  | { kind: 'analyze'; id: number; text: string }
  /** A batch's article as bytes, answered with its finished output line as bytes (resultLine.ts). */
  | { kind: 'line'; id: number; bytes: Uint8Array; source: LineSource }
  | { kind: 'summarize'; id: number; bytes: Uint8Array; maxLength: number }
  | { kind: 'next'; id: number };

export type AnalysisReply =
  | { id: number; kind: 'part'; actors: Actor[]; claims: Claim[]; last: boolean }
  | { id: number; kind: 'summary'; summary: FileSummary }
  /** `result.bytes` is moved to the receiver, not copied. */
  | { id: number; kind: 'line'; result: ResultLine }
  /** `input`: the file is not an article to index (not UTF-8, too long), rather than an engine failure. */
  | { id: number; kind: 'error'; message: string; input?: boolean };

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
