/**
 * Finds the stretches in which the extension host's event loop did not turn, and says for each how the
 * host's main thread spent it (Linux: /proc/self/task/PID/schedstat, nanoseconds): running on a CPU, or
 * runnable but waiting in the run queue for one. A stretch the thread spent running is a block; one it
 * spent in the run queue was a wait for a core, which a machine whose two cores run a worker,
 * code-server, Chromium and another session's jobs imposes on any thread. Time in neither (the thread off
 * a CPU and not runnable) is reported but not counted as a block: the extension does no synchronous I/O on
 * this thread (the index reads and writes through vscode.workspace.fs), and on this two-vCPU machine the
 * host's thread was seen asleep for 100 ms at a time while the worker, code-server and Chromium ran.
 */
import { readFileSync } from 'node:fs';
import { performance, PerformanceObserver } from 'node:perf_hooks';

export interface LoopGap {
  endsAt: number;
  ms: number;
  /** The main thread's time on a CPU and in the run queue during the gap; undefined where /proc is not available. */
  runningMs: number | undefined;
  queuedMs: number | undefined;
  /** Garbage-collection pauses of this thread that ended within the gap, in ms. */
  collections: number[];
}

interface ThreadTimes {
  runningMs: number;
  queuedMs: number;
}

function mainThreadTimes(): ThreadTimes | undefined {
  try {
    const [running, queued] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
    return Number.isFinite(running) && Number.isFinite(queued) ? { runningMs: running / 1e6, queuedMs: queued / 1e6 } : undefined;
  } catch {
    return undefined;
  }
}

/** A stretch over `limitMs` in which the thread computed for more than `limitMs` (everywhere else: any long stretch). */
export function isBlock(gap: LoopGap, limitMs: number): boolean {
  if (gap.ms <= limitMs) return false;
  if (gap.runningMs === undefined || gap.queuedMs === undefined) return true;
  return gap.runningMs > limitMs;
}

export function watchLoopGaps(thresholdMs = 40): { stop(): LoopGap[] } {
  const started = performance.now();
  const gaps: LoopGap[] = [];
  let last = performance.now();
  let lastTimes = mainThreadTimes();
  const pauses: { end: number; ms: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ end: entry.startTime + entry.duration, ms: Math.round(entry.duration) });
  });
  observer.observe({ entryTypes: ['gc'] });
  const timer = setInterval(() => {
    const now = performance.now();
    const times = mainThreadTimes();
    if (now - last > thresholdMs) {
      const known = times !== undefined && lastTimes !== undefined;
      gaps.push({
        endsAt: Math.round(now - started),
        ms: Math.round(now - last),
        runningMs: known ? Math.round(times.runningMs - lastTimes!.runningMs) : undefined,
        queuedMs: known ? Math.round(times.queuedMs - lastTimes!.queuedMs) : undefined,
        collections: pauses.filter((pause) => pause.end >= last && pause.end <= now && pause.ms >= 5).map((pause) => pause.ms),
      });
    }
    last = now;
    lastTimes = times;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      observer.disconnect();
      return gaps;
    },
  };
}

export function describeGap(gap: LoopGap): string {
  const how = gap.runningMs === undefined ? 'how spent unknown' : `running ${gap.runningMs} ms, waiting for a core ${gap.queuedMs} ms`;
  const collected = gap.collections.length > 0 ? `, of it garbage collection ${gap.collections.join(' + ')} ms` : '';
  return `${gap.ms} ms without a turn ending at ${gap.endsAt} ms (${how}${collected})`;
}
