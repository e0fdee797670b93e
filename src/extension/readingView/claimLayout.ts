/**
 * Lays claims out over paragraphs: cuts every paragraph at claim, quote and label boundaries into
 * pieces that each belong to at most one claim, so the renderer can emit flat, well-nested HTML
 * however the claims overlap.
 *
 * Rules:
 * - A claim that crosses paragraphs is split: each paragraph gets its own piece(s).
 * - Where claims overlap or nest, the shortest claim owns the overlap (it is the more specific
 *   statement, and it would otherwise be unreachable); ties go to the claim listed first. The
 *   longer claim keeps the rest of its text, so it is split around the shorter one.
 * - A claim covers only its parts: the attribution that interrupts its words ("“A,” said Ruiz, the
 *   chair. “B.”") stays plain text between them.
 * - A piece is "quoted" if any claim covering it has a quoted run over it.
 * - A claim with quotes gets one speaker label, right after its last quoted run.
 * Offsets outside the text, empty or reversed spans are dropped rather than trusted.
 */
import type { Claim, Span } from '../../engine/types';
import type { ArticleBlock } from './articleBlocks';

export interface Piece {
  start: number;
  end: number;
  /** The claim that owns this text, or null for plain text. */
  owner: Claim | null;
  inQuote: boolean;
  /** Claims whose speaker label goes right after this piece. */
  labelsAfter: Claim[];
}

export interface BlockLayout {
  block: ArticleBlock;
  pieces: Piece[];
}

interface PlacedClaim {
  claim: Claim;
  order: number;
  start: number;
  end: number;
  /** The claim's words (its parts), or its whole content when it gives none. */
  parts: { start: number; end: number }[];
  quotes: { start: number; end: number }[];
}

interface PlacedLabel {
  offset: number;
  claim: Claim;
}

function clampSpan(span: Span | null | undefined, length: number): { start: number; end: number } | undefined {
  if (!span || !Number.isFinite(span.start) || !Number.isFinite(span.end)) return undefined;
  const start = Math.max(0, Math.min(length, Math.floor(span.start)));
  const end = Math.max(0, Math.min(length, Math.floor(span.end)));
  return start < end ? { start, end } : undefined;
}

function placeClaims(claims: readonly Claim[], length: number): PlacedClaim[] {
  const placed: PlacedClaim[] = [];
  claims.forEach((claim, order) => {
    const content = clampSpan(claim.content, length);
    if (!content) return;
    const quotes = (Array.isArray(claim.quotes) ? claim.quotes : [])
      .map((quote) => clampSpan(quote, length))
      .filter((quote): quote is { start: number; end: number } => quote !== undefined);
    const parts = (Array.isArray(claim.parts) ? claim.parts : [])
      .map((part) => clampSpan(part, length))
      .filter((part): part is { start: number; end: number } => part !== undefined && part.start >= content.start && part.end <= content.end);
    placed.push({ claim, order, ...content, parts: parts.length > 0 ? parts : [content], quotes });
  });
  return placed.sort((a, b) => a.start - b.start || a.order - b.order);
}

function placeLabels(placed: readonly PlacedClaim[]): PlacedLabel[] {
  return placed
    .filter((entry) => entry.quotes.length > 0)
    .map((entry) => ({ offset: Math.max(...entry.quotes.map((quote) => quote.end)), claim: entry.claim }))
    .sort((a, b) => a.offset - b.offset);
}

/** Shortest claim first, then the one listed first. */
function moreSpecific(a: PlacedClaim, b: PlacedClaim): PlacedClaim {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthA < lengthB ? a : b;
  return a.order <= b.order ? a : b;
}

function layoutBlock(block: ArticleBlock, active: readonly PlacedClaim[], labels: readonly PlacedLabel[]): Piece[] {
  const cuts = new Set<number>([block.start, block.end]);
  const addCut = (offset: number) => {
    if (offset > block.start && offset < block.end) cuts.add(offset);
  };
  for (const entry of active) {
    addCut(entry.start);
    addCut(entry.end);
    for (const part of entry.parts) {
      addCut(part.start);
      addCut(part.end);
    }
    for (const quote of entry.quotes) {
      addCut(quote.start);
      addCut(quote.end);
    }
  }
  for (const label of labels) addCut(label.offset);

  const sortedCuts = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let index = 0; index + 1 < sortedCuts.length; index += 1) {
    const start = sortedCuts[index];
    const end = sortedCuts[index + 1];
    const covering = active.filter((entry) => entry.parts.some((part) => part.start <= start && part.end >= end));
    const owner = covering.length === 0 ? undefined : covering.reduce(moreSpecific);
    pieces.push({
      start,
      end,
      owner: owner ? owner.claim : null,
      inQuote: covering.some((entry) => entry.quotes.some((quote) => quote.start <= start && quote.end >= end)),
      labelsAfter: labels.filter((label) => label.offset === end).map((label) => label.claim),
    });
  }
  return pieces;
}

export function layoutClaims(textLength: number, blocks: readonly ArticleBlock[], claims: readonly Claim[]): BlockLayout[] {
  const placed = placeClaims(claims, textLength);
  const labels = placeLabels(placed);
  const layouts: BlockLayout[] = [];
  let nextClaim = 0;
  let nextLabel = 0;
  let active: PlacedClaim[] = [];
  blocks.forEach((block, index) => {
    // Claims enter once they start before this block ends and leave once they end before it starts.
    while (nextClaim < placed.length && placed[nextClaim].start < block.end) active.push(placed[nextClaim++]);
    active = active.filter((entry) => entry.end > block.start);
    // A label belongs to the last block starting before it; one that falls in the gap after a
    // paragraph (a quote ending on trailing whitespace) sits at that paragraph's end.
    const nextBlockStart = index + 1 < blocks.length ? blocks[index + 1].start : Infinity;
    while (nextLabel < labels.length && labels[nextLabel].offset <= block.start) nextLabel += 1;
    const blockLabels: PlacedLabel[] = [];
    while (nextLabel < labels.length && labels[nextLabel].offset <= nextBlockStart) {
      const label = labels[nextLabel++];
      blockLabels.push({ offset: Math.min(label.offset, block.end), claim: label.claim });
    }
    const inBlock = active.filter((entry) => entry.start < block.end);
    layouts.push({ block, pieces: layoutBlock(block, inBlock, blockLabels) });
  });
  return layouts;
}
