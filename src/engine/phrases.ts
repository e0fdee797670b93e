/** Noun phrases found from the part-of-speech tags: the subjects that speak and the objects that hear. */
import type { Token } from './tokens';
import { NOT_NAMES, POSSESSIVE_DETERMINERS, ROLE_HEADS, SUBJECT_PRONOUNS } from './lexicon/names';
import { CUE_WORDS } from './lexicon/cues';
import { NAME_PARTICLES, opensPartyLabel } from './names';
import { isAsciiUpper, opensInLowerCase, opensWithCapital } from './letters';

/** Modifiers of a role that the tagger often reads as verbs: "lead prosecutor", "acting chief". */
const ROLE_MODIFIERS = new Set(['lead', 'acting', 'former', 'retired', 'elected', 'appointed', 'longtime', 'interim', 'managing', 'outgoing', 'incoming', 'presiding', 'founding', 'leading', 'visiting', 'serving']);

/**
 * Tags of the words a noun phrase is made of. (Compared rather than looked up in a Set: the tags are interned
 * strings, and this is asked of most words near a cue.)
 */
function isNounPhraseTag(pos: string): boolean {
  return pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'DET' || pos === 'NUM';
}
/** Adverbs and auxiliaries that may stand between a subject and its verb ("has also said"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['also', 'later', 'then', 'previously', 'repeatedly', 'recently', 'once',
  'publicly', 'privately', 'reportedly', 'separately', 'earlier', 'again', 'still', 'often', 'frequently',
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  'not', "n't", 'n\u2019t', 'never', 'long', 'already', 'now', 'further', 'even', 'simply', 'flatly', 'bluntly', 'just',
  'had', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'first', 'last', 'yet', 'specifically', 'explicitly',
  'clearly', 'openly', 'quietly', 'angrily', 'firmly', 'strongly', 'formally', 'officially', 'initially',
  'immediately', 'subsequently', 'elsewhere', 'too', 'all', 'both', 'each', 'himself', 'herself', 'themselves',
  // Adverbs of frequency, time and concession without "-ly": "she soon realized", "has always argued", "has
  // nonetheless praised", "would ever concede".
  'always', 'sometimes', 'soon', 'ever', 'twice', 'seldom', 'nevertheless', 'nonetheless', 'quite', 'perhaps', 'thus',
  "'s", '\u2019s', "'re", '\u2019re', "'ve", '\u2019ve', "'d", '\u2019d', "'ll", '\u2019ll']);

export function isBetweenSubjectAndVerb(t: Token): boolean {
  // "Long said …": a capitalised word the tagger reads as a name is the subject, not "has long said".
  // ("Kindly said …": nor is a capitalised word in -ly, which opens a sentence only as a name.)
  const capitalised = isAsciiUpper(t.text.charCodeAt(0));
  if (t.pos === 'PROPN' && capitalised) return false;
  return BETWEEN_SUBJECT_AND_VERB.has(t.lower) || (t.pos === 'ADV' && t.lower.endsWith('ly') && !capitalised);
}

// A module constant: isProperLike is asked of word after word, and a literal there is a new RegExp object per call.

/** Capitalised words the tagger got wrong ("Voss/VERB said") still name someone. */
export function isProperLike(t: Token): boolean {
  if (!opensWithCapital(t.text) || NOT_NAMES.has(t.lower)) return false;
  // "columnist Ai/AUX Lin": a capitalised word is an auxiliary only when it is one.
  if (t.pos === 'AUX') return !AUXILIARIES.has(t.lower);
  return !NON_NAME_TAGS.has(t.pos);
}
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'am', 'have', 'has', 'had', 'do', 'does', 'did',
  'can', 'could', 'will', 'would', 'may', 'might', 'must', 'shall', 'should', "'s", '\u2019s', "'re", "'ve", "'ll", "'d"]);
const NON_NAME_TAGS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'AUX', 'PART', 'SYM']);

function canExtendNounPhrase(t: Token): boolean {
  if (isNounPhraseTag(t.pos) || isProperLike(t)) return true;
  if (t.lower === "'s" || t.lower === '\u2019s' || t.lower === "'" || t.lower === '\u2019') return true;
  if (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower)) return true;
  return false;
}

/** "the self-described independent/ADJ": adjectives after a determiner or possessive end in a noun. */
function determinedAdjective(tokens: Token[], last: number, min: number): boolean {
  for (let k = last - 1; k >= min && k >= last - 5; k--) {
    const t = tokens[k];
    if (t.pos === 'DET' || t.lower === "'s" || t.lower === '\u2019s' || (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower))) return true;
    // ("the Republican incumbent said": a name may modify it too.)
    if (t.pos !== 'ADJ' && t.text !== '-' && !(t.pos === 'VERB' && /(ed|en)$/.test(t.lower)) && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}

/** Start of the noun phrase ending at token `last`, not before `min`; -1 when `last` cannot end one. */
export function nounPhraseEndingAt(tokens: Token[], last: number, min: number): number {
  const head = tokens[last];
  // "most of them", "some of us": the quantity speaks for the group.
  if ((head.lower === 'them' || head.lower === 'us') && last - 2 >= min && tokens[last - 1].lower === 'of' && ['NUM', 'ADJ', 'DET', 'NOUN'].includes(tokens[last - 2].pos)) return last - 2;
  if (head.pos === 'PRON') return SUBJECT_PRONOUNS.has(head.lower) ? last : -1;
  // "the company's brief/ADJ said": after a determiner or possessive, the tagger's adjective is a noun.
  // "the 31-year-old said": an age written as a compound stands for a person.
  // "Union chief says", "former rival says": a role the tagger reads as an adjective heads a headline's subject.
  const nounlike = (head.pos === 'ADJ' && (determinedAdjective(tokens, last, min) || ROLE_HEADS.has(head.lower))) || isAgeCompound(tokens, last, min);
  if (head.pos !== 'PROPN' && head.pos !== 'NOUN' && head.pos !== 'NUM' && !isProperLike(head) && !nounlike) return -1;
  if (head.quote >= 0) return -1;
  // "the 31-year-old": the whole age compound, then what comes before it.
  let start = isAgeCompound(tokens, last, min) && last - 4 >= min && tokens[last - 3].text === '-' ? last - 4 : last;
  while (start - 1 >= min) {
    const t = tokens[start - 1];
    if (t.quote >= 0) break;
    // "In the end the judge said": a phrase has one determiner, at its start.
    if (tokens[start].pos === 'DET' && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET')) break;
    if (canExtendNounPhrase(t)) { start--; continue; }
    // "Secretary of State Ana Ruiz", "spokesman for the ministry": keep "of" between nouns.
    if ((t.lower === 'of') && start - 2 >= min && isNounPhraseTag(tokens[start - 2].pos) && tokens[start - 2].pos !== 'DET') { start--; continue; }
    // Hyphenated or dotted pieces of a name.
    if ((t.text === '-' || t.text === '.') && start - 2 >= min && tokens[start - 2].pos === 'PROPN' && t.end === tokens[start].start) { start--; continue; }
    // "the secretary-general said": a word a glued hyphen joins to the head is part of it.
    if (t.text === '-' && start - 2 >= min && t.end === tokens[start].start && t.start === tokens[start - 2].end && isNounPhraseTag(tokens[start - 2].pos) && tokens[start - 2].pos !== 'DET') { start--; continue; }
    break;
  }
  return start;
}

/** Last token of the noun phrase starting at token `first`, not past `max`; -1 when none starts there. */
export function nounPhraseStartingAt(tokens: Token[], first: number, max: number): number {
  const t = tokens[first];
  if (!t) return -1;
  const possessive = t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower) && first + 1 <= max && (isNounPhraseTag(tokens[first + 1].pos) || isProperLike(tokens[first + 1]));
  if (t.pos === 'PRON' && !possessive) return SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'him' || t.lower === 'her' || t.lower === 'them' || t.lower === 'us' || t.lower === 'me' ? first : -1;
  // "de Vries told reporters": a surname's lowercase particle opens the phrase.
  if (NAME_PARTICLES.has(t.text) && first + 1 <= max && tokens[first + 1].pos === 'PROPN') {
    const rest = nounPhraseStartingAt(tokens, first + 1, max);
    if (rest >= 0) return rest;
  }
  // "said lead prosecutor Joe Hale": a role's modifier the tagger took for a verb.
  if (ROLE_MODIFIERS.has(t.lower) && first + 1 <= max && (tokens[first + 1].pos === 'NOUN' || tokens[first + 1].pos === 'PROPN')) {
    const rest = nounPhraseStartingAt(tokens, first + 1, max);
    return rest;
  }
  if (!canExtendNounPhrase(t)) return -1;
  let last = first;
  while (last + 1 <= max) {
    const n = tokens[last + 1];
    if (n.quote >= 0 && n.quote !== t.quote) break;
    if (canExtendNounPhrase(n) && n.pos !== 'DET') { last++; continue; }
    // "said the giant Rovers lock.": a noun the tagger took for a verb ends a determined phrase before a stop.
    const stop = tokens[last + 2];
    if (n.pos === 'VERB' && t.pos === 'DET' && last > first && opensInLowerCase(n.text) && !/(ed|ing|s)$/.test(n.lower) && !CUE_WORDS.has(n.lower) &&
        (!stop || last + 2 > max || /^[.,;!?]$/.test(stop.text))) return last + 1;
    // "the most recent data": an adverb inside a noun phrase when an adjective follows it.
    if (n.pos === 'ADV' && last + 2 <= max && tokens[last + 2].pos === 'ADJ') { last += 2; continue; }
    const after = tokens[last + 2];
    // "Ohio-based analyst": a hyphen glued between two words keeps the compound in the phrase.
    if (n.text === '-' && after && last + 2 <= max && n.start === tokens[last].end && after.start === n.end && /^[\p{L}\p{N}]/u.test(after.text)) { last += 2; continue; }
    if (n.lower === 'of' && last + 2 <= max && isNounPhraseTag(tokens[last + 2].pos)) { last++; continue; }
    if ((n.text === '.' || n.text === '-') && last + 2 <= max && tokens[last + 2].pos === 'PROPN' && n.end === tokens[last + 2].start) { last++; continue; }
    break;
  }
  // A noun phrase needs a noun, a name or a number at its end.
  while (last >= first && !['PROPN', 'NOUN', 'NUM'].includes(tokens[last].pos) && !isProperLike(tokens[last]) && !isAgeCompound(tokens, last, first)) last--;
  return last >= first ? last : -1;
}

/** "31-year-old" ending at `last`: an age that stands for a person. */
export function isAgeCompound(tokens: Token[], last: number, min: number): boolean {
  return tokens[last].lower === 'old' && last - 2 >= min && tokens[last - 1].text === '-' && /^years?$/.test(tokens[last - 2].lower);
}

/** A short parenthesis such as "(D-Ore.)" or "(R)": index of its "(" when `close` is its ")", else -1. */
export function parenthesisOpening(tokens: Token[], close: number, min: number): number {
  if (tokens[close]?.text !== ')') return -1;
  for (let k = close - 1; k >= min && k >= close - 8; k--) if (tokens[k].text === '(') return k;
  return -1;
}

/** The comma that opens a party label ending at `end` ("Tom Hale, R-S.C., said"), or -1. */
export function partyLabelOpening(tokens: Token[], end: number, min: number): number {
  for (let k = end - 2; k >= min && k >= end - 8; k--) if (tokens[k].text === ',') return opensPartyLabel(tokens, k + 1) ? k : -1;
  return -1;
}

export function parenthesisClosing(tokens: Token[], open: number, max: number): number {
  if (tokens[open]?.text !== '(') return -1;
  for (let k = open + 1; k <= max && k <= open + 8; k++) if (tokens[k].text === ')') return k;
  return -1;
}

/** A noun phrase with the prepositional phrases that qualify it: "a tally by the county clerk". */
export function nounPhraseWithModifiers(tokens: Token[], first: number, max: number): number {
  let last = nounPhraseStartingAt(tokens, first, max);
  while (last >= 0 && last + 2 <= max && /^(by|of|from|at|in|for|with|on)$/.test(tokens[last + 1].lower) && tokens[last + 1].quote < 0) {
    const next = nounPhraseStartingAt(tokens, last + 2, max);
    if (next < 0) break;
    last = next;
  }
  return last;
}

/** How many words a name given to something may hold: "the Riverton Harbor Preservation Fund". */
export const GIVEN_NAME_WORDS = 8;

/**
 * The index after a run of capitalised words outside quotes that starts at `first` and ends by `last` (at most
 * GIVEN_NAME_WORDS of them): a name given to something ("the Harbor Trust"); `first` when there is none.
 */
export function capitalisedRunEnd(tokens: readonly Token[], first: number, last: number): number {
  let k = first;
  while (k <= last && k < first + GIVEN_NAME_WORDS && tokens[k].quote < 0 && opensWithCapital(tokens[k].text)) k++;
  return k;
}
