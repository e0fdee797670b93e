/**
 * Runs `work` on up to `window` items at once and hands each result to `emit` in input order. The next
 * item is pulled from `source` only after the oldest one has been emitted, and `emit` may return a
 * promise (stdout draining): a slow reader slows the input, so memory stays bounded by the window
 * whatever the length of the input.
 */

export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

function settle<R>(promise: Promise<R>): Promise<Settled<R>> {
  return promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
}

export async function mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  window: number,
  work: (item: T) => Promise<R>,
  emit: (item: T, result: Settled<R>) => Promise<void> | void,
): Promise<void> {
  const inFlight: { item: T; result: Promise<Settled<R>> }[] = [];
  const emitOldest = async () => {
    const oldest = inFlight.shift()!;
    await emit(oldest.item, await oldest.result);
  };
  for await (const item of source) {
    // A work function that throws synchronously is a failed item like any other.
    inFlight.push({ item, result: settle(Promise.resolve().then(() => work(item))) });
    if (inFlight.length >= Math.max(1, window)) await emitOldest();
  }
  while (inFlight.length > 0) await emitOldest();
}
