/**
 * Seeming: "the plan seems to be failing", "it appears that …", "the council seemed ready to give in", "Hale appeared
 * to suggest that the port would close".
 * - A hedge passes on an impression and names no one who holds it, so the claim has no source: the hedged clause.
 * - "X seemed to suggest/blame/confirm …" hedges what X says: X speaks, the cue is "seemed to suggest", and the claim
 *   is what the reporting verb takes.
 * "appeared on television", "seems happy to help" in a quote, "to appear at the rally" make no claim.
 */
import { newCue, type CueMatch } from '../cues';
import { nounPhraseEndingAt } from '../phrases';
import { CUE_WORDS } from '../lexicon/cues';
import type { Token } from '../tokens';
import { CLAUSE_OPENERS, Context, DraftClaim, isComma, make, contentEndToken, hasVerb, Range } from './context';
import { MODALS, RELATIVE_SUBJECTS, clauseAfter, clauseAround } from './clauseSpans';
import { contentRight } from './content';
import { subjectLeft } from './subjects';
import type { MarkerRule } from './markerRule';

/** Verbs of seeming: "the plan seems to be failing", "it appears that …". */
const SEEMING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/**
 * Verbs of the senses that hedge only a state ("the plan sounds reasonable", "Hale looked tired", "it looks like the
 * vote is lost"); "looked at", "sounded the alarm" and "looks to expand" are no hedge.
 */
const SENSE_HEDGES = new Set(['sound', 'sounds', 'sounded', 'look', 'looks', 'looked']);
/** Degree words between the verb and its adjective: "seemed equally unperturbed", "appears somewhat uneasy". */
const DEGREE_WORDS = new Set(['more', 'most', 'less', 'least', 'so', 'too', 'very', 'quite', 'rather', 'somewhat',
  'equally', 'increasingly', 'almost', 'nearly', 'fairly', 'particularly', 'extremely', 'all', 'even', 'much', 'far']);

/** Words that end in "-er" as comparatives do but compare nothing: "appeared later", "appeared together". */
const NOT_COMPARATIVES = new Set(['later', 'earlier', 'ever', 'never', 'together', 'however', 'whatever', 'rather', 'further',
  'either', 'neither', 'over', 'under', 'after', 'thereafter', 'forever', 'sooner', 'hereafter']);

/**
 * A word that says what state the subject seems in: an adjective, or one the tagger reads as an adverb, a comparative
 * ("appeared closer to a deal") or "likely" ("seems unlikely to run"); "appeared briefly", "appeared later" are not.
 */
function isStateWord(t: Token): boolean {
  if (t.pos === 'ADJ') return true;
  if (t.pos !== 'ADV') return false;
  return t.lower === 'likely' || t.lower === 'unlikely' || (/[a-z]er$/.test(t.lower) && !NOT_COMPARATIVES.has(t.lower));
}

function cueAt(first: number, last: number): CueMatch {
  return newCue(first, last, 'that', 'seem', 'phrase', false, false);
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
  const reported = newCue(i + 2, i + 2, entry.cueClass, entry.base, 'base', false, false);
  const right = contentRight(ctx, reported, s.last, subject);
  if (!right || right.chars) return null;
  return make(ctx, right.range, { ...reported, first: i }, subject, 'subject');
}

/** Marks that end a hedge's short clause as a comma does: "Ruiz seemed irritated: “…”", "… seemed calm — until …". */
const CLAUSE_STOPS = new Set([':', ';', '\u2014', '--']);

/** The first comma, colon, semicolon or dash after token i outside quotes, or the sentence's end: a hedge's short clause ends there. */
function shortClauseEnd(ctx: Context, i: number): number {
  const { tokens, s } = ctx;
  for (let k = i + 1; k <= s.last && k <= i + 40; k++) {
    if ((isComma(tokens[k]) || CLAUSE_STOPS.has(tokens[k].text)) && tokens[k].quote < 0) return k - 1;
  }
  return contentEndToken(ctx, i + 1, s.last);
}

/**
 * "the council seemed ready to give in", "Hale appeared paralyzed", "it seemed like the vote was lost": an adjective,
 * a participle or "like" after the verb; the claim is the clause (after "like" when "it" is the subject).
 */
function hedgedState(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  let k = i + 1;
  // "seemed equally unperturbed", "might seem profoundly unfair": degree words and manner adverbs before the state.
  while (k <= s.last && k <= i + 2 && (DEGREE_WORDS.has(tokens[k].lower) || (tokens[k].pos === 'ADV' && tokens[k].lower.endsWith('ly')))) k++;
  const t = tokens[k];
  if (!t || t.quote >= 0) return null;
  const participle = t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && tokens[k + 1]?.lower !== 'by';
  const like = t.lower === 'like';
  // "the returns seemed a reminder that …", "seemed an insult away from a brawl": an indefinite noun phrase as the state.
  // Only after "seem": "appeared a day later" tells when.
  // Not after an empty "it": "it seems a shame" states no impression of anything.
  const nominal = (t.lower === 'a' || t.lower === 'an') && tokens[i].lower.startsWith('seem') && !emptyItBefore(ctx, i);
  if (!isStateWord(t) && !participle && !like && !nominal) return null;
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
  // "…, who seems unsure": the relative pronoun stands for the subject, and opens the hedged clause.
  if (i - 1 >= s.first && RELATIVE_SUBJECTS.has(tokens[i - 1].lower) && tokens[i - 1].quote < 0) return i - 1;
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
  if (SENSE_HEDGES.has(tokens[i].lower)) return hedgedState(ctx, i);
  const that = thatAfterAside(ctx, i);
  if (that > 0) {
    const range = clauseAfter(ctx, that);
    return range ? make(ctx, range, cueAt(i, i), null, 'agentless') : null;
  }
  const next = tokens[i + 1];
  if (!next) return null;
  const impersonal = emptyItBefore(ctx, i) ? impersonalClause(ctx, i) : null;
  if (impersonal) return make(ctx, impersonal, cueAt(i, i), null, 'agentless');
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

/** How many words an aside between "it appears" and "that" may hold: ", though,", ", at least for now,". */
const ASIDE_WORDS = 4;

/** "It appears, though, that …": the "that" after a short aside between commas, else -1. */
function thatAfterAside(ctx: Context, i: number): number {
  const { tokens, s } = ctx;
  if (!isComma(tokens[i + 1]) || tokens[i + 1].quote >= 0) return -1;
  for (let k = i + 2; k < s.last && k <= i + 2 + ASIDE_WORDS; k++) {
    if (tokens[k].quote >= 0) return -1;
    if (isComma(tokens[k])) return tokens[k + 1].lower === 'that' ? k + 1 : -1;
  }
  return -1;
}

/** Auxiliaries between an empty "it" and the verb: "it would seem", "it may appear", "it does seem". */
const AUXILIARIES = new Set([...MODALS, 'does', 'did', 'do']);

/** "it seems", "it would seem": an empty "it" right before the verb of seeming at i, past one modal. */
function emptyItBefore(ctx: Context, i: number): boolean {
  const { tokens, s } = ctx;
  const k = i - 1 >= s.first && AUXILIARIES.has(tokens[i - 1].lower) ? i - 2 : i - 1;
  return k >= s.first && tokens[k].lower === 'it' && tokens[k].quote < 0;
}

/** How far the clause's verb may stand from its first word: "it seems the two largest unions have …". */
const SUBJECT_WORDS = 6;

/**
 * "It seems the council has too many members", "it would seem as if the plan is dead": a clause with its own subject
 * and verb after an empty "it" (no "that"), or after "as if" / "as though"; the range of that clause, else null.
 */
function impersonalClause(ctx: Context, i: number): Range | null {
  const { tokens, s } = ctx;
  let first = i + 1;
  if (tokens[first]?.lower === 'as' && /^(?:if|though)$/.test(tokens[first + 1]?.lower ?? '')) first += 2;
  const t = tokens[first];
  if (!t || t.quote >= 0 || !CLAUSE_OPENERS.has(t.pos) || first > s.last) return null;
  // "it seems a shame", "it appears this way": no verb of its own, so no clause.
  if (!hasVerb(tokens, first + 1, Math.min(s.last, first + SUBJECT_WORDS))) return null;
  const last = contentEndToken(ctx, first, s.last);
  return last > first ? { first, last } : null;
}

export const SEEMING_RULE: MarkerRule = { words: new Set([...SEEMING, ...SENSE_HEDGES]), claim: seemingClaim, opensComplement: true };
