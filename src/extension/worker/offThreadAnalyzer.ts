/**
 * The engine off the extension host's thread: a WorkerPool over dist/analysisWorker.js, created on first
 * use (activation loads no model). A host without `node:worker_threads` (a web extension host) gets
 * undefined, and the store then analyses in process, under the old length limit.
 */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { Analysis } from '../../engine/types';
import type { FileSummary } from '../workspaceIndex/fileSummary';
import { WorkerPool, type PoolJobOptions } from '../../worker/workerPool';

export interface OffThreadAnalyzer {
  analyze(text: string, options?: PoolJobOptions): Promise<Analysis>;
  /** The workspace index's summary of a file's bytes, decoded and analysed in the worker. */
  summarize(bytes: Uint8Array, maxLength: number, options?: PoolJobOptions): Promise<FileSummary>;
  dispose(): void;
}

/** The worker bundle beside dist/extension.js. */
export function workerScript(extensionPath: string): string {
  return path.join(extensionPath, 'dist', 'analysisWorker.js');
}

function workerThreadsAvailable(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return typeof (require('node:worker_threads') as typeof import('node:worker_threads')).Worker === 'function';
  } catch {
    return false;
  }
}

/**
 * One worker per core but one, at most four: the host keeps a core to itself (on a two-core machine,
 * one worker), and the open document's analysis jumps the workspace index's queue (priority jobs).
 */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

export function createOffThreadAnalyzer(script: string, size = defaultPoolSize()): OffThreadAnalyzer | undefined {
  if (!workerThreadsAvailable()) return undefined;
  let pool: WorkerPool | undefined;
  return {
    analyze(text, options) {
      pool ??= new WorkerPool(script, size);
      return pool.analyze(text, options);
    },
    summarize(bytes, maxLength, options) {
      pool ??= new WorkerPool(script, size);
      return pool.summarize(bytes, maxLength, options);
    },
    dispose() {
      void pool?.close();
      pool = undefined;
    },
  };
}
