/**
 * Builds draft claims sentence by sentence from cues: who (a token range), how (the cue) and what (a character
 * range). The speaker is the subject of the cue, never simply the nearest name.
 */
import { closesQuoteAfterComma, findCuesAt, CueMatch } from '../cues';
import { isBetweenSubjectAndVerb, isProperLike, nounPhraseEndingAt, nounPhraseStartingAt, nounPhraseWithModifiers } from '../phrases';
import type { Quote } from '../quotes';
import type { Token } from '../tokens';
import { WEEKDAYS } from '../lexicon/names';
import type { Sentence } from '../units';
import { Pattern, DraftClaim, NO_DRAFTS, SENTENCE_END, SUBORDINATORS, clauseFollows, Context, isComma, closesQuote, contentEndToken, hasVerb, make, Range, Subject } from './context';
import { PEOPLE_STAND_INS, joinedRelative, couldSpeak, hasSpeakingSubject, joinedToVerbBefore, subjectLeft, subjectRight, subjectOfNearestVerb } from './subjects';
import { skipToContent, contentRight, contentLeft, afterClause, splitQuotedCoordinates, withContinuation, joinsWord } from './content';
import { transcriptClaim, colonClaim, dashClaim, headlineColonClaim, introducedQuote } from './signed';
import { asSayingObject, quotedClauseClaims, quoteThenSpeakerClaims } from './quoted';
import { appendAll } from '../arrays';
import { absolutePassive, addAgentless, IMPERSONAL_JUDGEMENTS, passiveWithoutAgent } from './agentless';
import { nounClaims } from './nounCues';
import { newOpenerIndices, OPENS_COLON, OPENS_CUE, OPENS_MARKER, OPENS_NOUN_CUE, sentenceOpeners } from './openingWords';
import { askedClaims } from './asked';
import { pollClaim } from './polls';
import { interviewAnswerClaim } from './interview';
import { relativeObjectClaim, relativeSubjectClaim } from './relativeObject';
import { frontedClauseEnd } from './frontedClause';

export type { DraftClaim, Pattern, TokenRange } from './context';

/**
 * The indices of a sentence's words that open cues, markers and noun cues, refilled for each sentence: drafting a
 * sentence drafts no other. (A new array for every sentence, grown as it filled, was a tenth of the drafting pass's
 * allocation.)
 */
const openers = newOpenerIndices();

const NO_CUES: readonly CueMatch[] = [];

export function draftSentenceClaims(tokens: Token[], quotes: Quote[], s: Sentence, index: number, next?: Sentence): DraftClaim[] {
  // (The fields set on first use present from the start: a field added later gives the context a second shape, and
  // every helper that reads it a polymorphic load.)
  const ctx: Context = { tokens, quotes, s, index, next, firstCueWord: undefined, hasQuote: undefined };
  // "A: Trust. We will publish our numbers.": an interview's answer is one claim, to its paragraph's end; the
  // sentence's own claims follow it.
  const answer = interviewAnswerClaim(ctx);
  // "Riverton Herald: Mayor signs the bill": a headline signed by its label is one claim; its verbs are the claim's.
  const transcript = transcriptClaim(ctx);
  const headline = transcript ? null : headlineColonClaim(ctx);
  if (headline) return [headline];
  const opens = sentenceOpeners(tokens, s.first, s.last, openers);
  const cues = opens & OPENS_CUE ? findCuesAt(tokens, s.first, s.last, openers.cues.at, openers.cues.count, openers.cueEntries) : NO_CUES;
  const drafts: DraftClaim[] = [];
  let previous: DraftClaim | null = null;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    // Content on the right ends where a following cue (", adding that …", "… and predicted that …") starts its own
    // claim. A cue inside the content ("said she did not want to think about it and predicted …") does not, so the
    // next few cues are tried in turn (a few: a sentence of many cues stays linear).
    let limit = s.last;
    const next = cues[c + 1];
    for (let k = c + 1; k < cues.length && k <= c + LATER_CUES_TRIED; k++) {
      const end = contentLimitBefore(tokens, cue, cues[k], s.first);
      if (end >= 0) { limit = end; break; }
    }
    if (cue.base === 'in') {
      // A poll after "in" is a source only when the sentence has no other cue to hold its clause.
      const poll = cues.length === 1 ? pollClaim(ctx, cue) : null;
      if (poll) { drafts.push(poll); previous = poll; }
      continue;
    }
    const made = draftFromCue(ctx, cue, limit, next?.first ?? s.last + 1, previous);
    appendAll(drafts, made);
    if (made.length > 0) previous = made[made.length - 1];
  }
  if (transcript) drafts.unshift(transcript);
  else if (drafts.length === 0) {
    const signed = (opens & OPENS_COLON ? colonClaim(ctx) : null) ?? dashClaim(ctx);
    if (signed) drafts.push(signed);
  }
  appendAll(drafts, quoteThenSpeakerClaims(ctx, drafts));
  // The frames of doubt and repute (agentless.ts) read a noun's holder more precisely than the general noun pass:
  // "the audit raised questions about …" names nobody. Each pass leaves words a claim already holds alone. They come
  // before the quotes' own clauses, as they hold no quote but a title (“Town Hall Forum”), which then stays theirs.
  if (opens & OPENS_MARKER) addAgentless(ctx, drafts, openers.markers);
  appendAll(drafts, quotedClauseClaims(ctx, drafts));
  const introduced = introducedQuote(ctx, drafts);
  if (introduced) drafts.push(introduced);
  if (opens & OPENS_NOUN_CUE) appendAll(drafts, nounClaims(ctx, drafts, openers.nounCues));
  if (answer) drafts.unshift(answer);
  return drafts;
}

/**
 * "Ruiz drew fire by calling the levy a tax", "After thanking the crowd, Hale said …": a gerund of saying after a
 * preposition reports for the clause's subject: the subject of the verb before the preposition, or, when the phrase
 * opens the sentence, the subject after its comma (the content then ends at that comma).
 */
function gerundAfterPreposition(ctx: Context, cue: CueMatch, preposition: number, limit: number): readonly DraftClaim[] {
  const { tokens, s } = ctx;
  let subject: Subject | null = null;
  if (preposition === s.first) {
    for (let k = cue.last + 1; k <= limit && k <= cue.last + 25; k++) {
      if (tokens[k].quote >= 0 || !isComma(tokens[k])) continue;
      const last = nounPhraseStartingAt(tokens, k + 1, s.last);
      if (last < 0 || !couldSpeak(tokens, { first: k + 1, last })) return NO_DRAFTS;
      subject = { head: { first: k + 1, last }, appositive: null, source: { first: k + 1, last } };
      limit = k - 1;
      break;
    }
  } else {
    subject = subjectOfNearestVerb(ctx, preposition);
  }
  if (!subject || !purposeOfActiveVerb(tokens, subject)) return NO_DRAFTS;
  const right = contentRight(ctx, cue, limit);
  return right ? [make(ctx, right.range, cue, subject, 'participle')] : NO_DRAFTS;
}

/*
 * Word tests of the cue drafting below, as sets and comparisons: they are asked per cue, and a regular expression
 * or array literal there is, by the language's rules, a new object each time it is evaluated.
 */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const FORMS_OF_BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
const PASSIVE_AUXILIARIES = new Set([...FORMS_OF_BE, 'being']);
const AUXILIARIES_BEFORE_BE = new Set(['has', 'have', 'had', 'will', 'would', ...FORMS_OF_BE]);

function isAndOrBut(word: string): boolean {
  return word === 'and' || word === 'but';
}

/** "it", "there": a subject that names nobody ("it was reported", "there is talk"). */
function isEmptySubject(word: string): boolean {
  return word === 'it' || word === 'there';
}

/**
 * Whether the subject found for an infinitive acts: not a relative pronoun ("people in the square who gathered to
 * protest" would give the square), and not the subject of a passive ("were sent to compare findings").
 */
function purposeOfActiveVerb(tokens: Token[], subject: Subject): boolean {
  if (RELATIVE_PRONOUNS.has(tokens[subject.source.last].lower)) return false;
  for (let k = subject.source.last + 1; k < tokens.length && k <= subject.source.last + 4; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB') return !(!t.lower.endsWith('ing') && k - 1 > subject.source.last && PASSIVE_AUXILIARIES.has(tokens[k - 1].lower));
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return true;
  }
  return true;
}

/** Subordinators of time and cause that, after a comma, open a clause attached to the main verb. */
const NARRATOR_CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'whereas', 'although', 'since', 'once', 'until', 'because']);

/**
 * Where the clause of the cue at `nextCue` begins, when it is not part of the content before it: the comma of
 * ", after he …", ", when the mayor …", or the "and"/"but" of "… and Council Member Tom Hale warned", with a
 * subject of at most six words before the cue and a verb in the content before the boundary; else -1.
 */
function clauseBoundaryBefore(tokens: Token[], cueLast: number, nextCue: number): number {
  for (let k = nextCue - 1; k > cueLast + 1 && k >= nextCue - 7; k--) {
    const t = tokens[k];
    if (t.quote < 0 && k < nextCue - 1) {
      // "… said yes while 48 percent disagreed": a contrast opens the next speaker's clause even without a comma.
      if (NARRATOR_CLAUSE_OPENERS.has(t.lower)) return isComma(tokens[k - 1]) ? k - 1 : CONTRAST_OPENERS.has(t.lower) ? k : -1;
      if ((t.lower === 'and' || t.lower === 'but') && hasVerb(tokens, cueLast + 1, k - 1)) return isComma(tokens[k - 1]) ? k - 1 : k;
    }
    // "three-quarters said", "48 percent of the board agreed": a hyphen inside a word, or "of", is part of the subject.
    if (t.quote >= 0 || !(SUBJECT_POS.has(t.pos) || t.lower === 'of' || (t.text === '-' && joinsWord(tokens, k)))) return -1;
  }
  return -1;
}

/**
 * The clause after "As X reported[ on Monday]," when "as" opens the sentence or follows a comma or a conjunction, and
 * a clause with its own verb follows the comma; else null.
 */
function reportedAfterAs(ctx: Context, cue: CueMatch, subject: Subject): Range | null {
  const { tokens, s } = ctx;
  const as = subject.source.first - 1;
  if (as < s.first || tokens[as].lower !== 'as' || tokens[as].quote >= 0) return null;
  if (as > s.first && !isComma(tokens[as - 1]) && tokens[as - 1].pos !== 'CCONJ') return null;
  // "As the morning rush continued, …" tells a time: only someone who can speak reports.
  if (!couldSpeak(tokens, subject.head)) return null;
  const comma = afterClause(ctx, skipToContent(ctx, cue, cue.last + 1));
  // (Not "The board, as Hale said, will meet": a verb right after the comma goes on with the interrupted clause.)
  if (comma >= s.last || !isComma(tokens[comma]) || !clauseFollows(tokens, comma, s.last) || tokens[comma + 1].pos === 'VERB' || tokens[comma + 1].pos === 'AUX') return null;
  const last = contentEndToken(ctx, comma + 1, s.last);
  return last > comma ? { first: comma + 1, last } : null;
}

/** How many later cues of a sentence may end a cue's content (see contentLimitBefore). */
const LATER_CUES_TRIED = 3;

/**
 * The last token of `cue`'s content when the later cue `next` starts a claim of its own, else -1: a participle or an
 * inverted cue after a comma (", adding that …", "…, said Hale"), a verb joined by "and" or "but" ("… and predicted
 * that …", "… but did not say when"), a quote closing on a comma before it, or a clause of its own ("…, after he called
 * …", "… and Council Member Hale warned …").
 */
function contentLimitBefore(tokens: Token[], cue: CueMatch, next: CueMatch, first: number): number {
  // "… but did not say when": the next cue's verb group starts at its auxiliaries and adverbs. (After a comma an
  // auxiliary goes on a clause interrupted by an aside: "Ruiz, during the talks, had laid out …".)
  const nextStart = verbGroupStart(tokens, cue.last, next.first);
  const beforeNext = tokens[next.first - 1];
  // (", eventually saying …": a participle after a comma and its adverbs also starts a claim of its own.)
  const groupAfterJoint = nextStart < next.first && (isAndOrBut(tokens[nextStart - 1].lower) ||
    (next.form === 'gerund' && isComma(tokens[nextStart - 1])));
  if (beforeNext && ((isComma(beforeNext) && !asideBeforeVerb(tokens, next)) || isAndOrBut(beforeNext.lower) || groupAfterJoint)) {
    // "… threatened a strike, its general secretary, Tom Hale, said": the content ends before the next speaker's name.
    const speaker = isComma(beforeNext) && !groupAfterJoint ? trailingSpeakerStart(tokens, cue.last, next.first - 1) : -1;
    if (speaker > 0) return speaker - 2;
    let limit = (groupAfterJoint ? nextStart : next.first) - 2;
    if (limit >= first && isComma(tokens[limit])) limit--;
    return limit;
  }
  // "Officials believe the fire was set, Ruiz said": the content ends before the comma that opens the later cue's
  // subject, which reports this whole clause.
  const subjectComma = commaBeforeTrailingSubject(tokens, cue.last, next);
  if (subjectComma > 0) return subjectComma - 1;
  // "said the vote “is over,” adding that …": the quote, closing mark and all, ends before the participle.
  if (closesQuoteAfterComma(tokens, next.first - 1)) return next.first - 1;
  const boundary = clauseBoundaryBefore(tokens, cue.last, nextStart);
  return boundary > 0 ? boundary - 1 : -1;
}

/**
 * "…, Ruiz said", "…, the report said", "…, county officials said": the comma before a short noun phrase that is the
 * subject of the later finite cue `next`, or -1.
 */
function commaBeforeTrailingSubject(tokens: Token[], after: number, next: CueMatch): number {
  if (next.form === 'gerund' || next.passive || next.cueClass !== 'speech' || next.first - 2 <= after) return -1;
  // Only a cue that reports what came before it: nothing of its own follows ("…, Ruiz said." or "…, Ruiz said on Monday").
  const following = tokens[next.last + 1];
  if (following && !(isComma(following) || following.text === '.' || following.text === ';' || TRAILING_TIME.has(following.lower))) return -1;
  for (let k = next.first - 1; k > after && k >= next.first - TRAILING_SPEAKER_WORDS; k--) {
    const t = tokens[k];
    if (t.quote >= 0) return -1;
    if (isComma(t)) return k < next.first - 1 && k > after + 1 ? k : -1;
    // ("…, one of the people said": "of" inside the subject.)
    if (!TRAILING_SUBJECT_TAGS.has(t.pos) && t.lower !== 'of') return -1;
  }
  return -1;
}

const TRAILING_SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON', 'PART']);

/** Words that open a time or place phrase after a trailing cue: "…, Ruiz said on Monday", "… said in a statement". */
const TRAILING_TIME = new Set(['on', 'in', 'at', 'last', 'yesterday', 'today', 'tonight', 'earlier', 'later', ...WEEKDAYS, 'this', 'during',
  'after', 'before', 'when', 'as', 'while']);

/** Tokens a speaker's name and the role before it may take between commas: "its general secretary, Tom Hale,". */
const TRAILING_SPEAKER_WORDS = 6;

/**
 * "…, its general secretary, Tom Hale, said", "…, Tom Hale said": the first token of a name set between commas before
 * a later cue's comma at `comma` (with the role phrase before it, when one opens with a determiner), or -1.
 */
function trailingSpeakerStart(tokens: Token[], after: number, comma: number): number {
  let c1 = comma - 1;
  while (c1 > after && c1 >= comma - TRAILING_SPEAKER_WORDS && !isComma(tokens[c1])) {
    if (tokens[c1].quote >= 0 || tokens[c1].pos !== 'PROPN') return -1;
    c1--;
  }
  if (c1 <= after || !isComma(tokens[c1]) || c1 === comma - 1) return -1;
  // The role before the name: a determiner or possessive, then words up to a noun, and nothing of a clause.
  let c0 = c1 - 1;
  while (c0 > after && c0 >= c1 - TRAILING_SPEAKER_WORDS && !isComma(tokens[c0]) && tokens[c0].pos !== 'VERB' && tokens[c0].pos !== 'AUX' && tokens[c0].quote < 0) c0--;
  const role = c0 > after && isComma(tokens[c0]) && (tokens[c0 + 1].pos === 'DET' || tokens[c0 + 1].pos === 'PRON') && tokens[c1 - 1].pos === 'NOUN';
  return role ? c0 + 1 : c1 + 1;
}

/**
 * The first token of the verb group whose head is the cue at `cueFirst`: back over the auxiliaries, negation and
 * adverbs between a subject and its verb ("did not say", "has also said"), never to `after` or into a quote.
 */
function verbGroupStart(tokens: Token[], after: number, cueFirst: number): number {
  let k = cueFirst;
  while (k - 1 > after && k > cueFirst - 4 && tokens[k - 1].quote < 0 && isBetweenSubjectAndVerb(tokens[k - 1])) k--;
  return k;
}

/** Subordinators of contrast, which open a clause of their own even without a comma before them. */
const CONTRAST_OPENERS = new Set(['while', 'whereas', 'although']);

/**
 * "said she, too, wants a review", "said the board, however, plans to vote": a finite cue after a short aside set off
 * by commas goes on with the clause before the aside; its comma does not start a claim of its own.
 */
function asideBeforeVerb(tokens: Token[], next: CueMatch): boolean {
  if (next.form === 'gerund' || next.sourceAfter) return false;
  for (let k = next.first - 3; k >= 0 && k >= next.first - 4; k--) {
    if (!isComma(tokens[k])) continue;
    for (let m = k + 1; m < next.first - 1; m++) if (tokens[m].pos !== 'ADV' || tokens[m].quote >= 0) return false;
    const subject = tokens[k - 1];
    return !!subject && (subject.pos === 'PRON' || subject.pos === 'PROPN' || subject.pos === 'NOUN');
  }
  return false;
}

/** How many words may stand between a claim's words and a participle that goes on with its speaker. */
const MAX_PREDICATE = 30;

/**
 * "The bank forecasts that A, but has remained firm, saying B": after the previous claim's words (ending at character
 * `contentEnd`), "and" or "but" and a verb with no subject of its own go on with that claim's speaker, up to the cue.
 */
function predicateGoesOn(tokens: Token[], contentEnd: number, cueFirst: number): boolean {
  let k = cueFirst - 1;
  // A predicate of a few words: the walk back stays short whatever the sentence (no square growth on long ones).
  while (k > 0 && k > cueFirst - MAX_PREDICATE && tokens[k - 1].end > contentEnd) k--;
  if (k === 0 || tokens[k - 1].end > contentEnd) return false;
  if (isComma(tokens[k])) k++;
  if (k + 1 >= cueFirst || tokens[k].quote >= 0 || (tokens[k].lower !== 'and' && tokens[k].lower !== 'but')) return false;
  const next = tokens[k + 1];
  return next.pos === 'AUX' || next.pos === 'VERB' || (next.pos === 'ADV' && next.lower !== 'then');
}

/**
 * Whether a participle after a comma goes on with the claim just before it in the sentence: that claim reaches the
 * comma with its words, or with its cue and speaker ("…,” said Rao, adding …"), or its predicate goes on up to here.
 */
function continuesPrevious(ctx: Context, cue: CueMatch, previous: DraftClaim | null): previous is DraftClaim {
  const { tokens } = ctx;
  if (!previous || previous.sentence !== ctx.index) return false;
  const adjacent = previous.contentEnd >= tokens[cue.first - 2]?.start ||
    (previous.source !== null && previous.cue !== null && Math.max(previous.source.last, previous.cue.last) === cue.first - 2 && previous.source.first > previous.cue.first);
  return adjacent || predicateGoesOn(tokens, previous.contentEnd, cue.first);
}

/** How many words may modify the source of "…, according to X …," before the comma that closes it. */
const MAX_SOURCE_MODIFIER = 10;

/** Tags of the words of a source's modifier: "close to the council", "familiar with the talks", "in the mayor's office". */
const SOURCE_MODIFIER_TAGS = new Set(['ADJ', 'ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADV']);

/**
 * "The plan, according to a person close to the council, is …": when "according to" is set off by a comma, the source
 * runs on through its modifier to the comma that closes the aside, so the clause after it is found as the content's
 * second part. Returns the source's last token (`last` when no such comma comes within a few words with no verb).
 */
function sourceModifierEnd(ctx: Context, cue: CueMatch, last: number): number {
  const { tokens, s } = ctx;
  if (cue.first - 1 <= s.first || !isComma(tokens[cue.first - 1]) || isComma(tokens[last + 1])) return last;
  for (let k = last + 1; k <= s.last && k <= last + MAX_SOURCE_MODIFIER; k++) {
    const t = tokens[k];
    if (isComma(t)) return k > last + 1 ? k - 1 : last;
    if (t.quote >= 0 || !SOURCE_MODIFIER_TAGS.has(t.pos)) return last;
  }
  return last;
}

/** Relative pronouns that open a clause about the noun before them. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);

const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'AUX', 'NUM', 'ADP', 'ADV']);


/**
 * The claims of one cue, whose content on the right ends at token `limit` at the latest. `nextCue` is the first token
 * of the sentence's next cue: coordinated clauses are split only before it (the clauses after it are that cue's).
 */
function draftFromCue(ctx: Context, cue: CueMatch, limit: number, nextCue: number, previous: DraftClaim | null): readonly DraftClaim[] {
  const { tokens, s } = ctx;
  if (cue.sourceAfter) {
    const subject = subjectRight(ctx, cue);
    if (!subject) return NO_DRAFTS;
    if (cue.base.startsWith('as ')) {
      const left = contentLeft(ctx, cue.first);
      return left ? [make(ctx, left, cue, subject, 'according')] : NO_DRAFTS;
    }
    // "According to X, …", "…, according to X." or "…, according to X, …".
    const sourceLast = sourceModifierEnd(ctx, cue, Math.max(subject.source.last, nounPhraseWithModifiers(tokens, cue.last + 1, s.last)));
    subject.source.last = sourceLast;
    let after = sourceLast + 1;
    const commaAfter = isComma(tokens[after]);
    if (commaAfter) after++;
    const rightLast = contentEndToken(ctx, after, s.last);
    if (cue.first === s.first || (cue.first - 1 >= s.first && isComma(tokens[cue.first - 1]) && cue.first - 1 === s.first)) {
      // "According to a draft seen by Reuters, the compromise …": the source runs to the first comma.
      let comma = after;
      if (!commaAfter) {
        for (let k = after; k <= s.last && k <= after + 12; k++) {
          // Only across a participle's modifier ("seen by Reuters"); a finite verb means the content began.
          if (tokens[k].quote >= 0 || (tokens[k].pos === 'VERB' && k === after && !(tokens[k].lower.endsWith('ed') || tokens[k].lower.endsWith('en') || tokens[k].lower.endsWith('wn')))) break;
          if ((tokens[k].pos === 'AUX') || (tokens[k].pos === 'VERB' && k > after)) break;
          if (isComma(tokens[k])) { comma = k + 1; break; }
        }
      }
      const contentFirst = comma;
      const contentLast = contentEndToken(ctx, contentFirst, s.last);
      return contentLast >= contentFirst ? [make(ctx, { first: contentFirst, last: contentLast }, cue, subject, 'according')] : NO_DRAFTS;
    }
    const left = contentLeft(ctx, cue.first);
    if (left) {
      // "…, according to Tom Hale, who chairs the board": a relative clause after the source describes the source.
      const describesSource = commaAfter && after <= s.last && (RELATIVE_WORDS.has(tokens[after].lower) ||
        (tokens[after].pos === 'DET' && !clauseFollows(tokens, after, s.last)));
      const last = commaAfter && rightLast >= after && !describesSource ? rightLast : left.last;
      return [make(ctx, { first: left.first, last }, cue, subject, 'according')];
    }
    // "… by forty votes according to a tally by the clerk, but …": no comma, the clause before is the content.
    if (cue.first - 1 > s.first && (after > s.last || SENTENCE_END.has(tokens[after - 1].text) || commaAfter)) {
      return [make(ctx, { first: s.first, last: cue.first - 1 }, cue, subject, 'according')];
    }
    return NO_DRAFTS;
  }

  // Questions and requests have shapes of their own ("When asked whether …, Hale said"): claims/asked.ts.
  const asked = askedClaims(ctx, cue, limit);
  if (asked) return asked;
  // "…, with Ruiz expected to win": the subject of an absolute passive is what is expected; nobody is named.
  const absolute = absolutePassive(ctx, cue, limit);
  if (absolute) return [absolute];
  // ", calling it …": the noun before the comma is not the participle's subject (see below).
  const participle = cue.form === 'gerund' && cue.first - 1 >= s.first && (isComma(tokens[cue.first - 1]) || closesQuoteAfterComma(tokens, cue.first - 1));
  let subject = cue.passive || participle ? null : subjectLeft(ctx, cue.first);
  // "Mayor Hale made the following comment:": a noun that cannot speak, governed by a verb, is that verb's object.
  if (subject && !couldSpeak(tokens, subject.head) && subject.source.first - 1 > s.first && tokens[subject.source.first - 1].pos === 'VERB') {
    const governing = subjectOfNearestVerb(ctx, subject.source.first);
    if (governing && couldSpeak(tokens, governing.head)) subject = governing;
  }
  // "KRVT reported Ana Ruiz as saying …": the outlet passes on her words; she speaks.
  const quotedPerson = PASSES_ON.has(cue.base) ? asSayingObject(tokens, cue.last, s.last) : null;
  // "The paper cited Ana Ruiz as saying …" through a generated cue: her "saying" makes the claim.
  if (quotedPerson && cue.complement) return NO_DRAFTS;
  if (quotedPerson) subject = { source: quotedPerson, head: quotedPerson, appositive: null };
  // "The paper quoted Ana Ruiz as saying …": the one quoted speaks, not the paper.
  if (cue.form === 'gerund' && cue.first - 2 >= s.first && tokens[cue.first - 1].lower === 'as') {
    const quotedFirst = nounPhraseEndingAt(tokens, cue.first - 2, s.first);
    if (quotedFirst > s.first && tokens[quotedFirst - 1].pos === 'VERB') subject = { source: { first: quotedFirst, last: cue.first - 2 }, head: { first: quotedFirst, last: cue.first - 2 }, appositive: null };
  }
  // (", referring to …" right after "…,” said Ana Ruiz, the chair,": the participle goes on with her, whoever the
  // nearest verb's subject is.)
  if (cue.complement && !hasSpeakingSubject(ctx, cue) && !(participle && continuesPrevious(ctx, cue, previous))) return NO_DRAFTS;
  let pattern: Pattern = 'subject';
  // "It was reported", "nor is it clear that …": an empty "it" of a passive or of a judgement names nobody (agentless.ts).
  if (subject && tokens[subject.head.last].pos === 'PRON' && isEmptySubject(tokens[subject.head.last].lower) && (cue.passive || tokens[cue.first].pos === 'ADJ' || IMPERSONAL_JUDGEMENTS.has(tokens[cue.first].lower))) subject = null;
  if (cue.preposition !== undefined) return gerundAfterPreposition(ctx, cue, cue.preposition, limit);
  if (cue.afterTo) {
    // "Ruiz took to the radio to say …": the infinitive's speaker is the subject of the verb before it.
    const right = contentRight(ctx, cue, limit);
    const verbSubject = right ? subjectOfNearestVerb(ctx, cue.first - 1) : null;
    if (!right || !verbSubject || !purposeOfActiveVerb(tokens, verbSubject)) return NO_DRAFTS;
    // ("The ferry is about to call on Riverton": a phrase such as "call on" reports only for someone who can speak.)
    if (cue.form === 'phrase' && !couldSpeak(tokens, verbSubject.head)) return NO_DRAFTS;
    // "It is hard to say whether …": an empty subject names nobody.
    const empty = verbSubject.head.first === verbSubject.head.last && isEmptySubject(tokens[verbSubject.head.first].lower);
    return [empty ? make(ctx, right.range, cue, null, 'agentless') : make(ctx, right.range, cue, verbSubject, 'participle')];
  }
  // A passive joined to the verb before ("… but is not expected to …") has no agent: the passive branch below.
  if (!subject && (cue.form === 'gerund' || (!cue.passive && joinedToVerbBefore(tokens, cue, s.first)))) {
    // ", saying that …", "… but indicated …": the speaker is the subject of the clause before, which is the
    // previous claim's speaker when that claim runs up to here, else the subject of the nearest verb.
    pattern = 'participle';
    const right = contentRight(ctx, cue, limit);
    if (!right) return NO_DRAFTS;
    // The claim just before reaches this comma with its words, or with its cue and speaker ("…,” said Rao, adding …").
    if (continuesPrevious(ctx, cue, previous)) {
      const continuing = make(ctx, right.range, cue, null, pattern);
      continuing.continues = previous!;
      return [continuing];
    }
    const verbSubject = subjectOfNearestVerb(ctx, cue.first - 1);
    return verbSubject ? [make(ctx, right.range, cue, verbSubject, pattern)] : NO_DRAFTS;
  }
  if (cue.passive) {
    // "A new policy was announced by Dr Ana Ruiz": the agent after "by" speaks; what was announced is the
    // passive subject before the auxiliary.
    const agent = passiveAgent(ctx, cue);
    if (agent) return [make(ctx, agent.content, cue, agent.subject, 'subject')];
    const right = contentRight(ctx, cue, limit);
    if (right?.explicitThat) return [make(ctx, right.range, cue, null, 'passive')];
    // "The mayor is said to be furious": nobody is named; the claim is the whole clause.
    const agentless = passiveWithoutAgent(ctx, cue, limit);
    return agentless ? [agentless] : NO_DRAFTS;
  }
  if (!subject) {
    // Inversion: "…,” said Mr. Peskov." The cue must follow a comma or a closing quote.
    const before = cue.first - 1;
    if (before >= s.first && (isComma(tokens[before]) || closesQuote(ctx, before))) {
      const inverted = subjectRight(ctx, cue);
      // "The forward, who joined in May, said he was delighted": a pronoun with a verb after it opens the content
      // clause; the subject is before the cue, not inverted after it.
      const opensClause = inverted && inverted.head.first === inverted.head.last && tokens[inverted.head.first].pos === 'PRON' &&
        (tokens[inverted.source.last + 1]?.pos === 'VERB' || tokens[inverted.source.last + 1]?.pos === 'AUX');
      if (inverted && !opensClause) {
        // Whatever follows the named speaker (an appositive, "(D-Ore.)", "as he left") is not the content.
        const trailing = afterClause(ctx, inverted.source.last + 1);
        const left = contentLeft(ctx, cue.first);
        if (left) return [withContinuation(ctx, make(ctx, left, cue, inverted, 'inverted'), trailing)];
      }
    }
    return NO_DRAFTS;
  }

  // "As the Riverton Post reported on Monday, the levy …", "…, as the paper reported, the levy …": what was reported
  // is the clause after the comma that closes the "as" clause.
  const asClause = reportedAfterAs(ctx, cue, subject);
  if (asClause) return [make(ctx, asClause, cue, subject, 'subject')];
  // "While X said A, Y …": the content ends with the subordinate clause.
  if (subject && subject.source.first <= s.first + 2 && SUBORDINATORS.has(tokens[s.first].lower)) {
    for (let k = cue.last + 1; k < limit; k++) {
      if (tokens[k].text === ',' && tokens[k].quote < 0) { limit = k - 1; break; }
    }
  } else {
    // "Two days after Hale pledged a levy, the town …": a fronted clause ends where the main clause takes over.
    const fronted = frontedClauseEnd(tokens, s, subject.source.first, cue.last, limit);
    if (fronted >= 0) limit = fronted;
  }
  // "“…,” she said two weeks later": a quote just before the subject is the content.
  const beforeSubject = subject.source.first - 1;
  if (beforeSubject >= s.first && (closesQuote(ctx, beforeSubject) || (isComma(tokens[beforeSubject]) && closesQuote(ctx, beforeSubject - 1)))) {
    const left = contentLeft(ctx, subject.source.first);
    // Only a quote that opens the sentence; "On the station's “Morning Desk,” Hale said …" names a show.
    if (left && left.first === s.first) return [withContinuation(ctx, make(ctx, left, cue, subject, 'inverted'), afterClause(ctx, skipToContent(ctx, cue, cue.last + 1)))];
  }
  // "the fee, which Hale also supports": the cue's object is the relative pronoun before its subject.
  const relativeObject = relativeObjectClaim(ctx, cue, subject) ?? relativeSubjectClaim(ctx, cue, subject, limit);
  if (relativeObject) return [relativeObject];
  // "reported Ana Ruiz as saying the bridge would open": what she said starts after "as saying", not at her name.
  const right = contentRight(ctx, quotedPerson ? { ...cue, last: quotedPerson.last + 2 } : cue, limit, subject);
  if (right && !right.chars && inRestrictiveRelative(tokens, cue, s.first)) {
    // "Voters who backed Ms. Ruiz said …": a relative clause that picks out the subject ends where the sentence's own
    // verb takes over.
    const last = relativeContentEnd(tokens, cue, right.range.first, right.range.last, right.explicitThat);
    return last >= right.range.first ? [make(ctx, { first: right.range.first, last }, cue, subject, 'subject')] : NO_DRAFTS;
  }
  if (right && cue.modifiesNoun) {
    // "Neighbors supporting Ms. Ruiz have …": the participle's words end where the sentence's own verb takes over.
    const last = modifierContentEnd(tokens, cue, right.range.first, right.range.last);
    return last >= right.range.first ? [make(ctx, { first: right.range.first, last }, cue, subject, 'subject')] : NO_DRAFTS;
  }
  if (right) {
    if (right.chars) {
      const draft = make(ctx, right.range, cue, subject, 'subject');
      [draft.contentStart, draft.contentEnd] = right.chars;
      return [draft];
    }
    // "said that A and that B": one claim of both clauses, as they share the cue, unless each quotes words of its own.
    const parts = right.explicitThat ? splitQuotedCoordinates(ctx, right.range, nextCue) : [right.range];
    // (A loop, not parts.map with a closure: the closure's captured ctx, cue and subject would be allocated on every
    // call of draftFromCue, and read from that allocation throughout it.)
    const drafts: DraftClaim[] = [];
    for (const part of parts) drafts.push(make(ctx, part, cue, subject, 'subject'));
    return drafts;
  }
  if (cue.cueClass === 'object') return NO_DRAFTS;
  // "“… tomorrow.” Hale said.": a sentence of a subject and its cue alone speaks the quote just before it.
  if (subject.source.first === s.first && s.first > 0 && closesQuote(ctx, s.first - 1) &&
      tokens[s.first - 1].paragraph === tokens[s.first].paragraph) {
    const trailing = afterClause(ctx, skipToContent(ctx, cue, cue.last + 1));
    if (trailing > s.last || SENTENCE_END.has(tokens[trailing].text)) {
      const q = ctx.quotes[tokens[s.first - 1].quote];
      const draft = make(ctx, { first: s.first, last: s.first }, cue, subject, 'inverted');
      [draft.contentStart, draft.contentEnd] = [q.start, q.end];
      return [draft];
    }
  }
  // Subject and cue close the sentence: the content precedes them.
  const trailing = afterClause(ctx, skipToContent(ctx, cue, cue.last + 1));
  if (trailing <= s.last && !SENTENCE_END.has(tokens[trailing].text)) return NO_DRAFTS;
  // ("…, potent planet-warming chemicals found in refrigerants.": a noun that cannot speak, with a participle after
  // it, describes what the sentence lists; it reports nothing.)
  if (!couldSpeak(tokens, subject.head) && cue.form === 'past' && cue.cueClass !== 'speech') return NO_DRAFTS;
  const left = contentLeft(ctx, subject.source.first);
  if (!left) return NO_DRAFTS;
  // "In the end, Ms. Lund said, the voters …": the cue interrupts the content, which goes on after it.
  if (trailing < s.last && isComma(tokens[trailing]) && clauseFollows(tokens, trailing, s.last)) {
    const first = left.first;
    return [make(ctx, { first, last: contentEndToken(ctx, trailing + 1, s.last) }, cue, subject, 'subject')];
  }
  return [withContinuation(ctx, make(ctx, left, cue, subject, 'inverted'), trailing)];
}

/**
 * The end of what a noun-modifying participle reports: its object's noun phrase for a verb of stance ("supporting
 * Ms. Ruiz's bid"), else its clause, which ends before a second finite verb right after a noun ("voters saying they
 * want a ban | is high") or at a comma.
 */
function modifierContentEnd(tokens: Token[], cue: CueMatch, first: number, last: number): number {
  if (cue.cueClass === 'object') {
    let end = nounPhraseStartingAt(tokens, first, last);
    // "Ms. Ruiz's candidacy": a possessive goes on into the noun it owns.
    while (end >= 0 && end + 2 <= last && /^['’]s$/.test(tokens[end + 1].lower)) {
      const owned = nounPhraseStartingAt(tokens, end + 2, last);
      if (owned < 0) break;
      end = owned;
    }
    return end;
  }
  let verbSeen = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.quote >= 0) continue;
    if (isComma(t)) return k - 1;
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'));
    if (finite && verbSeen && k - 1 >= first && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) return k - 1;
    if (finite) verbSeen = true;
  }
  return last;
}

/**
 * "Voters who backed Ms. Ruiz said …", "groups that oppose the levy were …": the cue's verb group follows "who" or a
 * relative "that" with no comma before it, so its clause only picks out the people the sentence is about.
 */
function inRestrictiveRelative(tokens: Token[], cue: CueMatch, first: number): boolean {
  let k = verbGroupStart(tokens, first, cue.first) - 1;
  // ("voters who are tired of it and who believe …": the second clause picks out the people the first one does.)
  const joined = k >= first ? joinedRelative(tokens, k, first) : -1;
  if (joined >= 0) k = joined;
  if (k - 1 < first || tokens[k].quote >= 0) return false;
  const relative = tokens[k].lower === 'who' || (tokens[k].lower === 'that' && tokens[k].pos === 'PRON');
  // ("those who backed Ruiz", "18% who backed Ruiz": a word standing in for people picks them out as a noun does.)
  const before = tokens[k - 1];
  return relative && !isComma(before) && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON' || PEOPLE_STAND_INS.has(before.lower) || before.text === '%');
}

/** Tags of the words after which a finite verb opens a new predicate: the end of a noun phrase. */
const PHRASE_ENDS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The last token of a restrictive relative clause's content from `first` to `last`: before the verb that follows
 * the content's noun phrase, the sentence's own predicate ("who backed Ms. Ruiz | said …"). A reported clause has
 * a verb of its own first ("who think the levy is | …", "who said that turnout fell"), so the predicate is the second
 * such verb; an object or an infinitive has none ("who want to cut taxes | packed …", "who backed Ruiz | were …").
 */
function relativeContentEnd(tokens: Token[], cue: CueMatch, first: number, last: number, explicitThat: boolean): number {
  const clause = explicitThat || ((cue.cueClass === 'that' || cue.cueClass === 'speech') && !cue.complement);
  let verbs = 0;
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k], prev = tokens[k - 1];
    if (t.quote >= 0) continue;
    // (After an adjective, only an auxiliary or a past form: "the levy is fair | voted", not "a firm stand".)
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'));
    const afterPhrase = PHRASE_ENDS.has(prev.pos) || (prev.pos === 'ADJ' && (t.pos === 'AUX' || t.lower.endsWith('ed')));
    if (finite && afterPhrase && verbs++ === (clause ? 1 : 0)) return k - 1;
  }
  return last;
}

/** Verbs through which one source passes on another's words: "reported Ana Ruiz as saying". */
const PASSES_ON = new Set(['report', 'quote', 'cite', 'describe', 'characterize', 'paraphrase']);

/** "X was announced by Y": Y as the subject and X as the content, when Y is a name; else null. */
function passiveAgent(ctx: Context, cue: CueMatch): { subject: Subject; content: Range } | null {
  const { tokens, s } = ctx;
  const by = cue.last + 1;
  if (by + 1 > s.last || tokens[by].lower !== 'by') return null;
  const agentLast = nounPhraseStartingAt(tokens, by + 1, s.last);
  // A name, or people who can speak ("was criticized by libertarians", "by some of his rivals"), not a thing ("by a storm").
  if (agentLast < 0 || !(tokens.slice(by + 1, agentLast + 1).some((t) => t.pos === 'PROPN' || isProperLike(t)) || couldSpeak(tokens, { first: by + 1, last: agentLast }))) return null;
  let aux = cue.first - 1;
  while (aux >= s.first && isBetweenSubjectAndVerb(tokens[aux]) && !FORMS_OF_BE.has(tokens[aux].lower)) aux--;
  if (aux <= s.first || !FORMS_OF_BE.has(tokens[aux].lower)) return null;
  while (aux - 1 > s.first && AUXILIARIES_BEFORE_BE.has(tokens[aux - 1].lower)) aux--;
  const contentFirst = nounPhraseEndingAt(tokens, aux - 1, s.first);
  if (contentFirst < 0) return null;
  const agent = { first: by + 1, last: agentLast };
  return { subject: { source: agent, head: agent, appositive: null }, content: { first: contentFirst, last: aux - 1 } };
}
