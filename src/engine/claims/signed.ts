/**
 * Claims signed without a reporting verb: transcript labels, colons and dashes before or after a quote.
 */
import { newCue, type CueMatch } from '../cues';
import { isProperLike, nounPhraseEndingAt, nounPhraseStartingAt } from '../phrases';
import { datelineAt } from '../datelines';
import type { Quote } from '../quotes';
import { opensParagraph } from '../units';
import { ITEM_LABELS } from '../lexicon/names';
import { isAllCapitals } from '../names';
import { DraftClaim, Context, closesQuote, opensQuote, sentenceHasQuote, Subject, contentEndToken, make } from './context';
import { couldSpeak, subjectOfNearestVerb } from './subjects';
import { contentLeft } from './content';
import { isAsciiUpper, opensWithCapital } from '../letters';

/** "HALE: Well, …" — an interview transcript: a capitalised speaker label opens the paragraph. */
export function transcriptClaim(ctx: Context): DraftClaim | null {
  const { tokens, s } = ctx;
  let first = s.first;
  if (!opensParagraph(tokens, first)) return null;
  if (opensQuote(ctx, first)) first++;
  let label = first;
  while (label <= s.last && label < first + 3 && isLabelWord(tokens[label].text)) label++;
  if (label === first || label > s.last || tokens[label].text !== ':' || label + 1 > s.last) return null;
  // "NEW DELHI: The minister said …": a place in capitals before a colon is a dateline, not a speaker's label.
  if (datelineAt(tokens, first)) return null;
  // "CORRECTION: An earlier version …": an editor's note, which no one in the story says.
  if (tokens.slice(first, label).some((t) => ITEM_LABELS.has(t.lower))) return null;
  // The turn runs to the end of the paragraph.
  let end = s.last;
  while (end + 1 < tokens.length && tokens[end + 1].paragraph === tokens[s.last].paragraph) end++;
  const subject: Subject = { source: { first, last: label - 1 }, head: { first, last: label - 1 }, appositive: null };
  const cue = newCue(label, label, 'speech', ':', 'phrase', false, false);
  const draft = make(ctx, { first: label + 1, last: s.last }, cue, subject, 'colon');
  draft.contentEnd = tokens[end].end;
  return draft;
}

const LABEL_WORD = /^[\p{Lu}.'\u2019-]{2,}$/u;

/**
 * LABEL_WORD.test(text): capitals, full stops, apostrophes and hyphens, two or more. An ASCII word is read by its code
 * units (the first word of every paragraph is asked); a word with any other character goes to the expression.
 */
function isLabelWord(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return LABEL_WORD.test(text);
    if (!isAsciiUpper(c) && c !== 46 /* . */ && c !== 39 /* ' */ && c !== 45 /* - */) return false;
  }
  return text.length >= 2;
}

/** "Mr. Smith: “…”", "… doesn’t surprise pollster Ada Kern: “…”" — a name, a colon and a quote. */
export function colonClaim(ctx: Context): DraftClaim | null {
  // Most sentences hold no quote, and a colon claim needs one after its colon.
  if (!sentenceHasQuote(ctx)) return null;
  const { tokens, s } = ctx;
  let colon = -1;
  for (let k = s.first + 1; k < s.last; k++) if (tokens[k].quote < 0 && tokens[k].text === ':' && opensQuote(ctx, k + 1)) { colon = k; break; }
  if (colon < 0) return null;
  const lead = leadSpeaker(ctx, colon);
  const npFirst = lead ? lead.first : nounPhraseEndingAt(tokens, colon - 1, s.first);
  const npLast = lead ? lead.last : colon - 1;
  if (npFirst < 0 || !tokens.slice(npFirst, npLast + 1).some((t) => t.pos === 'PROPN' || isProperLike(t))) return null;
  const subject: Subject = { source: { first: npFirst, last: npLast }, head: { first: npFirst, last: npLast }, appositive: null };
  const last = contentEndToken(ctx, colon + 1, s.last);
  const cue = newCue(colon, colon, 'speech', ':', 'phrase', false, false);
  return make(ctx, { first: colon + 1, last }, cue, subject, 'colon');
}

/**
 * "Ruiz on the levy: “…”", "Quoting Ana Ruiz after the vote: “…”": a lead before a colon that names its speaker first
 * and then what they spoke about. The name's token range, or null.
 */
function leadSpeaker(ctx: Context, colon: number): { first: number; last: number } | null {
  const { tokens, s } = ctx;
  let first = tokens[s.first].lower === 'quoting' ? s.first + 1 : s.first;
  if (tokens[first].lower === 'the' && first + 1 < colon) first++;
  let last = first;
  while (last + 1 < colon && (tokens[last + 1].pos === 'PROPN' || isProperLike(tokens[last + 1]))) last++;
  if (!(tokens[first].pos === 'PROPN' || isProperLike(tokens[first])) || last + 1 >= colon) return null;
  // ("FERRY FARES RISE ON MONDAY: …": a headline in capitals names no speaker.)
  if (isAllCapitals(tokens[first].text) && isAllCapitals(tokens[last].text)) return null;
  // The name, then "on", "about" or (after "Quoting") any phrase of when or where.
  const after = tokens[last + 1].lower;
  return after === 'on' || after === 'about' || (first > s.first && tokens[last + 1].pos === 'ADP') ? { first, last } : null;
}

export const DASHES = new Set(['\u2015', '\u2014', '\u2013', '-', '--']);

/** "“…” ― Jane Doe": a quote signed with a dash and a name. */
export function dashClaim(ctx: Context): DraftClaim | null {
  // Most sentences hold no quote, and a signed quote is one.
  if (!sentenceHasQuote(ctx)) return null;
  const { tokens, s } = ctx;
  let last = s.last;
  while (last > s.first && tokens[last].text === '.') last--;
  for (let d = s.first + 1; d < last && d <= s.first + 200; d++) {
    // (The quote first: most words follow none, and it is no look-up.)
    if (!closesQuote(ctx, d - 1) || !DASHES.has(tokens[d].text)) continue;
    const npLast = nounPhraseStartingAt(tokens, d + 1, last);
    if (npLast !== last || !tokens.slice(d + 1, last + 1).some((t) => t.pos === 'PROPN' || opensWithCapital(t.text))) return null;
    const left = contentLeft(ctx, d);
    if (!left) return null;
    const subject: Subject = { source: { first: d + 1, last }, head: { first: d + 1, last }, appositive: null };
    const cue = newCue(d, d, 'speech', tokens[d].text, 'phrase', true, false);
    return make(ctx, left, cue, subject, 'colon');
  }
  return null;
}

/**
 * "A 17-year-old student echoed:" then a quote in the next paragraph: a sentence that ends with a colon
 * introduces the quote after it, spoken by its claim's speaker or else by its main clause's subject.
 */
export function introducedQuote(ctx: Context, drafts: DraftClaim[]): DraftClaim | null {
  const { tokens, s, next, quotes } = ctx;
  if (!next || tokens[s.last].text !== ':' || !opensQuote(ctx, next.first)) return null;
  return quoteIntroducedBy(ctx, drafts, quotes[tokens[next.first].quote]);
}

/**
 * The claim of quote q, introduced by the sentence before it. (Apart from introducedQuote's test, which nearly every
 * sentence fails: the closures here capture q, which would otherwise be allocated on every call.)
 */
function quoteIntroducedBy(ctx: Context, drafts: DraftClaim[], q: Quote): DraftClaim | null {
  const { tokens, s } = ctx;
  if (drafts.some((d) => d.contentEnd >= q.start)) return null;
  // "He says the fiscal crisis is so big that the governor wants to make sure …:" — the quote is what was said,
  // so the last speech cue's speaker introduces it, not a wish or a belief reported inside it.
  const speaking = [...drafts].reverse().find((d) => (d.source || d.continues) && d.cue?.cueClass === 'speech')
    ?? [...drafts].reverse().find((d) => d.source || d.continues);
  let draft: DraftClaim;
  if (speaking) {
    draft = { ...speaking, continues: speaking.source ? undefined : speaking.continues };
  } else {
    // "The book quotes former adviser Omar Haddad:": a name right before the colon speaks; else the subject.
    // A sentence that is only the colon has no name before it (and at the text's start, no token at all).
    const namedFirst = s.last > s.first ? nounPhraseEndingAt(tokens, s.last - 1, s.first) : -1;
    const named = namedFirst > s.first && isProperLike(tokens[s.last - 1]) && tokens[namedFirst - 1].pos !== 'ADP'
      ? { source: { first: namedFirst, last: s.last - 1 }, head: { first: namedFirst, last: s.last - 1 }, appositive: null } : null;
    const subject = named ?? subjectOfNearestVerb(ctx, s.last);
    if (!subject || !couldSpeak(tokens, subject.head)) return null;
    let verb = s.last - 1;
    while (verb > subject.source.last && tokens[verb].pos !== 'VERB') verb--;
    const cue: CueMatch | null = verb > subject.source.last ? newCue(verb, verb, 'speech', tokens[verb].lower, 'phrase', false, false) : null;
    draft = make(ctx, { first: s.last, last: s.last }, cue, subject, 'colon');
  }
  [draft.contentStart, draft.contentEnd] = [q.start, q.end];
  return draft;
}

/**
 * "Riverton Herald: Mayor signs the harbor bill", "Ana Ruiz: No deal on the ferry": an article's title, a paragraph
 * of one sentence, whose first words (capitalised, at most five, no article) end in a colon is signed by them; the
 * rest is the claim. A subheading within the article ("Hale: Win in a walk.") is a label, not a source, and a
 * title that asks ("Ana Ruiz: reformer or insider?") claims nothing.
 */
export function headlineColonClaim(ctx: Context): DraftClaim | null {
  const { tokens, s } = ctx;
  const first = s.first;
  if (first !== 0 || tokens[first].pos === 'DET' || tokens[s.last].text === '?') return null;
  if (s.last + 1 < tokens.length && tokens[s.last + 1].paragraph === tokens[s.last].paragraph) return null;
  let colon = first;
  while (colon <= s.last && colon < first + 5 && tokens[colon].quote < 0 && (opensWithCapital(tokens[colon].text) || tokens[colon].text === '.' ||
    tokens[colon].lower === "'s" || tokens[colon].lower === '\u2019s')) colon++;
  if (colon === first || colon > s.last || tokens[colon].text !== ':' || contentEndToken(ctx, colon + 1, s.last) - colon < 3) return null;
  if (tokens.slice(first, colon).some((t) => ITEM_LABELS.has(t.lower))) return null;
  // "10:30" and the like: a label needs a word.
  if (!tokens.slice(first, colon).some((t) => /\p{L}{2}/u.test(t.text))) return null;
  const subject: Subject = { source: { first, last: colon - 1 }, head: { first, last: colon - 1 }, appositive: null };
  const cue = newCue(colon, colon, 'speech', ':', 'phrase', false, false);
  return make(ctx, { first: colon + 1, last: contentEndToken(ctx, colon + 1, s.last) }, cue, subject, 'colon');
}
