/**
 * Datelines: "RIVERTON, N.C. — The council voted …", "KESTREL BAY (AP) — …", "NEW DELHI: …". Wire copy opens a story
 * with the place it was filed from, in capitals, then a dash or a colon. That place is where the story was written, not an actor: it would
 * otherwise be listed as an organisation (a word in capitals reads as an acronym) and taken for the "it" of the
 * next sentence.
 */
import type { Token } from './tokens';
import { PLACES } from './lexicon/names';
import { opensParagraph } from './units';
import { opensWithCapital } from './letters';

/** Tokens a dateline may hold before its dash: the place, its state or country, and the agency in brackets. */
const LONGEST_DATELINE = 12;
const DASHES = new Set(['\u2014', '\u2013', '-', '--', '\u2012']);

/** A module constant: a regular expression literal in the function would be a new object on every call. */
const CAPITALS_WORD = /^[\p{Lu}][\p{Lu}.'\u2019&-]*$/u;

function isCapitalsWord(text: string): boolean {
  return text.length >= 2 && CAPITALS_WORD.test(text);
}

/** Tokens a lead paragraph has at least after a dateline; a shorter one is a headline an outlet's label opens ("AP: …"). */
const SHORTEST_LEAD = 18;

/** Whether the paragraph after the colon at `colon` runs on for a lead's length. */
function leadFollows(tokens: Token[], colon: number): boolean {
  const end = colon + SHORTEST_LEAD;
  return end < tokens.length && tokens[end].paragraph === tokens[colon].paragraph;
}

/** Whether tokens first..colon-1 and the colon open another paragraph later (a transcript's speaker label). */
function labelsAnotherParagraph(tokens: Token[], first: number, colon: number): boolean {
  const length = colon - first;
  for (let i = colon + 1; i + length < tokens.length; i++) {
    if (tokens[i].paragraph === tokens[i - 1].paragraph || tokens[i + length].text !== ':') continue;
    let same = true;
    for (let k = 0; k < length && same; k++) same = tokens[i + k].text === tokens[first + k].text;
    if (same) return true;
  }
  return false;
}

/**
 * The token range of the dateline that opens the paragraph at `first`, or null. A dateline is a run of words in
 * capitals, then optionally a comma and a short state or country ("N.C.", "Colo.", "Ohio") and an agency in
 * brackets ("(AP)"), ending at a dash. Bounded: at most LONGEST_DATELINE tokens are read.
 */
export function datelineAt(tokens: Token[], first: number): { first: number; last: number } | null {
  if (!opensParagraph(tokens, first) || !isCapitalsWord(tokens[first].text)) return null;
  const limit = Math.min(tokens.length, first + LONGEST_DATELINE);
  let k = first;
  while (k < limit && isCapitalsWord(tokens[k].text) && tokens[k].paragraph === tokens[first].paragraph) k++;
  // "NEW DELHI: The minister said …": a colon ends a dateline when the words before it name a known place (an
  // interview's "HALE:" names a speaker).
  // An article's first words in capitals before a colon are its dateline too ("MARLOW: …") unless the same label opens
  // another paragraph, as a speaker's does in a transcript.
  if (k < limit && tokens[k].text === ':' &&
      (PLACES.has(tokens.slice(first, k).map((t) => t.lower).join(' ')) ||
        (first === 0 && leadFollows(tokens, k) && !labelsAnotherParagraph(tokens, first, k)))) {
    return { first, last: k - 1 };
  }
  if (k < limit && tokens[k].text === ',') {
    k++;
    // The state or country: capitalised words or abbreviations, up to the bracket or the dash.
    // (The tokenizer may cut a short form's full stop off: "Ont", ".".)
    while (k < limit && tokens[k].paragraph === tokens[first].paragraph &&
        (opensWithCapital(tokens[k].text) || (tokens[k].text === '.' && tokens[k].start === tokens[k - 1].end))) k++;
  }
  if (k < limit && tokens[k].text === '(') {
    let close = k + 1;
    while (close < limit && close <= k + 4 && tokens[close].text !== ')') close++;
    if (close >= limit || tokens[close].text !== ')') return null;
    k = close + 1;
  }
  if (k >= limit || !DASHES.has(tokens[k].text) || tokens[k].paragraph !== tokens[first].paragraph) return null;
  return { first, last: k - 1 };
}
