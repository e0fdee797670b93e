/**
 * Finds quotations in raw text: curly and straight double quotes, guillemets, the doubled apostrophes of some
 * wire archives (''…''), single quotes where a paragraph uses them as its only quotation marks, and quotes that
 * run over several paragraphs (a paragraph that opens a quote without closing it, the next one reopening it).
 * Works on characters, one paragraph at a time, in linear time whatever the input.
 */
import { appendAll } from './arrays';

export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark, or the paragraph's end when the quote runs on into the next one. */
  end: number;
  /** True when the paragraph ended before the quote closed and the next paragraph reopens it. */
  runsOn: boolean;
  /** True when this quote reopens one that ran on from the previous paragraph. */
  continued: boolean;
}

type Mark = { at: number; length: number; role: 'open' | 'close' | 'either' };

// Module constants: asked around every quote mark, and a literal in the arrow would be a new RegExp object per call.
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
const OPENERS_BEFORE = /[\s([{\u2014\u2013:;,-]/;

/** Characters that may be, or begin, a double quotation mark: the scan jumps between them natively. */
const DOUBLE_MARK_CANDIDATE = /["'`\u201C\u201D\u201E\u00AB\u00BB]/g;
/** Characters that may be a single quotation mark. */
const SINGLE_MARK_CANDIDATE = /['\u2018\u2019]/g;

/**
 * The next character of a text that a pattern matches, found natively and remembered. Paragraph after paragraph
 * asks for its next mark; a search that ran past the paragraph's end is kept, so the paragraphs after it, up to that
 * mark, are answered without scanning the same characters again (without it, a long text of short paragraphs with
 * one mark at its end took time growing with the square of its length).
 */
export class MarkScanner {
  /** The last search started at `from` and found `found` (-1: nothing up to the text's end). */
  private from = -1;
  private found = -1;
  constructor(private readonly text: string, private readonly pattern: RegExp) {}

  /** The offset of the first match at or after `i`, or -1. */
  next(i: number): number {
    if (this.from >= 0 && i >= this.from && (this.found < 0 || i <= this.found)) return this.found;
    this.pattern.lastIndex = i;
    const match = this.pattern.exec(this.text);
    this.from = i;
    this.found = match ? match.index : -1;
    return this.found;
  }
}

function doubleMarks(text: string, from: number, to: number, scanner: MarkScanner): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const at = scanner.next(i);
    if (at < 0 || at >= to) break;
    i = at;
    const c = text[i];
    if (c === '\u201C' || c === '\u201E' || c === '\u00AB' || c === '\u201D' || c === '\u00BB') {
      // Curly marks say which side they are on, except when converted text puts the wrong one in place:
      // “Not yet,“ he said — an opening mark between a comma and a space closes.
      const opening = c !== '\u201D' && c !== '\u00BB';
      const before = i > from ? text[i - 1] : undefined;
      const after = i + 1 < to ? text[i + 1] : undefined;
      const wrongSide = opening ? !isSpace(before) && isSpace(after) && /[,.?!]/.test(before ?? '') : isSpace(before) && isWordChar(after);
      marks.push({ at: i, length: 1, role: opening !== wrongSide ? 'open' : 'close' });
    }
    else if (c === '"' || (c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) {
      const length = c === '"' ? 1 : 2;
      const before = i > from ? text[i - 1] : undefined;
      const after = i + length < to ? text[i + length] : undefined;
      let role: Mark['role'] = 'either';
      if (c === '`') role = 'open';
      else if ((before === undefined || OPENERS_BEFORE.test(before)) && !isSpace(after)) role = 'open';
      else if (!isSpace(before) && (after === undefined || !isWordChar(after))) role = 'close';
      marks.push({ at: i, length, role });
      i += length - 1;
    }
  }
  return marks;
}

function singleMarks(text: string, from: number, to: number, scanner: MarkScanner): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const at = scanner.next(i);
    if (at < 0 || at >= to) break;
    i = at;
    const c = text[i];
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    // An apostrophe between letters (don’t, Peskov’s) is never a quotation mark.
    if (isWordChar(before) && isWordChar(after)) continue;
    if ((before === undefined || OPENERS_BEFORE.test(before)) && isWordChar(after)) marks.push({ at: i, length: 1, role: 'open' });
    else if (!isSpace(before) && !isWordChar(after) && c !== '\u2018') marks.push({ at: i, length: 1, role: 'close' });
  }
  return marks;
}

interface ParagraphQuotes {
  quotes: Quote[];
  /** An opening mark left unclosed at the paragraph's end. */
  open: number;
}

const CURLY_MARKS = '\u201C\u201D\u201E\u00AB\u00BB';

/**
 * Pairs marks into the outermost quotes. A quote of the other family inside an open quote nests
 * (“… "pwned" …”, "… “fair play” …"); a lone closing mark of the other family still closes the outer
 * quote, since converted text often mixes "… and ” for one quote.
 */
function pairMarks(text: string, marks: Mark[]): ParagraphQuotes {
  const quotes: Quote[] = [];
  const stack: Array<{ at: number; curly: boolean }> = [];
  for (const mark of marks) {
    const curly = CURLY_MARKS.includes(text[mark.at]);
    const top = stack[stack.length - 1];
    if (!top) {
      // “A,” she said.“ B.” — with no quote open, an opening curly mark glued to a full stop still opens one.
      if (mark.role !== 'close' || text[mark.at] === '\u201C') stack.push({ at: mark.at, curly });
      continue;
    }
    const sameFamily = top.curly === curly;
    if (mark.role === 'open' || (mark.role === 'either' && !sameFamily && stack.length < 3)) {
      if (!sameFamily || curly) stack.push({ at: mark.at, curly });
      continue;
    }
    // A closing mark: it closes the innermost quote of its family, or the outer quote if none is open.
    let depth = stack.length - 1;
    while (depth > 0 && stack[depth].curly !== curly) depth--;
    const opened = stack[depth];
    stack.length = depth;
    if (depth === 0) quotes.push({ start: opened.at, end: mark.at + mark.length, runsOn: false, continued: false });
  }
  return { quotes, open: stack.length > 0 ? stack[0].at : -1 };
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text[to - 1])) to--;
  return to;
}

export function findQuotes(text: string): Quote[] {
  const result: Quote[] = [];
  const doubles = new MarkScanner(text, DOUBLE_MARK_CANDIDATE);
  const singles = new MarkScanner(text, SINGLE_MARK_CANDIDATE);
  let previousRanOn = false;
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const lineStart = from;
    from = to + 1;
    // Blank lines between paragraphs do not end a running quote.
    if (text.slice(lineStart, to).trim() === '') continue;
    let marks = doubleMarks(text, lineStart, to, doubles);
    if (marks.length === 0) marks = singleMarks(text, lineStart, to, singles);
    const { quotes, open } = pairMarks(text, marks);
    let ranOn = false;
    if (open >= 0) {
      const next = nextParagraphStart(text, to);
      const nextOpens = next < text.length && /[\u201C\u201E\u00AB"'`\u2018]/.test(text[next]);
      const startsParagraph = text.slice(lineStart, open).trim() === '';
      // A quote opening a sentence and left open to the paragraph's end lost its closing mark.
      const startsSentence = /[.!?:]\s+$/.test(text.slice(Math.max(lineStart, open - 4), open));
      const end = trimEnd(text, open, to);
      if ((nextOpens || startsParagraph || startsSentence) && end > open + 1) {
        quotes.push({ start: open, end, runsOn: nextOpens, continued: false });
        ranOn = nextOpens;
      }
    }
    if (previousRanOn && quotes.length > 0 && text.slice(lineStart, quotes[0].start).trim() === '') {
      quotes[0].continued = true;
    }
    appendAll(result, quotes);
    previousRanOn = ranOn;
  }
  return result;
}

function nextParagraphStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/**
 * The index of the first quote ending after character `offset`, by binary search (quotes are sorted and disjoint);
 * quotes.length when none does.
 */
export function firstQuoteEndingAfter(quotes: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
