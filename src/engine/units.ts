/**
 * Sentences that respect quotations: sentenceBreaks.ts splits "“One. Two,” he said." into two sentences, which would cut
 * the cue off from the first half of its quote. A quote inside one paragraph therefore keeps all the sentences
 * it touches together. Also marks each token with the quote that holds it.
 */
import type { Quote } from './quotes';
import type { Token } from './tokens';
import { CUE_WORDS } from './lexicon/cues';
import { TITLES_AND_HONORIFICS } from './lexicon/names';
import { shoutedRunEnd } from './names';
import { datelineAt } from './datelines';
import { opensWithCapital } from './letters';

export type Sentence = { first: number; last: number };

/** Characters from which a quote within one paragraph is a speech, read sentence by sentence (about ten of them). */
const LONG_QUOTE = 1500;

/** The index of the sentence holding character `offset` (the last one starting at or before it): binary search. */
export function sentenceIndexAt(tokens: Token[], sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[sentences[mid].first].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

export function markQuotedTokens(tokens: Token[], quotes: Quote[]): void {
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    if (q < quotes.length && quotes[q].start <= t.start && t.end <= quotes[q].end) t.quote = q;
  }
}

/** Whether token `k` is the first of its paragraph. */
export function opensParagraph(tokens: Token[], k: number): boolean {
  return k === 0 || tokens[k - 1].paragraph !== tokens[k].paragraph;
}

export function buildSentences(text: string, tokens: Token[], rawSentences: Array<[number, number]>, quotes: Quote[]): Sentence[] {
  if (tokens.length === 0) return [];
  // Every token belongs to exactly one sentence: starts come from sentenceBreaks.ts and from paragraph breaks.
  const isStart = new Uint8Array(tokens.length);
  isStart[0] = 1;
  for (const [first] of rawSentences) if (first < tokens.length) isStart[first] = 1;
  for (let i = 1; i < tokens.length; i++) if (tokens[i].paragraph !== tokens[i - 1].paragraph) isStart[i] = 1;
  // "FIVE HURT IN RIVERTON FERRY FIRE Mayor Ana Ruiz said …": a headline in capitals run into the paragraph's
  // first sentence is a sentence of its own; so is a dateline ("KESTREL FALLS, Iowa —"), which no subject may run into.
  for (let i = 0; i < tokens.length; i++) {
    if (!opensParagraph(tokens, i)) continue;
    const dateline = datelineAt(tokens, i);
    if (dateline && dateline.last + 2 < tokens.length && tokens[dateline.last + 2].paragraph === tokens[i].paragraph) isStart[dateline.last + 2] = 1;
    const end = shoutedRunEnd(tokens, i, Math.min(tokens.length - 1, i + 40));
    if (end > i && end + 1 < tokens.length && tokens[end + 1].paragraph === tokens[i].paragraph && /^\p{Lu}\p{Ll}/u.test(tokens[end + 1].text)) isStart[end + 1] = 1;
  }
  // No sentence starts inside a quote that started in the same paragraph, unless the quote is long: then its
  // sentences stand alone (a long quoted speech is better read sentence by sentence).
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isStart[i] || t.paragraph !== tokens[i - 1].paragraph) continue;
    const q = tokens[i - 1].quote;
    if (q >= 0 && t.quote === q && quotes[q].end - quotes[q].start < LONG_QUOTE) isStart[i] = 0;
  }
  // A quote closing with its sentence ("“…?” he asked.") — the splitter sometimes starts a new sentence at the cue.
  for (let i = 1; i < tokens.length; i++) {
    if (!isStart[i] || tokens[i].paragraph !== tokens[i - 1].paragraph) continue;
    // A lowercase word does not start a sentence: the splitter stopped at an abbreviation ("(D-Ore.) said").
    // Nor does a comma or a semicolon: "Sen. Ana Ruiz (D-Ore.), the panel's chair, said" is cut after "(D-Ore.)".
    if (/^\p{Ll}/u.test(tokens[i].text) || tokens[i].text === ',' || tokens[i].text === ';') isStart[i] = 0;
    // "“…?” Ms. Lund asked.": the splitter ends a sentence at the closing mark; the cue clause belongs to it.
    const prev = tokens[i - 1];
    // A full stop inside the closing mark ("“…over.” Sen. Moss called …") does end the sentence.
    const closedWithStop = prev.quote >= 0 && /\.\s*\S$/.test(text.slice(Math.max(0, prev.end - 3), prev.end));
    // A quote that closes on a comma, "?" or "!" has not ended its sentence: what follows names the speaker.
    const closedOpen = prev.quote >= 0 && /[,?!\u2014-]\s*\S$/.test(text.slice(Math.max(0, prev.end - 3), prev.end));
    if (prev.quote >= 0 && prev.end === quotes[prev.quote].end && tokens[i].quote < 0 && !closedWithStop) {
      if (closedOpen) isStart[i] = 0;
      for (let k = i; k < tokens.length && k <= i + 8 && tokens[k].paragraph === prev.paragraph && isStart[i]; k++) {
        if (k > i && isStart[k]) break;
        if (CUE_WORDS.has(tokens[k].lower)) { isStart[i] = 0; break; }
      }
    }
    // "said the Rev. Ana Ruiz": the splitter ends a sentence at a title's full stop; the name after it belongs there.
    if (prev.lower.endsWith('.') && TITLES_AND_HONORIFICS.has(prev.lower) && opensWithCapital(tokens[i].text)) isStart[i] = 0;
    // "R-S.C.", "N.Y.": a full stop after one capital letter with the next letter glued to it is an abbreviation's.
    if (prev.text === '.' && prev.end === tokens[i].start && i >= 2 && /^\p{Lu}$/u.test(tokens[i - 2].text) && tokens[i - 2].end === prev.start) isStart[i] = 0;
    // "“…” ― Jane Doe": the signature belongs with its quote.
    if (/^[\u2015\u2014\u2013-]+$/.test(tokens[i].text) && prev.quote >= 0 && prev.end === quotes[prev.quote].end) isStart[i] = 0;
  }
  // No sentence starts inside parentheses: "(R-N.D.) said" is cut at "N." by the splitter.
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].paragraph !== tokens[i - 1].paragraph) depth = 0;
    if (isStart[i] && depth > 0) isStart[i] = 0;
    if (tokens[i].text === '(') depth++;
    else if (tokens[i].text === ')' && depth > 0) depth--;
    if (depth > 3) depth = 0;
  }
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || isStart[i]) {
      const index = sentences.length;
      for (let k = first; k < i; k++) tokens[k].sentence = index;
      sentences.push({ first, last: i - 1 });
      first = i;
    }
  }
  return sentences;
}
