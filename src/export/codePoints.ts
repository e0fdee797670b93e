/**
 * Converts the engine's offsets (JavaScript string indices, UTF-16 code units) to code-point offsets,
 * which is how Python indexes a str: formats read by Python tools (citron) need these. The two agree
 * on text without characters beyond U+FFFF (emoji, some CJK), which is most news text.
 */

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** A function from a UTF-16 offset into `text` to the code-point offset of the same place. */
export function codePointOffsets(text: string): (offset: number) => number {
  // The second halves of surrogate pairs, in order: each one before an offset makes it one smaller.
  const secondHalves: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) secondHalves.push(i);
  }
  if (secondHalves.length === 0) return (offset) => offset;
  return (offset) => offset - countBelow(secondHalves, offset);
}

/** How many of the sorted `positions` are less than `offset` (binary search). */
function countBelow(positions: readonly number[], offset: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
