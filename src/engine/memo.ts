/**
 * A pure function of a string remembered in a bounded table: the engine asks the same questions of the same words
 * and names again and again, across passes and articles. The table is emptied when full, and keys longer than
 * `longestKey` are computed each time, so its memory stays bounded whatever the text.
 */
export function remembered<T>(compute: (key: string) => T, maxEntries: number, longestKey = Infinity): (key: string) => T {
  const table = new Map<string, T>();
  return (key) => {
    if (key.length > longestKey) return compute(key);
    let value = table.get(key);
    if (value === undefined) {
      if (table.size >= maxEntries) table.clear();
      value = compute(key);
      table.set(key, value);
    }
    return value;
  };
}
