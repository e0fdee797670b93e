/**
 * Doubts and criticism told through a noun, in a frame that says who holds them or that nobody is named for:
 * - "there are growing concerns that the dam will fail", "amid fears that …", "despite complaints that …": held by
 *   nobody the text names;
 * - "The report raised new questions about the budget": raised by a document or an event, so nobody is named; "Ana
 *   Ruiz raised questions about the budget": she holds them;
 * - "The move prompted speculation that …", "stoked fears about …": caused, held by nobody named;
 * - "The council has faced criticism for the delay", "The plan drew scrutiny", "… came under scrutiny from Tom Hale": the
 *   subject is what is criticised; the critic, when named, follows "from".
 * The claim is the noun's complement ("that …", "about …", "whether …", "for …"), or for criticism with none, the
 * criticised subject. Only a bounded number of tokens around the noun is read.
 */
import { newCue } from '../cues';
import { SPEECH_NOUNS } from '../lexicon/cues';
import { POSSESSIVE_DETERMINERS } from '../lexicon/names';
import { nounPhraseEndingAt, nounPhraseStartingAt } from '../phrases';
import type { Token } from '../tokens';
import { Context, DraftClaim, isComma, make, Range, Subject } from './context';
import { clauseAfter, clauseEnd, holdsQuote, RELATIVE_SUBJECTS } from './clauseSpans';
import { couldSpeak, subjectLeft } from './subjects';
import type { MarkerRule } from './markerRule';

/** Nouns of doubt, fear and complaint: what someone holds about something ("concerns that …", "questions about …"). */
const DOUBT_NOUNS = new Set(['questions', 'question', 'concerns', 'concern', 'doubts', 'doubt', 'fears', 'fear', 'worries',
  'worry', 'complaints', 'complaint', 'allegations', 'allegation', 'accusations', 'accusation', 'speculation',
  'rumors', 'rumours', 'rumor', 'rumour', 'suspicions', 'suspicion', 'skepticism', 'scepticism', 'calls']);

/**
 * Nouns of a shared view or of hearsay that hold no one only after "there is": "there was broad agreement that …",
 * "there is no consensus on …", "there is chatter about …"; "the agreement that he signed" is a document.
 */
const EXISTENTIAL_ONLY_NOUNS = new Set(['agreement', 'consensus', 'chatter', 'rumblings']);

/**
 * Nouns that stand for criticism only in an idiom: "took heat for", "came under fire for", "drew flak"; "the fire
 * spread" or "the heat wave" receive nothing, so they count only after a receiving verb (frameAt asks for one).
 */
const FIGURATIVE_CRITICISM = ['heat', 'flak', 'fire'];

/** Nouns of judgement that a subject receives: "faced criticism", "drew scrutiny", "took heat for". */
const CRITICISM_NOUNS = new Set(['criticism', 'criticisms', 'backlash', 'ridicule', 'scrutiny', 'condemnation', 'outrage',
  ...FIGURATIVE_CRITICISM]);

/** Verbs by which a subject voices a doubt ("raised questions about") — or, for a thing, gives rise to one. */
const RAISING_VERBS = new Set(['raise', 'raises', 'raised', 'raising']);
/** Verbs by which an event gives rise to a doubt that nobody named holds: "prompted speculation that …". */
const CAUSING_VERBS = new Set(['prompt', 'prompts', 'prompted', 'prompting', 'spark', 'sparks', 'sparked', 'sparking',
  'fuel', 'fuels', 'fueled', 'fuelled', 'fueling', 'fuelling', 'stoke', 'stokes', 'stoked', 'stoking', 'renew', 'renews',
  'renewed', 'renewing', 'trigger', 'triggers', 'triggered', 'triggering', 'provoke', 'provokes', 'provoked',
  'provoking', 'stir', 'stirs', 'stirred', 'stirring', 'generate', 'generates', 'generated', 'generating']);
/** Verbs by which a subject receives a judgement: "has faced criticism", "drew scrutiny", "endured criticism". */
const RECEIVING_VERBS = new Set(['face', 'faces', 'faced', 'facing', 'draw', 'draws', 'drew', 'drawn', 'drawing',
  'attract', 'attracts', 'attracted', 'attracting', 'receive', 'receives', 'received', 'receiving', 'under',
  'endure', 'endures', 'endured', 'enduring', 'weather', 'weathers', 'weathered', 'weathering']);
/** "took heat for", "taking flak over": "take" receives only these, since "took criticism seriously" receives nothing. */
const TAKING_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** Prepositions under which a doubt stands as the writer's background: "amid concerns that …", "despite complaints". */
const BACKGROUND_PREPOSITIONS = new Set(['amid', 'amidst', 'despite']);
const EXISTENTIAL_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'remain', 'remains', 'remained', "'s", '’s']);

/** Words that may stand between a frame and its noun: "raised serious new questions", "there are no doubts". */
function isNounModifier(t: Token): boolean {
  return t.quote < 0 && (t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV' || t.lower === 'some' || t.lower === 'no'
    || t.lower === 'any' || t.lower === 'more' || t.lower === 'new' || t.lower === 'fresh' || t.lower === 'the'
    || (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower)));
}

/** Prepositions that open what a doubt or a criticism is about. */
const COMPLEMENT_PREPOSITIONS = new Set(['about', 'over', 'of', 'on', 'for', 'regarding', 'surrounding', 'that', 'whether']);

/** Pronouns for a thing, which gives rise to a doubt rather than voicing it ("It raised new questions"). */
const THING_PRONOUNS = new Set(['it', 'this', 'that', 'which']);

type Frame = 'existential' | 'background' | 'raising' | 'causing' | 'receiving';

/** The frame that governs the noun phrase starting after token `f`, or null. */
function frameAt(ctx: Context, f: number, criticism: boolean, noun: string): Frame | null {
  const { tokens, s } = ctx;
  const t = tokens[f];
  if (!t || f < s.first || t.quote >= 0) return null;
  if (criticism) {
    if (t.lower === 'under') return f - 1 >= s.first && /^(?:come|comes|came|coming|be|is|are|was|were|been|being|remain|remains)$/.test(tokens[f - 1].lower) ? 'receiving' : null;
    if (TAKING_VERBS.has(t.lower)) return FIGURATIVE_CRITICISM.includes(noun) ? 'receiving' : null;
    return RECEIVING_VERBS.has(t.lower) ? 'receiving' : null;
  }
  if (EXISTENTIAL_BE.has(t.lower)) {
    let there = f - 1;
    while (there >= s.first && there >= f - 3 && /^(?:have|has|had|also|still|now|will|may|might|could|would)$/.test(tokens[there].lower)) there--;
    return there >= s.first && tokens[there].lower === 'there' ? 'existential' : null;
  }
  if (BACKGROUND_PREPOSITIONS.has(t.lower)) return 'background';
  // "faced questions about …", "facing accusations of …": doubts a subject receives, held by nobody named.
  if (RECEIVING_VERBS.has(t.lower) && t.lower !== 'under') return 'receiving';
  if (RAISING_VERBS.has(t.lower)) return 'raising';
  if (CAUSING_VERBS.has(t.lower)) return 'causing';
  return null;
}

/** "from Tom Hale", "from rivals" right after token `i`: the critic as a subject, or null. */
function criticAfter(ctx: Context, i: number): Subject | null {
  const { tokens, s } = ctx;
  if (tokens[i + 1]?.lower !== 'from' || i + 2 > s.last) return null;
  const last = nounPhraseStartingAt(tokens, i + 2, s.last);
  if (last < 0 || tokens[last].quote >= 0) return null;
  const r = { first: i + 2, last };
  return { source: r, head: r, appositive: null };
}

/** What the noun at `noun` is about: the span of its complement, from the token after `noun`, or null. */
function complementOf(ctx: Context, noun: number, frame: Frame, frameFirst: number): Range | null {
  const { tokens, s } = ctx;
  let k = noun + 1;
  // "concerns, even inside his own administration, that …": skip a short aside.
  if (isComma(tokens[k])) {
    let close = k + 1;
    while (close <= s.last && close <= k + 8 && !isComma(tokens[close])) close++;
    if (close <= s.last && isComma(tokens[close]) && tokens[close + 1]?.lower === 'that') k = close + 1;
  }
  const t = tokens[k];
  if (!t || t.quote >= 0 || !COMPLEMENT_PREPOSITIONS.has(t.lower)) return null;
  if (tokens[noun].lower === 'calls' && t.lower !== 'for') return null;
  // "the complaints of critics" names who holds them, not what they are about.
  if (t.lower === 'of') {
    const holderLast = nounPhraseStartingAt(tokens, k + 1, s.last);
    if (holderLast >= 0 && couldSpeak(tokens, { first: k + 1, last: holderLast })) return null;
  }
  // "that" must open a clause ("concerns that the dam …"), not a relative one ("the concerns that he raised").
  // The tagger reads many such "that" as pronouns: a verb right after it marks the relative ones.
  const afterThat = tokens[k + 1];
  if (t.lower === 'that' && t.pos !== 'SCONJ' && (!afterThat || afterThat.pos === 'VERB' || afterThat.pos === 'AUX')) return null;
  const first = t.lower === 'whether' ? k : k + 1;
  if (first > s.last) return null;
  // "Despite complaints that he is a crusader, Ruiz …": a background phrase opening its clause ends at its comma.
  const opensClause = frameFirst === s.first || isComma(tokens[frameFirst - 1]);
  let last = clauseEnd(ctx, first, first);
  if (frame === 'background' && opensClause) {
    for (let c = first; c <= last; c++) if (isComma(tokens[c]) && tokens[c].quote < 0) { last = c - 1; break; }
  }
  return last >= first ? { first, last } : null;
}

/** The subject before a receiving or raising verb: a noun phrase, or the relative pronoun that stands for one. */
function subjectBefore(ctx: Context, verb: number): Range | null {
  const { tokens, s } = ctx;
  let j = verb - 1;
  while (j >= s.first && j >= verb - 5 && tokens[j].quote < 0 && /^(?:has|have|had|is|are|was|were|been|be|will|would|could|may|might|also|often|quickly|immediately|already|now|continue|continues|to|come|comes|came|coming|remain|remains)$/.test(tokens[j].lower)) j--;
  if (j < s.first || tokens[j].quote >= 0) return null;
  if (RELATIVE_SUBJECTS.has(tokens[j].lower)) return { first: j, last: j };
  const first = nounPhraseEndingAt(tokens, j, s.first);
  if (first < 0) return null;
  // "Ruiz's work in the harbor has come under scrutiny": the whole subject, through its prepositional phrases.
  const whole = subjectFromClauseStart(ctx, first);
  return { first: whole >= 0 ? whole : first, last: j };
}

/**
 * The clause's first token when only a subject's words (no verb, no quote, no comma) stand between it and token
 * `first`: the whole of a subject such as "the work and business links of the firm"; -1 otherwise. Bounded.
 */
function subjectFromClauseStart(ctx: Context, first: number): number {
  const { tokens, s } = ctx;
  for (let k = first; k >= s.first && k >= first - 15; k--) {
    const t = tokens[k];
    if (t.quote >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || isComma(t)) return -1;
    if (k === s.first || isComma(tokens[k - 1]) || tokens[k - 1].pos === 'SCONJ' || tokens[k - 1].pos === 'PUNCT') return k;
  }
  return -1;
}

/**
 * Whether a figurative noun at i, after its frame at f, is no idiom of criticism: the idioms take no determiner ("took
 * heat", not "took the fire seriously", "drew their fire") and the noun heads no compound ("took heat readings").
 */
function notCriticismIdiom(tokens: Token[], f: number, i: number): boolean {
  for (let k = f + 1; k < i; k++) if ((tokens[k].pos === 'DET' && tokens[k].lower !== 'some') || tokens[k].pos === 'PRON') return true;
  const next = tokens[i + 1];
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

function nounFrameClaim(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  const criticism = CRITICISM_NOUNS.has(tokens[i].lower);
  let f = i - 1;
  while (f >= s.first && f >= i - 3 && isNounModifier(tokens[f]) && !frameAt(ctx, f, criticism, tokens[i].lower)) f--;
  const frame = frameAt(ctx, f, criticism, tokens[i].lower);
  if (!frame || (FIGURATIVE_CRITICISM.includes(tokens[i].lower) && notCriticismIdiom(tokens, f, i))) return null;
  if (EXISTENTIAL_ONLY_NOUNS.has(tokens[i].lower) && frame !== 'existential') return null;
  const cue = newCue(f, i, 'object', tokens[i].lower, 'phrase', false, false);
  const critic = frame === 'receiving' ? criticAfter(ctx, i) : null;
  const afterNoun = critic ? critic.source.last : i;
  let range = complementOf(ctx, afterNoun, frame, f);
  if (!range && critic) range = complementOf(ctx, i, frame, f);
  if (range && critic && range.first <= critic.source.last && range.last >= critic.source.first) range = null;
  let subject: Subject | null = null;
  if (frame === 'receiving') {
    subject = critic;
    // "The plan drew scrutiny": with nothing it is about, the criticised subject is the claim ("faced questions" alone says too little).
    if (!range && criticism) range = subjectBefore(ctx, f);
  } else if (frame === 'raising') {
    // "Ana Ruiz raised questions about …" voices them; "The report raised questions" gives rise to them.
    const speaker = subjectLeft(ctx, f);
    const head = speaker ? tokens[speaker.head.last].lower : '';
    if (speaker && couldSpeak(tokens, speaker.head) && !SPEECH_NOUNS.has(head) && !THING_PRONOUNS.has(head)) subject = speaker;
  }
  if (!range || holdsQuote(ctx, range.first, range.last)) return null;
  return make(ctx, range, cue, subject, subject ? 'subject' : 'agentless');
}

/** Nouns of a view that a clause after "is that" states: "the idea is that …", "one view is that …". */
const VIEW_NOUNS = new Set(['view', 'idea', 'hope', 'belief', 'assumption', 'expectation', 'thinking', 'theory', 'question',
  'consensus', 'sense', 'feeling', 'notion', 'premise', 'suspicion', 'implication', 'fear', 'worry', 'concern']);

/** Possessives that name whose view it is: "his view is that …" has a holder, "the view is that …" none. */
const POSSESSIVES = new Set([...POSSESSIVE_DETERMINERS, "'s", '’s']);

/** How far the "be" may stand after the noun: "the key question now is whether", "a second view, which I share, is that". */
const VIEW_BE_REACH = 6;

/** Words of a verb group with no subject of its own: "that remains", "which has surfaced", "that has been raised". */
const RELATIVE_VERB_GROUP = 3;

/**
 * "the question that remains is whether …", "the fear that has surfaced is that …": past a relative clause of only a
 * verb group (its subject is the noun), the token after it; else `k`, unchanged. The clause must end at a form of
 * "be" for the view to be stated, which viewIsClaim checks.
 */
function pastRelativeWithoutSubject(ctx: Context, k: number): number {
  const { tokens, s } = ctx;
  if (k > s.last || tokens[k].quote >= 0 || (tokens[k].lower !== 'that' && tokens[k].lower !== 'which')) return k;
  let verbSeen = false;
  for (let j = k + 1; j <= s.last && j <= k + RELATIVE_VERB_GROUP; j++) {
    const t = tokens[j];
    if (t.quote >= 0) return k;
    if (verbSeen && /^(?:is|was|are|were)$/.test(t.lower)) return j;
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADV') return k;
    if (t.pos === 'VERB') verbSeen = true;
  }
  return k;
}

/**
 * "The idea is that donors will return", "one view is that the judge never meant it", "the question is whether …": a
 * view stated as the subject's complement, held by nobody the text names (a possessive gives it a holder: left
 * alone). The claim is the clause after "that" or from "whether".
 */
function viewIsClaim(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  if (i - 1 >= s.first && POSSESSIVES.has(tokens[i - 1].lower)) return null;
  if (i - 2 >= s.first && POSSESSIVES.has(tokens[i - 2].lower) && tokens[i - 1].pos === 'ADJ') return null;
  let k = i + 1;
  // ", which I share," or "now": a short aside between the noun and its "be".
  if (isComma(tokens[k])) {
    let close = k + 1;
    while (close <= s.last && close <= k + VIEW_BE_REACH && !isComma(tokens[close])) close++;
    if (close > s.last || !isComma(tokens[close])) return null;
    k = close + 1;
  } else if (tokens[k]?.pos === 'ADV') k++;
  else k = pastRelativeWithoutSubject(ctx, k);
  if (k + 1 > s.last || tokens[k].quote >= 0) return null;
  let be = k;
  if (/^(?:has|have|had)$/.test(tokens[be].lower) && tokens[be + 1]?.lower === 'been') be++;
  else if (!/^(?:is|was|are|were|remains|remained)$/.test(tokens[be].lower)) return null;
  const range = clauseAfter(ctx, be + 1);
  if (!range) return null;
  // The cue holds the noun's determiner and adjectives: "One view is", "The key question is".
  let first = i;
  while (first - 1 >= s.first && first >= i - 2 && tokens[first - 1].quote < 0 && /^(?:DET|ADJ|NUM)$/.test(tokens[first - 1].pos)) first--;
  const cue = newCue(first, be, 'that', tokens[i].lower, 'phrase', false, false);
  return make(ctx, range, cue, null, 'agentless');
}

export const NOUN_FRAME_RULE: MarkerRule = { words: new Set([...DOUBT_NOUNS, ...CRITICISM_NOUNS, ...EXISTENTIAL_ONLY_NOUNS]), claim: nounFrameClaim, opensComplement: true };
export const VIEW_IS_RULE: MarkerRule = { words: VIEW_NOUNS, claim: viewIsClaim, opensComplement: true };
