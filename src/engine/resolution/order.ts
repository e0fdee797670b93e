/**
 * Sorting claims, which mostly come in text order already: one pass that checks the order costs less than the
 * engine's sort, which copies the array and calls the comparison through a generic call for every pair it compares.
 * The sort is stable, so a list already in order is left as it is: skipping it changes nothing.
 */
import type { Resolved } from '../speakers';

/** Whether `items` are in `order` already. */
export function isInOrder<T>(items: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (order(items[i - 1], items[i]) > 0) return false;
  return true;
}

/** A copy of `items` sorted by `order`: a plain copy when they are in order already. */
export function sortedCopy<T>(items: readonly T[], order: (a: T, b: T) => number): T[] {
  return isInOrder(items, order) ? items.slice() : items.slice().sort(order);
}

/** Sorts `items` in place by `order`, unless they are in order already; returns them. */
export function sortInPlace<T>(items: T[], order: (a: T, b: T) => number): T[] {
  return isInOrder(items, order) ? items : items.sort(order);
}

/** Claims by where their content starts. */
export const byContentStart = (a: Resolved, b: Resolved): number => a.draft.contentStart - b.draft.contentStart;
