/**
 * Token spans of the clause around a word, shared by the passes that make claims without a reporting verb's subject
 * (agentless reports, hedges, questions put to someone). Each looks at a bounded number of tokens, so a sentence is
 * read in linear time.
 */
import { Context, contentEndToken, isComma, Range } from './context';
import { isTitleQuote } from './titleQuotes';

/** Words that open a clause, so a marker's clause starts after them: "after he allegedly …". */
export const CLAUSE_BOUNDARIES = new Set(['that', 'after', 'before', 'because', 'when', 'while', 'although', 'though', 'since',
  'if', 'as', 'and', 'but', 'where', 'who', 'which', 'until', 'unless', 'whether']);

/** Auxiliaries of a passive or perfect verb group: "has been", "will be", "is". */
export const BE_OR_HAVE = /^(?:has|have|had|will|would|could|might|may|can|should|must|was|were|is|are|been|be|being|'s|’s)$/;

/** Modal verbs: "it should be obvious", "it would seem". */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'should', 'could', 'may', 'might', 'must', 'can']);

/** Relative and free-relative pronouns that stand for the subject of their clause: "which is expected to …". */
export const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that', 'what']);

/** The clause around token i: from after the nearest comma or clause opener before it to the sentence's end. */
export function clauseAround(ctx: Context, i: number): Range | null {
  const { tokens, s } = ctx;
  let first = i;
  while (first > s.first && first > i - 40) {
    const t = tokens[first - 1];
    if (isComma(t) || t.quote >= 0 || CLAUSE_BOUNDARIES.has(t.lower)) break;
    first--;
  }
  const last = contentEndToken(ctx, i + 1, s.last);
  if (first === i && last <= i) return null;
  return { first, last: Math.max(last, i) };
}

/** The clause after "that" or "whether" at token i, or null. */
export function clauseAfter(ctx: Context, i: number): Range | null {
  const t = ctx.tokens[i];
  if (!t || (t.lower !== 'that' && t.lower !== 'whether') || t.quote >= 0) return null;
  const last = contentEndToken(ctx, i + 1, ctx.s.last);
  return last > i + 1 ? { first: t.lower === 'that' ? i + 1 : i, last } : null;
}

/**
 * Quoted words inside: someone said them ("was dismissed as “free riders”"), and the passes that give quotes their
 * speakers (quoted.ts, turns, echoes) should have them, not a claim with no source. A quoted title (“Town Hall
 * Forum”) is nobody's words and does not count (titleQuotes.ts). Bounded by the clause.
 */
export function holdsQuote(ctx: Context, first: number, last: number): boolean {
  const { tokens, quotes } = ctx;
  for (let k = first; k <= last; k++) if (tokens[k].quote >= 0 && !isTitleQuote(tokens, quotes, tokens[k].quote)) return true;
  return false;
}

/** How far a clause's closing comma is looked for. */
const ASIDE_WORDS = 60;

/** After a comma, words that still describe the clause's last noun: "…, who is challenging the mayor". */
const RELATIVE_AFTER_COMMA = new Set(['who', 'whose', 'whom']);

/** After a comma, words that open a clause of their own: ", but the vote …", ", largely because …", ", which …". */
export const OPENS_NEXT_CLAUSE = new Set(['but', 'and', 'while', 'although', 'though', 'whereas', 'because', 'largely', 'partly',
  'which', 'who', 'as', 'after', 'before', 'when', 'since', 'so', 'yet']);

/**
 * The last token of a clause that starts at `first` and runs on from `from`: the next comma ("…, potentially …",
 * "…, the sweeping law that …" and ", but …" are the writer's own), unless a relative clause about the last noun
 * follows it (", who is challenging …") outside an aside; else the sentence's end.
 */
export function clauseEnd(ctx: Context, first: number, from: number): number {
  const { tokens, s } = ctx;
  const aside = first > s.first && isComma(tokens[first - 1]);
  // Bounded, so many markers in one long sentence stay linear.
  for (let k = from; k < s.last && k <= from + ASIDE_WORDS; k++) {
    if (tokens[k].quote >= 0 || !isComma(tokens[k])) continue;
    if (aside || !RELATIVE_AFTER_COMMA.has(tokens[k + 1].lower)) return k - 1;
  }
  return contentEndToken(ctx, from, s.last);
}

/**
 * The first token of a subject that holds commas ("Delaware and Maryland, the two states voting next, are …"): the
 * sentence's or clause's first word when no verb stands between it and the comma at `comma`; -1 otherwise.
 */
export function subjectBeforeComma(ctx: Context, comma: number): number {
  const { tokens, s } = ctx;
  for (let k = comma - 1; k >= s.first && k >= comma - 20; k--) {
    const t = tokens[k];
    if (t.quote >= 0 || t.pos === 'VERB' || t.pos === 'AUX') return -1;
    if (k === s.first) return k;
    if (CLAUSE_BOUNDARIES.has(tokens[k - 1].lower) && tokens[k - 1].lower !== 'and') return k;
  }
  return -1;
}
