/**
 * Where sentences end, read from the tokens: the engine's own sentence splitter, in place of wink-nlp's. wink-nlp
 * tags parts of speech over the whole text and does not use its sentences for that, so the tags are the same
 * without its splitter, and reading ends from the tokens here takes a fraction of its time (its state machine
 * looks up two properties of every token in the model). The rules are those of wink-nlp's model, which this
 * agrees with on all but a handful of some 32,000 sentences of news:
 *   - "!" and "?" end a sentence, as does a full stop that is not part of an ellipsis (". . .") and is not
 *     followed by a comma or a dash;
 *   - closing marks that follow stay with it: a bracket and then a quote or a further stop ("(here.)”"), or a
 *     quote and then a bracket (".”)"); a straight quote closes only when glued to the stop (`."` not `. "`);
 *   - an abbreviation's full stop ("U.S.", "Calif.") ends one only before a word that usually opens a sentence
 *     ("… in the U.S. They said"), never before a name ("the U.S. Harbor Board") and never after a title ("Sen.").
 * Sentences never run across a line break. units.ts then keeps quotes and cue clauses together.
 */
import type { Token } from './tokens';
import { TITLES_AND_HONORIFICS } from './lexicon/names';
import { endsWithFullStop, isAsciiUpper } from './letters';
import { NON_FINAL_ABBREVIATIONS, SENTENCE_OPENING_WORDS } from './lexicon/sentences';

/** Whether tokens[k] exists and is on the same line as the token before it. */
function onSameLine(tokens: Token[], k: number): boolean {
  return k < tokens.length && tokens[k].paragraph === tokens[k - 1].paragraph;
}

function isClosingBracket(tokens: Token[], k: number): boolean {
  if (!onSameLine(tokens, k)) return false;
  const text = tokens[k].text;
  return text === ')' || text === ']' || text === '}';
}

/** A mark that closes what came before: a bracket, a closing curly quote, or a straight quote glued to it. */
function isClosingMark(tokens: Token[], k: number): boolean {
  if (isClosingBracket(tokens, k)) return true;
  if (!onSameLine(tokens, k)) return false;
  const text = tokens[k].text;
  if (text === '\u201d' || text === '\u2019') return true;
  return (text === '"' || text === "'") && tokens[k].start === tokens[k - 1].end;
}

function isStop(tokens: Token[], k: number): boolean {
  if (k >= tokens.length) return false;
  const text = tokens[k].text;
  return text === '.' || text === '!' || text === '?';
}

/** A word with a full stop of its own ("U.S.", "Calif.", "in."), as wink-nlp keeps abbreviations whole. */
function isAbbreviation(t: Token): boolean {
  const text = t.text;
  return text.length > 2 && endsWithFullStop(text) && /\p{L}/u.test(text);
}

/** How many full stops stand in a row from `i` on one line, up to four. */
function dotsFrom(tokens: Token[], i: number): number {
  let dots = 1;
  while (dots < 4 && onSameLine(tokens, i + dots) && tokens[i + dots].text === '.') dots++;
  return dots;
}

/** The last token of the sentence that the stop at `i` ends, or -1 when it ends none. */
function sentenceEndAfterStop(tokens: Token[], i: number): number {
  let end = i;
  if (tokens[i].text === '.') {
    const next = i + 1 < tokens.length ? tokens[i + 1].text : '';
    if (next === ',' || next === '-' || next === '\u2013' || next === '\u2014') return -1;
  } else {
    // "?!", "!!!": one end.
    while (end < i + 2 && onSameLine(tokens, end + 1) && (tokens[end + 1].text === '!' || tokens[end + 1].text === '?')) end++;
  }
  if (isClosingMark(tokens, end + 1)) {
    const bracket = isClosingBracket(tokens, end + 1);
    end++;
    if (bracket ? isClosingMark(tokens, end + 1) : isClosingBracket(tokens, end + 1)) end++;
    else if (bracket && onSameLine(tokens, end + 1) && isStop(tokens, end + 1)) end++; // "(D-Calif.)."
  }
  return end;
}

/** Whether the abbreviation at `i` ends its sentence: the next word is one that usually opens a sentence. */
function abbreviationEndsSentence(tokens: Token[], i: number): boolean {
  const lower = tokens[i].lower;
  if (TITLES_AND_HONORIFICS.has(lower) || NON_FINAL_ABBREVIATIONS.has(lower)) return false;
  if (!onSameLine(tokens, i + 1)) return false;
  const next = tokens[i + 1];
  return isAsciiUpper(next.text.charCodeAt(0)) && SENTENCE_OPENING_WORDS.has(next.lower);
}

/** Sentence index → [first token, last token] (inclusive); every token is in one sentence. */
export function findSentences(tokens: Token[]): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let first = 0;
  let dots = 0;
  for (let i = 0; i < tokens.length; i++) {
    let end = -1;
    if (i + 1 < tokens.length && tokens[i + 1].paragraph !== tokens[i].paragraph) end = i;
    else if (tokens[i].text === '.' && (dots = dotsFrom(tokens, i)) > 1) {
      // ". ." and ". . ." are an ellipsis, which goes on (unless its line ends); a fourth dot is its full stop.
      const last = i + dots - 1;
      if (dots === 4) end = last;
      else if (last + 1 < tokens.length && !onSameLine(tokens, last + 1)) end = last;
      else { i = last; continue; }
    } else if (isStop(tokens, i)) end = sentenceEndAfterStop(tokens, i);
    else if (isAbbreviation(tokens[i]) && abbreviationEndsSentence(tokens, i)) end = i;
    if (end < 0) continue;
    if (end + 1 >= tokens.length) break;
    sentences.push([first, end]);
    first = end + 1;
    i = end;
  }
  if (first < tokens.length) sentences.push([first, tokens.length - 1]);
  return sentences;
}
