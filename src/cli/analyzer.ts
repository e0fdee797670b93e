/**
 * Where the CLI's analyses run: in this process for `--jobs 1`, otherwise in a pool of worker threads
 * (dist/analysisWorker.js beside dist/cli.js). Either way the caller gets a promise per article.
 */
import * as path from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import type { Analysis } from '../engine/types';
import { WorkerPool } from '../worker/workerPool';
import { resultLine, type LineSource, type ResultLine } from '../worker/resultLine';

export interface Analyzer {
  analyze(text: string): Promise<Analysis>;
  /** An article's bytes to its JSON Lines output line as bytes: with a pool, all of it off this thread. */
  line(bytes: Uint8Array, source: LineSource): Promise<ResultLine>;
  close(): Promise<void>;
}

export function workerScript(): string {
  return path.join(__dirname, 'analysisWorker.js');
}

/**
 * Articles handed to each worker at once: the next is waiting in the worker when it posts a result, so it
 * does not idle while this thread waits for a core (the workers fill them) to hand out the next one. Two
 * workers over 2,000 articles on this busy two-core machine (event-loop utilisation): idle 17–21% of the
 * time with one job each, 5–8% with two, 0.4–1.4% with three.
 */
export const JOBS_PER_WORKER = 3;

/**
 * Each worker's heap. V8 lets an old generation grow, before it collects it, by a factor that depends on
 * the heap's limit: about four with the default limit (4 GB here), so a worker whose live data is ~45 MB
 * (the language model, the engine's tables) held 100–190 MB of old generation over 10,000 articles, and
 * two workers took the process to 450–490 MB. Under a 512 MB limit the factor is about 1.35 (an old
 * generation of 50–75 MB), and a 16 MB young generation (semi-spaces of 5 MB rather than 16) halves the
 * rest: 290–297 MB. The price is more collections: one worker over 2,520 articles after a warm-up took
 * 8% more CPU time, worker and V8's threads together (medians of nine alternating runs, 4.6 s against
 * 4.2 s), most of it the old generation's limit (4.6 s with it alone); a 12 MB young generation took 29%
 * more, an article's working set then outliving its semi-space. 512 MB still holds an 8 MB article; a
 * longer one gets an error and the batch goes on (`--jobs 1`, in this thread, has no such limit).
 *
 * Measured again end to end (2026-12-01, idle machine, `--input jsonl --jobs 2` over 10,000 articles, the CLI
 * as shipped): with a 16 MB young generation the process peaked at 309–314 MB in four runs, over the 300 MB
 * target; with 12 MB at 287–294 MB, for 3–5% more wall time (14.5–15.9 s against 14.0–15.2 s) — far less than
 * the single-worker figure above, as the two workers' collections overlap the other's work.
 */
export const WORKER_HEAP: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 12 };

export function createAnalyzer(jobs: number): Analyzer {
  if (jobs > 1) {
    const pool = new WorkerPool(workerScript(), jobs, { depth: JOBS_PER_WORKER, resourceLimits: WORKER_HEAP });
    return { analyze: (text) => pool.analyze(text), line: (bytes, source) => pool.line(bytes, source), close: () => pool.close() };
  }
  // The engine of the worker bundle, required at run time (a computed path, which esbuild leaves alone) as the
  // extension does (inProcessEngine.ts): the engine and its model ship once, in dist/analysisWorker.js, and a run
  // with workers neither loads nor parses them on this thread (dist/cli.js: 160 KB rather than 4.4 MB).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyze } = require(workerScript()) as { analyze: (text: string) => Analysis };
  return { analyze: async (text) => analyze(text), line: async (bytes, source) => resultLine(bytes, source, analyze), close: async () => undefined };
}
