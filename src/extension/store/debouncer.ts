/**
 * Per-key debouncing with an injectable timer: each `schedule` for a key replaces the pending run for
 * that key, so a burst of edits to one document leads to one re-analysis after the last edit, while
 * edits to different documents do not delay each other.
 */

/** The two timer functions the debouncer uses; tests pass a fake clock. */
export interface TimerApi {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: TimerApi = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class KeyedDebouncer {
  private readonly pending = new Map<string, unknown>();
  private disposed = false;

  constructor(private readonly timers: TimerApi = realTimers) {}

  /** Runs `task` after `delayMs` unless the same key is scheduled again or cancelled first. */
  schedule(key: string, delayMs: number, task: () => void): void {
    if (this.disposed) return;
    this.cancel(key);
    const delay = Number.isFinite(delayMs) && delayMs > 0 ? delayMs : 0;
    const handle = this.timers.setTimeout(() => {
      this.pending.delete(key);
      task();
    }, delay);
    this.pending.set(key, handle);
  }

  cancel(key: string): void {
    if (!this.pending.has(key)) return;
    this.timers.clearTimeout(this.pending.get(key));
    this.pending.delete(key);
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
    this.disposed = true;
  }
}
