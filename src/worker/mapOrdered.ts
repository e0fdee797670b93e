/**
 * Runs `work` on up to `window` items at once and hands each result to `emit` in input order. The next
 * item is pulled from `source` only when fewer than `window` items are in work (the oldest is emitted
 * first if need be), and `emit` may return a promise (stdout draining): a slow reader slows the input,
 * so memory stays bounded by the window whatever the length of the input. With `weight` and `budget`,
 * no item is pulled either while the items in work weigh `budget` or more (their bytes, say): a window
 * wide enough for short articles then holds only a few long ones.
 */

export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface Window<T> {
  /** Items in work at most. */
  items: number;
  /** With `budget`: pull no item while those in work weigh this much or more (one item is always let in). */
  weight?: (item: T) => number;
  budget?: number;
}

function settle<R>(promise: Promise<R>): Promise<Settled<R>> {
  return promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
}

export async function mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  window: number | Window<T>,
  work: (item: T) => Promise<R>,
  emit: (item: T, result: Settled<R>) => Promise<void> | void,
): Promise<void> {
  const { items, weight = () => 0, budget = Infinity } = typeof window === 'number' ? { items: window } : window;
  const inFlight: { item: T; weight: number; result: Promise<Settled<R>> }[] = [];
  let load = 0;
  const emitOldest = async () => {
    const oldest = inFlight.shift()!;
    load -= oldest.weight;
    await emit(oldest.item, await oldest.result);
  };
  for await (const item of source) {
    // A work function that throws synchronously is a failed item like any other.
    const entry = { item, weight: weight(item), result: settle(Promise.resolve().then(() => work(item))) };
    inFlight.push(entry);
    load += entry.weight;
    while (inFlight.length >= Math.max(1, items) || (inFlight.length > 0 && load >= budget)) await emitOldest();
  }
  while (inFlight.length > 0) await emitOldest();
}
