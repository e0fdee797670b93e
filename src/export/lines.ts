/**
 * Line numbers of character offsets, counted as an editor counts them (1-based; a line ends at "\r\n",
 * "\n" or "\r"), so that "line 12" in an export is line 12 in VS Code.
 */

export class LineIndex {
  /** Offsets at which each line starts; the first line starts at 0. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (const match of text.matchAll(/\r\n|\r|\n/g)) this.starts.push((match.index ?? 0) + match[0].length);
  }

  /** The 1-based line holding `offset` (an offset at a line's end belongs to that line). */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}
