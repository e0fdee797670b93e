/**
 * Agentless attributions (issue 7): reports that name no source at all. They become claims with no speaker, so
 * their sourcing is "none":
 * - a passive cue with no agent: "The mayor is said to be furious", "The bridge was reported to be unsafe", "He has
 *   been widely criticized for the delay" (the passive subject is what the report is about, never its speaker);
 * - evidential adverbs: "The mayor reportedly plans to resign", "he allegedly took the funds";
 * - "according to reports", "according to local media accounts";
 * - hedges and impersonal judgements: "the plan seems to fail", "it appears that", "it is unclear whether".
 * Each check looks at a bounded number of tokens around one token of the sentence, so a sentence is read in linear
 * time; spans are token boundaries, so they are exact.
 */
import { newCue, type CueMatch } from '../cues';
import { isBetweenSubjectAndVerb, nounPhraseEndingAt } from '../phrases';
import type { Token } from '../tokens';
import { appendAll } from '../arrays';
import { CLAUSE_OPENERS, Context, DraftClaim, contentEndToken, hasVerb, isComma, make } from './context';
import { saidQuoteOverlaps } from './titleQuotes';
import { BE_OR_HAVE, MODALS, RELATIVE_SUBJECTS, clauseAfter, clauseAround, clauseEnd, holdsQuote, subjectBeforeComma } from './clauseSpans';
import type { MarkerRule } from './markerRule';
import type { IndexList } from './openingWords';
import { SEEMING_RULE } from './seeming';
import { NAMING_RULE, REPUTE_RULE } from './perceived';
import { NOUN_FRAME_RULE, VIEW_IS_RULE } from './nounFrames';

/** Adverbs by which a writer passes on a claim without saying who made it. */
const EVIDENTIAL_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly']);

/** Adjectives of an impersonal judgement: "it is clear that", "it was unclear whether". */
export const IMPERSONAL_JUDGEMENTS: ReadonlySet<string> = new Set(['clear', 'unclear', 'apparent', 'obvious', 'evident']);

/** What "according to" may lead to when no one is named: "according to reports", "according to media accounts". */
const SOURCELESS_NOUNS = new Set(['reports', 'accounts', 'rumors', 'rumours']);
const SOURCELESS_MODIFIERS = new Set(['news', 'media', 'press', 'published', 'local', 'unconfirmed', 'initial', 'early',
  'earlier', 'some', 'several', 'many', 'various', 'multiple', 'widespread', 'recent', 'unverified']);

/**
 * Cues whose passive reports a claim or a judgement without its maker ("is said to", "was widely criticized"); other
 * passives describe a state ("is determined to", "was charged with") and make no claim.
 */
const AGENTLESS_PASSIVES = new Set(['say', 'report', 'believe', 'think', 'allege', 'expect', 'rumor', 'rumour',
  'understand', 'consider', 'claim', 'estimate', 'fear', 'suspect', 'presume', 'deem', 'predict', 'project', 'announce',
  'confirm', 'declare', 'label', 'rate', 'dub', 'criticize', 'criticise', 'accuse', 'blame', 'praise', 'condemn', 'describe',
  'characterize', 'characterise', 'portray', 'mention', 'question', 'deny', 'warn', 'assess', 'judge', 'regard']);

/**
 * The first token of the subject of a passive whose auxiliaries end at token `aux`: a noun phrase ("The mayor is
 * said to …"), or a relative pronoun that stands for one ("…, which is expected to pass"); -1 when there is none.
 */
export function passiveSubjectFirst(ctx: Context, aux: number): number {
  const { tokens, s } = ctx;
  aux = beforeParenthesis(ctx, aux);
  if (aux < s.first || tokens[aux].quote >= 0) return -1;
  if (RELATIVE_SUBJECTS.has(tokens[aux].lower)) return aux;
  return subjectPhraseEndingAt(tokens, aux, s.first);
}

/** How many tokens a parenthesis after a subject may hold: "(61%)", "(R)", "(the Riverton Herald)". */
const PARENTHESIS_TOKENS = 10;

/**
 * "Most ballots (61%) were deemed late …", "Ana Ruiz (D) is seen as …": before a short parenthesis that ends at token
 * k, the token before it opens, so the subject is read past it; k itself otherwise.
 */
function beforeParenthesis(ctx: Context, k: number): number {
  const { tokens, s } = ctx;
  if (k < s.first || tokens[k].text !== ')' || tokens[k].quote >= 0) return k;
  for (let j = k - 1; j > s.first && j >= k - PARENTHESIS_TOKENS; j--) {
    if (tokens[j].text === '(') return j - 1;
    if (tokens[j].text === ')' || tokens[j].quote >= 0) return k;
  }
  return k;
}

/** Words that join a verb group to the verb before it: "… but is not expected to …". */
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);

/** Words that join a noun phrase to the one before it inside one subject: "the staff of the mayor", "Ruiz and Hale". */
const SUBJECT_LINKS = new Set(['of', 'in', 'between', 'with', 'for', 'from', 'on', 'at', 'and']);

/**
 * First token of a subject that ends at token `last`, through its prepositional modifiers and coordinated nouns ("the
 * ties between Riverton and Lowell", "many on the council of Riverton"); at most four links, so the scan stays short.
 */
export function subjectPhraseEndingAt(tokens: Token[], last: number, min: number): number {
  let start = nounPhraseEndingAt(tokens, last, min);
  for (let links = 0; links < 4 && start - 2 >= min; links++) {
    const link = tokens[start - 1];
    if (link.quote >= 0 || !SUBJECT_LINKS.has(link.lower)) break;
    const before = nounPhraseEndingAt(tokens, start - 2, min);
    if (before < 0) break;
    start = before;
  }
  return start;
}

/**
 * "X is said to …", "X has been widely criticized for …": a passive cue whose agent the drafter found nowhere. The
 * claim is the whole clause from the passive subject to the clause's end (an aside between commas ends at its comma:
 * ", which is expected to pass,"); null when no subject stands before the auxiliaries or nothing follows the cue.
 */
export function passiveWithoutAgent(ctx: Context, cue: CueMatch, limit: number): DraftClaim | null {
  const phraseWithBe = cue.form === 'phrase' && BE_OR_HAVE.test(ctx.tokens[cue.first].lower);
  if (!phraseWithBe && !AGENTLESS_PASSIVES.has(cue.base)) return null;
  return passiveClause(ctx, cue, limit, false);
}

/** Whether a passive of this verb (its base form) reports a claim or judgement without its maker: see AGENTLESS_PASSIVES. */
export const reportsWithoutAgent = (base: string) => AGENTLESS_PASSIVES.has(base);

/**
 * The clause of a passive cue with no agent, from its subject to the clause's end, with no source; null when no
 * subject stands before the auxiliaries, nothing follows the cue, or (unless `quotesAllowed`) the clause quotes words.
 */
export function passiveClause(ctx: Context, cue: CueMatch, limit: number, quotesAllowed: boolean): DraftClaim | null {
  const { tokens, s } = ctx;
  const phraseWithBe = cue.form === 'phrase' && BE_OR_HAVE.test(tokens[cue.first].lower);
  if (tokens[cue.last + 1]?.lower === 'by') return null;
  let aux = cue.first - 1;
  // "have sometimes been accused": any adverb may stand inside the verb group.
  while (aux >= s.first && aux >= cue.first - 8 && (BE_OR_HAVE.test(tokens[aux].lower) || ((isBetweenSubjectAndVerb(tokens[aux]) || tokens[aux].pos === 'ADV') && tokens[aux].quote < 0))) aux--;
  if (aux < s.first || (aux === cue.first - 1 && !phraseWithBe)) return null;
  // "Ruiz is moving but is not expected to run": a passive joined to the verb before; its clause starts at the verb group.
  let subjectFirst = COORDINATORS.has(tokens[aux].lower) && tokens[aux].quote < 0 ? aux + 1 : passiveSubjectFirst(ctx, aux);
  // "The bank, which has held rates low, is expected to act": past an aside the subject is far; the clause starts at the
  // verb group, or at the sentence's start when only the subject's words stand before the aside's comma ("Tom Hale, the
  // deputy, isn't expected to win").
  if (subjectFirst < 0 && isComma(tokens[aux]) && tokens[aux].quote < 0) subjectFirst = subjectBeforeComma(ctx, aux) === s.first ? s.first : aux + 1;
  if (subjectFirst < 0) return null;
  const last = Math.min(contentEndToken(ctx, cue.last + 1, limit), clauseEnd(ctx, subjectFirst, cue.last + 1));
  if (last <= cue.last || (!quotesAllowed && holdsQuote(ctx, subjectFirst, last))) return null;
  return make(ctx, { first: subjectFirst, last }, cue, null, 'agentless');
}

/**
 * "…, with Ruiz and Hale expected to win", "With fares projected to rise, …": a passive participle without "be" in an
 * absolute clause after "with". Its subject is what is expected, not who expects it; the claim is the clause from
 * that subject to its end, with no source. Null for any other shape ("Ruiz expected to win" is active).
 */
export function absolutePassive(ctx: Context, cue: CueMatch, limit: number): DraftClaim | null {
  const { tokens, s } = ctx;
  if (cue.form !== 'past' || cue.passive) return null;
  // (The words around first: most past forms, "said" above all, have no "to" or "as" after them, and need no look-up.)
  const next = tokens[cue.last + 1];
  if (!next || (next.lower !== 'to' && next.lower !== 'as') || cue.first - 2 < s.first || !AGENTLESS_PASSIVES.has(cue.base)) return null;
  const subjectFirst = subjectPhraseEndingAt(tokens, cue.first - 1, s.first);
  if (subjectFirst <= s.first || tokens[subjectFirst - 1].lower !== 'with' || tokens[subjectFirst - 1].quote >= 0) return null;
  const last = Math.min(contentEndToken(ctx, cue.last + 1, limit), clauseEnd(ctx, subjectFirst, cue.last + 1));
  if (last <= cue.last + 1) return null;
  return make(ctx, { first: subjectFirst, last }, { ...cue, passive: true }, null, 'agentless');
}

/** "reportedly", "allegedly": the clause the adverb stands in. */
function evidentialClaim(ctx: Context, i: number): DraftClaim | null {
  const clause = clauseAround(ctx, i);
  const cue = newCue(i, i, 'speech', ctx.tokens[i].lower, 'phrase', false, false);
  return clause ? make(ctx, clause, cue, null, 'agentless') : null;
}

/** Words between "is" and the judgement: "it is not clear", "it is still unclear". */
const JUDGEMENT_ADVERBS = new Set(['not', 'also', 'still', 'now', 'yet', 'already', 'far', 'less', 'more', 'quite', 'very', 'increasingly', 'abundantly']);
const FINITE_IS = /^(?:is|was|'s|’s|became|becomes|remains|remained)$/;

/**
 * The first token of "it is", "it should be" or (inverted) "is it" before the judgement at i ("it is not clear",
 * "it should be obvious", "nor is it clear"), or -1 when the judgement is not an empty "it"'s.
 */
function emptyItOpening(ctx: Context, i: number): number {
  const { tokens, s } = ctx;
  let be = i - 1;
  if (be >= s.first && JUDGEMENT_ADVERBS.has(tokens[be].lower)) be--;
  if (be - 1 < s.first) return -1;
  const lower = tokens[be].lower;
  const before = tokens[be - 1].lower;
  if (FINITE_IS.test(lower) && before === 'it') return be - 1;
  if ((lower === 'be' || lower === 'become' || lower === 'remain') && MODALS.has(before) && be - 2 >= s.first && tokens[be - 2].lower === 'it') return be - 2;
  if (lower === 'it' && FINITE_IS.test(before)) return be - 1;
  return -1;
}

/** Words that open an indirect question after a judgement: "it is unclear why …", "it was not clear who …". */
const QUESTION_WORDS = new Set(['why', 'how', 'who', 'whom', 'what', 'when', 'where', 'which', 'if']);
/** Adverbs before the question word: "it was unclear exactly when …". */
const QUESTION_ADVERBS = new Set(['exactly', 'just', 'precisely', 'yet', 'still', 'immediately']);

/**
 * After a judgement at i - 1, an indirect question ("why the numbers vary", "exactly when the vote comes") or a clause
 * without "that" ("it's not clear either side can win": a subject and a verb within a few words); null otherwise.
 */
function questionOrBareClause(ctx: Context, k: number): { first: number; last: number } | null {
  const { tokens, s } = ctx;
  if (k <= s.last && QUESTION_ADVERBS.has(tokens[k].lower)) k++;
  const t = tokens[k];
  if (!t || k > s.last || t.quote >= 0) return null;
  const question = QUESTION_WORDS.has(t.lower);
  const opensClause = (CLAUSE_OPENERS.has(t.pos) && t.pos !== 'ADJ') || t.lower === 'either' || t.lower === 'neither';
  if (!question && !(opensClause && hasVerb(tokens, k + 1, Math.min(s.last, k + BARE_SUBJECT_WORDS)))) return null;
  const last = contentEndToken(ctx, k + (question ? 1 : 0), s.last);
  return last > k ? { first: k, last } : null;
}

/** How far the verb of a clause without "that" may stand from its first word: "it's not clear either big company has". */
const BARE_SUBJECT_WORDS = 5;

/** "it is clear that …", "it was unclear whether …", "nor is it clear that …": a judgement nobody is named for. */
function impersonalClaim(ctx: Context, i: number): DraftClaim | null {
  const first = emptyItOpening(ctx, i);
  if (first < 0 || ctx.tokens[first].quote >= 0) return null;
  const range = clauseAfter(ctx, i + 1) ?? questionOrBareClause(ctx, i + 1);
  if (!range) return null;
  const cue = newCue(first, i, 'that', ctx.tokens[i].lower, 'phrase', false, false);
  return make(ctx, range, cue, null, 'agentless');
}

/** "according to (news) reports": the tokens it spans, or -1 when the phrase names someone. */
function sourcelessAccording(ctx: Context, i: number): number {
  const { tokens, s } = ctx;
  if (tokens[i].lower !== 'according' || tokens[i + 1]?.lower !== 'to') return -1;
  for (let k = i + 2; k <= s.last && k <= i + 5; k++) {
    const lower = tokens[k].lower;
    if (SOURCELESS_NOUNS.has(lower)) return k;
    if (!SOURCELESS_MODIFIERS.has(lower)) return -1;
  }
  return -1;
}

/** The claim "according to reports" introduces: the sentence after it, or before it when it comes last. */
function accordingClaim(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  const last = sourcelessAccording(ctx, i);
  if (last < 0) return null;
  const cue = newCue(i, last, 'speech', 'according to', 'phrase', true, false);
  let after = last + 1;
  if (isComma(tokens[after])) after++;
  const rightLast = contentEndToken(ctx, after, s.last);
  if (rightLast >= after && (i === s.first || rightLast - after > 2)) return make(ctx, { first: after, last: rightLast }, cue, null, 'agentless');
  let leftLast = i - 1;
  if (leftLast >= s.first && isComma(tokens[leftLast])) leftLast--;
  return leftLast >= s.first ? make(ctx, { first: s.first, last: leftLast }, cue, null, 'agentless') : null;
}

/**
 * The rules that make a claim at one word of a sentence, with no reporting verb's subject to speak for it. Each rule
 * lives in its own file when it is more than a few lines; this table is the one place that lists them.
 */
const MARKER_RULES: readonly MarkerRule[] = [
  { words: EVIDENTIAL_ADVERBS, claim: evidentialClaim },
  { words: IMPERSONAL_JUDGEMENTS, claim: impersonalClaim, opensComplement: true },
  { words: new Set(['according']), claim: accordingClaim },
  SEEMING_RULE,
  REPUTE_RULE,
  NAMING_RULE,
  NOUN_FRAME_RULE,
  VIEW_IS_RULE,
];

/** Word → the rules it can open: one look-up rules out the many tokens that open none. */
const RULES_BY_WORD: ReadonlyMap<string, readonly MarkerRule[]> = (() => {
  const byWord = new Map<string, MarkerRule[]>();
  for (const rule of MARKER_RULES) for (const word of rule.words) byWord.set(word, [...(byWord.get(word) ?? []), rule]);
  return byWord;
})();

/** The words that can open an agentless marker. */
export function markerWords(): Iterable<string> {
  return RULES_BY_WORD.keys();
}

const overlaps = (d: DraftClaim, o: DraftClaim) => d.contentStart < o.contentEnd && o.contentStart < d.contentEnd;

/** The drafts' contents as sorted, disjoint character ranges, so one binary search tells whether a span meets any. */
export function coverage(drafts: readonly DraftClaim[]): Array<[number, number]> {
  const sorted = drafts.map((d): [number, number] => [d.contentStart, d.contentEnd]).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/** The index of the first range that ends after `start` (ranges sorted and disjoint): a binary search. */
function firstEndingAfter(ranges: ReadonlyArray<[number, number]>, start: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the draft's content meets any of the ranges (sorted and disjoint, as coverage makes them): a binary search. */
export function meets(ranges: ReadonlyArray<[number, number]>, d: DraftClaim): boolean {
  const lo = firstEndingAfter(ranges, d.contentStart);
  return lo < ranges.length && ranges[lo][0] < d.contentEnd;
}

/**
 * Whether the draft's content meets a range that reaches outside it; ranges wholly inside it do not count. Two binary
 * searches: the first range it meets and the last.
 */
export function meetsOutside(ranges: ReadonlyArray<[number, number]>, d: DraftClaim): boolean {
  const lo = firstEndingAfter(ranges, d.contentStart);
  if (lo >= ranges.length || ranges[lo][0] >= d.contentEnd) return false;
  if (ranges[lo][0] < d.contentStart) return true;
  const hi = firstEndingAfter(ranges, d.contentEnd - 1);
  const last = hi < ranges.length && ranges[hi][0] < d.contentEnd ? hi : hi - 1;
  return ranges[last][1] > d.contentEnd;
}

/**
 * A marker that opens a complement clause ("it is unclear whether …", "it seems that …") holds any attribution inside
 * that clause: the writer's judgement is the outer claim, and the attribution nested in it goes (assemble.ts drops
 * nested attributions), as careful annotators mark the outer one.
 */
const opensComplementClause = (ctx: Context, rule: MarkerRule, d: DraftClaim) =>
  rule.opensComplement === true && d.cue !== null && ctx.tokens[d.cue.last].end <= d.contentStart;

/**
 * Claims of a sentence that evidential adverbs and "according to reports" make, each kept only when no claim the
 * sentence already holds overlaps it (a speaker found for the same words wins).
 */
export function agentlessMarkers(ctx: Context, drafts: readonly DraftClaim[], markers: IndexList): DraftClaim[] {
  const { tokens } = ctx;
  const made: DraftClaim[] = [];
  // The claims already drafted, merged into spans, built only when a marker is met (most sentences hold none).
  let taken: Array<[number, number]> | null = null;
  for (let n = 0; n < markers.count; n++) {
    const i = markers.at[n];
    const rules = RULES_BY_WORD.get(tokens[i].lower);
    if (!rules) continue;
    let draft: DraftClaim | null = null;
    let by: MarkerRule | null = null;
    for (const rule of rules) if ((draft = rule.claim(ctx, i))) { by = rule; break; }
    // A marker's claim holding quoted words: see holdsQuote.
    if (draft && saidQuoteOverlaps(tokens, ctx.quotes, draft.contentStart, draft.contentEnd)) draft = null;
    if (!draft) continue;
    taken ??= coverage(drafts);
    const blocked = opensComplementClause(ctx, by!, draft) ? meetsOutside(taken, draft) : meets(taken, draft);
    // Markers are met in text order, so a new claim can only overlap the one made last.
    if (!blocked && !(made.length > 0 && overlaps(made[made.length - 1], draft))) made.push(draft);
  }
  return made;
}

/** Adds the sentence's agentless claims to its drafts, given the indices of its marker words outside quotes (openingWords.ts). */
export function addAgentless(ctx: Context, drafts: DraftClaim[], markers: IndexList): void {
  appendAll(drafts, agentlessMarkers(ctx, drafts, markers));
}
