/**
 * `target.push(...items)` passes every item as an argument, and V8 throws "Maximum call stack size exceeded"
 * somewhere past a hundred thousand of them; hostile text reaches that (a paragraph of quote marks, a sentence
 * of coordinated "that" clauses). Appending one by one has no such limit and costs the same.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
