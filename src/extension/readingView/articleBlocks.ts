/**
 * Splits an article into the paragraphs the reading view shows. Each paragraph remembers the
 * editor line it starts on, which is what scroll sync maps between (`data-line`).
 *
 * Rule: a blank line always ends a paragraph, and so does a single newline (news copy usually puts
 * one paragraph per line) — except where the text is visibly hard-wrapped: the line before does not
 * end a sentence and the next line starts in lower case, so the two are one sentence and are kept
 * together. A headline followed by its first paragraph therefore stays two blocks.
 */
export interface ArticleBlock {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset just after the last non-blank character. */
  end: number;
  /** Zero-based editor line of `start`. */
  line: number;
}

interface Line {
  start: number;
  end: number;
  index: number;
}

/** Line breaks as VS Code counts them: \r\n, \n, or a lone \r. */
const lineBreak = /\r\n|\r|\n/g;
const sentenceEnd = /[.!?:;"'”’)\]…]$/u;
const continuesSentence = /^\p{Ll}/u;

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  let index = 0;
  lineBreak.lastIndex = 0;
  for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
    yield { start, end: match.index, index };
    start = match.index + match[0].length;
    index += 1;
  }
  yield { start, end: text.length, index };
}

/** The line's non-blank extent, or undefined for a blank line. */
function trimmed(text: string, line: Line): { start: number; end: number } | undefined {
  let start = line.start;
  let end = line.end;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return start < end ? { start, end } : undefined;
}

function isHardWrapped(text: string, previous: ArticleBlock, next: { start: number; end: number }): boolean {
  return !sentenceEnd.test(text.slice(Math.max(previous.start, previous.end - 1), previous.end)) &&
    continuesSentence.test(text.slice(next.start, next.end));
}

export function splitIntoBlocks(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let current: ArticleBlock | undefined;
  for (const line of linesOf(text)) {
    const extent = trimmed(text, line);
    if (extent === undefined) {
      current = undefined;
    } else if (current !== undefined && isHardWrapped(text, current, extent)) {
      current.end = extent.end;
    } else {
      current = { start: extent.start, end: extent.end, line: line.index };
      blocks.push(current);
    }
  }
  return blocks;
}
