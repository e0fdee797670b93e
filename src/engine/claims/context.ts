/**
 * Shared shapes and small helpers of claim drafting: the draft, the sentence context, token tests.
 */
import type { CueMatch } from '../cues';
import { NOT_NAMES } from '../lexicon/names';
import { firstQuoteEndingAfter, type Quote } from '../quotes';
import { isSpacedHyphen, type Token } from '../tokens';
import type { Sentence } from '../units';

export interface TokenRange { first: number; last: number }

export type Pattern = 'quoted' | 'subject' | 'inverted' | 'according' | 'participle' | 'passive' | 'colon' | 'continuation' | 'agentless';

export interface DraftClaim {
  contentStart: number;
  contentEnd: number;
  cue: CueMatch | null;
  /** The speaking noun phrase, appositive included ("Dmitri S. Peskov, the Kremlin spokesperson"). */
  source: TokenRange | null;
  /** The noun phrase alone, without its appositive. */
  head: TokenRange | null;
  appositive: TokenRange | null;
  sentence: number;
  pattern: Pattern;
  /** For continuations: the draft whose speaker this one inherits. */
  continues?: DraftClaim;
  /** An interview's answer ("A: …"): its speaker is the person interviewed (claims/interview.ts). */
  answer?: boolean;
}

export const SENTENCE_END = new Set(['.', '!', '?', ';', ':', ',', '\u2014', '\u2013', '--', '-']);

/** The longest of SENTENCE_END ("--"). */
const LONGEST_SENTENCE_END = Math.max(...[...SENTENCE_END].map((end) => end.length));

/**
 * SENTENCE_END.has(text), asked of the last tokens of every content: most are words longer than any sentence end,
 * which the length rules out without a look-up.
 */
export function isSentenceEnd(text: string): boolean {
  return text.length <= LONGEST_SENTENCE_END && SENTENCE_END.has(text);
}

export const TIME_WORDS = new Set([...NOT_NAMES].filter((w) => /day$|uary$|ber$|^march$|^april$|^may$|^june$|^july$|^august$/.test(w))
  .concat(['yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year',
    'morning', 'afternoon', 'evening', 'night', 'late', 'early', 'recently', 'again', 'publicly', 'privately']));

/** Conjunctions that open a circumstance after a cue ("said Friday as he left"), unlike "if" or "because". */
export const CIRCUMSTANCE = new Set(['as', 'while', 'after', 'before', 'since', 'when', 'during', 'once', 'until']);

export const SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'because', 'if', 'when', 'after', 'since', 'whereas', 'before', 'unless', 'once']);

export const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/** A subject then a finite verb within a few words: "the plan will fail", "the mayor leads". */
/** How far a bare clause's verb may stand from its first word: a subject of up to this many words ("the bleaching and
 * later death of the coral is …"). */
const CLAUSE_SUBJECT_WORDS = 9;

export function clauseFollows(tokens: Token[], i: number, limit: number): boolean {
  for (let k = i + 1; k <= limit && k <= i + CLAUSE_SUBJECT_WORDS; k++) {
    const t = tokens[k];
    if (t.quote >= 0 || isComma(t)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

export interface Context {
  tokens: Token[];
  quotes: Quote[];
  s: Sentence;
  index: number;
  next?: Sentence;
  /** Set by firstUnquotedCueWord on first use. */
  firstCueWord?: number;
  /** Set by sentenceHasQuote on first use. */
  hasQuote?: boolean;
}

/**
 * No claims: what a pass that finds none returns. (One shared array rather than a new one from every pass of every
 * sentence; the passes' results are only read.)
 */
export const NO_DRAFTS: readonly DraftClaim[] = [];

/**
 * A comma, or a dash used as one: the em dash, "--", the spaced en dash of British style ("Ruiz – who won – said"),
 * and a hyphen typed for a dash between spaces ("Ruiz - who won - said").
 */
export function isComma(t: Token | undefined): boolean {
  return !!t && (t.text === ',' || t.text === '\u2014' || t.text === '--' || t.text === '\u2013' || isSpacedHyphen(t));
}

export function closesQuote(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.quote >= 0 && t.end === ctx.quotes[t.quote].end;
}

/**
 * Whether a quote overlaps the characters [from, to): a binary search over the quotes (sorted and disjoint) for the
 * first one ending after `from`, which overlaps when it starts before `to`.
 */
export function quoteOverlaps(quotes: readonly Quote[], from: number, to: number): boolean {
  const k = firstQuoteEndingAfter(quotes, from);
  return k < quotes.length && quotes[k].start < to;
}

/** Whether any quote touches the sentence. (Searched once per sentence: four of its passes ask.) */
export function sentenceHasQuote(ctx: Context): boolean {
  ctx.hasQuote ??= quoteOverlaps(ctx.quotes, ctx.tokens[ctx.s.first].start, ctx.tokens[ctx.s.last].end);
  return ctx.hasQuote;
}

/** Whether a verb or an auxiliary stands among the tokens first..last. */
export function hasVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  return false;
}

export function opensQuote(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.quote >= 0 && t.start === ctx.quotes[t.quote].start;
}

export interface Subject { source: TokenRange; head: TokenRange; appositive: TokenRange | null }

export function contentEndToken(ctx: Context, from: number, limit: number): number {
  const { tokens } = ctx;
  let last = limit;
  while (last >= from && isSentenceEnd(tokens[last].text) && tokens[last].quote < 0) last--;
  return last;
}

export interface Range { first: number; last: number }

/** Words that open a question. (A set, not an alternation: it is asked of many tokens while drafting.) */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'what', 'how', 'who', 'whom', 'when', 'where', 'which']);

export function charRange(ctx: Context, r: Range): [number, number] {
  const { tokens, quotes } = ctx;
  let start = tokens[r.first].start;
  let end = tokens[r.last].end;
  // A content that opens inside a quote whose mark starts earlier (a quote split over sentences) takes the mark too.
  const qa = tokens[r.first].quote;
  if (qa >= 0 && quotes[qa].start < start && quotes[qa].start >= tokens[ctx.s.first].start) start = quotes[qa].start;
  const qb = tokens[r.last].quote;
  if (qb >= 0 && quotes[qb].end > end && quotes[qb].end <= tokens[ctx.s.last].end) end = quotes[qb].end;
  return [start, end];
}

export function make(ctx: Context, range: Range, cue: CueMatch | null, subject: Subject | null, pattern: Pattern): DraftClaim {
  const [contentStart, contentEnd] = charRange(ctx, range);
  // (continues and answer present from the start, undefined until set: drafts then have one shape, where a field
  // added to some of them made the passes that read drafts see several.)
  return {
    contentStart, contentEnd, cue, source: subject?.source ?? null, head: subject?.head ?? null,
    appositive: subject?.appositive ?? null, sentence: ctx.index, pattern, continues: undefined, answer: undefined,
  };
}
