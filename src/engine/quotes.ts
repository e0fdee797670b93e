/**
 * Finds quotations in raw text: curly and straight double quotes, guillemets, the doubled apostrophes of some
 * wire archives (''…''), single quotes where a paragraph uses them as its only quotation marks, and quotes that
 * run over several paragraphs (a paragraph that opens a quote without closing it, the next one reopening it).
 * Works on characters, one paragraph at a time, in linear time whatever the input.
 */

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

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPENERS_BEFORE = /[\s([{\u2014\u2013:;,-]/;

function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\u201C' || c === '\u201E' || c === '\u00AB') marks.push({ at: i, length: 1, role: 'open' });
    else if (c === '\u201D' || c === '\u00BB') marks.push({ at: i, length: 1, role: 'close' });
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

function singleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '\u2018' && c !== '\u2019' && c !== "'") continue;
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

function pairMarks(marks: Mark[]): ParagraphQuotes {
  const quotes: Quote[] = [];
  let open = -1;
  for (const mark of marks) {
    if (open < 0) {
      if (mark.role !== 'close') open = mark.at;
    } else if (mark.role !== 'open') {
      quotes.push({ start: open, end: mark.at + mark.length, runsOn: false, continued: false });
      open = -1;
    }
    // An opening mark inside an open quote is a nested or stray mark: the outer quote stays open.
  }
  return { quotes, open };
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text[to - 1])) to--;
  return to;
}

export function findQuotes(text: string): Quote[] {
  const result: Quote[] = [];
  let previousRanOn = false;
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const lineStart = from;
    from = to + 1;
    // Blank lines between paragraphs do not end a running quote.
    if (text.slice(lineStart, to).trim() === '') continue;
    let marks = doubleMarks(text, lineStart, to);
    if (marks.length === 0) marks = singleMarks(text, lineStart, to);
    const { quotes, open } = pairMarks(marks);
    let ranOn = false;
    if (open >= 0) {
      const next = nextParagraphStart(text, to);
      const nextOpens = next < text.length && /[\u201C\u201E\u00AB"'`\u2018]/.test(text[next]);
      const startsParagraph = text.slice(lineStart, open).trim() === '';
      const end = trimEnd(text, open, to);
      if ((nextOpens || startsParagraph) && end > open + 1) {
        quotes.push({ start: open, end, runsOn: nextOpens, continued: false });
        ranOn = nextOpens;
      }
    }
    if (previousRanOn && quotes.length > 0 && text.slice(lineStart, quotes[0].start).trim() === '') {
      quotes[0].continued = true;
    }
    result.push(...quotes);
    previousRanOn = ranOn;
  }
  return result;
}

function nextParagraphStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
