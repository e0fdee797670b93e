/**
 * Quotes that only set off a title or a name: “Town Hall Forum”, “Latin Hour”, a show called “Morning Desk”. Nobody
 * is quoted saying them, so a claim with no source may hold one ("Ruiz took heat for her role in the “Town Hall
 * Forum”"), while a quote of words someone said still keeps such a claim away (clauseSpans.ts holdsQuote). A title is
 * short, capitalises every word but the short ones title case leaves alone, and ends no sentence ("“Stop!”" is said).
 * Worked out once per article in one pass over the tokens, then each question is a look-up or a binary search.
 */
import { firstQuoteEndingAfter, type Quote } from '../quotes';
import type { Token } from '../tokens';
import { TITLE_CASE_MINOR } from '../headlineNames';
import { opensWithCapital, opensWithLetter } from '../letters';

/** A title holds at most this many words; longer capitalised quotes are more often shouted words or headlines. */
const TITLE_WORDS = 8;

interface QuoteKinds {
  /** Per quote: true when it only sets off a title or a name. */
  title: Uint8Array;
  /** Per quote index i: the first quote at or after i that is no title (quotes.length when none is). */
  nextSaid: Int32Array;
}

/** /^[.!?]+$/.test(text), by code units: asked of every quoted token. */
function isSentenceEnd(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) return false;
  }
  return true;
}

const kindsOf = new WeakMap<readonly Quote[], QuoteKinds>();

/** The index of the first token starting at or after character `offset` (tokens.length when none does): a binary search. */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function quoteKinds(tokens: readonly Token[], quotes: readonly Quote[]): QuoteKinds {
  let kinds = kindsOf.get(quotes);
  if (kinds) return kinds;
  const words = new Int32Array(quotes.length);
  const said = new Uint8Array(quotes.length);
  // Each quote's own tokens, from the first one starting inside it: most of an article's tokens stand outside quotes,
  // and were all visited to find these. (A quote known to be said is no title whatever its other words: they are not
  // read.)
  for (let q = 0; q < quotes.length; q++) {
    for (let k = firstTokenFrom(tokens, quotes[q].start); k < tokens.length && tokens[k].start < quotes[q].end && said[q] === 0; k++) {
      const t = tokens[k];
      if (t.quote !== q) continue;
      if (isSentenceEnd(t.text)) said[q] = 1;
      if (!opensWithLetter(t.text)) continue;
      words[q]++;
      if (!opensWithCapital(t.text) && !TITLE_CASE_MINOR.has(t.lower)) said[q] = 1;
    }
  }
  const title = new Uint8Array(quotes.length);
  const nextSaid = new Int32Array(quotes.length + 1);
  nextSaid[quotes.length] = quotes.length;
  for (let q = quotes.length - 1; q >= 0; q--) {
    // A quote running on into the next paragraph is speech, whatever its words.
    title[q] = !said[q] && words[q] > 0 && words[q] <= TITLE_WORDS && !quotes[q].runsOn && !quotes[q].continued ? 1 : 0;
    nextSaid[q] = title[q] ? nextSaid[q + 1] : q;
  }
  kinds = { title, nextSaid };
  kindsOf.set(quotes, kinds);
  return kinds;
}

/** Whether quote q (an index into quotes) only sets off a title or a name. */
export function isTitleQuote(tokens: readonly Token[], quotes: readonly Quote[], q: number): boolean {
  return quoteKinds(tokens, quotes).title[q] === 1;
}

/**
 * Whether a quote other than a title overlaps the characters [from, to): a binary search for the first quote ending
 * after `from`, then the first quote from there on that is no title.
 */
export function saidQuoteOverlaps(tokens: readonly Token[], quotes: readonly Quote[], from: number, to: number): boolean {
  const q = quoteKinds(tokens, quotes).nextSaid[firstQuoteEndingAfter(quotes, from)];
  return q < quotes.length && quotes[q].start < to;
}
