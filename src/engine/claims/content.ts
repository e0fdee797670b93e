/**
 * What was said: the content to the right or left of a cue, and what may stand between.
 */
import type { CueMatch } from '../cues';
import { CUE_WORDS, HEARER_VERBS, SPEECH_NOUNS } from '../lexicon/cues';
import { nounPhraseStartingAt } from '../phrases';
import { POSSESSIVE_DETERMINERS, WEEKDAYS } from '../lexicon/names';
import type { Token } from '../tokens';
import { DraftClaim, SENTENCE_END, TIME_WORDS, CIRCUMSTANCE, CLAUSE_OPENERS, clauseFollows, Context, hasVerb, isComma, closesQuote, opensQuote, Subject, contentEndToken, Range, QUESTION_WORDS, quoteOverlaps } from './context';

/**
 * Verbs whose hearer is the subject of what they ask for ("urged voters to stay home"): the hearer belongs to the
 * content, as in "wants voters to stay home", unlike the hearer of "told voters that …".
 */
const HEARER_IN_CONTENT = new Set(['urge', 'encourage', 'invite', 'press', 'push', 'challenge', 'dare', 'beg', 'implore',
  'persuade', 'convince', 'order', 'instruct', 'ask']);

/** Skips what may stand between a cue and its content: hearers, times, places, "in a statement". */
export function skipToContent(ctx: Context, cue: CueMatch, from: number): number {
  const { tokens, s } = ctx;
  let i = from;
  if (i <= s.last && tokens[i].quote < 0 && tokens[i].lower !== 'that' && HEARER_VERBS.has(tokens[cue.first].lower)) {
    let objLast = nounPhraseStartingAt(tokens, i, s.last);
    // "told reporters his brother was innocent": a possessive after the hearer opens the content's subject.
    for (let k = i + 1; k <= objLast; k++) if (POSSESSIVE_DETERMINERS.has(tokens[k].lower)) { objLast = k - 1; break; }
    if (objLast >= 0) i = objLast + 1;
  }
  for (let steps = 0; steps < 6 && i <= s.last; steps++) {
    const t = tokens[i];
    if (t.quote >= 0 || QUESTION_WORDS.has(t.lower)) break;
    // ("half of the voters": a quantity before "of" opens the content, whatever the tagger calls it.)
    if ((TIME_WORDS.has(t.lower) && !determinerWithoutTime(tokens, i)) || (t.pos === 'ADV' && t.lower !== 'that' && t.lower !== 'not' && tokens[i + 1]?.lower !== 'of')) { i++; continue; }
    // "complained about the noise": there the "about" phrase is what was said, not a circumstance to skip.
    if (t.lower === 'about' && PREPOSITIONAL_CONTENT.has(cue.base)) break;
    if (t.pos === 'ADP' && t.lower !== 'that' && t.lower !== 'of' && t.lower !== 'to' && i + 1 <= s.last) {
      const npLast = nounPhraseStartingAt(tokens, i + 1, s.last);
      if (npLast >= 0 && npLast - i <= 6) { i = npLast + 1; continue; }
    }
    if (t.lower === 'to' && cue.cueClass !== 'infinitive' && i + 1 <= s.last) {
      const npLast = nounPhraseStartingAt(tokens, i + 1, s.last);
      if (npLast >= 0 && npLast - i <= 6) { i = npLast + 1; continue; }
      // "wrote to staff that …": the tagger may read "to staff" as an infinitive; one word before "that" is the hearer.
      if (i + 2 <= s.last && tokens[i + 2].lower === 'that' && /^\p{Ll}+$/u.test(tokens[i + 1].text)) { i += 2; continue; }
    }
    if (isComma(t) && i + 1 <= s.last && (opensQuote(ctx, i + 1) || tokens[i + 1].lower === 'that')) { i++; continue; }
    // "said, however, that …", "said — on the radio, as it happens — that …": an aside between commas or dashes.
    const asideEnd = isComma(t) ? asideBeforeThat(tokens, i, s.last) : -1;
    if (asideEnd > 0) { i = asideEnd + 1; continue; }
    break;
  }
  return i;
}

/** How many words an aside between a cue and its "that" may have. */
const MAX_ASIDE = 12;

/**
 * The comma or dash that closes an aside opened at token `open` when "that" follows it ("…, however, that"), within
 * a few words and outside quotes; else -1.
 */
function asideBeforeThat(tokens: Token[], open: number, last: number): number {
  for (let k = open + 2; k < last && k <= open + MAX_ASIDE; k++) {
    if (tokens[k].quote >= 0) return -1;
    if (isComma(tokens[k]) && tokens[k + 1].lower === 'that' && tokens[k + 1].quote < 0) return k;
  }
  return -1;
}

/** "has not said", "never explained", "didn't say": a negation within two words before the cue. */
function negated(tokens: Token[], cueFirst: number, min: number): boolean {
  for (let k = cueFirst - 1; k >= min && k >= cueFirst - 2; k--) {
    if (tokens[k].lower === 'not' || tokens[k].lower === "n't" || tokens[k].lower === 'n\u2019t' || tokens[k].lower === 'never') return true;
  }
  return false;
}

/** "this", "last", "next" are a time only before one ("this week"); "believe this provides …" opens the content. */
function determinerWithoutTime(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.lower !== 'this' && t.lower !== 'last' && t.lower !== 'next') return false;
  const next = tokens[i + 1];
  return !next || !TIME_WORDS.has(next.lower);
}

/** Speech verbs whose noun-phrase object is not something said ("added troops", "charged a fee"). */
export const NO_OBJECT_CONTENT = new Set(['say', 'tell', 'add', 'charge', 'post', 'text', 'cable', 'message', 'brief', 'signal',
  'counter', 'continue', 'answer', 'thunder', 'fume', 'vent', 'leak', 'project', 'estimate', 'repeat', 'correct', 'detail',
  'blog', 'email', 'observe', 'shout', 'cry', 'inform', 'remind', 'assure', 'reassure', 'caution', 'advise', 'notify', 'warn',
  'concur', 'wonder', 'maintain']);

/** Speech verbs whose "of"/"about" phrase is what was said ("warned of delays", "complained about noise"). */
const PREPOSITIONAL_CONTENT = new Set(['warn', 'complain', 'boast', 'brag', 'caution', 'speak', 'talk']);

/** Verbs that say how something was said, and mean something else without a quote ("snapped a streak"). */
const MANNER_OF_SPEAKING = new Set(['snap', 'grumble', 'muse', 'gush', 'scoff', 'sneer', 'thunder', 'fume', 'quip', 'bark', 'growl', 'hiss', 'rage']);

/** Documents and counts show what they hold: "a poll showed the mayor leading", "records show no donation". */
export function documentSubject(tokens: Token[], subject: Subject | null): boolean {
  if (!subject) return false;
  const head = tokens[subject.head.last].lower;
  return SPEECH_NOUNS.has(head) || (head.endsWith('s') && SPEECH_NOUNS.has(head.slice(0, -1))) || head === 'polls' || head === 'results';
}

/** Verbs of judgement that report an object and what it is judged to be: "considers her honest". */
const JUDGEMENT_VERBS = new Set(['consider', 'deem', 'find', 'judge', 'believe']);

/**
 * "Ms. Ruiz honest", "the two rivals little known", "the plan a mistake": a noun phrase opening at `i`, then (past
 * adverbs) an adjective or a second noun phrase that says what it is judged to be.
 */
function smallClauseAt(tokens: Token[], i: number, limit: number): boolean {
  if (!CLAUSE_OPENERS.has(tokens[i].pos) || tokens[i].pos === 'ADJ') return false;
  const end = nounPhraseStartingAt(tokens, i, limit);
  if (end < 0) return false;
  let k = end + 1;
  while (k <= limit && tokens[k].pos === 'ADV' && tokens[k].quote < 0) k++;
  const next = tokens[k];
  // (An adjective, or an indefinite second noun phrase: "a mistake"; "the" would open the next phrase of the sentence.)
  return k <= limit && next.quote < 0 && (next.pos === 'ADJ' || next.lower === 'a' || next.lower === 'an');
}

/** What follows the cue, or null when nothing reportable does. */
export function contentRight(ctx: Context, cue: CueMatch, limit: number, subject: Subject | null = null): { range: Range; explicitThat: boolean; chars?: [number, number] } | null {
  const { tokens } = ctx;
  let i = skipToContent(ctx, cue, cue.last + 1);
  if (i > limit) return null;
  let explicitThat = false;
  let wantedObject = false;
  // "warn of widespread cases", "complained about the delays": what they warned of is what they said.
  if ((tokens[i]?.lower === 'of' || tokens[i]?.lower === 'about') && i + 1 <= limit && tokens[i].quote < 0 && PREPOSITIONAL_CONTENT.has(cue.base)) {
    const last = contentEndToken(ctx, i + 1, limit);
    if (last > i) return { range: { first: i + 1, last }, explicitThat: false };
  }
  const t = tokens[i];
  if (t.lower === 'that' && t.quote < 0 && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) {
    const afterThat = tokens[i + 1];
    // "said that was wrong" (pronoun that) still introduces the content; keep "that" out of it either way.
    if (t.pos === 'SCONJ' || (afterThat && afterThat.pos !== 'VERB' && afterThat.pos !== 'AUX')) explicitThat = true;
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
  } else if ((cue.base === 'ask' || cue.base === 'wonder' || cue.base === 'question' || cue.complement === 'question' || negated(tokens, cue.first, ctx.s.first)) && QUESTION_WORDS.has(t.lower)) {
    // "asked whether the vote would hold", "has not said when it would open": the question is the content.
  } else if (cue.cueClass === 'that') {
    // "thinks the plan will fail", "a poll shows the mayor leads": a bare clause with its own subject and verb.
    const shows = (cue.base === 'show' || cue.base === 'find' || cue.base === 'suggest') && documentSubject(tokens, subject) && CLAUSE_OPENERS.has(t.pos);
    // "deems Ms. Ruiz honest", "found the two rivals little known": a judgement's object and what it is judged to be.
    const judged = t.quote < 0 && JUDGEMENT_VERBS.has(cue.base) && smallClauseAt(tokens, i, limit);
    if (!shows && !judged && !(CLAUSE_OPENERS.has(t.pos) && clauseFollows(tokens, i, limit))) return null;
  } else if (cue.cueClass === 'infinitive' && t.lower === 'to' && !opensInfinitive(tokens, i + 1, limit)) {
    // "wanted in connection to the homicide", "wants to the point": "to" before a noun is a preposition.
    return null;
  } else if (cue.cueClass === 'infinitive' && t.lower !== 'to' && !HEARER_VERBS.has(tokens[cue.first].lower)) {
    if (cue.form === 'phrase' && cue.base.endsWith(' to')) { /* "is expected to" already took "to" */ }
    // "wants the board to resign", "expects prices to fall": who is to act, and the act, are what is wanted.
    else if (agentOfInfinitive(tokens, i, limit)) { /* the content opens with the agent */ }
    // "wants a new levy", "sought the nomination": what is wanted or sought, a noun phrase, is the content too.
    // (Not a gerund: "declining sales" is a participle that describes its noun.)
    else if (cue.form !== 'phrase' && cue.form !== 'gerund' && OBJECT_OPENER_TAGS.has(t.pos)) wantedObject = true;
    else if (cue.form === 'phrase') return null;
    // Else ("wants it", "hoped so") they report only with "to …" or "that …".
    else if (cue.base !== 'promise' && cue.base !== 'vow' && cue.base !== 'pledge' && cue.base !== 'agree') return null;
  } else if (isComma(t) || SENTENCE_END.has(t.text) || CIRCUMSTANCE.has(t.lower)) {
    // Nothing, or "said Friday as he entered the talks": a subordinate clause is circumstance, not content.
    return null;
  }
  if (i > limit) return null;
  let last = contentEndToken(ctx, i, limit);
  if (last < i) return null;
  // "opposed the tax, down from …", "endorsed her – they appeared …": an object ends with its phrase.
  if ((cue.cueClass === 'object' || wantedObject) && !explicitThat && tokens[i].quote < 0) last = objectEnd(tokens, i, last);
  last = beforeWritersWords(tokens, i, last);
  // A bare clause after a speech verb must at least look like a clause or a quote; "say" and "tell" are
  // trusted with any few words (the tagger misses verbs such as "proposals offer").
  // "said yes", "said so": an answer word alone is what was said.
  // "said the same", "say the opposite": a whole answer by reference to another.
  const sameAnswer = t.lower === 'the' && i + 1 <= last && (tokens[i + 1].lower === 'same' || tokens[i + 1].lower === 'opposite');
  const trusted = (cue.base === 'say' || cue.base === 'tell') && (last - i >= 2 || sameAnswer || (last === i && ANSWER_WORDS.has(t.lower)));
  // "snapped it to a teammate", "fumed at the delay": verbs of manner report only a quote, a colon or "that".
  if (!explicitThat && tokens[i].quote < 0 && t.text !== ':' && MANNER_OF_SPEAKING.has(cue.base)) return null;
  if (!explicitThat && !trusted && cue.cueClass === 'speech' && tokens[i].quote < 0 && t.text !== ':') {
    // "announced a plan", "noted the mayor's comments", "denied the allegations": most speech verbs also report
    // through a noun phrase; "added troops" or "posted a loss" do not.
    const reportsObject = (t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'PRON' && t.lower !== 'it')) && !NO_OBJECT_CONTENT.has(cue.base);
    if (!hasVerb(tokens, i, last) && !reportsObject) return null;
  }
  // "urged voters to stay home": the hearer of a request is who is to act, so the content opens with it.
  const first = t.lower === 'to' && i > cue.last + 1 && HEARER_IN_CONTENT.has(cue.base) && tokens[cue.last + 1].quote < 0 &&
    nounPhraseStartingAt(tokens, cue.last + 1, i - 1) >= 0 ? cue.last + 1 : i;
  return { range: { first, last }, explicitThat };
}

/**
 * "said the decision, which struck down the limits, shows …": a comma after the relative clause and a verb resume
 * the clause the relative clause interrupted. Looks from token `from` to the next comma outside quotes.
 */
function clauseResumes(tokens: Token[], from: number, last: number): boolean {
  for (let m = from; m < last; m++) {
    if (tokens[m].quote >= 0 || !isComma(tokens[m])) continue;
    const next = tokens[m + 1];
    return next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && (tokens[m + 2]?.pos === 'VERB' || tokens[m + 2]?.pos === 'AUX'));
  }
  return false;
}

/** Words that stand alone for a whole answer: "said yes", "said so". */
const ANSWER_WORDS = new Set(['yes', 'no', 'so']);

/** Words that, after a comma, open the writer's contrast with what was said: "…, but …", "…, while others …". */
const WRITERS_CONTRAST = new Set(['but', 'while', 'whereas']);

/**
 * "said the vote was close, but the count goes on", "said he backs the bill, which includes …", "pleaded guilty to
 * fraud; the court …": a comma and "but", "while" or "whereas" (the writer's contrast) or "which" (the writer's note on the last noun), or a
 * semicolon, outside quotes end what was said; the content ends before them. On PolNeAR train ", and" with a clause
 * after it, and ", who", gain nothing: they end lists and shared clauses as often as the writer's words. Returns `last` when no such turn comes after `first`.
 */
function beforeWritersWords(tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (tokens[k].text === ';' && tokens[k].quote < 0) return k - 1;
    if (tokens[k].text !== ',' || tokens[k].quote >= 0 || tokens[k + 1].quote >= 0) continue;
    if (WRITERS_CONTRAST.has(tokens[k + 1].lower) || concession(tokens, k + 1) || (tokens[k + 1].lower === 'which' && !clauseResumes(tokens, k + 2, last))) return k - 1;
  }
  return last;
}

/**
 * ", although …", ", though …": the writer's concession after what was said. (", even though …" and ", even as …" were
 * measured on PolNeAR train too: 3 of 7 claims more matched and a lower F1 at 80%, so they are left out.)
 */
function concession(tokens: Token[], k: number): boolean {
  return tokens[k].lower === 'although' || tokens[k].lower === 'though';
}

/**
 * Where an object content ends: before the first comma, dash, parenthesis or semicolon outside quotes
 * ("supported it and Ruiz, as he has before" ends at "Ruiz"; "endorsed her – they appeared …" at "her").
 */
function objectEnd(tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k];
    if (t.quote >= 0) continue;
    // "the angry, divisive tone", "cited slow growth, unemployment and …": a comma inside the object's noun phrase or list.
    if (t.text === ',' && (betweenAdjectives(tokens, k) || listGoesOn(tokens, k, last) || phraseListGoesOn(tokens, k, last))) continue;
    if (isComma(t) || t.text === '(' || t.text === '\u2013' || (t.text === '-' && !joinsWord(tokens, k)) || t.text === ';') return k - 1;
    // "endorsed Ruiz last week and has appeared with her": a time or a new predicate ends the object.
    // ("… and rising prices": a participle before its noun describes it, and the list goes on.)
    // ("cutting the levy and building a ferry": a gerund after "and" is the next item of an object of gerunds.)
    if ((startsTime(tokens, k) || ((t.lower === 'and' || t.lower === 'but') && (tokens[k + 1]?.pos === 'AUX' || (tokens[k + 1]?.pos === 'VERB' && !describesNoun(tokens, k + 1) && !gerundsInParallel(tokens, first, k + 1)))))) return k - 1;
  }
  return last;
}

/** Whether the object opening at `first` and the word at `k` after its "and" are both gerunds: items of one list. */
function gerundsInParallel(tokens: Token[], first: number, k: number): boolean {
  return tokens[first].pos === 'VERB' && tokens[first].lower.endsWith('ing') && tokens[k].lower.endsWith('ing');
}

/** "rising prices": a participle in -ing right before a noun. */
function describesNoun(tokens: Token[], k: number): boolean {
  return tokens[k].lower.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN';
}

/** "the angry, divisive rhetoric": a comma between two adjectives of one noun. */
function betweenAdjectives(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADJ' && tokens[k + 1].quote < 0;
}

/** How many words an item of a list may have ("slow growth, unemployment and rising inequality"). */
const MAX_LIST_ITEM = 6;

/**
 * "cited slow growth, unemployment and rising inequality": after the comma at token `k`, a short noun phrase and
 * then "and", "or" or another comma: the object is a list, which goes on past the comma.
 */
export function listGoesOn(tokens: Token[], k: number, last: number): boolean {
  const itemLast = nounPhraseStartingAt(tokens, k + 1, Math.min(last, k + MAX_LIST_ITEM));
  const after = tokens[itemLast + 1];
  if (itemLast < 0 || !after || itemLast + 1 > last || after.quote >= 0) return false;
  if (tokens.slice(k + 1, itemLast + 1).some((w) => w.quote >= 0 || w.pos === 'PRON')) return false;
  return after.lower === 'and' || after.lower === 'or' || (after.text === ',' && ['and', 'or'].includes(tokens[itemLast + 2]?.lower ?? ''));
}

/** How many words an item of a list of longer phrases may have ("limiting the number of unpledged delegates"). */
const MAX_PHRASE_ITEM = 12;

/**
 * "supported eliminating caucuses, limiting the number of delegates and binding them", "voiced concerns over his
 * views, his record and his staff": after the comma at token `k`, items of a phrase's words (no finite verb, no quote,
 * no parenthesis) up to an "and" or "or" within a few words: the object is a list of phrases, which goes on.
 */
function phraseListGoesOn(tokens: Token[], k: number, last: number): boolean {
  let words = 0;
  for (let m = k + 1; m <= last && m <= k + MAX_PHRASE_ITEM; m++) {
    const t = tokens[m];
    if (t.quote >= 0 || t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.text === ';' || t.text === '(' || t.text === ':') return false;
    if (t.lower === 'and' || t.lower === 'or') return words > 0;
    if (isComma(t)) {
      if (words === 0 || t.text !== ',') return false;
      words = 0;
      continue;
    }
    words++;
  }
  return false;
}

/** "last week", "on Tuesday", "yesterday": a time phrase after an object, which is circumstance, not content. */
function startsTime(tokens: Token[], k: number): boolean {
  const t = tokens[k], next = tokens[k + 1];
  if (t.lower === 'yesterday' || t.lower === 'today' || t.lower === 'tonight') return true;
  if (t.lower === 'last' && next && /^(week|month|year|night|spring|summer|fall|autumn|winter)$/.test(next.lower)) return true;
  return t.lower === 'on' && !!next && WEEKDAYS.has(next.lower);
}

/** "ever-growing": a hyphen with a word touching it on each side joins one word; a spaced "-" is a dash. */
export function joinsWord(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1], next = tokens[k + 1];
  return !!prev && !!next && prev.end === tokens[k].start && tokens[k].end === next.start;
}

/** Tags that open a noun phrase object: "a new levy", "Ana Ruiz", "votes", "two seats". */
const OBJECT_OPENER_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'NUM']);

/** A short noun phrase at token `i` followed by "to" and a verb: "the board to resign", "prices to fall". */
function agentOfInfinitive(tokens: Token[], i: number, limit: number): boolean {
  const last = nounPhraseStartingAt(tokens, i, limit);
  return last >= 0 && last - i < 6 && last + 2 <= limit && tokens[last + 1].lower === 'to' && tokens[last + 1].quote < 0 &&
    opensInfinitive(tokens, last + 2, limit);
}

/** A verb right after "to", or after an adverb or two ("to quickly end"): an infinitive, not a preposition. */
function opensInfinitive(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k <= limit && k <= from + 2; k++) {
    const pos = tokens[k].pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos !== 'ADV' && pos !== 'PART') return false;
  }
  return false;
}

/**
 * The sentence's first cue word outside quotes (past its end when none), found once per sentence: every cue of
 * a long sentence asks, and scanning from the sentence's start each time grew with the square of its length.
 */
function firstUnquotedCueWord(ctx: Context): number {
  if (ctx.firstCueWord === undefined) {
    const { tokens, s } = ctx;
    let k = s.first;
    while (k <= s.last && !(tokens[k].quote < 0 && CUE_WORDS.has(tokens[k].lower))) k++;
    ctx.firstCueWord = k;
  }
  return ctx.firstCueWord;
}

/** Whether the quote opening at token `a` starts in lower case after unquoted words with no quote of their own. */
function continuesClause(ctx: Context, a: number): boolean {
  const { tokens, s } = ctx;
  let w = a;
  while (w <= s.last && w < a + 3 && tokens[w].quote === tokens[a].quote && !/\p{L}/u.test(tokens[w].text)) w++;
  // (The scan stops after three tokens, so the token reached may hold no letter at all: '#“““"'.)
  const letter = w <= s.last && tokens[w].quote === tokens[a].quote ? tokens[w].text.match(/\p{L}/u) : null;
  const firstLetter = letter ? letter[0] : '';
  if (!firstLetter || firstLetter === firstLetter.toUpperCase()) return false;
  return !quoteOverlaps(ctx.quotes, tokens[s.first].start, tokens[a].start);
}

/** What precedes the clause of the cue, when that clause closes the sentence: "…,” he said." */
export function contentLeft(ctx: Context, clauseFirst: number): Range | null {
  const { tokens, s, quotes } = ctx;
  let b = clauseFirst - 1;
  if (b < s.first) return null;
  if (closesQuote(ctx, b)) {
    const q = quotes[tokens[b].quote];
    let a = b;
    while (a - 1 >= s.first && tokens[a - 1].quote === tokens[b].quote) a--;
    // “I don't think the old rule” -- that … -- “will hold,” he says: one quote, split.
    if (a > s.first && opensQuote(ctx, s.first) && firstUnquotedCueWord(ctx) >= a) a = s.first;
    // "The board will pick a date “and hold to it,” Ruiz said": a quote that opens mid-clause (in lower case) finishes
    // the speaker's own sentence, whose unquoted start is part of what was said.
    if (a > s.first && tokens[a].start === q.start && continuesClause(ctx, a) && firstUnquotedCueWord(ctx) >= a) a = s.first;
    if (tokens[a].start === q.start || a === s.first) return { first: a, last: b };
  }
  // "MARLOWE: I have not decided": what stands before a colon is a label, not something said.
  if (!isComma(tokens[b])) return null;
  b--;
  if (b < s.first) return null;
  return { first: s.first, last: b };
}

export function afterClause(ctx: Context, from: number): number {
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

/**
 * "confirmed that Ana “had signed” and that Tom “would sign”": coordinated "that" clauses that each quote their own
 * words are two attributions; without quotes of their own they share one claim ("said that A and that B"). Split no
 * further than token `before`: without that bound every cue of "X said that A and that B and Y said that …" would
 * split the rest of the sentence again, drafts growing with the square of the sentence.
 */
export function splitQuotedCoordinates(ctx: Context, range: Range, before: number): Range[] {
  const { tokens } = ctx;
  const parts: Range[] = [];
  let first = range.first;
  for (let k = range.first + 1; k < range.last && k < before; k++) {
    const t = tokens[k];
    if (t.quote >= 0 || tokens[k + 1].lower !== 'that' || tokens[k + 1].quote >= 0) continue;
    if (t.lower !== 'and' && t.lower !== 'but') continue;
    let end = k - 1;
    if (isComma(tokens[end])) end--;
    if (end >= first) parts.push({ first, last: end });
    first = k + 1;
  }
  if (first <= range.last) parts.push({ first, last: range.last });
  if (parts.length < 2) return [range];
  for (const part of parts) if (!holdsQuotedToken(tokens, part)) return [range];
  return parts;
}

/**
 * Whether a token of range r stands in a quote. (A function of its own, not a closure over `tokens`: a closure's
 * captured variables are allocated on every call of the function that holds it, whether or not it runs.)
 */
function holdsQuotedToken(tokens: Token[], r: Range): boolean {
  for (let k = r.first; k <= r.last; k++) if (tokens[k].quote >= 0) return true;
  return false;
}

/** "“A,” he said, “B.”": the second quote continues the first. */
export function withContinuation(ctx: Context, draft: DraftClaim, trailing: number): DraftClaim {
  const { tokens, s, quotes } = ctx;
  let i = trailing;
  if (i <= s.last && isComma(tokens[i])) i++;
  if (i <= s.last && opensQuote(ctx, i)) {
    const q = quotes[tokens[i].quote];
    if (q.end <= tokens[s.last].end) draft.contentEnd = q.end;
  }
  return draft;
}
