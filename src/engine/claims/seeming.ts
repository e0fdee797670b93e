/**
 * Seeming: "the plan seems to be failing", "it appears that …", "the council seemed ready to give in", "Hale appeared
 * to suggest that the port would close".
 * - A hedge passes on an impression and names no one who holds it, so the claim has no source: the hedged clause.
 * - "X seemed to suggest/blame/confirm …" hedges what X says: X speaks, the cue is "seemed to suggest", and the claim
 *   is what the reporting verb takes.
 * "appeared on television", "seems happy to help" in a quote, "to appear at the rally" make no claim.
 */
import type { CueMatch } from '../cues';
import { nounPhraseEndingAt } from '../phrases';
import { CUE_WORDS } from '../lexicon/cues';
import { Context, DraftClaim, isComma, make, contentEndToken, Range } from './context';
import { clauseAfter, clauseAround } from './clauseSpans';
import { contentRight } from './content';
import { subjectLeft } from './subjects';
import type { MarkerRule } from './markerRule';

/** Verbs of seeming: "the plan seems to be failing", "it appears that …". */
const SEEMING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Degree words between the verb and its adjective: "seemed equally unperturbed", "appears somewhat uneasy". */
const DEGREE_WORDS = new Set(['more', 'most', 'less', 'least', 'so', 'too', 'very', 'quite', 'rather', 'somewhat',
  'equally', 'increasingly', 'almost', 'nearly', 'fairly', 'particularly', 'extremely', 'all', 'even', 'much', 'far']);

function cueAt(first: number, last: number): CueMatch {
  return { first, last, cueClass: 'that', base: 'seem', form: 'phrase', sourceAfter: false, passive: false };
}

/**
 * "X seemed to suggest that …": the reporting verb's claim, spoken by X, with "seemed to suggest" as its cue; null
 * when X or the verb's content is missing (then the hedge reading applies).
 */
function hedgedReport(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  const verb = tokens[i + 2];
  const entry = CUE_WORDS.get(verb.lower);
  if (!entry) return null;
  const subject = subjectLeft(ctx, i);
  if (!subject) return null;
  const reported: CueMatch = { first: i + 2, last: i + 2, cueClass: entry.cueClass, base: entry.base, form: 'base', sourceAfter: false, passive: false };
  const right = contentRight(ctx, reported, s.last, subject);
  if (!right || right.chars) return null;
  return make(ctx, right.range, { ...reported, first: i }, subject, 'subject');
}

/** The first comma after token i outside quotes, or the sentence's end: a hedge's short clause ends there. */
function shortClauseEnd(ctx: Context, i: number): number {
  const { tokens, s } = ctx;
  for (let k = i + 1; k <= s.last && k <= i + 40; k++) if (isComma(tokens[k]) && tokens[k].quote < 0) return k - 1;
  return contentEndToken(ctx, i + 1, s.last);
}

/**
 * "the council seemed ready to give in", "Hale appeared paralyzed", "it seemed like the vote was lost": an adjective,
 * a participle or "like" after the verb; the claim is the clause (after "like" when "it" is the subject).
 */
function hedgedState(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  let k = i + 1;
  while (k <= s.last && k <= i + 2 && DEGREE_WORDS.has(tokens[k].lower)) k++;
  const t = tokens[k];
  if (!t || t.quote >= 0) return null;
  const participle = t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && tokens[k + 1]?.lower !== 'by';
  const like = t.lower === 'like';
  if (t.pos !== 'ADJ' && !participle && !like) return null;
  const before = tokens[i - 1];
  if (like && before?.lower === 'it') {
    const last = contentEndToken(ctx, k + 1, s.last);
    return last > k ? make(ctx, { first: k + 1, last }, cueAt(i, k), null, 'agentless') : null;
  }
  const first = hedgeSubjectFirst(ctx, i);
  if (first < 0) return null;
  const range: Range = { first, last: Math.max(k, shortClauseEnd(ctx, k)) };
  return make(ctx, range, cueAt(i, i), null, 'agentless');
}

/**
 * The first token of the hedged clause's subject: after the nearest comma or clause opener, or, when an aside stands
 * between the subject and the verb ("Ana Ruiz, who hosts a show, seemed …"), the noun phrase before the aside; -1 when
 * the verb has no subject before it.
 */
function hedgeSubjectFirst(ctx: Context, i: number): number {
  const { tokens, s } = ctx;
  const around = clauseAround(ctx, i);
  if (around && around.first < i) return around.first;
  if (!isComma(tokens[i - 1]) || tokens[i - 1].quote >= 0) return -1;
  for (let k = i - 2; k > s.first && k >= i - 30; k--) {
    if (tokens[k].quote >= 0) return -1;
    if (!isComma(tokens[k])) continue;
    const subjectFirst = nounPhraseEndingAt(tokens, k - 1, s.first);
    return subjectFirst >= 0 ? subjectFirst : -1;
  }
  return -1;
}

/**
 * "seems to …", "appears that …": the hedged claim; "X appeared to blame the staff" is X's claim (hedgedReport), and
 * "seemed ready", "seemed like" hedge a state (hedgedState).
 */
function seemingClaim(ctx: Context, i: number): DraftClaim | null {
  const { tokens } = ctx;
  // "to appear at the rally", "wants to seem calm": not a finite hedge.
  if (tokens[i - 1]?.lower === 'to') return null;
  const next = tokens[i + 1];
  if (!next) return null;
  if (next.lower !== 'to' && next.lower !== 'that') return hedgedState(ctx, i);
  const verb = tokens[i + 2];
  if (next.lower === 'to' && verb && CUE_WORDS.get(verb.lower)?.form === 'base') {
    const report = hedgedReport(ctx, i);
    if (report) return report;
  }
  if (next.lower === 'that') {
    const range = clauseAfter(ctx, i + 1);
    return range ? make(ctx, range, cueAt(i, i), null, 'agentless') : null;
  }
  // "X seems to …": the hedged clause, subject included, to its first comma ("…, despite …" is the writer's own).
  const first = hedgeSubjectFirst(ctx, i);
  return make(ctx, { first: first >= 0 ? first : i, last: Math.max(i + 1, shortClauseEnd(ctx, i + 1)) }, cueAt(i, i), null, 'agentless');
}

export const SEEMING_RULE: MarkerRule = { words: SEEMING, claim: seemingClaim };
