/**
 * Passives of perception and repute that name no perceiver: "The plan is widely seen as a threat", "Ana Ruiz was known
 * as a fair judge", "the bridge, which is viewed as unsafe, …", "Hale is rumored to be leaving". The writer passes on a
 * view that nobody is named for, so the claim has no source. These participles are not reporting cues (an active "saw
 * the bridge" reports nothing), so the rule reads their passive shape itself: a finite form of "be" before the
 * participle and "as" or "to" + verb after it.
 */
import { newCue } from '../cues';
import type { Token } from '../tokens';
import { capitalisedRunEnd, isBetweenSubjectAndVerb, nounPhraseEndingAt } from '../phrases';
import { Context, DraftClaim, isComma, make } from './context';
import { BE_OR_HAVE, clauseAfter, clauseEnd, holdsQuote, subjectBeforeComma } from './clauseSpans';
import { passiveSubjectFirst } from './agentless';
import type { MarkerRule } from './markerRule';
import { couldSpeak } from './subjects';
import { opensWithLetter } from '../letters';

/** Participles whose passive tells how someone or something is seen ("as …") or what is said of them ("to …"). */
const REPUTE_PARTICIPLES = new Set(['seen', 'viewed', 'regarded', 'perceived', 'known', 'billed', 'rumored', 'rumoured', 'reputed',
  'deemed', 'portrayed', 'rated', 'derided', 'hailed', 'lauded']);

/**
 * Participles of a verdict, whose passive gives one with any complement: "were deemed invalid", "was deemed a risk".
 * They are no reporting cues of the lexicon, so without this rule their passive makes no claim at all.
 */
const VERDICT_ANY_COMPLEMENT = new Set(['deemed']);

/** Participles of hearsay, which also take a "that" clause: "it was rumored that …". */
const RUMOR_WORDS = new Set(['rumored', 'rumoured', 'reputed']);

/** Participles that tell a repute only with "as …" ("is seen as"); "is seen to" or "was known to us" are not one. */
const AS_ONLY = new Set(['viewed', 'regarded', 'perceived', 'billed', 'portrayed', 'rated', 'derided', 'hailed', 'lauded']);

/** Forms of "be" a finite passive may end in; "being" and "to be" are not finite ("risk being seen as …"). */
const FINITE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s', "'re", '’re']);

/** Degree words the tagger may not read as adverbs: "best known", "better known", "most widely seen". */
const DEGREE_BEFORE_PARTICIPLE = new Set(['best', 'better', 'most', 'more', 'least', 'less', 'well']);

/** A verb within two words after "to": an infinitive ("is rumored to be leaving"), not a preposition. */
function infinitiveAfter(ctx: Context, to: number): boolean {
  for (let k = to + 1; k <= ctx.s.last && k <= to + 2; k++) {
    const pos = ctx.tokens[k].pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos !== 'ADV' && pos !== 'PART') return false;
  }
  return false;
}

/** How many words a first participle's group may hold before "and": "is widely respected and". */
const SHARED_GROUP_WORDS = 4;

/**
 * The finite "be" a participle after "and" at `and` shares with the participle before it ("is widely respected and
 * seen as"), past only that participle and its adverbs; `and` itself when there is none, which then reads as no "be".
 */
function sharedBe(ctx: Context, and: number): number {
  const { tokens, s } = ctx;
  let participle = false;
  for (let k = and - 1; k >= s.first && k >= and - SHARED_GROUP_WORDS; k--) {
    const t = tokens[k];
    if (t.quote >= 0) return and;
    if (FINITE_BE.has(t.lower)) return participle ? k : and;
    if (t.pos === 'VERB' && (t.lower.endsWith('ed') || t.lower.endsWith('en') || t.lower.endsWith('wn'))) participle = true;
    else if (t.pos !== 'ADV' && !DEGREE_BEFORE_PARTICIPLE.has(t.lower)) return and;
  }
  return and;
}

/** The claim of a repute passive at participle i, or null when the shape is not one. */
function reputeClaim(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  const word = tokens[i].lower;
  const next = tokens[i + 1];
  if (!next || next.quote >= 0) return null;
  const as = next.lower === 'as';
  const to = next.lower === 'to' && !AS_ONLY.has(word) && infinitiveAfter(ctx, i + 1);
  const knownFor = word === 'known' && next.lower === 'for';
  // "It was rumored that …": the rumour is the clause after "that" (the cue words of the lexicon read "it is said that").
  if (RUMOR_WORDS.has(word) && next.lower === 'that') {
    const range = clauseAfter(ctx, i + 1);
    const cue = newCue(i, i, 'that', word, 'phrase', false, true);
    return range ? make(ctx, range, cue, null, 'agentless') : null;
  }
  // "were deemed invalid": a verdict's complement, an adjective or a noun phrase, right after it.
  const verdict = VERDICT_ANY_COMPLEMENT.has(word) && /^(?:ADJ|DET|NUM|NOUN|ADV|VERB)$/.test(next.pos) && next.lower !== 'by';
  if (!as && !to && !knownFor && !verdict) return null;
  // The verb group before the participle: "is widely", "has long been", "could be".
  let be = i - 1;
  // "is widely seen as", "is perhaps best known for": adverbs and degree words between "be" and the participle.
  while (be >= s.first && be >= i - 3 && tokens[be].quote < 0 && !FINITE_BE.has(tokens[be].lower) && (isBetweenSubjectAndVerb(tokens[be]) || tokens[be].pos === 'ADV' || DEGREE_BEFORE_PARTICIPLE.has(tokens[be].lower))) be--;
  // "is widely respected and seen as": a second participle shares the first one's "be".
  if (be >= s.first && (tokens[be].lower === 'and' || tokens[be].lower === 'or') && tokens[be].quote < 0) be = sharedBe(ctx, be);
  // "a town seen as vital", "Tom Hale, regarded as the council's anchor": a repute given without "be".
  if (be < s.first || !FINITE_BE.has(tokens[be].lower) || tokens[be].quote >= 0) return word === 'known' || as ? reducedRepute(ctx, i, be) : null;
  if (tokens[be].lower === 'be' && (be === s.first || tokens[be - 1].lower === 'to')) return null;
  let aux = be - 1;
  while (aux >= s.first && aux >= be - 5 && tokens[aux].quote < 0 && (BE_OR_HAVE.test(tokens[aux].lower) || isBetweenSubjectAndVerb(tokens[aux]))) aux--;
  let subjectFirst = passiveSubjectFirst(ctx, aux);
  if (subjectFirst < 0 && aux >= s.first && isComma(tokens[aux])) subjectFirst = subjectBeforeComma(ctx, aux);
  const first = subjectFirst >= 0 ? subjectFirst : (verdict ? i + 1 : i + 2);
  // The complement starts after "as" or "to", or right after a verdict's participle.
  const complement = verdict ? i + 1 : i + 2;
  const last = clauseEnd(ctx, first, complement);
  if (last < complement || holdsQuote(ctx, first, last)) return null;
  const cue = newCue(aux + 1, complement - 1, 'that', word, 'phrase', false, true);
  return make(ctx, { first, last }, cue, null, 'agentless');
}

/**
 * "the contests known as Super Tuesday", "a state known for its caucuses", "the group, also known as the Guild,", "a
 * town seen as vital", "Hale, regarded as the anchor": a name or a repute given to a noun phrase without "be"
 * ("seen as" cannot be active: that would be "saw it as"). After a noun the claim is the phrase with its repute; after
 * a comma, the name or repute alone. `before` is the token before the participle and its adverbs.
 */
function reducedRepute(ctx: Context, i: number, before: number): DraftClaim | null {
  const { tokens, s } = ctx;
  if (before < s.first || tokens[before].quote >= 0) return null;
  const cue = newCue(before + 1, i + 1, 'that', tokens[i].lower, 'phrase', false, true);
  const afterComma = isComma(tokens[before]);
  const first = afterComma ? i + 2 : nounPhraseEndingAt(tokens, before, s.first);
  if (first < 0 || (!afterComma && tokens[before].pos !== 'NOUN' && tokens[before].pos !== 'PROPN')) return null;
  const last = clauseEnd(ctx, afterComma ? before + 1 : first, i + 2);
  if (last < i + 2 || holdsQuote(ctx, first, last)) return null;
  return make(ctx, { first, last }, cue, null, 'agentless');
}

export const REPUTE_RULE: MarkerRule = { words: REPUTE_PARTICIPLES, claim: reputeClaim };

/** Participles that give a name: "the fund, called the Harbor Trust, …", "a thriller, titled “Low Tide,” …". */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'labeled',
  'labelled', 'branded', 'known']);

/** Adverbs between the comma and a naming participle: ", also known as", ", now called", ", informally dubbed". */
const NAMING_ADVERBS = new Set(['also', 'now', 'often', 'sometimes', 'officially', 'informally', 'formerly', 'widely', 'locally', 'aptly']);

function quotedWordIn(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k].quote >= 0) return true;
  return false;
}

/** “Low Tide,” with the aside's comma inside the quote, before its closing mark: the quote at [start, end) ends the name. */
const quotedNameClosesAside = (tokens: readonly Token[], start: number, end: number) =>
  tokens[start].quote >= 0 && (tokens[end - 1].text === ',' || (end - 2 > start && tokens[end - 2].text === ','));

/**
 * Whether a name starts at token `first` and nothing but a comma, the sentence's end or a verb follows it: an optional
 * determiner, then a quote or capitalised words. "called the Harbor Trust, …" gives a name; "called Ruiz a “liar”"
 * and "called Hale’s plan “weak”" are a speaker's words about someone.
 */
function nameEndsAt(ctx: Context, first: number): boolean {
  const { tokens, s } = ctx;
  let k = first;
  if (tokens[k].pos === 'DET' && tokens[k].quote < 0) k++;
  if (k > s.last) return false;
  const start = k;
  if (tokens[k].quote >= 0) {
    const quote = tokens[k].quote;
    while (k <= s.last && tokens[k].quote === quote) k++;
  } else {
    k = capitalisedRunEnd(tokens, k, s.last);
  }
  if (k === start) return false;
  if (quotedNameClosesAside(tokens, start, k)) return true;
  const next = tokens[k];
  return k > s.last || isComma(next) || /^[.;:!?)]$/.test(next.text) || next.pos === 'VERB' || next.pos === 'AUX';
}

/**
 * "the fund, called the Harbor Trust, …", "Tom Hale, known online as “Skipper,” …": a name given after a comma, with
 * no "be" and nobody who gives it; the claim is the name, to its clause's end, with no source. Quoted names are for
 * the pass that places quotes (claims/quotedHedges.ts), which sets `quotesAllowed`.
 */
export function namingAfterComma(ctx: Context, i: number, quotesAllowed: boolean): DraftClaim | null {
  const { tokens, s } = ctx;
  let before = i - 1;
  while (before > s.first && before >= i - 2 && NAMING_ADVERBS.has(tokens[before].lower)) before--;
  if (before <= s.first || !isComma(tokens[before]) || tokens[before].quote >= 0 || !NAMING_PARTICIPLES.has(tokens[i].lower)) return null;
  // "known online as", "called simply": one adverb may follow the participle before "as" and the name.
  let first = i + 1;
  if (tokens[first] && opensWithLetter(tokens[first].text) && tokens[first].quote < 0 && tokens[first + 1]?.lower === 'as') first++;
  if (tokens[first]?.lower === 'as') first++;
  if (first > s.last || !nameEndsAt(ctx, first)) return null;
  const last = clauseEnd(ctx, before + 1, first);
  // Any quote, a title too: after a comma the quoted name ("…, titled “Low Tide,” opens …") is left to the quote passes,
  // whose clause claim keeps the sentence's speaker.
  if (last < first || (!quotesAllowed && quotedWordIn(tokens, first, last))) return null;
  const cue = newCue(before + 1, first - 1, 'that', tokens[i].lower, 'phrase', false, true);
  return make(ctx, { first, last }, cue, null, 'agentless');
}

/**
 * "a website called Harbor Wire", "a thriller titled “Low Tide”": a name given right after a noun phrase that
 * cannot speak, so the participle is passive ("the mayor called Hale" is the mayor speaking). The claim is the noun
 * phrase with its name, to the name's end, with no source.
 */
function namingAfterNoun(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  const noun = tokens[i - 1];
  if (i - 1 <= s.first || tokens[i].lower === 'known' || !noun || noun.pos !== 'NOUN' || noun.quote >= 0) return null;
  const first = nounPhraseEndingAt(tokens, i - 1, s.first);
  if (first < 0 || couldSpeak(tokens, { first, last: i - 1 })) return null;
  const name = tokens[i + 1]?.lower === 'as' ? i + 2 : i + 1;
  if (name > s.last || !nameEndsAt(ctx, name)) return null;
  const last = nameEnd(ctx, name);
  if (holdsQuote(ctx, first, last)) return null;
  const cue = newCue(i, name - 1, 'that', tokens[i].lower, 'phrase', false, true);
  return make(ctx, { first, last }, cue, null, 'agentless');
}

/** The last token of the name that starts at token `first` (nameEndsAt said one does): its quote or capitalised run. */
function nameEnd(ctx: Context, first: number): number {
  const { tokens, s } = ctx;
  let k = first;
  if (tokens[k].pos === 'DET' && tokens[k].quote < 0) k++;
  if (tokens[k].quote >= 0) {
    const quote = tokens[k].quote;
    while (k + 1 <= s.last && tokens[k + 1].quote === quote) k++;
    return k;
  }
  return capitalisedRunEnd(tokens, k, s.last) - 1;
}

export const NAMING_RULE: MarkerRule = { words: NAMING_PARTICIPLES, claim: (ctx, i) => namingAfterComma(ctx, i, false) ?? namingAfterNoun(ctx, i) };
