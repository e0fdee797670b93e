/**
 * The words of a drafted claim, as assemble.ts will output them (contentParts.ts): its content without the cue, the
 * speaker and the writer's words between the quotes around them. "“We are ready,” she said, adding that the vote is
 * Tuesday. “It will pass.”" runs from the first quote to the last, but its words are the two quotes; the participle's
 * claim between them lies outside those words, so it is no attribution nested inside them.
 */
import { firstQuoteEndingAfter, type Quote } from './quotes';
import type { Token } from './tokens';
import type { DraftClaim } from './claims';
import { contentParts } from './contentParts';

export type CharRange = [number, number];

/**
 * The draft's words from character `start` to `end` (its trimmed content). Only the quotes next to the attribution
 * decide where the cut ends, so only those two are looked up (by binary search): a claim holding thousands of
 * quotes costs no more than one holding two.
 */
export function claimWords(text: string, tokens: readonly Token[], quotes: readonly Quote[], draft: DraftClaim, start: number, end: number): CharRange[] {
  const cue = draft.cue ? { start: tokens[draft.cue.first].start, end: tokens[draft.cue.last].end } : null;
  const source = draft.source ? { start: tokens[draft.source.first].start, end: tokens[draft.source.last].end } : null;
  // Where cue and source cut the content, from the first to the last of them that lies inside it (compared one by
  // one: no array of the two, no spread into Math.min and Math.max, for every outer claim).
  const cueCuts = cue !== null && cue.start < end && cue.end > start;
  const sourceCuts = source !== null && source.start < end && source.end > start;
  if (!cueCuts && !sourceCuts) return [[start, end]];
  const cutStart = !sourceCuts ? cue!.start : !cueCuts ? source!.start : Math.min(cue!.start, source!.start);
  const cutEnd = !sourceCuts ? cue!.end : !cueCuts ? source!.end : Math.max(cue!.end, source!.end);
  const around: Array<{ start: number; end: number; text: string }> = [];
  // The last quote inside the content ending before the cut, and the first one starting after it.
  const k = firstQuoteEndingAfter(quotes, cutStart);
  const before = k - 1 >= 0 ? quotes[k - 1] : null;
  if (before && before.start >= start) around.push({ start: before.start, end: before.end, text: '' });
  const a = firstQuoteEndingAfter(quotes, cutEnd);
  const after = a < quotes.length && quotes[a].start < cutEnd ? quotes[a + 1] : quotes[a];
  if (after && after.start >= cutEnd && after.end <= end) around.push({ start: after.start, end: after.end, text: '' });
  return contentParts(text, { start, end }, around, cue, source).map((p): CharRange => [p.start, p.end]);
}

/** Whether the characters [start, end) share one with the ranges. */
export function sharesWords(words: readonly CharRange[], start: number, end: number): boolean {
  return words.some(([a, b]) => Math.min(b, end) > Math.max(a, start));
}
