/**
 * Builds draft claims sentence by sentence from cues: who (a token range), how (the cue) and what (a character
 * range). The speaker is the subject of the cue, never simply the nearest name.
 */
import { findCues, CueMatch } from './cues';
import { CUE_WORDS, HEARER_VERBS, SPEECH_NOUNS } from './lexicon/cues';
import { GROUP_HEADS, NOT_NAMES, ORGANIZATION_HEADS, ROLE_HEADS, SUBJECT_PRONOUNS } from './lexicon/names';
import { isBetweenSubjectAndVerb, isProperLike, nounPhraseEndingAt, nounPhraseStartingAt, nounPhraseWithModifiers, parenthesisClosing, parenthesisOpening } from './phrases';
import type { Quote } from './quotes';
import type { Token } from './tokens';
import type { Sentence } from './units';

export interface TokenRange { first: number; last: number }

export type Pattern = 'quoted' | 'subject' | 'inverted' | 'according' | 'participle' | 'passive' | 'colon' | 'continuation';

export interface DraftClaim {
  contentStart: number;
  contentEnd: number;
  cue: CueMatch | null;
  /** The speaking noun phrase, appositive included ("Dmitri S. Peskov, the Kremlin spokesperson"). */
  source: TokenRange | null;
  /** The noun phrase alone, without its appositive. */
  head: TokenRange | null;
  appositive: TokenRange | null;
  sentence: number;
  pattern: Pattern;
  /** For continuations: the draft whose speaker this one inherits. */
  continues?: DraftClaim;
}

const SENTENCE_END = new Set(['.', '!', '?', ';', ':', ',', '\u2014', '--', '-']);
const TIME_WORDS = new Set([...NOT_NAMES].filter((w) => /day$|uary$|ber$|^march$|^april$|^may$|^june$|^july$|^august$/.test(w))
  .concat(['yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year',
    'morning', 'afternoon', 'evening', 'night', 'late', 'early', 'recently', 'again', 'publicly', 'privately']));

/** Conjunctions that open a circumstance after a cue ("said Friday as he left"), unlike "if" or "because". */
const CIRCUMSTANCE = new Set(['as', 'while', 'after', 'before', 'since', 'when', 'during', 'once', 'until']);
const SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'because', 'if', 'when', 'after', 'since', 'whereas', 'before', 'unless', 'once']);

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/** A subject then a finite verb within a few words: "the plan will fail", "the mayor leads". */
function clauseFollows(tokens: Token[], i: number, limit: number): boolean {
  for (let k = i + 1; k <= limit && k <= i + 6; k++) {
    const t = tokens[k];
    if (t.quote >= 0 || isComma(t)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

interface Context { tokens: Token[]; quotes: Quote[]; s: Sentence; index: number; next?: Sentence }

function isComma(t: Token | undefined): boolean { return !!t && (t.text === ',' || t.text === '\u2014' || t.text === '--'); }
function closesQuote(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.quote >= 0 && t.end === ctx.quotes[t.quote].end;
}
function opensQuote(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.quote >= 0 && t.start === ctx.quotes[t.quote].start;
}

interface Subject { source: TokenRange; head: TokenRange; appositive: TokenRange | null }

function looksLikeAppositive(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first];
  if (!t || first > last) return false;
  if (tokens.slice(first, last + 1).some((x) => x.pos === 'VERB' && x.lower !== 'who')) {
    return t.lower === 'who' || t.lower === 'which';
  }
  return t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' ||
    (t.pos === 'PRON' && (t.lower === 'his' || t.lower === 'her' || t.lower === 'their' || t.lower === 'its'));
}

/** A subject that names someone who can speak: a name, a pronoun, or a person, group, body or document noun. */
function couldSpeak(tokens: Token[], r: TokenRange): boolean {
  const head = tokens[r.last];
  if (head.pos === 'PRON') return SUBJECT_PRONOUNS.has(head.lower) || head.lower === 'who';
  for (let k = r.first; k <= r.last; k++) if (tokens[k].pos === 'PROPN' || isProperLike(tokens[k])) return true;
  return ROLE_HEADS.has(head.lower) || GROUP_HEADS.has(head.lower) || ORGANIZATION_HEADS.has(head.lower) || SPEECH_NOUNS.has(head.lower);
}

/** A noun phrase that can be a subject: not a time ("said Friday", "in 2010 said"). */
function canSpeak(tokens: Token[], last: number): boolean {
  const head = tokens[last];
  return !TIME_WORDS.has(head.lower) && !/^\d{4}s?$/.test(head.text);
}

/** The subject to the left of the cue: skips "has also", and an appositive or parenthetical between commas. */
function subjectLeft(ctx: Context, cueFirst: number): Subject | null {
  const { tokens, s } = ctx;
  let j = cueFirst - 1;
  while (j >= s.first && isBetweenSubjectAndVerb(tokens[j]) && tokens[j].quote < 0) j--;
  // "“…,” Ada Kern, the analyst who founded a site, tweeted": the name after the quote, past its appositive.
  if (j > s.first && !isComma(tokens[j]) && tokens[j].quote < 0) {
    const named = nameAfterQuote(ctx, j + 1);
    if (named) return named;
  }
  // "Holt on Saturday criticized", "the ministry last week said": a time between subject and verb.
  if (j > s.first && TIME_WORDS.has(tokens[j].lower)) {
    let k = j - 1;
    while (k > s.first && (TIME_WORDS.has(tokens[k].lower) || /^(on|this|last|early|late|earlier|later)$/.test(tokens[k].lower))) k--;
    if (k >= s.first && k < j && (nounPhraseEndingAt(tokens, k, s.first) >= 0 || tokens[k].text === ')')) j = k;
    while (j >= s.first && isBetweenSubjectAndVerb(tokens[j]) && tokens[j].quote < 0) j--;
  }
  if (j < s.first) return null;
  // "Rep. Dana Holt (D-Ore.) said": the party and state stay out of the way, though inside the source.
  const open = parenthesisOpening(tokens, j, s.first);
  if (open > s.first) {
    const a = nounPhraseEndingAt(tokens, open - 1, s.first);
    if (a >= 0) return { head: { first: a, last: open - 1 }, appositive: null, source: { first: a, last: j } };
  }
  if (isComma(tokens[j]) && !closesQuote(ctx, j - 1)) {
    // "“…,” Leo Brandt, 30, of Dayton, Ohio, who was polled, said": after a quote, the name that follows it
    // speaks, whatever the commas between.
    const named = nameAfterQuote(ctx, j);
    if (named) return named;
    // "Marta Reyes, the editor of the paper, El Diario, said": the name that opens a chain of
    // appositives speaks, not the last noun before the verb.
    const opening = namedAppositiveChain(ctx, j);
    if (opening) return opening;
    for (let k = j - 1; k > s.first && k >= j - 30; k--) {
      if (tokens[k].quote >= 0) break;
      if (!isComma(tokens[k])) continue;
      // "Rep. Leo Marsh (R-N.D.), a panel member, said"
      const open = parenthesisOpening(tokens, k - 1, s.first);
      const nounEnd = open > s.first ? open - 1 : k - 1;
      const a = nounPhraseEndingAt(tokens, nounEnd, s.first);
      if (a < 0 || !canSpeak(tokens, k - 1)) return null;
      const aside = looksLikeAppositive(tokens, k + 1, j - 1);
      return {
        head: { first: a, last: nounEnd },
        appositive: aside && tokens[k + 1].lower !== 'who' ? { first: k + 1, last: j - 1 } : null,
        source: aside && tokens[k + 1].lower !== 'who' ? { first: a, last: j - 1 } : { first: a, last: k - 1 },
      };
    }
    return null;
  }
  // "Joe Smith, who said …": the relative pronoun speaks for the noun before it.
  if ((tokens[j].lower === 'who' || tokens[j].lower === 'which') && j - 1 > s.first) {
    const antecedentLast = isComma(tokens[j - 1]) ? j - 2 : j - 1;
    const b = nounPhraseEndingAt(tokens, antecedentLast, s.first);
    if (b >= 0) return { head: { first: b, last: antecedentLast }, appositive: null, source: { first: b, last: j } };
    return null;
  }
  const a = nounPhraseEndingAt(tokens, j, s.first);
  if (a < 0 || !canSpeak(tokens, j)) return null;
  if (a - 2 >= s.first && tokens[a - 1].pos === 'ADP') {
    const outer = nounPhraseEndingAt(tokens, a - 2, s.first);
    if (outer >= 0) return { head: { first: outer, last: a - 2 }, appositive: null, source: { first: outer, last: j } };
  }
  // "a spokeswoman, Ines Roa, said" is caught above; "Ines Roa, a spokeswoman" ends here at "spokeswoman".
  if (a - 1 > s.first && isComma(tokens[a - 1])) {
    for (let k = a - 2; k >= s.first && k >= a - 12; k--) {
      if (isComma(tokens[k]) || tokens[k].quote >= 0) break;
      if (k === s.first || isComma(tokens[k - 1]) || tokens[k - 1].quote >= 0) {
        const b = nounPhraseEndingAt(tokens, a - 2, s.first);
        if (b >= 0 && b <= k && tokens[a - 2].pos === 'PROPN' && tokens[j].pos !== 'PROPN') {
          return { head: { first: b, last: a - 2 }, appositive: { first: a, last: j }, source: { first: b, last: j } };
        }
        break;
      }
    }
  }
  return { head: { first: a, last: j }, appositive: null, source: { first: a, last: j } };
}

function namedAppositiveChain(ctx: Context, j: number): Subject | null {
  const { tokens, s } = ctx;
  let best: Subject | null = null;
  let commas = 0;
  for (let k = j - 1; k > s.first && k >= j - 40; k--) {
    if (tokens[k].quote >= 0) break;
    if (!isComma(tokens[k])) continue;
    commas++;
    const a = nounPhraseEndingAt(tokens, k - 1, s.first);
    if (a < 0) continue;
    const opensSegment = a === s.first || isComma(tokens[a - 1]) || tokens[a - 1].quote >= 0;
    const named = tokens.slice(a, k).some((t) => t.pos === 'PROPN') && canSpeak(tokens, k - 1);
    if (opensSegment && named && commas >= 2) best = { head: { first: a, last: k - 1 }, appositive: { first: k + 1, last: j - 1 }, source: { first: a, last: j - 1 } };
  }
  // Only when a person's name opens the chain; "In Moscow, …" or a place list is no subject.
  return best && isPersonLikeName(tokens, best.head) ? best : null;
}

function isPersonLikeName(tokens: Token[], r: TokenRange): boolean {
  let capitalised = 0;
  for (let k = r.first; k <= r.last; k++) if (tokens[k].pos === 'PROPN' || isProperLike(tokens[k])) capitalised++;
  return capitalised >= 2 && !PLACE_WORDS.has(tokens[r.last].lower);
}
const PLACE_WORDS = new Set(['county', 'city', 'state', 'street', 'avenue', 'district', 'province', 'region']);

/** The name that follows a closing quote and a comma, with the appositive running up to token `j`. */
function nameAfterQuote(ctx: Context, j: number): Subject | null {
  const { tokens, s } = ctx;
  let b = j - 1;
  while (b >= s.first && b >= j - 30 && tokens[b].quote < 0) b--;
  if (b < s.first || !closesQuote(ctx, b)) return null;
  let first = b + 1;
  if (isComma(tokens[first])) first++;
  const last = nounPhraseStartingAt(tokens, first, j - 1);
  if (last < 0 || last >= j - 1 || !isComma(tokens[last + 1])) return null;
  if (!tokens.slice(first, last + 1).some((t) => t.pos === 'PROPN' || isProperLike(t))) return null;
  return { head: { first, last }, appositive: { first: last + 2, last: j - 1 }, source: { first, last: j - 1 } };
}

/** The subject right after the cue ("…,” said Mr. Peskov, the Kremlin spokesperson). */
function subjectRight(ctx: Context, cue: CueMatch): Subject | null {
  const { tokens, s } = ctx;
  let i = cue.last + 1;
  if (i > s.last) return null;
  let last = nounPhraseStartingAt(tokens, i, s.last);
  if (last < 0) return null;
  const close = parenthesisClosing(tokens, last + 1, s.last);
  const headLast = last;
  if (close > 0) last = close;
  let end = last;
  let appositive: TokenRange | null = null;
  if (isComma(tokens[last + 1]) && last + 2 <= s.last && looksLikeAppositive(tokens, last + 2, last + 2)) {
    const apLast = nounPhraseStartingAt(tokens, last + 2, s.last);
    if (apLast >= 0) { appositive = { first: last + 2, last: apLast }; end = apLast; }
  }
  return { head: { first: i, last: headLast }, appositive, source: { first: i, last: end } };
}

/** Skips what may stand between a cue and its content: hearers, times, places, "in a statement". */
function skipToContent(ctx: Context, cue: CueMatch, from: number): number {
  const { tokens, s } = ctx;
  let i = from;
  if (HEARER_VERBS.has(tokens[cue.first].lower) && i <= s.last && tokens[i].lower !== 'that' && tokens[i].quote < 0) {
    const objLast = nounPhraseStartingAt(tokens, i, s.last);
    if (objLast >= 0) i = objLast + 1;
  }
  for (let steps = 0; steps < 6 && i <= s.last; steps++) {
    const t = tokens[i];
    if (t.quote >= 0 || QUESTION_WORDS.test(t.lower)) break;
    if (TIME_WORDS.has(t.lower) || (t.pos === 'ADV' && t.lower !== 'that' && t.lower !== 'not')) { i++; continue; }
    if (t.pos === 'ADP' && t.lower !== 'that' && t.lower !== 'of' && t.lower !== 'to' && i + 1 <= s.last) {
      const npLast = nounPhraseStartingAt(tokens, i + 1, s.last);
      if (npLast >= 0 && npLast - i <= 6) { i = npLast + 1; continue; }
    }
    if (t.lower === 'to' && cue.cueClass !== 'infinitive' && i + 1 <= s.last) {
      const npLast = nounPhraseStartingAt(tokens, i + 1, s.last);
      if (npLast >= 0 && npLast - i <= 6) { i = npLast + 1; continue; }
    }
    if (isComma(t) && i + 1 <= s.last && (opensQuote(ctx, i + 1) || tokens[i + 1].lower === 'that')) { i++; continue; }
    break;
  }
  return i;
}

function contentEndToken(ctx: Context, from: number, limit: number): number {
  const { tokens } = ctx;
  let last = limit;
  while (last >= from && SENTENCE_END.has(tokens[last].text) && tokens[last].quote < 0) last--;
  return last;
}

interface Range { first: number; last: number }

/** What follows the cue, or null when nothing reportable does. */
/** Speech verbs whose noun-phrase object is not something said ("added troops", "charged a fee"). */
const NO_OBJECT_CONTENT = new Set(['say', 'tell', 'add', 'charge', 'post', 'text', 'cable', 'message', 'brief', 'signal',
  'counter', 'continue', 'answer', 'thunder', 'fume', 'vent', 'leak', 'project', 'estimate', 'repeat', 'correct', 'detail',
  'blog', 'email', 'observe', 'shout', 'cry', 'inform', 'remind', 'assure', 'reassure', 'caution', 'advise', 'notify', 'warn']);

const QUESTION_WORDS = /^(whether|if|why|what|how|who|whom|when|where|which)$/;

/** Documents and counts show what they hold: "a poll showed the mayor leading", "records show no donation". */
function documentSubject(tokens: Token[], subject: Subject | null): boolean {
  if (!subject) return false;
  const head = tokens[subject.head.last].lower;
  return SPEECH_NOUNS.has(head) || SPEECH_NOUNS.has(head.replace(/s$/, '')) || head === 'polls' || head === 'results';
}

function contentRight(ctx: Context, cue: CueMatch, limit: number, subject: Subject | null = null): { range: Range; explicitThat: boolean; chars?: [number, number] } | null {
  const { tokens } = ctx;
  let i = skipToContent(ctx, cue, cue.last + 1);
  if (i > limit) return null;
  let explicitThat = false;
  const t = tokens[i];
  if (t.lower === 'that' && t.quote < 0 && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) {
    const afterThat = tokens[i + 1];
    // "said that was wrong" (pronoun that) still introduces the content; keep "that" out of it either way.
    if (t.pos === 'SCONJ' || (afterThat && afterThat.pos !== 'VERB' && afterThat.pos !== 'AUX')) { i++; explicitThat = true; }
  } else if (t.text === ':' ) {
    i++;
    if (i > limit && ctx.next && opensQuote(ctx, ctx.next.first)) {
      const q = ctx.quotes[tokens[ctx.next.first].quote];
      return { range: { first: ctx.next.first, last: ctx.next.first }, explicitThat: false, chars: [q.start, q.end] };
    }
  } else if (t.quote >= 0) {
    // A quote straight after the cue is the content; it runs on to the sentence's end only when little
    // follows it ("said, “…” to reporters."), so a run of "“…” he said, “…” he said, …" stays linear.
    const q = ctx.quotes[t.quote];
    let after = i;
    while (after <= limit && tokens[after].start < q.end) after++;
    if (limit - after > 5) return { range: { first: i, last: after - 1 }, explicitThat: false };
  } else if ((cue.base === 'ask' || cue.base === 'wonder' || cue.base === 'question') && QUESTION_WORDS.test(t.lower)) {
    // "asked whether the vote would hold": the question is the content.
  } else if (cue.cueClass === 'that') {
    // "thinks the plan will fail", "a poll shows the mayor leads": a bare clause with its own subject and verb.
    const shows = (cue.base === 'show' || cue.base === 'find' || cue.base === 'suggest') && documentSubject(tokens, subject) && CLAUSE_OPENERS.has(t.pos);
    if (!shows && !(CLAUSE_OPENERS.has(t.pos) && clauseFollows(tokens, i, limit))) return null;
  } else if (cue.cueClass === 'infinitive' && t.lower !== 'to' && !HEARER_VERBS.has(tokens[cue.first].lower)) {
    if (cue.form === 'phrase' && cue.base.endsWith(' to')) { /* "is expected to" already took "to" */ }
    else if (cue.form === 'phrase') return null;
    // "want", "hope" and friends report only with "to …" or "that …".
    else if (cue.base !== 'promise' && cue.base !== 'vow' && cue.base !== 'pledge' && cue.base !== 'agree') return null;
  } else if (isComma(t) || SENTENCE_END.has(t.text) || CIRCUMSTANCE.has(t.lower)) {
    // Nothing, or "said Friday as he entered the talks": a subordinate clause is circumstance, not content.
    return null;
  }
  if (i > limit) return null;
  const last = contentEndToken(ctx, i, limit);
  if (last < i) return null;
  // A bare clause after a speech verb must at least look like a clause or a quote; "say" and "tell" are
  // trusted with any few words (the tagger misses verbs such as "proposals offer").
  const trusted = (cue.base === 'say' || cue.base === 'tell') && last - i >= 2;
  if (!explicitThat && !trusted && cue.cueClass === 'speech' && tokens[i].quote < 0 && t.text !== ':') {
    let hasVerb = false;
    for (let k = i; k <= last && !hasVerb; k++) hasVerb = tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
    // "announced a plan", "noted the mayor's comments", "denied the allegations": most speech verbs also report
    // through a noun phrase; "added troops" or "posted a loss" do not.
    const reportsObject = !NO_OBJECT_CONTENT.has(cue.base) && (t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'PRON' && t.lower !== 'it'));
    if (!hasVerb && !reportsObject) return null;
  }
  return { range: { first: i, last }, explicitThat };
}

/** What precedes the clause of the cue, when that clause closes the sentence: "…,” he said." */
function contentLeft(ctx: Context, clauseFirst: number): Range | null {
  const { tokens, s, quotes } = ctx;
  let b = clauseFirst - 1;
  if (b < s.first) return null;
  if (closesQuote(ctx, b)) {
    const q = quotes[tokens[b].quote];
    let a = b;
    while (a - 1 >= s.first && tokens[a - 1].quote === tokens[b].quote) a--;
    // “I don't think the old rule” -- that … -- “will hold,” he says: one quote, split.
    if (a > s.first && opensQuote(ctx, s.first) && !tokens.slice(s.first, a).some((t) => t.quote < 0 && CUE_WORDS.has(t.lower))) a = s.first;
    if (tokens[a].start === q.start || a === s.first) return { first: a, last: b };
  }
  // "MARLOWE: I have not decided": what stands before a colon is a label, not something said.
  if (!isComma(tokens[b])) return null;
  b--;
  if (b < s.first) return null;
  return { first: s.first, last: b };
}

function afterClause(ctx: Context, from: number): number {
  // Skip time and place trailing the cue clause ("…, he said on Friday in Moscow").
  const { tokens, s } = ctx;
  let i = from;
  for (let steps = 0; steps < 8 && i <= s.last; steps++) {
    const t = tokens[i];
    if (TIME_WORDS.has(t.lower) || t.pos === 'ADV') { i++; continue; }
    if (t.pos === 'ADP' && i + 1 <= s.last) {
      const npLast = nounPhraseStartingAt(tokens, i + 1, s.last);
      if (npLast >= 0) { i = npLast + 1; continue; }
    }
    break;
  }
  return i;
}

function splitCoordinated(ctx: Context, range: Range): Range[] {
  const { tokens } = ctx;
  const parts: Range[] = [];
  let first = range.first;
  for (let k = range.first + 1; k < range.last; k++) {
    const t = tokens[k];
    if (t.quote >= 0 || tokens[k + 1].lower !== 'that' || tokens[k + 1].quote >= 0) continue;
    if (t.lower !== 'and' && t.lower !== 'but' && !(isComma(t) && tokens[k + 1].pos === 'SCONJ')) continue;
    let end = k - 1;
    if (isComma(tokens[end])) end--;
    if (end >= first) parts.push({ first, last: end });
    first = k + 2;
  }
  if (first <= range.last) parts.push({ first, last: range.last });
  return parts;
}

function charRange(ctx: Context, r: Range): [number, number] {
  const { tokens, quotes } = ctx;
  let start = tokens[r.first].start;
  let end = tokens[r.last].end;
  // A content that opens inside a quote whose mark starts earlier (a quote split over sentences) takes the mark too.
  const qa = tokens[r.first].quote;
  if (qa >= 0 && quotes[qa].start < start && quotes[qa].start >= tokens[ctx.s.first].start) start = quotes[qa].start;
  const qb = tokens[r.last].quote;
  if (qb >= 0 && quotes[qb].end > end && quotes[qb].end <= tokens[ctx.s.last].end) end = quotes[qb].end;
  return [start, end];
}

export function draftSentenceClaims(tokens: Token[], quotes: Quote[], s: Sentence, index: number, next?: Sentence): DraftClaim[] {
  const ctx: Context = { tokens, quotes, s, index, next };
  const cues = findCues(tokens, s.first, s.last);
  const drafts: DraftClaim[] = [];
  let previous: DraftClaim | null = null;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    // Content on the right ends where a following participle cue (", adding that …") starts its own claim.
    let limit = s.last;
    const next = cues[c + 1];
    const beforeNext = next ? tokens[next.first - 1] : undefined;
    if (next && beforeNext && (isComma(beforeNext) || ['and', 'but'].includes(beforeNext.lower))) {
      limit = next.first - 2;
      if (limit >= s.first && isComma(tokens[limit])) limit--;
    }
    const made = draftFromCue(ctx, cue, limit, previous);
    drafts.push(...made);
    if (made.length > 0) previous = made[made.length - 1];
  }
  const transcript = transcriptClaim(ctx);
  if (transcript) drafts.unshift(transcript);
  else if (drafts.length === 0) {
    const signed = colonClaim(ctx) ?? dashClaim(ctx);
    if (signed) drafts.push(signed);
  }
  drafts.push(...quoteThenSpeakerClaims(ctx, drafts));
  drafts.push(...quotedClauseClaims(ctx, drafts));
  const introduced = introducedQuote(ctx, drafts);
  if (introduced) drafts.push(introduced);
  return drafts;
}

function make(ctx: Context, range: Range, cue: CueMatch | null, subject: Subject | null, pattern: Pattern): DraftClaim {
  const [contentStart, contentEnd] = charRange(ctx, range);
  return {
    contentStart, contentEnd, cue, source: subject?.source ?? null, head: subject?.head ?? null,
    appositive: subject?.appositive ?? null, sentence: ctx.index, pattern,
  };
}

function draftFromCue(ctx: Context, cue: CueMatch, limit: number, previous: DraftClaim | null): DraftClaim[] {
  const { tokens, s } = ctx;
  if (cue.sourceAfter) {
    const subject = subjectRight(ctx, cue);
    if (!subject) return [];
    if (cue.base.startsWith('as ')) {
      const left = contentLeft(ctx, cue.first);
      return left ? [make(ctx, left, cue, subject, 'according')] : [];
    }
    // "According to X, …", "…, according to X." or "…, according to X, …".
    const sourceLast = Math.max(subject.source.last, nounPhraseWithModifiers(tokens, cue.last + 1, s.last));
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
          if (tokens[k].quote >= 0 || (tokens[k].pos === 'VERB' && k === after && !/(ed|en|wn)$/.test(tokens[k].lower))) break;
          if ((tokens[k].pos === 'AUX') || (tokens[k].pos === 'VERB' && k > after)) break;
          if (isComma(tokens[k])) { comma = k + 1; break; }
        }
      }
      const contentFirst = comma;
      const contentLast = contentEndToken(ctx, contentFirst, s.last);
      return contentLast >= contentFirst ? [make(ctx, { first: contentFirst, last: contentLast }, cue, subject, 'according')] : [];
    }
    const left = contentLeft(ctx, cue.first);
    if (left) {
      const last = commaAfter && rightLast >= after ? rightLast : left.last;
      return [make(ctx, { first: left.first, last }, cue, subject, 'according')];
    }
    // "… by forty votes according to a tally by the clerk, but …": no comma, the clause before is the content.
    if (cue.first - 1 > s.first && (after > s.last || SENTENCE_END.has(tokens[after - 1].text) || commaAfter)) {
      return [make(ctx, { first: s.first, last: cue.first - 1 }, cue, subject, 'according')];
    }
    return [];
  }

  // ", calling it …": the noun before the comma is not the participle's subject (see below).
  const participle = cue.form === 'gerund' && cue.first - 1 >= s.first && isComma(tokens[cue.first - 1]);
  let subject = cue.passive || participle ? null : subjectLeft(ctx, cue.first);
  // "Mayor Hale made the following comment:": a noun that cannot speak, governed by a verb, is that verb's object.
  if (subject && !couldSpeak(tokens, subject.head) && subject.source.first - 1 > s.first && tokens[subject.source.first - 1].pos === 'VERB') {
    const governing = subjectOfNearestVerb(ctx, subject.source.first);
    if (governing && couldSpeak(tokens, governing.head)) subject = governing;
  }
  let pattern: Pattern = 'subject';
  if (subject && tokens[subject.head.last].pos === 'PRON' && ['it', 'there'].includes(tokens[subject.head.last].lower) && cue.passive) subject = null;
  const joined = cue.first - 1 >= s.first && ['and', 'but', 'or'].includes(tokens[cue.first - 1].lower);
  if (!subject && (cue.form === 'gerund' || joined)) {
    // ", saying that …", "… but indicated …": the speaker is the subject of the clause before, which is the
    // previous claim's speaker when that claim runs up to here, else the subject of the nearest verb.
    pattern = 'participle';
    const right = contentRight(ctx, cue, limit);
    if (!right) return [];
    const adjacent = previous && previous.sentence === ctx.index && previous.contentEnd >= tokens[cue.first - 2]?.start;
    if (adjacent) return [{ ...make(ctx, right.range, cue, null, pattern), continues: previous! }];
    const verbSubject = subjectOfNearestVerb(ctx, cue.first - 1);
    return verbSubject ? [make(ctx, right.range, cue, verbSubject, pattern)] : [];
  }
  if (cue.passive) {
    const right = contentRight(ctx, cue, limit);
    if (!right || !right.explicitThat) return [];
    return [make(ctx, right.range, cue, null, 'passive')];
  }
  if (!subject) {
    // Inversion: "…,” said Mr. Peskov." The cue must follow a comma or a closing quote.
    const before = cue.first - 1;
    if (before >= s.first && (isComma(tokens[before]) || closesQuote(ctx, before))) {
      const inverted = subjectRight(ctx, cue);
      if (inverted) {
        // Whatever follows the named speaker (an appositive, "(D-Ore.)", "as he left") is not the content.
        const trailing = afterClause(ctx, inverted.source.last + 1);
        const left = contentLeft(ctx, cue.first);
        if (left) return [withContinuation(ctx, make(ctx, left, cue, inverted, 'inverted'), trailing)];
      }
    }
    return [];
  }

  // "While X said A, Y …": the content ends with the subordinate clause.
  if (subject && SUBORDINATORS.has(tokens[s.first].lower) && subject.source.first <= s.first + 2) {
    for (let k = cue.last + 1; k < limit; k++) {
      if (tokens[k].text === ',' && tokens[k].quote < 0) { limit = k - 1; break; }
    }
  }
  // "“…,” she said two weeks later": a quote just before the subject is the content.
  const beforeSubject = subject.source.first - 1;
  if (beforeSubject >= s.first && (closesQuote(ctx, beforeSubject) || (isComma(tokens[beforeSubject]) && closesQuote(ctx, beforeSubject - 1)))) {
    const left = contentLeft(ctx, subject.source.first);
    // Only a quote that opens the sentence; "On the station's “Morning Desk,” Hale said …" names a show.
    if (left && left.first === s.first) return [withContinuation(ctx, make(ctx, left, cue, subject, 'inverted'), afterClause(ctx, skipToContent(ctx, cue, cue.last + 1)))];
  }
  const right = contentRight(ctx, cue, limit, subject);
  if (right) {
    if (right.chars) {
      const draft = make(ctx, right.range, cue, subject, 'subject');
      [draft.contentStart, draft.contentEnd] = right.chars;
      return [draft];
    }
    const parts = right.explicitThat ? splitCoordinated(ctx, right.range) : [right.range];
    return parts.map((part) => make(ctx, part, cue, subject, 'subject'));
  }
  if (cue.cueClass === 'object') return [];
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
  if (trailing <= s.last && !SENTENCE_END.has(tokens[trailing].text)) return [];
  const left = contentLeft(ctx, subject.source.first);
  if (!left) return [];
  // "In the end, Ms. Lund said, the voters …": the cue interrupts the content, which goes on after it.
  if (trailing < s.last && isComma(tokens[trailing]) && clauseFollows(tokens, trailing, s.last)) {
    const first = left.last - left.first < 3 ? trailing + 1 : left.first;
    return [make(ctx, { first, last: contentEndToken(ctx, trailing + 1, s.last) }, cue, subject, 'subject')];
  }
  return [withContinuation(ctx, make(ctx, left, cue, subject, 'inverted'), trailing)];
}

/** The subject of the closest finite verb before token `before` whose subject could speak, outside quotes. */
function subjectOfNearestVerb(ctx: Context, before: number): Subject | null {
  const { tokens, s } = ctx;
  let fallback: Subject | null = null;
  for (let k = before - 1; k > s.first; k--) {
    const t = tokens[k];
    if (t.quote >= 0) continue;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) {
      let j = k;
      while (j - 1 > s.first && (tokens[j - 1].pos === 'AUX' || isBetweenSubjectAndVerb(tokens[j - 1]))) j--;
      const found = subjectLeft(ctx, j);
      if (found && couldSpeak(tokens, found.head)) return found;
      fallback ??= found;
    }
  }
  return fallback;
}

/** "“A,” he said, “B.”": the second quote continues the first. */
function withContinuation(ctx: Context, draft: DraftClaim, trailing: number): DraftClaim {
  const { tokens, s, quotes } = ctx;
  let i = trailing;
  if (i <= s.last && isComma(tokens[i])) i++;
  if (i <= s.last && opensQuote(ctx, i)) {
    const q = quotes[tokens[i].quote];
    if (q.end <= tokens[s.last].end) draft.contentEnd = q.end;
  }
  return draft;
}

/** "HALE: Well, …" — an interview transcript: a capitalised speaker label opens the paragraph. */
function transcriptClaim(ctx: Context): DraftClaim | null {
  const { tokens, s } = ctx;
  let first = s.first;
  if (first > 0 && tokens[first - 1].paragraph === tokens[first].paragraph) return null;
  if (opensQuote(ctx, first)) first++;
  let label = first;
  while (label <= s.last && label < first + 3 && /^[\p{Lu}.'\u2019-]{2,}$/u.test(tokens[label].text)) label++;
  if (label === first || label > s.last || tokens[label].text !== ':' || label + 1 > s.last) return null;
  // The turn runs to the end of the paragraph.
  let end = s.last;
  while (end + 1 < tokens.length && tokens[end + 1].paragraph === tokens[s.last].paragraph) end++;
  const subject: Subject = { source: { first, last: label - 1 }, head: { first, last: label - 1 }, appositive: null };
  const cue: CueMatch = { first: label, last: label, cueClass: 'speech', base: ':', form: 'phrase', sourceAfter: false, passive: false };
  const draft = make(ctx, { first: label + 1, last: s.last }, cue, subject, 'colon');
  draft.contentEnd = tokens[end].end;
  return draft;
}

/** "Mr. Smith: “…”", "… doesn’t surprise pollster Ada Kern: “…”" — a name, a colon and a quote. */
function colonClaim(ctx: Context): DraftClaim | null {
  const { tokens, s } = ctx;
  let colon = -1;
  for (let k = s.first + 1; k < s.last; k++) if (tokens[k].text === ':' && tokens[k].quote < 0 && opensQuote(ctx, k + 1)) { colon = k; break; }
  if (colon < 0) return null;
  const npFirst = nounPhraseEndingAt(tokens, colon - 1, s.first);
  const npLast = colon - 1;
  if (npFirst < 0 || !tokens.slice(npFirst, npLast + 1).some((t) => t.pos === 'PROPN' || isProperLike(t))) return null;
  const subject: Subject = { source: { first: npFirst, last: npLast }, head: { first: npFirst, last: npLast }, appositive: null };
  const last = contentEndToken(ctx, npLast + 2, s.last);
  const cue: CueMatch = { first: npLast + 1, last: npLast + 1, cueClass: 'speech', base: ':', form: 'phrase', sourceAfter: false, passive: false };
  return make(ctx, { first: npLast + 2, last }, cue, subject, 'colon');
}

const DASHES = new Set(['\u2015', '\u2014', '\u2013', '-', '--']);

/** "“…” ― Jane Doe": a quote signed with a dash and a name. */
function dashClaim(ctx: Context): DraftClaim | null {
  const { tokens, s } = ctx;
  let last = s.last;
  while (last > s.first && tokens[last].text === '.') last--;
  for (let d = s.first + 1; d < last && d <= s.first + 200; d++) {
    if (!DASHES.has(tokens[d].text) || !closesQuote(ctx, d - 1)) continue;
    const npLast = nounPhraseStartingAt(tokens, d + 1, last);
    if (npLast !== last || !tokens.slice(d + 1, last + 1).some((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text))) return null;
    const left = contentLeft(ctx, d);
    if (!left) return null;
    const subject: Subject = { source: { first: d + 1, last }, head: { first: d + 1, last }, appositive: null };
    const cue: CueMatch = { first: d, last: d, cueClass: 'speech', base: tokens[d].text, form: 'phrase', sourceAfter: true, passive: false };
    return make(ctx, left, cue, subject, 'colon');
  }
  return null;
}

/**
 * A quote inside a sentence that no cue explains ("The minister dismissed the report as “a fairy tale”") belongs to the
 * subject of the clause that holds it: the verb before the quote is the cue.
 */
function quotedClauseClaims(ctx: Context, drafts: DraftClaim[]): DraftClaim[] {
  const { tokens, s, quotes } = ctx;
  const out: DraftClaim[] = [];
  let covered = drafts.map((d) => [d.contentStart, d.contentEnd] as [number, number]);
  for (let i = s.first; i <= s.last; i++) {
    if (!opensQuote(ctx, i)) continue;
    const q = quotes[tokens[i].quote];
    if (covered.some(([a, b]) => Math.min(b, q.end) - Math.max(a, q.start) >= (q.end - q.start) / 2)) continue;
    // The main clause's verb: the first finite verb of the sentence (or after its last semicolon) that has a
    // subject; the quote's own clause is usually embedded in it.
    let clauseStart = s.first;
    for (let k = i - 1; k > s.first; k--) if (tokens[k].text === ';' && tokens[k].quote < 0) { clauseStart = k + 1; break; }
    let verb = -1;
    let subject: Subject | null = null;
    // The nearest verb whose subject could speak (a person, a group, an organisation, a document); else the
    // first verb of the clause with any subject.
    let fallback: { verb: number; subject: Subject } | null = null;
    for (let k = i - 1; k > clauseStart && !subject; k--) {
      const t = tokens[k];
      // Verbs inside what someone else is reported to have said are not the reporting clause.
      if (t.quote >= 0 || drafts.some((d) => d.contentStart <= t.start && t.end <= d.contentEnd)) continue;
      // Finite verbs, progressive ones included ("has been steadily attacking"), not infinitives or participles.
      let aux = k - 1;
      while (aux > clauseStart && tokens[aux].pos === 'ADV') aux--;
      const progressive = t.lower.endsWith('ing') && tokens[aux].pos === 'AUX';
      // Finite verbs and copulas: "the statement was “true”" is mostly the reporter quoting the subject.
      // "Voss referenced/ADJ": a past form right after a name is its verb, whatever the tagger says.
      const beforeVerb = tokens[aux + 1 === k ? aux : k - 1];
      const pastAfterName = t.pos === 'ADJ' && t.lower.endsWith('ed') && (beforeVerb.pos === 'PROPN' || SUBJECT_PRONOUNS.has(beforeVerb.lower));
      const finite = (t.pos === 'VERB' || pastAfterName || (t.pos === 'AUX' && /^(is|was|are|were)$/.test(t.lower))) && (!t.lower.endsWith('ing') || progressive) && tokens[k - 1].lower !== 'to';
      if (!finite) continue;
      let v = k;
      while (v - 1 > clauseStart && (tokens[v - 1].pos === 'AUX' || isBetweenSubjectAndVerb(tokens[v - 1]))) v--;
      const found = subjectLeft(ctx, v);
      // "it seemed “…”" describes; "it referenced “…”" (an institution) reports.
      if (!found || (tokens[found.head.last].lower === 'it' && /^(seem|seems|seemed|look|looks|looked|become|became)$/.test(t.lower))) continue;
      if (couldSpeak(tokens, found.head)) { subject = found; verb = k; } else fallback = { verb: k, subject: found };
    }
    if (!subject && fallback) ({ verb, subject } = fallback);
    if (!subject || verb < 0) continue;
    const cue: CueMatch = { first: verb, last: verb, cueClass: 'object', base: tokens[verb].lower, form: 'phrase', sourceAfter: false, passive: false };
    const last = contentEndToken(ctx, verb + 1, s.last);
    if (last < verb + 1) continue;
    const draft = make(ctx, { first: verb + 1, last }, cue, subject, 'quoted');
    out.push(draft);
    covered = covered.concat([[draft.contentStart, draft.contentEnd]]);
  }
  return out;
}

function covers(drafts: DraftClaim[], q: Quote): boolean {
  return drafts.some((d) => Math.min(d.contentEnd, q.end) - Math.max(d.contentStart, q.start) >= (q.end - q.start) / 2);
}

/**
 * "“…,” Moss shot back." / "“…,” read one sign.": whatever the verb, a name and a verb right after a quote that
 * closes on a comma, "?" or "!" say who spoke it.
 */
function quoteThenSpeakerClaims(ctx: Context, drafts: DraftClaim[]): DraftClaim[] {
  const { tokens, s, quotes } = ctx;
  const out: DraftClaim[] = [];
  for (let i = s.first; i < s.last; i++) {
    if (!closesQuote(ctx, i)) continue;
    const q = quotes[tokens[i].quote];
    if (covers(drafts, q) || covers(out, q)) continue;
    const before = tokens[i].text.length > 1 ? tokens[i].text : tokens[i - 1]?.text ?? '';
    if (!/[,?!\u2014-]$/.test(before) && !(i - 1 >= s.first && /^[,?!]$/.test(tokens[i - 1].text))) continue;
    let k = i + 1;
    if (k <= s.last && isComma(tokens[k])) k++;
    if (k > s.last) continue;
    let subject: Subject | null = null;
    let verb = -1;
    // "a narrator in the video states": the speaker's noun phrase may carry its qualifiers.
    const npLast = nounPhraseWithModifiers(tokens, k, s.last);
    if (npLast >= 0) {
      let v = npLast + 1;
      while (v <= s.last && isBetweenSubjectAndVerb(tokens[v])) v++;
      if (v <= s.last && (tokens[v].pos === 'VERB' || CUE_WORDS.has(tokens[v].lower)) && tokens[v].quote < 0) {
        verb = v;
        const headLast = Math.min(npLast, nounPhraseStartingAt(tokens, k, s.last));
        subject = { source: { first: k, last: npLast }, head: { first: k, last: headLast }, appositive: null };
      } else if (npLast > k && /^\p{Ll}/u.test(tokens[npLast].text) && isProperLike(tokens[npLast - 1])) {
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
    let a = i;
    while (a - 1 >= s.first && tokens[a - 1].quote === tokens[i].quote) a--;
    const cue: CueMatch = { first: verb, last: verb, cueClass: 'speech', base: tokens[verb].lower, form: 'phrase', sourceAfter: false, passive: false };
    out.push(withContinuation(ctx, make(ctx, { first: a, last: i }, cue, subject, 'inverted'), afterClause(ctx, Math.max(verb, subject.source.last) + 1)));
  }
  return out;
}

/**
 * "A 17-year-old student echoed:" then a quote in the next paragraph: a sentence that ends with a colon
 * introduces the quote after it, spoken by its claim's speaker or else by its main clause's subject.
 */
function introducedQuote(ctx: Context, drafts: DraftClaim[]): DraftClaim | null {
  const { tokens, s, next, quotes } = ctx;
  if (!next || tokens[s.last].text !== ':' || !opensQuote(ctx, next.first)) return null;
  const q = quotes[tokens[next.first].quote];
  if (drafts.some((d) => d.contentEnd >= q.start)) return null;
  const speaking = [...drafts].reverse().find((d) => d.source || d.continues);
  let draft: DraftClaim;
  if (speaking) {
    draft = { ...speaking, continues: speaking.source ? undefined : speaking.continues };
  } else {
    // "The book quotes former adviser Omar Haddad:": a name right before the colon speaks; else the subject.
    const namedFirst = nounPhraseEndingAt(tokens, s.last - 1, s.first);
    const named = namedFirst > s.first && isProperLike(tokens[s.last - 1]) && tokens[namedFirst - 1].pos !== 'ADP'
      ? { source: { first: namedFirst, last: s.last - 1 }, head: { first: namedFirst, last: s.last - 1 }, appositive: null } : null;
    const subject = named ?? subjectOfNearestVerb(ctx, s.last);
    if (!subject || !couldSpeak(tokens, subject.head)) return null;
    let verb = s.last - 1;
    while (verb > subject.source.last && tokens[verb].pos !== 'VERB') verb--;
    const cue: CueMatch | null = verb > subject.source.last ? { first: verb, last: verb, cueClass: 'speech', base: tokens[verb].lower, form: 'phrase', sourceAfter: false, passive: false } : null;
    draft = make(ctx, { first: s.last, last: s.last }, cue, subject, 'colon');
  }
  [draft.contentStart, draft.contentEnd] = [q.start, q.end];
  return draft;
}
