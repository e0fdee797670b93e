/**
 * Leading-and-trailing throttle for scroll sync, shared by the host and the webview: the first
 * event goes through at once (responsive), later ones within the window collapse into one call
 * with the latest arguments at its end (so the final position is never lost).
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  /** Drops a pending trailing call (on dispose). */
  cancel(): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function throttle<A extends unknown[]>(fn: (...args: A) => void, waitMs: number, clock: Clock = realClock): Throttled<A> {
  let lastRun = -Infinity;
  let pending: { args: A; handle: unknown } | undefined;

  const run = (args: A) => {
    lastRun = clock.now();
    fn(...args);
  };

  const throttled = ((...args: A) => {
    const elapsed = clock.now() - lastRun;
    if (pending) {
      pending.args = args;
    } else if (elapsed >= waitMs) {
      run(args);
    } else {
      const entry: { args: A; handle: unknown } = { args, handle: undefined };
      entry.handle = clock.setTimeout(() => {
        pending = undefined;
        run(entry.args);
      }, waitMs - elapsed);
      pending = entry;
    }
  }) as Throttled<A>;

  throttled.cancel = () => {
    if (pending) clock.clearTimeout(pending.handle);
    pending = undefined;
  };
  return throttled;
}
