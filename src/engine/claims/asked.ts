/**
 * Questions and requests: the claims of "ask" as careful annotators draw them.
 * - "Ana Ruiz asked the council whether the port would open": Ruiz asks; the claim is the question, from "whether".
 * - "Ruiz asked the council to reopen the port": the claim is the request, hearer included ("the council to reopen
 *   the port").
 * - "Ruiz asked Tom Hale about the budget": the claim is what she asked about ("the budget").
 * - "Ruiz was asked about the budget", "When asked whether he would run, Hale said …", "Asked about the vote, Hale
 *   said …": whoever put the question is not named, so the claim has no source; "asked by a reporter whether …" names
 *   the one who asked. What the person asked then says is a claim of its own, made by the general drafting.
 * A quote, a colon, or any other shape after the cue is left to the general drafting ("“Why?” Hale asked"). Each
 * step reads a bounded number of tokens, and a content ends at the first comma that opens a clause of its own.
 */
import type { CueMatch } from '../cues';
import { nounPhraseStartingAt } from '../phrases';
import { Context, DraftClaim, QUESTION_WORDS, TIME_WORDS, Range, Subject, clauseFollows, closesQuote, contentEndToken, isComma, make } from './context';
import { OPENS_NEXT_CLAUSE } from './clauseSpans';
import { subjectLeft } from './subjects';

/** Words after which "asked" has no subject of its own: "When asked …", "Once asked …". */
const BARE_PARTICIPLE_OPENERS = new Set(['when', 'whenever', 'if', 'after', 'once', 'while', 'before', 'until', 'as',
  'though', 'although', 'unless', 'because', 'since']);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten',
  'getting', "'s", '’s', "'re", '’re']);
/** Prepositions of a circumstance between the cue and the question: "asked on Monday whether", "asked in Riverton about". */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'by', 'from', 'via', 'over']);
const QUESTION_NOUNS = new Set(['question', 'questions']);
/** How far a content is searched for the comma that ends it; beyond, it runs to the limit. */
const CONTENT_WORDS = 80;

type Shape = 'active' | 'passive' | 'bare';

/** The word before the cue, past adverbs: "was repeatedly asked", "when first asked". */
function beforeAdverbs(ctx: Context, cue: CueMatch): number {
  const { tokens, s } = ctx;
  let k = cue.first - 1;
  while (k >= s.first && k >= cue.first - 3 && tokens[k].quote < 0 && tokens[k].pos === 'ADV' && !BARE_PARTICIPLE_OPENERS.has(tokens[k].lower)) k--;
  return k;
}

/** How the cue stands: after its subject (active), after a form of "be" or "get" (passive), or with no subject (bare). */
function shapeOf(ctx: Context, cue: CueMatch): Shape {
  const { tokens, s } = ctx;
  const k = beforeAdverbs(ctx, cue);
  if (k < s.first) return 'bare';
  const t = tokens[k];
  if (t.quote < 0 && PASSIVE_AUXILIARIES.has(t.lower)) return 'passive';
  if (t.quote < 0 && (BARE_PARTICIPLE_OPENERS.has(t.lower) || t.text === '(')) return 'bare';
  // "Hale said, asked about …" follows a clause; "A reporter, Ana Ruiz, asked whether …" follows its subject.
  if (isComma(t) && t.quote < 0) return clauseBefore(ctx, k) ? 'bare' : 'active';
  return 'active';
}

/** Whether a verb stands between the comma at `comma` and the comma or sentence start before it. Bounded. */
function clauseBefore(ctx: Context, comma: number): boolean {
  const { tokens, s } = ctx;
  for (let k = comma - 1; k >= s.first && k >= comma - 30; k--) {
    if (isComma(tokens[k]) && tokens[k].quote < 0) return false;
    if (tokens[k].quote < 0 && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) return true;
  }
  return false;
}

/** Skips what may stand between the cue and the question: "on Monday", "during a debate", "specifically", "again". */
function skipCircumstance(ctx: Context, from: number): number {
  const { tokens, s } = ctx;
  let i = from;
  for (let steps = 0; steps < 5 && i <= s.last; steps++) {
    const t = tokens[i];
    if (t.quote >= 0 || QUESTION_WORDS.has(t.lower)) break;
    if (TIME_WORDS.has(t.lower) || t.pos === 'ADV') { i++; continue; }
    if (CIRCUMSTANCE_PREPOSITIONS.has(t.lower) && i + 1 <= s.last) {
      const npLast = nounPhraseStartingAt(tokens, i + 1, s.last);
      if (npLast >= 0 && npLast - i <= 7) { i = npLast + 1; continue; }
    }
    break;
  }
  return i;
}

/**
 * The last token of the noun phrase at `first` (a hearer or the one who asked), cut before a question word the phrase
 * reader took in ("a caller why young men …"); -1 when none starts there.
 */
function personPhraseAt(ctx: Context, first: number): number {
  const { tokens, s } = ctx;
  const last = nounPhraseStartingAt(tokens, first, s.last);
  for (let k = first + 1; k <= last; k++) if (QUESTION_WORDS.has(tokens[k].lower)) return nounPhraseStartingAt(tokens, first, k - 1);
  return last;
}

/** A verb within two words after "to": a request ("asked them to leave"), not a place ("asked to the podium"). */
function infinitiveAt(ctx: Context, to: number): boolean {
  const { tokens, s } = ctx;
  if (tokens[to]?.lower !== 'to') return false;
  for (let k = to + 1; k <= s.last && k <= to + 2; k++) {
    const pos = tokens[k].pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos !== 'ADV' && pos !== 'PART') return false;
  }
  return false;
}

/**
 * Where the content starting at `first` ends: at the first comma when the question opens the sentence ("Asked whether
 * the port will open, Hale said …"), or at a closing quote that the sentence's own clause follows ("Asked whether Hale
 * “has the votes,” most said yes"); elsewhere before a comma that opens a clause of its own; else at `limit`.
 */
function contentEnd(ctx: Context, first: number, limit: number, fronted: boolean): number {
  const { tokens } = ctx;
  for (let k = first + 1; k <= limit && k <= first + CONTENT_WORDS; k++) {
    const t = tokens[k];
    if (fronted && closesQuote(ctx, k) && k < limit && !isComma(tokens[k + 1]) && clauseFollows(tokens, k, limit)) return k;
    // "asked the council to reopen the port and has since called it …": a second predicate of the one who asked.
    if ((t.lower === 'and' || t.lower === 'but') && t.quote < 0 && tokens[k + 1]?.pos === 'AUX') return contentEndToken(ctx, first, k - 1);
    if (t.quote >= 0 || !isComma(t)) continue;
    if (fronted || OPENS_NEXT_CLAUSE.has(tokens[k + 1]?.lower ?? '') || clauseFollows(tokens, k, limit)) return k - 1;
  }
  return contentEndToken(ctx, first, limit);
}

/**
 * The claims of an "ask" cue, or null to leave the cue to the general drafting (a quote, a colon, "asked for …").
 * `limit` bounds the content on the right.
 */
export function askedClaims(ctx: Context, cue: CueMatch, limit: number): DraftClaim[] | null {
  const { tokens, s } = ctx;
  if (cue.base !== 'ask' || cue.form === 'gerund' || cue.sourceAfter) return null;
  let shape = shapeOf(ctx, cue);
  let subject: Subject | null = shape === 'active' ? subjectLeft(ctx, cue.first) : null;
  // "Tom Hale, asked about the delay, said …": no subject of its own before a comma, so a participle.
  if (shape === 'active' && !subject && isComma(tokens[cue.first - 1])) shape = 'bare';
  let i = cue.last + 1;
  let hearer = -1;
  if (shape === 'active') {
    if (!subject) return null;
    // "asked the council whether …": the hearer stands between the cue and the question.
    const t = tokens[i];
    if (t && t.quote < 0 && !QUESTION_WORDS.has(t.lower) && t.lower !== 'about' && t.lower !== 'to' && t.lower !== 'for') {
      const objectLast = personPhraseAt(ctx, i);
      if (objectLast >= 0 && !QUESTION_NOUNS.has(tokens[objectLast].lower)) { hearer = i; i = objectLast + 1; }
    }
  } else if (tokens[i]?.lower === 'by' && tokens[i].quote < 0) {
    // "asked by a reporter whether …": the one who asked is named.
    const agentLast = personPhraseAt(ctx, i + 1);
    if (agentLast >= 0) {
      const agent = { first: i + 1, last: agentLast };
      subject = { source: agent, head: agent, appositive: null };
      i = agentLast + 1;
    }
  }
  i = skipCircumstance(ctx, i);
  if (i > limit || tokens[i].quote >= 0) return null;
  const t = tokens[i];
  let first: number;
  if (t.lower === 'about') {
    // "Nobody asked about the delay" tells no question anybody put; "asked Hale about" and "was asked about" do, and
    // so does "Tom Hale, asked about the delay, said …", where the question was put to the subject.
    if (shape === 'active' && hearer < 0) {
      if (!isComma(tokens[cue.first - 1])) return null;
      subject = null;
    }
    first = i + 1;
  } else if (QUESTION_WORDS.has(t.lower)) {
    first = i;
  } else if (infinitiveAt(ctx, i)) {
    first = hearer >= 0 ? hearer : i;
  } else {
    // "was asked a simple question about the border": the question is the claim.
    const objectLast = nounPhraseStartingAt(tokens, i, s.last);
    if (objectLast < 0 || !QUESTION_NOUNS.has(tokens[objectLast].lower)) return null;
    // "asked questions about the budget": what the questions are about.
    first = tokens[objectLast + 1]?.lower === 'about' ? objectLast + 2 : i;
  }
  if (first > limit) return null;
  const fronted = shape === 'bare' && beforeAdverbs(ctx, cue) < s.first;
  const last = contentEnd(ctx, first, limit, fronted || (shape === 'bare' && cue.first - 1 === s.first));
  if (last < first) return null;
  const range: Range = { first, last };
  // A question is a speech act, not a stance: it stands even inside another claim's words ("…,” he said when asked …).
  const asking: CueMatch = { ...cue, cueClass: 'speech' };
  return [make(ctx, range, asking, subject, subject ? 'subject' : 'agentless')];
}
