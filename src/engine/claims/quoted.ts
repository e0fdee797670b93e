/**
 * Quotes that no cue explains: a name and any verb after the quote, or the subject of the clause holding it.
 */
import { newCue } from '../cues';
import { CUE_WORDS } from '../lexicon/cues';
import { SUBJECT_PRONOUNS } from '../lexicon/names';
import { isBetweenSubjectAndVerb, isProperLike, nounPhraseStartingAt, nounPhraseWithModifiers } from '../phrases';
import type { Quote } from '../quotes';
import type { Token } from '../tokens';
import { DraftClaim, NO_DRAFTS, Context, isComma, closesQuote, opensQuote, sentenceHasQuote, Subject, contentEndToken, make, TokenRange } from './context';
import { couldSpeak, subjectLeft } from './subjects';
import { afterClause, withContinuation } from './content';
import { unsourcedQuoteClause } from './quotedHedges';
import { opensInLowerCase } from '../letters';
import { isInOrder, sortStably } from '../arrays';

/**
 * Whether some draft covers at least half of a quote, for the quotes of a sentence taken in text order. Of the
 * drafts that start at or before the quote, the one reaching furthest overlaps it most, so one running maximum
 * stands for them all; drafts that start inside the quote are few, since quotes do not overlap. Linear in the
 * drafts and quotes of the sentence, where testing every draft against every quote grew with their product.
 */
class QuoteCoverage {
  /** The drafts by where their content starts (the drafts array itself when already in that order, as it mostly is). */
  private readonly byStart: readonly DraftClaim[];
  private next = 0;
  private furthestEnd = -Infinity;

  constructor(drafts: readonly DraftClaim[]) {
    // (Read from the drafts, not from [start, end] pairs copied out of them: a pair per draft and a sort per sentence with
    // a quote made an eighth of the drafting pass's allocation.)
    this.byStart = isInOrder(drafts, byDraftStart) ? drafts : sortStably(drafts.slice(), byDraftStart);
  }

  covers(q: Quote): boolean {
    const half = (q.end - q.start) / 2;
    while (this.next < this.byStart.length && this.byStart[this.next].contentStart <= q.start) {
      this.furthestEnd = Math.max(this.furthestEnd, this.byStart[this.next++].contentEnd);
    }
    if (Math.min(this.furthestEnd, q.end) - q.start >= half) return true;
    for (let k = this.next; k < this.byStart.length && this.byStart[k].contentStart < q.end; k++) {
      if (Math.min(this.byStart[k].contentEnd, q.end) - this.byStart[k].contentStart >= half) return true;
    }
    return false;
  }

  /** A draft made for the quote just asked about: it starts no later than that quote, so before every later one. */
  add(d: DraftClaim): void {
    this.furthestEnd = Math.max(this.furthestEnd, d.contentEnd);
  }
}

/** Drafts by where their content starts. */
const byDraftStart = (a: DraftClaim, b: DraftClaim): number => a.contentStart - b.contentStart;

interface ClauseVerb { verb: number; subject: Subject }

/** The clause verbs found between a clause's start and a quote, kept so that the next quote scans only the gap. */
interface VerbScan {
  clauseStart: number;
  /** The quote's first token: the scan covered the tokens after clauseStart and before it. */
  quoteFirst: number;
  /** The verb nearest the quote whose subject could speak. */
  speaking: ClauseVerb | null;
  /** The first verb of the clause with any subject (complete only when `speaking` is null). */
  first: ClauseVerb | null;
}

/**
 * A quote inside a sentence that no cue explains ("The minister dismissed the report as “a fairy tale”") belongs to the
 * subject of the clause that holds it: the verb before the quote is the cue.
 */
export function quotedClauseClaims(ctx: Context, drafts: DraftClaim[]): readonly DraftClaim[] {
  // Most sentences hold no quote: nothing to read.
  if (!sentenceHasQuote(ctx)) return NO_DRAFTS;
  const { tokens, s, quotes } = ctx;
  const out: DraftClaim[] = [];
  const coverage = new QuoteCoverage(drafts);
  // The main clause's verb: the first finite verb of the sentence (or after its last semicolon) that has a
  // subject; the quote's own clause is usually embedded in it.
  let clauseStart = s.first;
  let previous = null as VerbScan | null;
  for (let i = s.first; i <= s.last; i++) {
    if (i > s.first && tokens[i].quote < 0 && tokens[i].text === ';') clauseStart = i + 1;
    if (!opensQuote(ctx, i)) continue;
    const q = quotes[tokens[i].quote];
    if (coverage.covers(q)) continue;
    // The nearest verb whose subject could speak (a person, a group, an organisation, a document); else the
    // first verb of the clause with any subject. A later quote of the same clause rescans only the gap.
    const resume = previous?.clauseStart === clauseStart ? previous : null;
    const scan = scanClauseVerbs(ctx, drafts, clauseStart, resume ? resume.quoteFirst - 1 : clauseStart, i);
    const speaking = scan.speaking ?? resume?.speaking ?? null;
    const first = resume?.first ?? scan.first;
    previous = { clauseStart, quoteFirst: i, speaking, first };
    const found = speaking ?? first;
    if (!found) continue;
    const { verb, subject } = found;
    // "Ruiz seemed to echo the “fair share” slogan", "Hale was said to be “furious”": the clause names nobody.
    const unsourced = unsourcedQuoteClause(ctx, verb);
    if (unsourced) {
      out.push(unsourced);
      coverage.add(unsourced);
      continue;
    }
    const cue = newCue(verb, verb, 'object', tokens[verb].lower, 'phrase', false, false);
    const last = contentEndToken(ctx, verb + 1, s.last);
    if (last < verb + 1) continue;
    const draft = make(ctx, { first: verb + 1, last }, cue, subject, 'quoted');
    out.push(draft);
    coverage.add(draft);
  }
  return out;
}

/** Whether a drafted claim's content holds token t. (A function: a closure over the loop's `t` would give every pass of the loop a new scope object.) */
function insideDraft(drafts: DraftClaim[], t: Token): boolean {
  for (const d of drafts) if (d.contentStart <= t.start && t.end <= d.contentEnd) return true;
  return false;
}

/**
 * The clause verbs among the tokens after `stop` and before `before`, right to left: the nearest whose subject
 * could speak (the scan ends there), else the leftmost with any subject. Tokens after `clauseStart` only.
 */
function scanClauseVerbs(ctx: Context, drafts: DraftClaim[], clauseStart: number, stop: number, before: number): { speaking: ClauseVerb | null; first: ClauseVerb | null } {
  const { tokens } = ctx;
  let first: ClauseVerb | null = null;
  for (let k = before - 1; k > stop; k--) {
    const t = tokens[k];
    // Verbs inside what someone else is reported to have said are not the reporting clause.
    if (t.quote >= 0 || insideDraft(drafts, t)) continue;
    // Finite verbs, progressive ones included ("has been steadily attacking"), not infinitives or participles.
    let aux = k - 1;
    while (aux > clauseStart && tokens[aux].pos === 'ADV') aux--;
    const progressive = t.lower.endsWith('ing') && tokens[aux].pos === 'AUX';
    // Finite verbs and copulas: "the statement was “true”" is mostly the reporter quoting the subject.
    // "Voss referenced/ADJ": a past form right after a name is its verb, whatever the tagger says.
    const beforeVerb = tokens[aux];
    const pastAfterName = t.pos === 'ADJ' && t.lower.endsWith('ed') && (beforeVerb.pos === 'PROPN' || SUBJECT_PRONOUNS.has(beforeVerb.lower));
    const finite = (t.pos === 'VERB' || pastAfterName || (t.pos === 'AUX' && /^(is|was|are|were)$/.test(t.lower))) && (!t.lower.endsWith('ing') || progressive) && tokens[k - 1].lower !== 'to';
    if (!finite) continue;
    let v = k;
    while (v - 1 > clauseStart && (tokens[v - 1].pos === 'AUX' || isBetweenSubjectAndVerb(tokens[v - 1]))) v--;
    const found = subjectLeft(ctx, v);
    // "it seemed “…”" describes; "it referenced “…”" (an institution) reports.
    if (!found || (tokens[found.head.last].lower === 'it' && /^(seem|seems|seemed|look|looks|looked|become|became)$/.test(t.lower))) continue;
    if (couldSpeak(tokens, found.head)) return { speaking: { verb: k, subject: found }, first };
    first = { verb: k, subject: found };
  }
  return { speaking: null, first };
}

/**
 * "“…,” Moss shot back." / "“…,” read one sign.": whatever the verb, a name and a verb right after a quote that
 * closes on a comma, "?" or "!" say who spoke it.
 */
export function quoteThenSpeakerClaims(ctx: Context, drafts: DraftClaim[]): readonly DraftClaim[] {
  // Most sentences hold no quote: nothing to read.
  if (!sentenceHasQuote(ctx)) return NO_DRAFTS;
  const { tokens, s, quotes } = ctx;
  const out: DraftClaim[] = [];
  const coverage = new QuoteCoverage(drafts);
  for (let i = s.first; i < s.last; i++) {
    if (!closesQuote(ctx, i)) continue;
    const q = quotes[tokens[i].quote];
    if (coverage.covers(q)) continue;
    const before = tokens[i].text.length > 1 ? tokens[i].text : tokens[i - 1]?.text ?? '';
    if (!/[,?!\u2014-]$/.test(before) && !(i - 1 >= s.first && /^[,?!]$/.test(tokens[i - 1].text))) continue;
    let k = i + 1;
    if (k <= s.last && isComma(tokens[k])) k++;
    if (k > s.last) continue;
    let subject: Subject | null = null;
    let verb = -1;
    // "a narrator in the video states": the speaker's noun phrase may carry its qualifiers.
    let npLast = nounPhraseWithModifiers(tokens, k, s.last);
    // "…,” the Rovers skipper/VERB added.": a word tagged as a verb right before a cue verb is the phrase's noun.
    const misread = npLast + 1;
    if (npLast >= 0 && misread + 1 <= s.last && tokens[misread].pos === 'VERB' && opensInLowerCase(tokens[misread].text) &&
        !CUE_WORDS.has(tokens[misread].lower) && tokens[misread + 1].pos === 'VERB' && CUE_WORDS.has(tokens[misread + 1].lower)) npLast = misread;
    const misreadNoun = npLast === misread;
    if (npLast >= 0) {
      let v = npLast + 1;
      while (v <= s.last && isBetweenSubjectAndVerb(tokens[v])) v++;
      // "…,” the defender who led Nigeria to the title hinted.": past a relative clause to its cue verb.
      if (v <= s.last && tokens[v].lower === 'who') {
        let c = v + 1;
        while (c <= s.last && c <= v + RELATIVE_CLAUSE_REACH && !(tokens[c].pos === 'VERB' && CUE_WORDS.has(tokens[c].lower) && tokens[c].quote < 0)) c++;
        if (c <= s.last && c <= v + RELATIVE_CLAUSE_REACH) v = c;
      }
      if (v <= s.last && (tokens[v].pos === 'VERB' || CUE_WORDS.has(tokens[v].lower)) && tokens[v].quote < 0) {
        verb = v;
        const headLast = misreadNoun ? npLast : Math.min(npLast, nounPhraseStartingAt(tokens, k, s.last));
        subject = { source: { first: k, last: npLast }, head: { first: k, last: headLast }, appositive: null };
      } else if (npLast > k && opensInLowerCase(tokens[npLast].text) && isProperLike(tokens[npLast - 1])) {
        // "Moss shot/NOUN back", "Voss notes/NOUN": after a quote, the lowercase word after a name is its verb.
        verb = npLast;
        subject = { source: { first: k, last: npLast - 1 }, head: { first: k, last: npLast - 1 }, appositive: null };
      }
    }
    if (!subject && tokens[k].pos === 'VERB') {
      const inverted = nounPhraseStartingAt(tokens, k + 1, s.last);
      if (inverted >= 0) {
        verb = k;
        subject = { source: { first: k + 1, last: inverted }, head: { first: k + 1, last: inverted }, appositive: null };
      }
    }
    if (!subject || !couldSpeak(tokens, subject.head)) continue;
    // "“…,” the station reported Ana Ruiz as saying.": the outlet passes on Ruiz's words; she speaks.
    const quotedPerson = asSayingObject(tokens, verb, s.last);
    if (quotedPerson) subject = { source: quotedPerson, head: quotedPerson, appositive: null };
    let a = i;
    while (a - 1 >= s.first && tokens[a - 1].quote === tokens[i].quote) a--;
    const cue = newCue(verb, verb, 'speech', tokens[verb].lower, 'phrase', false, false);
    const draft = withContinuation(ctx, make(ctx, { first: a, last: i }, cue, subject, 'inverted'), afterClause(ctx, Math.max(verb, subject.source.last) + 1));
    out.push(draft);
    coverage.add(draft);
  }
  return out;
}

/** How far past "who" a relative clause may run before the speaker's cue verb. */
const RELATIVE_CLAUSE_REACH = 30;

/** "reported Ana Ruiz as saying", "quoted the mayor as telling": the token range of the person quoted, or null. */
export function asSayingObject(tokens: Token[], verb: number, max: number): TokenRange | null {
  const last = nounPhraseStartingAt(tokens, verb + 1, max);
  if (last < 0 || last + 2 > max || tokens[last + 1].lower !== 'as') return null;
  return /^(saying|telling|stating|writing|adding|declaring)$/.test(tokens[last + 2].lower) ? { first: verb + 1, last } : null;
}
