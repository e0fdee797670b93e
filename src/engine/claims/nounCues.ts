/**
 * Nouns that carry a claim (issue 9): "the senator's criticism of the plan", "concerns from the union about the
 * budget", "Ruiz voiced doubts about the count". A noun of the generated lexicon (lexicon/generatedCues.ts)
 * reports with someone behind it who can speak (a possessor, a "by"/"from" agent, or the subject of a verb of
 * voicing before it) and a complement listed for it; the complement is the claim. A few nouns report with no one
 * behind them ("the endorsement of the mayor", "questions about the count"): claims with no source. Each noun
 * looks at a bounded number of tokens around it, so a sentence is read in linear time.
 */
import { newCue } from '../cues';
import { Complement, complementAfter, complementStart, POSSESSIVE_MARKS } from '../complements';
import { GENERATED_NOUN_CUES, GENERATED_SOURCELESS_NOUN_CUES } from '../lexicon/generatedCues';
import { inflect, regularPlural } from '../lexicon/inflect';
// Possessive determiners open "her criticism"; the clitic of "the mayor's view" is POSSESSIVE_MARKS.
import { POSSESSIVE_DETERMINERS } from '../lexicon/names';
import { nounPhraseEndingAt, nounPhraseStartingAt, nounPhraseWithModifiers } from '../phrases';
import type { Token } from '../tokens';
import { Context, DraftClaim, contentEndToken, make, quoteOverlaps, Subject, TokenRange } from './context';
import { couldSpeak, subjectLeft } from './subjects';
import { coverage, meets } from './agentless';
import type { IndexList } from './openingWords';

/** Verbs that put a view or feeling into words as their object: "expressed concern", "raised questions". */
export const VOICING_VERBS: ReadonlySet<string> = new Set(`express voice raise air share reiterate register
  signal offer repeat renew echo`.split(/\s+/).flatMap((base) => inflect(base).map(([form]) => form)));

/** How many modifiers may stand between the possessor or voicing verb and the noun ("expressed some serious doubts"). */
const MAX_MODIFIERS = 3;

interface NounCue {
  lemma: string;
  /** Complements with which the noun reports through someone behind it. */
  withAgent: Set<Complement>;
  /** Complements with which it reports with no one behind it: a claim with no source ("questions about …"). */
  sourceless: Set<Complement>;
}

/** Singular and plural form → the noun's entry. */
const NOUN_CUES: ReadonlyMap<string, NounCue> = (() => {
  const table = new Map<string, NounCue>();
  const add = (lemma: string, complement: Complement, sourceless: boolean) => {
    const entry = table.get(lemma) ?? { lemma, withAgent: new Set<Complement>(), sourceless: new Set<Complement>() };
    (sourceless ? entry.sourceless : entry.withAgent).add(complement);
    table.set(lemma, entry);
    table.set(regularPlural(lemma), entry);
  };
  for (const [lemma, complement] of GENERATED_NOUN_CUES) add(lemma, complement, false);
  for (const [lemma, complement] of GENERATED_SOURCELESS_NOUN_CUES) add(lemma, complement, true);
  return table;
})();

/** The words, singular and plural, that can be a noun cue. */
export function nounCueWords(): Iterable<string> {
  return NOUN_CUES.keys();
}

/** Who is behind the noun at token i: a possessor, a voicing verb's subject, or a "by"/"from" agent. */
type Agent = { kind: 'possessor' | 'voicing' | 'agent'; at: number; last?: number };

function agentOf(tokens: readonly Token[], i: number, first: number, last: number): Agent | null {
  let k = i - 1;
  while (k >= first && k >= i - MAX_MODIFIERS && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM') &&
    !POSSESSIVE_DETERMINERS.has(tokens[k].lower)) k--;
  if (k >= first && (POSSESSIVE_DETERMINERS.has(tokens[k].lower) || POSSESSIVE_MARKS.has(tokens[k].lower))) return { kind: 'possessor', at: k };
  if (k >= first && tokens[k].pos === 'VERB' && VOICING_VERBS.has(tokens[k].lower)) return { kind: 'voicing', at: k };
  const after = tokens[i + 1];
  if (after && after.quote < 0 && (after.lower === 'by' || after.lower === 'from') && i + 2 <= last) {
    const agentLast = nounPhraseStartingAt(tokens as Token[], i + 2, last);
    if (agentLast >= 0) return { kind: 'agent', at: i + 2, last: agentLast };
  }
  return null;
}

/** Whether the noun at token i (in a sentence of tokens first..last) has a possessor, a voicing verb before it, or
 * a "by"/"from" agent after it; the lexicon generator counts nouns with this test. */
export function nounHasAgent(tokens: readonly Token[], i: number, first: number, last: number): boolean {
  return agentOf(tokens, i, first, last) !== null;
}

/** The speaking phrase an agent names, or null when it cannot speak. */
function speakerOf(ctx: Context, agent: Agent): Subject | null {
  const { tokens, s } = ctx;
  let range: TokenRange | null = null;
  if (agent.kind === 'agent') range = { first: agent.at, last: agent.last! };
  else if (agent.kind === 'possessor') {
    const t = tokens[agent.at];
    if (POSSESSIVE_DETERMINERS.has(t.lower)) return { source: { first: agent.at, last: agent.at }, head: { first: agent.at, last: agent.at }, appositive: null };
    const a = agent.at - 1 >= s.first ? nounPhraseEndingAt(tokens, agent.at - 1, s.first) : -1;
    if (a >= 0) range = { first: a, last: agent.at - 1 };
  } else {
    const subject = subjectLeft(ctx, agent.at);
    return subject && couldSpeak(tokens, subject.head) ? subject : null;
  }
  return range && couldSpeak(tokens, range) ? { source: range, head: range, appositive: null } : null;
}

/**
 * The claim a noun's complement holds: a preposition's object with its modifiers, or the clause from "that" or
 * "to" (a content keeps its "that", as verbs' contents do).
 */
function contentOf(ctx: Context, complement: Complement, at: number): TokenRange | null {
  const { tokens, s } = ctx;
  if (complement === 'that' || complement === 'infinitive') {
    const last = contentEndToken(ctx, at, s.last);
    return last > at + 1 ? { first: at, last } : null;
  }
  if (at + 1 > s.last) return null;
  let last = nounPhraseWithModifiers(tokens, at + 1, s.last);
  // "The criticism of the river plan grew.": the sentence's verb, which a noun phrase before a full stop may take in
  // ("said the giant Rovers lock."), is no part of what the criticism is of.
  if (last > at + 1 && tokens[last].pos === 'VERB') last--;
  return last > at ? { first: at + 1, last } : null;
}

/** The claim of the noun at token i, or null. */
function nounClaim(ctx: Context, i: number): DraftClaim | null {
  const { tokens, s } = ctx;
  const entry = NOUN_CUES.get(tokens[i].lower);
  if (!entry || tokens[i].pos !== 'NOUN') return null;
  const agent = agentOf(tokens, i, s.first, s.last);
  // "criticism from the union of the plan": the complement follows the agent.
  const head = agent?.kind === 'agent' ? agent.last! : i;
  const complement = complementAfter(tokens, head, s.last, false);
  if (!(agent ? entry.withAgent : entry.sourceless).has(complement)) return null;
  const subject = agent ? speakerOf(ctx, agent) : null;
  if (agent && !subject) return null;
  const content = contentOf(ctx, complement, complementStart(tokens, head, s.last, false));
  if (!content) return null;
  const cue = newCue(i, i, 'object', entry.lemma, 'phrase', false, false);
  return make(ctx, content, cue, subject, subject ? 'subject' : 'agentless');
}

/**
 * The noun claims of a sentence, each kept only when no claim drafted already overlaps it (a verb's claim over
 * the same words wins) and it holds no quote (the quote passes give quotes their speakers).
 */
export function nounClaims(ctx: Context, drafts: readonly DraftClaim[], nounCues: IndexList): DraftClaim[] {
  const made: DraftClaim[] = [];
  // The drafts' contents as sorted spans, built only when a noun cue is met (most sentences hold none).
  let taken: Array<[number, number]> | null = null;
  // (The words outside quotes that the noun cue table holds, in text order: openingWords.ts.)
  for (let n = 0; n < nounCues.count; n++) {
    const i = nounCues.at[n];
    const draft = nounClaim(ctx, i);
    if (!draft || quoteOverlaps(ctx.quotes, draft.contentStart, draft.contentEnd) || meets(taken ??= coverage(drafts), draft)) continue;
    // Nouns are met in text order, so a new claim can only overlap the one made last.
    const previous = made[made.length - 1];
    if (previous && previous.contentStart < draft.contentEnd && draft.contentStart < previous.contentEnd) continue;
    made.push(draft);
  }
  return made;
}
