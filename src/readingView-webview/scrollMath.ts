/**
 * Maps between page offsets and editor lines through the rendered paragraphs (`data-line`), like
 * the markdown preview's scroll sync. DOM-free so it is unit-tested; positions are measured by
 * the caller. Lines may be fractional: halfway down a paragraph that starts on line 4 and whose
 * successor starts on line 6 is line 5.
 */
export interface BlockPosition {
  line: number;
  /** Page offset of the block's top edge. */
  top: number;
  height: number;
}

/** Index of the last block whose `key` is <= value, or -1 (blocks are in page and line order). */
function lastAtOrBefore(blocks: readonly BlockPosition[], value: number, key: (block: BlockPosition) => number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(blocks[middle]) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** The editor line shown at page offset `offset`; above the first paragraph is line 0. */
export function lineAtOffset(blocks: readonly BlockPosition[], offset: number): number {
  const index = lastAtOrBefore(blocks, offset, (block) => block.top);
  if (index < 0) return 0;
  const block = blocks[index];
  const next = blocks[index + 1];
  const progress = clamp01((offset - block.top) / Math.max(block.height, 1));
  return block.line + progress * (next ? next.line - block.line : 1);
}

/** The page offset to scroll to so that `line` is at the top; line 0 and earlier is the page top. */
export function offsetForLine(blocks: readonly BlockPosition[], line: number): number {
  if (blocks.length === 0 || line <= blocks[0].line) return 0;
  const index = lastAtOrBefore(blocks, line, (block) => block.line);
  const block = blocks[index];
  const next = blocks[index + 1];
  const progress = clamp01(next ? (line - block.line) / Math.max(next.line - block.line, 1) : line - block.line);
  return block.top + progress * block.height;
}
