/**
 * The words of a claim without the attribution that interrupts them. In "“We are ready,” said Ana Ruiz, the
 * council's chair. “The vote is Tuesday.”" the claim runs from the first quote to the last, but its words are the
 * two quotes: the cue, the speaker and the appositive between them are the writer's. In "The plan, Ruiz said, will
 * fail" the words are "The plan" and "will fail". A reader's view marks the parts; scoring and exports read them.
 */
import type { Span } from './types';
import { isSpaceAt } from './letters';

interface Range {
  start: number;
  end: number;
}

/** Punctuation and spaces that separate a part from the attribution cut out after or before it. */
const AT_CUT_START = /^[\s,.;:\u2014\u2013-]+/;
const AT_CUT_END = /[\s,;:\u2014\u2013-]+$/;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The cut: from the first of cue and source to the last, widened to the quoted runs around it. Between the end
 * of the quote before and the start of the quote after, everything is the writer's ("…,” Ruiz, who chairs the
 * council, said on Tuesday. “…"). Without a quote on one side the cut stops at the cue or source itself.
 */
function attributionCut(content: Range, quotes: readonly Span[], cuts: readonly Range[]): Range {
  let start = content.end;
  let end = content.start;
  for (const c of cuts) {
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
  }
  let before = -1;
  let after = -1;
  for (const q of quotes) {
    if (q.end <= start) before = q.end;
    else if (q.start >= end && after < 0) after = q.start;
  }
  return { start: before >= 0 ? before : start, end: after >= 0 ? after : end };
}

/** A piece of the content, trimmed where it meets the cut; null when nothing but punctuation is left. */
function piece(text: string, start: number, end: number, cutBefore: boolean, cutAfter: boolean): Range | null {
  let s = start;
  let e = end;
  if (cutBefore) s += AT_CUT_START.exec(text.slice(s, Math.min(e, s + 40)))?.[0].length ?? 0;
  if (cutAfter) e -= AT_CUT_END.exec(text.slice(Math.max(s, e - 40), e))?.[0].length ?? 0;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return e > s && HAS_WORD.test(text.slice(s, e)) ? { start: s, end: e } : null;
}

/**
 * The content's parts outside the attribution (cue and source, and the writer's words between the quotes around
 * them). A content that holds neither cue nor source is one part; so is a content the cut would leave empty.
 */
export function contentParts(text: string, content: Range, quotes: readonly Span[], cue: Range | null, source: Range | null): Range[] {
  // (The two tested one by one, not filtered from an array of them: this runs for every claim.)
  const inside: Range[] = [];
  if (cue !== null && cue.start < content.end && cue.end > content.start) inside.push(cue);
  if (source !== null && source.start < content.end && source.end > content.start) inside.push(source);
  if (inside.length === 0) return [content];
  const cut = attributionCut(content, quotes, inside);
  const parts: Range[] = [];
  const left = cut.start > content.start ? piece(text, content.start, cut.start, false, true) : null;
  const right = cut.end < content.end ? piece(text, cut.end, content.end, true, false) : null;
  if (left) parts.push(left);
  if (right) parts.push(right);
  return parts.length > 0 ? parts : [content];
}
