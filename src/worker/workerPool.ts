/**
 * A fixed pool of analysis workers (dist/analysisWorker.js) for the CLI and the extension. Each worker
 * runs one analysis at a time and, by default, is handed one job at a time, so a priority job (the
 * document the reader has open) waits for one article at most, never for a whole queued workspace.
 * A batch (the CLI) hands each worker its next job before the current one ends (`depth`), so a worker
 * never waits for this thread between two articles. A worker that dies fails only its running job
 * (the jobs handed to it behind that one go back to the queue) and is replaced; queued jobs can be
 * withdrawn with an AbortSignal (a newer version of the same document).
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Actor, Analysis, Claim } from '../engine/types';
import type { FileSummary } from '../extension/workspaceIndex/fileSummary';
import { ArticleInputError } from '../extension/workspaceIndex/articleBytes';
import type { AnalysisReply, WorkerRequest } from './protocol';
import type { LineSource, ResultLine } from './resultLine';

export interface PoolJobOptions {
  /** Runs before every job queued without it. */
  priority?: boolean;
  /** Withdraws the job while it is still queued; a job already running finishes (its result is then ignored). */
  signal?: AbortSignal;
}

type JobInput =
  | { kind: 'analyze'; text: string }
  | { kind: 'line'; bytes: Uint8Array; source: LineSource }
  | { kind: 'summarize'; bytes: Uint8Array; maxLength: number };
type JobResult = Analysis | FileSummary | ResultLine;

interface Job {
  id: number;
  /** Held until the worker starts the job: a job handed to a worker that dies before starting it runs elsewhere. */
  input: JobInput | undefined;
  priority: boolean;
  actors: Actor[];
  claims: Claim[];
  resolve(result: JobResult): void;
  reject(error: Error): void;
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker;
  /** Jobs handed to this worker, in the order it answers them: the first is running. */
  jobs: Job[];
}

export interface PoolOptions {
  /**
   * Jobs handed to one worker at a time (default 1). With more, the next article is already in the
   * worker's queue when it posts a result: on a machine whose cores the workers fill, this thread may wait
   * milliseconds for a core before it can hand out more work, and the worker would idle meanwhile. A
   * priority job may then wait for `depth` articles.
   */
  depth?: number;
  /** Heap limits of each worker (node:worker_threads' resourceLimits). */
  resourceLimits?: ResourceLimits;
}

export class AbortedError extends Error {
  constructor() {
    super('analysis withdrawn');
    this.name = 'AbortError';
  }
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly urgent: Job[] = [];
  private readonly queued: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly depth: number;

  constructor(private readonly script: string, readonly size: number, private readonly options: PoolOptions = {}) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a worker pool needs at least one worker, not ${size}`);
    this.depth = options.depth ?? 1;
    if (!Number.isInteger(this.depth) || this.depth < 1) throw new RangeError(`a worker takes at least one job at a time, not ${this.depth}`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Jobs queued or running. */
  get pending(): number {
    return this.urgent.length + this.queued.length + this.slots.reduce((sum, slot) => sum + slot.jobs.length, 0);
  }

  analyze(text: string, options: PoolJobOptions = {}): Promise<Analysis> {
    return this.submit<Analysis>({ kind: 'analyze', text }, options);
  }

  /**
   * A batch's article (a line of `--input jsonl`, or a file's bytes) analysed into its output line, as
   * bytes (resultLine.ts): the caller's thread neither parses, decodes nor serialises. The caller's bytes are copied.
   */
  line(bytes: Uint8Array, source: LineSource, options: PoolJobOptions = {}): Promise<ResultLine> {
    return this.submit<ResultLine>({ kind: 'line', bytes, source }, options);
  }

  /**
   * The workspace index's summary of a file, decoded, analysed and summarised in the worker; a file that
   * is not UTF-8 or is longer than `maxLength` is rejected with an ArticleInputError. The bytes are
   * copied once and the copy moved to the worker, not cloned.
   */
  summarize(bytes: Uint8Array, maxLength: number, options: PoolJobOptions = {}): Promise<FileSummary> {
    return this.submit<FileSummary>({ kind: 'summarize', bytes: bytes.slice(), maxLength }, options);
  }

  private submit<T extends JobResult>(input: JobInput, options: PoolJobOptions): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (options.signal?.aborted) return Promise.reject(new AbortedError());
    return new Promise<T>((resolve, reject) => {
      const job: Job = { id: this.nextId++, input, priority: options.priority ?? false, actors: [], claims: [], resolve: resolve as (result: JobResult) => void, reject, signal: options.signal };
      (options.priority ? this.urgent : this.queued).push(job);
      options.signal?.addEventListener('abort', () => this.withdraw(job), { once: true });
      this.dispatch();
    });
  }

  /** Terminates the workers; jobs not finished are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const unfinished = [...this.urgent.splice(0), ...this.queued.splice(0), ...this.slots.flatMap((slot) => slot.jobs)];
    for (const job of unfinished) job.reject(new Error('the analysis pool was closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { resourceLimits: this.options.resourceLimits }), jobs: [] };
    slot.worker.on('message', (reply: AnalysisReply) => this.receive(slot, reply));
    // An engine crash is answered with an error reply; 'error' and 'exit' mean the worker itself died.
    slot.worker.on('error', (error) => this.replace(slot, error));
    slot.worker.on('exit', (code) => this.replace(slot, new Error(`the analysis worker exited with code ${code}`)));
    return slot;
  }

  private replace(slot: Slot, error: Error): void {
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const [running, ...behind] = slot.jobs;
    running?.reject(error);
    // The jobs behind it never started: they run on another worker, ahead of the jobs not yet handed out.
    for (const job of behind.reverse()) (job.priority ? this.urgent : this.queued).unshift(job);
    slot.jobs = [];
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private receive(slot: Slot, reply: AnalysisReply): void {
    const job = slot.jobs[0];
    if (!job || job.id !== reply.id) return;
    if (reply.kind === 'error') {
      job.reject(reply.input ? new ArticleInputError(reply.message) : new Error(reply.message));
    } else if (reply.kind === 'summary') {
      job.resolve(reply.summary);
    } else if (reply.kind === 'line') {
      job.resolve(reply.result);
    } else {
      for (const actor of reply.actors) job.actors.push(actor);
      for (const claim of reply.claims) job.claims.push(claim);
      if (!reply.last) {
        // Ask for the next part only after this task ends, so the event loop runs between parts.
        setImmediate(() => this.post(slot, { kind: 'next', id: job.id }));
        return;
      }
      job.resolve({ actors: job.actors, claims: job.claims });
    }
    slot.jobs.shift();
    this.started(slot);
    this.dispatch();
  }

  /** The worker runs its first job now: the pool need not hold that job's text (5 MB, maybe) any longer. */
  private started(slot: Slot): void {
    if (slot.jobs.length > 0) slot.jobs[0].input = undefined;
  }

  private post(slot: Slot, request: WorkerRequest, transfer: ArrayBuffer[] = []): void {
    if (!this.closed && this.slots.includes(slot)) slot.worker.postMessage(request, transfer);
  }

  private withdraw(job: Job): void {
    for (const queue of [this.urgent, this.queued]) {
      const index = queue.indexOf(job);
      if (index >= 0) {
        queue.splice(index, 1);
        job.reject(new AbortedError());
      }
    }
  }

  private dispatch(): void {
    // Every worker gets a first job before any gets a second.
    for (let level = 1; level <= this.depth; level++) {
      for (const slot of this.slots) {
        if (slot.jobs.length >= level) continue;
        const job = this.urgent.shift() ?? this.queued.shift();
        if (!job) return;
        slot.jobs.push(job);
        this.hand(slot, job);
        this.started(slot);
      }
    }
  }

  private hand(slot: Slot, job: Job): void {
    const input = job.input!;
    if (input.kind === 'analyze') return this.post(slot, { kind: 'analyze', id: job.id, text: input.text });
    if (input.kind === 'line') return this.post(slot, { kind: 'line', id: job.id, bytes: input.bytes, source: input.source });
    // Moved, not cloned; a job that waits behind another keeps its own copy, to run elsewhere if this worker dies.
    const bytes = slot.jobs[0] === job ? input.bytes : input.bytes.slice();
    this.post(slot, { kind: 'summarize', id: job.id, bytes, maxLength: input.maxLength }, [bytes.buffer as ArrayBuffer]);
  }
}
