/**
 * Tokenisation and part-of-speech tagging through wink-nlp, turned into tokens that carry character offsets,
 * sentence and paragraph numbers. wink-nlp is lossless (the tokens and their preceding spaces rebuild the text),
 * which is what lets every later span be exact.
 */
import { readWithWink, type WinkReading } from './winkReading';
import { SPLIT_TITLE_ABBREVIATIONS } from './lexicon/names';
import { findSentences } from './sentenceBreaks';
import { opensWithCapital } from './letters';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  /** Index of the sentence (after quote-aware merging, see units.ts) this token belongs to. */
  sentence: number;
  paragraph: number;
  /** Set by the quote pass: index of the quote span holding this token, or -1. */
  quote: number;
}

/**
 * Whether `value` stands in `chunk` at `at`: startsWith, written out, since the chunk is a slice of the text and
 * startsWith on it leaves the compiled loop for a runtime call on every token (measured: a tenth of this pass).
 */
function appearsAt(chunk: string, value: string, at: number): boolean {
  if (at + value.length > chunk.length) return false;
  for (let k = 0; k < value.length; k++) if (chunk.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** Characters wink-nlp reads as spacing between tokens. */
function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 160 || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/**
 * wink-nlp reads a whole document into memory at once; chunks bound that for very long inputs and keep the cost
 * linear. Chunks end at a paragraph break where one is near, otherwise at a space.
 */
const CHUNK_LENGTH = 50_000;

function chunkEnd(text: string, from: number): number {
  const limit = from + CHUNK_LENGTH;
  if (limit >= text.length) return text.length;
  const newline = text.lastIndexOf('\n', limit);
  if (newline > from + CHUNK_LENGTH / 2) return newline + 1;
  const sentenceEnd = text.lastIndexOf('. ', limit);
  if (sentenceEnd > from + CHUNK_LENGTH / 2) return sentenceEnd + 2;
  const space = text.lastIndexOf(' ', limit);
  if (space > from + CHUNK_LENGTH / 2) return space + 1;
  return limit;
}

/**
 * wink-nlp's tokenizer takes time that grows with the square of a word's length, so a pasted blob without
 * spaces would hang it. Runs of more than LONG_RUN non-space characters are cut with a space every LONG_RUN
 * characters in the copy wink-nlp reads; offsets stay the same and token texts come from the original.
 */
const LONG_RUN = 100;
const LONG_RUN_PATTERN = new RegExp(`\\S{${LONG_RUN + 1},}`, 'g');

/** Spacing that ends a run here: a subset of \s, so a run that LONG_RUN_PATTERN finds is always seen here too. */
function endsRun(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

/**
 * Whether any run of non-space characters is longer than LONG_RUN. Any such run covers one of every LONG_RUN + 1
 * positions, so only those are read, and the run is measured only around one that is not a space: about one
 * character in a hundred is read in ordinary text.
 */
function hasLongRun(chunk: string): boolean {
  const n = chunk.length;
  for (let i = LONG_RUN; i < n; i += LONG_RUN + 1) {
    if (endsRun(chunk.charCodeAt(i))) continue;
    let first = i;
    while (first > 0 && !endsRun(chunk.charCodeAt(first - 1)) && i - first < LONG_RUN) first--;
    let last = i;
    while (last + 1 < n && !endsRun(chunk.charCodeAt(last + 1)) && last - first < LONG_RUN) last++;
    if (last - first + 1 > LONG_RUN) return true;
  }
  return false;
}

function breakLongRuns(chunk: string): string {
  if (!hasLongRun(chunk)) return chunk;
  LONG_RUN_PATTERN.lastIndex = 0;
  return chunk.replace(LONG_RUN_PATTERN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += LONG_RUN) {
      const piece = run.slice(i, i + LONG_RUN);
      // The space takes one code unit's place; a surrogate half left alone in this copy only guides the cut.
      out += i + LONG_RUN < run.length ? piece.slice(0, -1) + ' ' : piece;
    }
    return out;
  });
}

/**
 * "the Rev. Ana Ruiz": a title's full stop that wink-nlp cut off as a token of its own, glued back when a capitalised
 * word follows (the name), so the title is one token ("Rev.") as the lexicons spell it.
 */
function gluesToTitle(tokens: Token[], start: number, read: WinkReading, i: number): boolean {
  const previous = tokens[tokens.length - 1];
  if (!previous || previous.end !== start || !SPLIT_TITLE_ABBREVIATIONS.has(previous.lower)) return false;
  let k = i + 1;
  while (k < read.count && read.tag(k) === 'SPACE') k++;
  return k < read.count && opensWithCapital(read.value(k));
}

/**
 * Whether token h is a hyphen touching the tokens on both sides ("Marsh-Ovitz", "secretary-general"): one word in
 * two parts. The caller makes sure that tokens h - 1 and h + 1 exist.
 */
export function isGluedHyphen(tokens: readonly Token[], h: number): boolean {
  const hyphen = tokens[h];
  return hyphen.text === '-' && hyphen.start === tokens[h - 1].end && tokens[h + 1].start === hyphen.end;
}

/** Hyphens with a space on each side ("Ruiz - who won gold - said"): dashes typed as hyphens, kept apart. */
const SPACED_HYPHENS = new WeakSet<Token>();

/** Whether a token is a hyphen standing alone between spaces, which writers use as a dash. */
export function isSpacedHyphen(t: Token): boolean {
  return t.text === '-' && SPACED_HYPHENS.has(t);
}

export interface Tokenized {
  tokens: Token[];
  /** Sentence index → [first token, last token] (inclusive), as sentenceBreaks.ts finds them; none crosses a line break. */
  sentences: Array<[number, number]>;
}

/**
 * Token objects handed out again by every tokenize() given the same pool: analyze() reads one article at a time and
 * no token outlives its analysis, so the objects of the last article can carry the next one. A Token is most of
 * what the engine allocates per article after wink-nlp, and fresh objects churned through the young generation
 * slowed wink-nlp's next reading (measured: reusing them saved about a twentieth of analyze's time over PolNeAR
 * train). Only the objects are reused, never the array that holds them, so tables keyed by a token array stay
 * right. The pool keeps at most `capacity` objects; longer texts take fresh ones beyond that.
 */
export class TokenPool {
  private readonly objects: Token[] = [];
  /** The pool's tokens marked as spaced hyphens in the last text, unmarked before the next: a few per article. */
  private readonly marked: Token[] = [];
  constructor(private readonly capacity: number) {}

  /** Marks a token as a spaced hyphen, to be unmarked when the pool hands its objects out again. */
  markSpacedHyphen(token: Token): void {
    SPACED_HYPHENS.add(token);
    this.marked.push(token);
  }

  /** Unmarks the last text's spaced hyphens: cheaper than asking every reused token whether it was one. */
  startText(): void {
    for (const token of this.marked) SPACED_HYPHENS.delete(token);
    this.marked.length = 0;
  }

  /** The pool's k-th token with these fields, or a new token where the pool has none (kept when there is room). */
  take(k: number, start: number, end: number, text: string, lower: string, pos: string, paragraph: number): Token {
    const token = this.objects[k];
    if (token === undefined) {
      const fresh: Token = { start, end, text, lower, pos, sentence: 0, paragraph, quote: -1 };
      if (k === this.objects.length && k < this.capacity) this.objects.push(fresh);
      return fresh;
    }
    token.start = start;
    token.end = end;
    token.text = text;
    token.lower = lower;
    token.pos = pos;
    token.sentence = 0;
    token.paragraph = paragraph;
    token.quote = -1;
    return token;
  }
}

/**
 * The text's tokens and sentences. Given a pool, the tokens are the pool's objects, valid until the next call
 * with that pool; without one, they are new.
 */
export function tokenize(text: string, pool?: TokenPool): Tokenized {
  const tokens: Token[] = [];
  pool?.startText();
  let paragraph = 0;
  let newline = false;
  for (let chunkStart = 0; chunkStart < text.length; ) {
    const end = chunkEnd(text, chunkStart);
    const chunk = breakLongRuns(text.slice(chunkStart, end));
    const read = readWithWink(chunk);
    let cursor = chunkStart;
    for (let i = 0; i < read.count; i++) {
      const value = read.value(i);
      const tag = read.tag(i);
      if (tag === 'SPACE') {
        // Whitespace tokens are dropped; the next word's scan below passes over their characters.
        if (value.includes('\n')) newline = true;
        continue;
      }
      // The whitespace before a word, read from the text rather than from a third pass over wink-nlp's tokens.
      for (let c = chunk.charCodeAt(cursor - chunkStart); cursor < end && isBlank(c); c = chunk.charCodeAt(cursor - chunkStart)) {
        if (c === 10) newline = true;
        cursor++;
      }
      let start = cursor;
      if (!appearsAt(chunk, value, start - chunkStart)) {
        // Defensive resynchronisation: never expected for a lossless tokenizer, but never scan far either.
        const from = cursor - chunkStart;
        const window = chunk.slice(from, from + 64 + value.length).indexOf(value);
        if (window < 0) continue;
        start = cursor + window;
      }
      cursor = start + value.length;
      if (value === '.' && gluesToTitle(tokens, start, read, i)) {
        const title = tokens[tokens.length - 1];
        title.end = cursor;
        title.text += '.';
        title.lower += '.';
        continue;
      }
      // Blank lines between paragraphs count once: paragraph numbers are paragraphs, not lines.
      if (newline && tokens.length > 0) paragraph++;
      newline = false;
      const lower = read.lower(i);
      const token: Token = pool
        ? pool.take(tokens.length, start, cursor, value, lower, tag, paragraph)
        : { start, end: cursor, text: value, lower, pos: tag, sentence: 0, paragraph, quote: -1 };
      if (value === '-' && tokens.length > 0 && start > tokens[tokens.length - 1].end && isBlank(chunk.charCodeAt(cursor - chunkStart))) {
        if (pool) pool.markSpacedHyphen(token);
        else SPACED_HYPHENS.add(token);
      }
      tokens.push(token);
    }
    chunkStart = end;
  }
  return { tokens, sentences: findSentences(tokens) };
}
