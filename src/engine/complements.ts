/**
 * What a word takes after it, read from the tokens: a "that" clause, "to" and a verb, a quote, a colon, a
 * question word, a preposition and its object, a bare clause, a noun phrase, people named by a common noun. A cue word from the generated
 * lexicon reports only with the complements its corpus evidence backs ("cited the report", "talked about the
 * plan", "convinced voters that …"), and the generator (scripts/lexicon/) counts with this same reader, so its
 * rates are those of the rule the engine applies.
 */
import type { Token } from './tokens';
import { clauseFollows } from './claims/context';
import { ROLE_HEADS } from './lexicon/names';
import { SPEECH_NOUNS } from './lexicon/cues';
import { isProperLike, nounPhraseStartingAt } from './phrases';
import { isPeopleNoun } from './resolution/notActors';

/** Prepositions whose object can be what a cue reports: "talked about X", "railed against X", "pointed to X". */
export const CONTENT_PREPOSITIONS = ['about', 'of', 'for', 'on', 'over', 'against', 'to', 'with', 'in', 'at'] as const;
export type ContentPreposition = typeof CONTENT_PREPOSITIONS[number];

/**
 * 'person' is a noun phrase naming people by a common noun or an object pronoun ("showed investigators around",
 * "offered them a seat"): the verb's hearer or target, rarely what it reports.
 */
export type Complement = 'that' | 'infinitive' | 'quote' | 'colon' | 'question' | 'clause' | 'np' | 'person' | 'none' | ContentPreposition;

export const COMPLEMENTS: readonly Complement[] = ['that', 'infinitive', 'quote', 'colon', 'question', 'clause', 'np', 'person', 'none', ...CONTENT_PREPOSITIONS];

const PREPOSITION_SET: ReadonlySet<string> = new Set(CONTENT_PREPOSITIONS);
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'whom', 'when', 'where', 'which']);
const NOUN_PHRASE_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'her']);
/** The possessive clitic: "the mayor's", "the voters'". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '\u2019s', "'", '\u2019']);
/** How many adverbs may stand between the word and its complement ("said repeatedly that"). */
const MAX_ADVERBS = 2;

/**
 * The first token of word i's complement: past adverbs (not "not") and, for a verb (`pastHearer`), past a hearer
 * before the topic ("talked to voters about"); never past `last`. A noun reads what follows it directly: "talks with
 * the union about wages" are talks, not a verb of saying.
 */
export function complementStart(tokens: readonly Token[], i: number, last: number, pastHearer = true): number {
  let k = i + 1;
  while (k <= last && k <= i + MAX_ADVERBS && tokens[k].pos === 'ADV' && tokens[k].lower !== 'not' && tokens[k].quote < 0) k++;
  return pastHearer ? afterHearer(tokens, k, last) : k;
}

/** Prepositions of a topic, which may follow the hearer: "talked to voters about the levy". */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'on', 'over']);

/**
 * "talked to voters about the levy", "spoke with Ana Ruiz on the plan": past "to" or "with" and the hearer's short
 * noun phrase (people: a name, a pronoun, a people noun), the topic's preposition; else `k` itself.
 */
function afterHearer(tokens: readonly Token[], k: number, last: number): number {
  const t = tokens[k];
  if (!t || k > last || (t.lower !== 'to' && t.lower !== 'with') || t.quote >= 0) return k;
  const hearerLast = nounPhraseStartingAt(tokens as Token[], k + 1, last);
  const after = hearerLast + 1;
  if (hearerLast < 0 || hearerLast - k > 5 || after > last || tokens[after].quote >= 0 || !TOPIC_PREPOSITIONS.has(tokens[after].lower)) return k;
  // Only people hear: "pointed to the rise of rents" points to a thing.
  const named = tokens.slice(k + 1, after).some((w) => w.pos === 'PROPN' || isProperLike(w));
  return named || namesPeople(tokens, k + 1, last) ? after : k;
}

/** The complement of the word at token i, within the sentence ending at token `last`. */
export function complementAfter(tokens: readonly Token[], i: number, last: number, pastHearer = true): Complement {
  const k = complementStart(tokens, i, last, pastHearer);
  if (k > last) return 'none';
  const t = tokens[k];
  if (t.quote >= 0 && t.quote !== tokens[i].quote) return 'quote';
  const lower = t.lower;
  if (lower === 'that' && t.pos !== 'DET') return 'that';
  if (lower === ':') return 'colon';
  if (lower === 'to' && k + 1 <= last && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX')) return 'infinitive';
  if (QUESTION_WORDS.has(lower)) return 'question';
  if (PREPOSITION_SET.has(lower)) return lower as ContentPreposition;
  if (!NOUN_PHRASE_OPENERS.has(t.pos)) return 'none';
  if (namesPeople(tokens, k, last)) return 'person';
  return clauseFollows(tokens as Token[], k, last) && t.pos !== 'ADJ' ? 'clause' : 'np';
}

/** Whether the noun phrase at token k names people without a name: "investigators", "the voters", "them". */
function namesPeople(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  // "her report" is a possessive; "told her" an object.
  if (OBJECT_PRONOUNS.has(t.lower)) return t.lower !== 'her' || !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[k + 1]?.pos ?? '');
  const end = nounPhraseStartingAt(tokens as Token[], k, last);
  // "her husband's record": the people own what follows.
  if (end < 0 || tokens[end].pos !== 'NOUN' || POSSESSIVE_MARKS.has(tokens[end + 1]?.lower ?? '')) return false;
  for (let m = k; m <= end; m++) if (tokens[m].pos === 'PROPN' || isProperLike(tokens[m])) return false;
  const head = tokens[end].lower;
  // The people-noun test counts documents as speaking groups ("reports say"); as an object they are content.
  if (SPEECH_NOUNS.has(head) || (head.endsWith('s') && SPEECH_NOUNS.has(head.slice(0, -1)))) return false;
  return isPeopleNoun(head) || ROLE_HEADS.has(head);
}
