/**
 * `target.push(...items)` passes every item as an argument, and V8 throws "Maximum call stack size exceeded"
 * somewhere past a hundred thousand of them; hostile text reaches that (a paragraph of quote marks, a sentence
 * of coordinated "that" clauses). Appending one by one has no such limit and costs the same.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Sorting claims, drafts and mentions, which mostly come in text order already and are few (a dozen to an article):
 * one pass that checks the order costs less than the engine's sort, which copies the array and calls the comparison
 * through a generic call for every pair it compares; and a short list is sorted by insertion, about twice as fast
 * (measured on a dozen mentions). Every sort here is stable, so the order is the one Array.prototype.sort gives.
 */
/** Whether `items` are in `order` already. */
export function isInOrder<T>(items: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (order(items[i - 1], items[i]) > 0) return false;
  return true;
}

/** A copy of `items` sorted by `order`: a plain copy when they are in order already. */
export function sortedCopy<T>(items: readonly T[], order: (a: T, b: T) => number): T[] {
  return isInOrder(items, order) ? items.slice() : sortStably(items.slice(), order);
}

/** Sorts `items` in place by `order`, unless they are in order already; returns them. */
export function sortInPlace<T>(items: T[], order: (a: T, b: T) => number): T[] {
  return isInOrder(items, order) ? items : sortStably(items, order);
}

/** Longest list sorted by insertion: quadratic in its length, so longer ones go to the engine's sort. */
const SHORT_LIST = 16;

/** Sorts `items` in place by `order`, stably (equal items keep their order); returns them. */
export function sortStably<T>(items: T[], order: (a: T, b: T) => number): T[] {
  if (items.length > SHORT_LIST) return items.sort(order);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && order(items[j], item) > 0; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
}
