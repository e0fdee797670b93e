/** Finds the reporting cues of a sentence: verbs and phrases that introduce what someone said. */
import { CUE_WORDS, CueClass, CueWord, GENERATED_CUE_WORDS, GeneratedCueWord, HEARER_VERBS, ISSUING_VERBS, PHRASE_CUES, SOURCE_AFTER_PHRASES, SPEECH_ACT_NOUNS, SPEECH_NOUNS, STANCE_ADJECTIVES, SURVEY_PARTICIPLES } from './lexicon/cues';
import { isPeopleNoun } from './resolution/notActors';
import { GROUP_HEADS, ORGANIZATION_HEADS, ROLE_HEADS } from './lexicon/names';
import { inflect, type VerbForm } from './lexicon/inflect';
import { regardsAs, SEEING_VERBS } from './lexicon/seeingAs';
import { matchInPoll } from './pollCues';
import { matchStanceAdjective } from './adjectiveCues';
import { Complement, complementAfter, complementStart, CONTENT_PREPOSITIONS } from './complements';
import type { Token } from './tokens';
import { capitalisedRunEnd } from './phrases';
import { opensInLowerCase, opensWithCapital } from './letters';

export interface CueMatch {
  first: number;
  last: number;
  cueClass: CueClass;
  /** The verb's base form, or the phrase itself. */
  base: string;
  form: VerbForm | 'phrase';
  /** "according to X", "as stated by X": the source follows the cue. */
  sourceAfter: boolean;
  /** "was told", "were reported": the subject heard or was reported on, it did not speak. */
  passive: boolean;
  /** A verb of the generated lexicon: the complement that made it a cue (its speaker must be able to speak). */
  complement?: Complement;
  /** "voters saying they …", "Neighbors supporting Ms. Ruiz": a participle modifying the noun before it. */
  modifiesNoun?: boolean;
  /** "took to the radio to say …", "used the speech to call …": an infinitive whose speaker is the clause's subject. */
  afterTo?: boolean;
  /**
   * "by calling …", "after saying …": the index of the preposition before a gerund whose speaker is the clause's
   * subject; for a participle that opens the sentence ("Recalling that night, Ruiz …"), the participle's own index.
   */
  preposition?: number;
}

/**
 * A cue with every field of CueMatch present from the start, the optional ones undefined until a matcher sets them.
 * Cues are read in many places while drafting; objects of one shape keep V8's property loads there monomorphic,
 * where fields added after creation gave each combination its own shape (and a property store allocated per cue).
 */
export function newCue(first: number, last: number, cueClass: CueClass, base: string, form: VerbForm | 'phrase', sourceAfter: boolean, passive: boolean): CueMatch {
  return { first, last, cueClass, base, form, sourceAfter, passive, complement: undefined, modifiesNoun: undefined, afterTo: undefined, preposition: undefined };
}

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '\u2019s']);

/**
 * A phrase cue with what matchPhrase makes of it worked out once: the phrase was joined from its words again, and
 * looked up in PHRASE_CUES and SOURCE_AFTER_PHRASES, at every match.
 */
interface PhraseCue {
  words: readonly string[];
  phrase: string;
  cueClass: CueClass;
  /** "as stated by X", "according to X": the source follows the cue. */
  sourceAfter: boolean;
  /** "is expected to": someone expects, and the subject is what is expected of, not who expects it. */
  passive: boolean;
}

/** The phrase cues by their first word, longest first. */
const PHRASES: Map<string, PhraseCue[]> = (() => {
  const byFirst = new Map<string, PhraseCue[]>();
  for (const phrase of Object.keys(PHRASE_CUES)) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, phrase, cueClass: PHRASE_CUES[phrase], sourceAfter: SOURCE_AFTER_PHRASES.has(phrase), passive: BE.has(words[0]) });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0], list);
  }
  return byFirst;
})();

/**
 * ", called the Harbor Trust, will …": a determiner, then capitalised words only, then a comma: a name given to the
 * noun before, not the object of a speaker's "called" ("called the Herald a rag").
 */
function nameBetweenCommas(tokens: Token[], det: number): boolean {
  if (tokens[det].pos !== 'DET') return false;
  const end = capitalisedRunEnd(tokens, det + 1, tokens.length - 1);
  return end > det + 1 && tokens[end]?.text === ',';
}

/** Negations between a form of "be" and its participle: "is not expected", "wasn’t widely seen". */
const NEGATIONS = new Set(['not', "n't", 'n\u2019t', 'never']);

/**
 * Whether a form of "be" stands right before token i, past at most two adverbs or negations ("was reported", "is
 * not expected", "has been widely criticized", "wasn’t widely expected"): the participle at i is then passive.
 */
export function afterBe(tokens: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first && k >= i - 3; k--) {
    const t = tokens[k];
    if (BE.has(t.lower)) return !perfectHas(tokens, k, i);
    if (t.pos !== 'ADV' && !NEGATIONS.has(t.lower)) return false;
  }
  return false;
}
/** Pronouns whose "'s" may be "has": "he's said", "she's claimed"; after a name it is more often a possessive ("Hale's leaked memo"). */
const HAS_PRONOUNS = new Set(['he', 'she', 'who']);
/** Words after a participle that mark a passive: "he's said to be", "she's seen as", "he's been called by". */
const PASSIVE_AFTER = new Set(['to', 'as', 'by']);

/**
 * "he's said he will run", "she's predicted big wins": a "'s" at k after "he", "she" or "who", before the participle at
 * i, is "has" (the perfect, active) when no passive mark follows the participle ("he's said to be furious" is "is").
 */
function perfectHas(tokens: Token[], k: number, i: number): boolean {
  if ((tokens[k].lower !== "'s" && tokens[k].lower !== '\u2019s') || k - 1 < 0 || !HAS_PRONOUNS.has(tokens[k - 1].lower)) return false;
  const next = tokens[i + 1];
  return !!next && !PASSIVE_AFTER.has(next.lower) && next.quote < 0;
}

const DETERMINERS = new Set(['DET', 'ADJ', 'NUM']);

/** The phrase cue at token i of those that open with its word (`candidates`, longest first), or null. */
function matchPhrase(tokens: Token[], i: number, first: number, last: number, candidates: readonly PhraseCue[]): CueMatch | null {
  for (const candidate of candidates) {
    const { words } = candidate;
    if (i + words.length - 1 > last) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].lower === words[k] && tokens[i + k].quote < 0;
    if (!ok) continue;
    const match = newCue(i, i + words.length - 1, candidate.cueClass, candidate.phrase, 'phrase', candidate.sourceAfter, candidate.passive);
    if (phraseAfterTo(tokens, i, first, words[0])) match.afterTo = true;
    return match;
  }
  return null;
}

/**
 * "was careful to point out that …", "took the stage to call for …": a phrase whose first word is a verb's base form,
 * right after "to", reports for the subject of the verb before it, as a single cue word does there (matchVerb); not
 * after a cue word, which takes the infinitive as its own content, nor after a hedge (claims/seeming.ts).
 */
function phraseAfterTo(tokens: Token[], i: number, first: number, head: string): boolean {
  if (i - 2 < first || tokens[i - 1].lower !== 'to' || tokens[i - 1].quote >= 0) return false;
  const entry = CUE_WORDS.get(head) ?? GENERATED_CUE_WORDS.get(head);
  if (!entry || entry.form !== 'base') return false;
  return !cueTakesInfinitive(tokens, i - 2) && !HEDGE_VERBS.has(tokens[i - 2].lower) && !hedgedStateBefore(tokens, i - 2, first);
}

/**
 * Whether the word at `k`, right before "to", is a cue that takes the infinitive after it as its own content ("vowed
 * to veto"): a cue word other than a verb of aspect, and not a noun after a determiner or adjective spelt like one
 * ("stayed after the show to talk about …", "a new plan to speak out …").
 */
function cueTakesInfinitive(tokens: Token[], k: number): boolean {
  const word = tokens[k].lower;
  if (!CUE_WORDS.has(word) || ASPECT_VERBS.has(word)) return false;
  return !(tokens[k].pos === 'NOUN' && k > 0 && DETERMINERS.has(tokens[k - 1].pos));
}

/** "issued a flood warning", "released a statement": an issuing verb whose object, a few words on, is a speech act. */
function matchIssuing(tokens: Token[], i: number, last: number): CueMatch | null {
  const t = tokens[i];
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return null;
  for (let k = i + 1; k <= last && k <= i + 5; k++) {
    const w = tokens[k];
    if (w.quote >= 0 || (w.pos !== 'DET' && w.pos !== 'NUM' && w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN')) return null;
    if (w.pos === 'NOUN' && SPEECH_ACT_NOUNS.has(w.lower) && tokens[k + 1]?.pos !== 'NOUN') {
      return newCue(i, i, 'object', 'issue', 'past', false, false);
    }
  }
  return null;
}

/** Words between "is" and a participle that keep it a progressive: "isn't saying", "is already claiming". */
const PROGRESSIVE_ADVERBS = new Set(['not', "n't", 'n\u2019t', 'never', 'also', 'already', 'still', 'now', 'just', 'even', 'again', 'always']);

/** Pronouns after which a cue word tagged as a noun is still the verb: subjects, and "who" ("voters who support …"). */
const PRONOUNS_BEFORE_VERB = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** Whom or what one telephones: "call police", "call 911", "call Crimestoppers". */
const PHONE_CALLED = new Set(['police', 'crimestoppers', 'crime', 'emergency', '911', '999', '112', '101', '000']);

/** The word `back` tokens before token i, or '' before the sentence's first token. */
function wordBefore(tokens: Token[], i: number, first: number, back: number): string {
  return i - back >= first ? tokens[i - back].lower : '';
}

/**
 * "Let's say the vote fails", "needless to say", "that is to say", "so to speak": the writer's idioms, no one's words.
 * (No closure over tokens, i and first to read the words before: they were then kept in a context allocated on every
 * call, and every verb cue comes here.)
 */
function isIdiomOfSaying(tokens: Token[], i: number, first: number): boolean {
  const word = tokens[i].lower;
  if (word !== 'say' && word !== 'speak') return false;
  const oneBefore = wordBefore(tokens, i, first, 1);
  const twoBefore = wordBefore(tokens, i, first, 2);
  if (twoBefore === 'let' && (oneBefore === "'s" || oneBefore === '\u2019s' || oneBefore === 'us')) return true;
  if (oneBefore !== 'to') return false;
  const threeBefore = wordBefore(tokens, i, first, 3);
  return twoBefore === 'needless' || twoBefore === 'suffice' || twoBefore === 'so' || (twoBefore === 'is' && threeBefore === 'that') ||
    (twoBefore === 'it' && threeBefore === 'suffice');
}

function matchVerb(tokens: Token[], i: number, first: number, entry: { cueClass: CueClass; form: VerbForm; base: string }): CueMatch | null {
  const t = tokens[i];
  const prev = i > first ? tokens[i - 1] : undefined;
  if (isIdiomOfSaying(tokens, i, first)) return null;
  // "the statement", "his remarks", "a noted author": nouns and adjectives after a determiner are not cues.
  if ((t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && prev && ((DETERMINERS.has(prev.pos) && !standsForPeople(tokens, i - 1)) || prev.lower === "'s" || prev.lower === '\u2019s' || (prev.pos === 'PRON' && !PRONOUNS_BEFORE_VERB.has(prev.lower)))) return null;
  if (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
  // "self-described", "so-called": half of a hyphenated word.
  if (prev && prev.text === '-' && prev.end === t.start) return null;
  // Tagged as a noun or a name, a cue word is a verb only right after a pronoun ("they email"): not in
  // "a fundraising email", "the TV show", or a headline's "Refuses".
  if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !(prev && prev.pos === 'PRON') && !reportsAfterNoun(tokens, i, entry) && !(entry.form === 'base' && pluralSubjectReports(tokens, i, entry))) return null;
  // "…, compared to 24% last year": "compared to/with" right after the verb compares figures; nobody likens anything.
  if (entry.base === 'compare' && (tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'with')) return null;
  // "the plan sounds reasonable", "sounded like a threat": a hedge of how something seems (claims/seeming.ts), not a report.
  if (entry.base === 'sound' && tokens[i + 1] && tokens[i + 1].quote < 0 && (tokens[i + 1].pos === 'ADJ' || tokens[i + 1].lower === 'like')) return null;
  // "forty pledged delegates", "the stated goal": a participle before its noun describes it.
  const next = tokens[i + 1];
  if (entry.form === 'past' && next && next.pos === 'NOUN' && prev && (prev.pos === 'NUM' || prev.pos === 'DET' || prev.pos === 'ADJ')) return null;
  // "A Riverton man accused of arson pleaded …", "a firm criticized for its fees": a participle after a common noun,
  // with "of" or "for" after it, is a passive that describes the noun; the noun is accused, not accusing.
  if (entry.form === 'past' && prev && prev.pos === 'NOUN' && opensInLowerCase(prev.text) && next && (next.lower === 'of' || next.lower === 'for')) return null;
  // "a technique, called transit photometry, …": after a comma in the writer's own words, "called" names what
  // precedes it ("“Help!” called the lifeguard" and "called on" or "called for" still report).
  // A determiner or pronoun after it is the verb's object: "Ana Ruiz, speaking on the radio, called the plan a mistake".
  if (t.lower === 'called' && prev?.text === ',' && i - 2 >= first && tokens[i - 2].quote < 0 && next && next.quote < 0 &&
      next.lower !== 'on' && next.lower !== 'for' && next.lower !== 'out' && ((next.pos !== 'DET' && next.pos !== 'PRON') || nameBetweenCommas(tokens, i + 1))) return null;
  // "a website called Harbor Wire": after an indefinite, singular thing's noun, "called" before a capitalised name
  // names the thing; a thing does not call (claims/perceived.ts reads the name). "the mayor called Hale", "nurses called
  // Hale a fraud", "who read the memo called Hale a fraud" still report.
  if (t.lower === 'called' && prev && prev.pos === 'NOUN' && opensInLowerCase(prev.text) && !prev.lower.endsWith('s') && !isPeopleNoun(prev.lower) &&
      indefiniteBefore(tokens, i - 1, first) &&
      !ROLE_HEADS.has(prev.lower) && !GROUP_HEADS.has(prev.lower) && !ORGANIZATION_HEADS.has(prev.lower) && next && next.quote < 0 &&
      opensWithCapital(next.text) && next.pos === 'PROPN') return null;
  // "Anyone with information should call police on 101", "call 911": a telephone call, no one's words.
  // ("called police a disgrace" still names them.)
  if (entry.base === 'call' && next && next.quote < 0 && (next.pos === 'NUM' ||
      (PHONE_CALLED.has(next.lower) && !['DET', 'ADJ', 'NOUN'].includes(tokens[i + 2]?.pos ?? '')))) return null;
  // "turnout was low, compared with last year": after a comma, "compared with/to" is a preposition of the writer's.
  if (t.lower === 'compared' && prev && isCommaText(prev.text) && next && (next.lower === 'with' || next.lower === 'to')) return null;
  let passive = false;
  let modifiesNoun = false;
  let afterTo = false;
  let preposition = -1;
  let aspectFirst = -1;
  if (entry.form === 'gerund') {
    // ", saying that …" continues the sentence's speaker; "is saying" is progressive; other gerunds are not reports.
    const next = tokens[i + 1];
    const quoteFollows = !!next && (next.quote >= 0 || ((next.text === ',' || next.text === ':') && (tokens[i + 2]?.quote ?? -1) >= 0));
    // ", eventually saying …", "are gently urging …": a manner adverb between does not change what stands before.
    let p = i - 1;
    // ("isn't saying", "is already claiming", "was still hoping": negation and adverbs of time stand between too.)
    while (p > first && ((tokens[p].pos === 'ADV' && tokens[p].lower.endsWith('ly')) || PROGRESSIVE_ADVERBS.has(tokens[p].lower))) p--;
    const before = p >= first ? tokens[p] : undefined;
    // "began criticizing the levy", "keeps insisting that …": after a verb of aspect the gerund is the clause's own
    // verb; the cue then starts at the aspect verb, so its subject is the one before it.
    if (before && before.quote < 0 && before.pos === 'VERB' && GERUND_ASPECT_VERBS.has(before.lower)) aspectFirst = p;
    const usual = aspectFirst >= 0 || quotedAs(tokens, p, first) || !!before && (before.text === ',' || closesQuoteAfterComma(tokens, p) || BE.has(before.lower) || before.lower === 'and' || before.text === '\u2014' || before.text === '\u2013' || before.text === '--' || quoteFollows);
    modifiesNoun = !usual && participleAfterNoun(tokens, i, entry.cueClass);
    // ("without specifically naming her", "by essentially telling": a manner adverb may stand between.)
    if (!usual && !modifiesNoun && before && GERUND_PREPOSITIONS.has(before.lower) && before.quote < 0) preposition = p;
    // "Recalling that night, Ana Ruiz said …": a participle opening the sentence speaks for the subject after its comma.
    if (!usual && !modifiesNoun && i === first && tokens[i].quote < 0) preposition = i;
    if (!usual && !modifiesNoun && preposition < 0) return null;
  } else if (entry.form === 'base') {
    if (prev && prev.lower === 'to') {
      // "vowed to veto": the cue before "to" already takes the infinitive as its content.
      // "decided to characterise": any cue word before "to" speaks for itself, whether or not it makes a claim.
      // "seemed to suggest" is a hedged claim of its own (claims/seeming.ts).
      // "continued to insist", "began to argue": a verb of aspect before "to" only times the cue, which reports.
      const before = i - 2 >= first ? tokens[i - 2].lower : '';
      if (!before || cueTakesInfinitive(tokens, i - 2) || HEDGE_VERBS.has(before)) return null;
      // "seemed ready to declare", "appears unwilling to endorse": the hedge holds the whole clause (claims/seeming.ts).
      if (hedgedStateBefore(tokens, i - 2, first)) return null;
      afterTo = true;
    }
    if (i === first) return null;
  } else if (entry.form === 'past' && prev && afterBe(tokens, i, first)) {
    // "was reported", "has been widely criticized", "is not expected": the subject is what is reported, not who
    // reports it.
    passive = true;
  }
  const match = newCue(aspectFirst >= 0 ? aspectFirst : i, i, entry.cueClass, entry.base, entry.form, false, passive);
  if (modifiesNoun) match.modifiesNoun = true;
  if (afterTo) match.afterTo = true;
  if (preposition >= 0) match.preposition = preposition;
  return match;
}

/** Whether a clause with its own verb, or "that", or a quote, opens at token `k`: what a verb of saying or showing reports. */
function clauseOpensAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.quote >= 0 || t.lower === 'that' || t.text === ':') return true;
  if (!['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(t.pos)) return false;
  for (let m = k + 1; m < tokens.length && m <= k + 8; m++) {
    const w = tokens[m];
    if (w.quote >= 0 || w.text === ',' || w.text === '.') return false;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && !w.lower.endsWith('ing'))) return true;
  }
  return false;
}

/** Whether "a" or "an" opens the noun phrase ending at the noun at k, past at most three modifiers: "a new website". */
function indefiniteBefore(tokens: Token[], k: number, first: number): boolean {
  for (let j = k - 1; j >= first && j >= k - 4; j--) {
    if (tokens[j].lower === 'a' || tokens[j].lower === 'an') return true;
    if (tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'NUM') return false;
  }
  return false;
}

/**
 * /[^'’]s$/.test(word): a plural's "s", not the "'s" of a possessive. (By code units: asked of the words around many
 * cue words read as nouns.)
 */
function endsInPluralS(word: string): boolean {
  if (word.length < 2 || !word.endsWith('s')) return false;
  const before = word.charCodeAt(word.length - 2);
  return before !== 39 /* ' */ && before !== 0x2019 /* ’ */;
}

/** Plural nouns of evidence that do not end in "s": "data show that …", "the media report that …". */
const PLURALS_WITHOUT_S = new Set(['data', 'media', 'criteria']);

/** A noun phrase's first word: the object of a verb of stance ("support a ban", "oppose Ms. Ruiz"). */
const OBJECT_OPENERS = new Set(['DET', 'PROPN', 'NUM']);

/**
 * "Polls show that …", "records show he gave", "most voters support a ban": after a plural noun the tagger reads a
 * cue's base form as a noun ("polls/NOUN show/NOUN"); with a clause after it (or, for a verb of stance, a noun
 * phrase that opens with a determiner or a name) it is the verb. "the show", "voter support levels" stay nouns.
 */
function pluralSubjectReports(tokens: Token[], i: number, entry: CueWord): boolean {
  const cueClass = entry.cueClass;
  const prev = tokens[i - 1];
  if (!prev || prev.quote >= 0) return false;
  // "64 percent call him …": a share of people is plural although its noun is not; so are "students polled".
  const surveyed = SURVEY_PARTICIPLES.has(prev.lower) && endsInPluralS(tokens[i - 2]?.lower ?? '');
  const share = (prev.lower === 'percent' && tokens[i - 2]?.pos === 'NUM') || standsForPeople(tokens, i - 1) || surveyed;
  if (!share && ((prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || !(endsInPluralS(prev.lower) || PLURALS_WITHOUT_S.has(prev.lower)))) return false;
  if (clauseOpensAt(tokens, i + 1)) return cueClass !== 'object';
  const next = tokens[i + 1];
  if (!next) return false;
  if (entry.base === 'show' && (SPEECH_NOUNS.has(prev.lower) || (prev.lower.endsWith('s') && SPEECH_NOUNS.has(prev.lower.slice(0, -1))))) {
    // "polls show Ana Ruiz with a lead": what a document shows may be a bare noun phrase.
    if (OBJECT_OPENERS.has(next.pos) || OBJECT_PRONOUNS.has(next.lower)) return true;
    // "…, records show.": a trailing document that reports the clause before it.
    if (next.text === '.' || next.text === ',') return commaBeforePhrase(tokens, i - 1);
  }
  // "two-thirds support reducing the fees", "most voters oppose him": a gerund or an object pronoun is an object too.
  if (cueClass === 'object') {
    // "Millennials support background checks": after people, a bare plural noun is the object as well.
    const bareObject = next.pos === 'NOUN' && (surveyed || isPeopleNoun(prev.lower) || (prev.pos === 'PROPN' && opensWithCapital(prev.text))) &&
      (endsInPluralS(next.lower) || (tokens[i + 2]?.pos === 'NOUN' && endsInPluralS(tokens[i + 2].lower)));
    return bareObject || OBJECT_OPENERS.has(next.pos) || OBJECT_PRONOUNS.has(next.lower) || (next.pos === 'VERB' && next.lower.endsWith('ing'));
  }
  // "supporters plan to protest": an intention with its infinitive.
  return cueClass === 'infinitive' && next.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
}

/** Words that stand alone for a share of people: "most support a ban", "half say they …". */
const QUANTITY_SUBJECTS = new Set(['most', 'many', 'some', 'half', 'few', 'both', 'all', 'majority', 'minority', 'plurality']);

/**
 * A share of people that ends at token `k` and can be a plural subject: "4 in 10", "six in 10" (a count out of a
 * total), or "most", "half" standing alone (not "the most", "a half").
 */
function standsForPeople(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.quote >= 0) return false;
  if (t.pos === 'NUM') return k >= 2 && tokens[k - 1].lower === 'in' && tokens[k - 2].pos === 'NUM';
  return QUANTITY_SUBJECTS.has(t.lower) && !(k >= 1 && tokens[k - 1].pos === 'DET');
}

/** Whether a comma stands right before the noun phrase that ends at token `last` ("…, F.A.A. records show"). */
function commaBeforePhrase(tokens: Token[], last: number): boolean {
  let k = last;
  while (k > 0 && last - k < 6 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'PUNCT'].includes(tokens[k - 1].pos) && tokens[k - 1].text !== ',' && tokens[k - 1].quote < 0) k--;
  return k > 0 && tokens[k - 1].text === ',';
}

/** Pronouns that can only be objects: after a cue word read as a noun they show it is a verb. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);

/**
 * "voters saying they want a ban", "Neighbors supporting Ms. Ruiz": a participle right after a noun describes
 * what those people say or back, when what it reports follows (a clause, or for stance a determined noun phrase).
 */
function participleAfterNoun(tokens: Token[], i: number, cueClass: CueClass): boolean {
  const prev = tokens[i - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || prev.quote >= 0) return false;
  // "texted his wife saying he was lost": the hearer of a verb of telling does not say it, its subject does.
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    if (HEARER_VERBS.has(tokens[k].lower)) return false;
    if (tokens[k].pos !== 'DET' && tokens[k].pos !== 'PRON' && tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'PROPN') break;
  }
  if (cueClass === 'object') return OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? '') || titledName(tokens, i + 1);
  return clauseOpensAt(tokens, i + 1);
}

/** "former Governor Ana Ruiz", "then-candidate Hale": an adjective that opens a name (a proper noun within three words). */
function titledName(tokens: Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'ADJ' || tokens[k].quote >= 0) return false;
  for (let m = k + 1; m < tokens.length && m <= k + 3; m++) {
    if (tokens[m].pos === 'PROPN') return true;
    if (tokens[m].pos !== 'NOUN' && tokens[m].pos !== 'PUNCT') return false;
  }
  return false;
}

/**
 * "… by June,” referring to …": a quote that ends in a comma closes right before token `k + 1`; what follows goes on
 * as it would after a plain comma.
 */
export function closesQuoteAfterComma(tokens: Token[], k: number): boolean {
  const t = tokens[k], prev = tokens[k - 1], next = tokens[k + 1];
  return !!t && !!prev && t.quote >= 0 && /^[”"'’]+$/.test(t.text) && prev.text === ',' && prev.quote === t.quote &&
    (!next || next.quote !== t.quote);
}

/** Verbs of aspect: "continued to insist" reports through its second verb, whose subject is the first verb's. */
const ASPECT_VERBS = new Set(['continue', 'begin', 'start', 'resume'].flatMap((base) => inflect(base).map(([form]) => form)));

/** Verbs of aspect before a gerund ("began criticizing", "keeps insisting", "stopped confirming"), in forms other than -ing. */
const GERUND_ASPECT_VERBS = new Set(`begin begins began begun start starts started stop stops stopped keep keeps kept resume
  resumes resumed quit quits`.split(/\s+/));

/** Verbs of seeming whose "to" infinitive claims/seeming.ts reads as a hedged claim of the subject's. */
const HEDGE_VERBS = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'appearing']);

/**
 * Whether token k is a state a verb of seeming gives its subject, right before an infinitive: "seemed ready (to …)",
 * "appears more willing (to …)"; the adjective and one degree word before it are looked at, no more.
 */
function hedgedStateBefore(tokens: Token[], k: number, first: number): boolean {
  if (k - 1 < first || tokens[k].pos !== 'ADJ' || tokens[k].quote >= 0) return false;
  const verb = tokens[k - 1].pos === 'ADV' && k - 2 >= first ? k - 2 : k - 1;
  return HEDGE_VERBS.has(tokens[verb].lower);
}

/** Forms of the verbs that pass on someone's words "as saying": "was quoted as saying", "cited Ana Ruiz as saying". */
const QUOTED_AS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/**
 * Whether token `as` is the "as" of "was quoted as saying …" or "cited Ana Ruiz as saying …": the gerund after it
 * reports the words of the one quoted. (claims/index.ts finds who that is.)
 */
function quotedAs(tokens: Token[], as: number, first: number): boolean {
  if (as - 1 < first || tokens[as].lower !== 'as' || tokens[as].quote >= 0) return false;
  if (QUOTED_AS.has(tokens[as - 1].lower)) return true;
  // An object of up to six words between the verb and "as".
  for (let k = as - 2; k >= first && k >= as - 7; k--) {
    if (tokens[k].quote >= 0 || isCommaText(tokens[k].text)) return false;
    if (QUOTED_AS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Prepositions before a gerund of saying whose speaker is the clause's subject: "by calling", "after saying". */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'in', 'for', 'while', 'when', 'without', 'upon', 'since', 'of', 'to']);

/** How a generated verb takes its content, by complement: a clause as "that" cues do, "to" as intentions do, and
 * a noun phrase or a preposition's object as evaluations do. */
function classOf(complement: Complement): CueClass {
  if (complement === 'infinitive') return 'infinitive';
  if (complement === 'np' || complement === 'person' || (CONTENT_PREPOSITIONS as readonly string[]).includes(complement)) return 'object';
  return 'that';
}

/**
 * A verb of the generated lexicon at token i, tagged as a verb and in the active voice, as a cue with the
 * complement that follows it; a preposition taken ("talked about", "pointed to") ends the cue, so its object is the
 * content. Whether that complement is one the verb reports with is the caller's test; given `accepts`, a complement
 * outside it gives null at once, before matchVerb's tests (the engine's case; the lexicon generator, which calls
 * this too so that its counts are those of the engine's rule, asks for any complement).
 */
export function generatedCueAt(tokens: Token[], i: number, first: number, last: number, entry: { form: VerbForm; base: string },
  accepts?: ReadonlySet<Complement>): CueMatch | null {
  // ("Riverton Weekly/PROPN lists/NOUN Ana Ruiz …": after a name the tagger often reads a verb in -s as a plural noun; matchVerb
  // then asks for what it reports right after it, as for a hand-written cue.)
  const afterName = entry.form === 'third' && tokens[i].pos === 'NOUN' && i - 1 >= first && tokens[i - 1].pos === 'PROPN' && tokens[i - 1].quote < 0;
  if (tokens[i].pos !== 'VERB' && !afterName) return null;
  const complement = complementAfter(tokens, i, last);
  if (accepts && !accepts.has(complement)) return null;
  const cueClass = classOf(complement);
  const match = matchVerb(tokens, i, first, { cueClass, form: entry.form, base: entry.base });
  if (!match || match.passive) return null;
  if (cueClass === 'object' && complement !== 'np') match.last = complementStart(tokens, i, last);
  match.complement = complement;
  return match;
}

/** A verb of the generated lexicon, or a hand-written verb with a complement its generated extensions list. */
function matchGenerated(tokens: Token[], i: number, first: number, last: number, entry: { form: VerbForm; base: string } | undefined,
  complements: ReadonlySet<Complement> | undefined): CueMatch | null {
  return entry && complements ? generatedCueAt(tokens, i, first, last, entry, complements) : null;
}


/**
 * "The ad claims “…”", "Voss notes that …": after a noun, a cue word with what it reports right after. After a name,
 * the tagger often reads a present-tense cue as a plural noun ("Hale/PROPN claims/NOUN he is …"): there a clause of
 * its own will do, a noun phrase for a verb of stance ("Bloomberg estimates her fortune at …" is not one, "the union
 * backs Ruiz" is), or the sentence's end after a comma (", O'Keefe notes.").
 */
function reportsAfterNoun(tokens: Token[], i: number, entry: CueWord): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || !(tokens[i].lower.endsWith('s') || tokens[i].lower.endsWith('ed'))) return false;
  if (next.quote >= 0 || next.lower === 'that' || next.text === ':') return true;
  // "The council plans to vote", "Ruiz hopes to win": an intention in -s with its infinitive after a noun.
  if (entry.cueClass === 'infinitive' && entry.form === 'third' && next.lower === 'to' && tokens[i + 2]?.pos === 'VERB' && prev.quote < 0) return true;
  // (After a singular common noun as well: "the ad slams/NOUN Hale for …", "the report finds/NOUN the levy …".)
  const singularNoun = prev.pos === 'NOUN' && !prev.lower.endsWith('s');
  if ((prev.pos !== 'PROPN' && !singularNoun) || entry.form !== 'third' || prev.quote >= 0) return false;
  if (clauseOpensAt(tokens, i + 1)) return true;
  if (entry.cueClass === 'object' && OBJECT_OPENERS.has(next.pos)) return true;
  if (next.text !== '.' && next.text !== ',' && next.text !== ';') return false;
  let k = i - 1;
  while (k > 0 && tokens[k - 1].pos === 'PROPN' && tokens[k - 1].quote < 0) k--;
  return k > 0 && tokens[k - 1].text === ',';
}

/** A comma or a dash that sets off a phrase. */
function isCommaText(text: string): boolean { return text === ',' || text === '\u2014' || text === '--'; }

/**
 * "voters see Ms. Ruiz as the stronger candidate", "views him favorably": a verb of regard with its object and "as" is
 * a view the subject holds; the object and what it is seen as are the content. After a plural subject or a pronoun
 * the tagger often reads the verb as a noun ("developers/NOUN see/NOUN …"); that is still the verb here.
 */
function matchSeeingAs(tokens: Token[], i: number, first: number, last: number): CueMatch | null {
  const entry = SEEING_VERBS.get(tokens[i].lower);
  if (!entry || i === first || !regardsAs(tokens, i, last)) return null;
  const t = tokens[i], prev = tokens[i - 1];
  let match: CueMatch | null;
  if (t.pos === 'VERB') match = matchVerb(tokens, i, first, { cueClass: 'object', form: entry.form, base: entry.base });
  else if (t.pos === 'NOUN' && (prev.pos === 'PRON' || (prev.pos === 'PROPN' && entry.form === 'third') ||
    ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && endsInPluralS(prev.lower)))) {
    match = newCue(i, i, 'object', entry.base, entry.form, false, false);
  } else return null;
  if (!match || match.passive || match.modifiesNoun) return null;
  // Its subject must be able to hold a view, as a generated cue's must: "the plan sees costs as …" is no report.
  match.complement = 'np';
  return match;
}

/** Every word that can open a cue, phrase or verb: one look-up rules out the many tokens that open none. */
export const OPENS_A_CUE: ReadonlySet<string> = new Set([...PHRASES.keys(), ...CUE_WORDS.keys(), ...ISSUING_VERBS, ...GENERATED_CUE_WORDS.keys(), ...SEEING_VERBS.keys(), ...STANCE_ADJECTIVES, 'in']);

/**
 * What a word that can open a cue is in each table findCuesAt consults, held in one entry: the drafting pass asks
 * it of every such word outside quotes (about 60,000 a pass over PolNeAR train), which took five or six look-ups.
 */
export interface CueOpener {
  /** The phrases that open with the word, longest first. */
  phrases: readonly PhraseCue[] | undefined;
  hand: CueWord | undefined;
  /** The generated lexicon's entry, for a word the hand-written lexicon does not hold. */
  generated: GeneratedCueWord | undefined;
  seeing: boolean;
  issuing: boolean;
  /** A stance adjective ("skeptical of"): only then can matchStanceAdjective find a cue. */
  stance: boolean;
}

const CUE_OPENERS: ReadonlyMap<string, CueOpener> = (() => {
  const table = new Map<string, CueOpener>();
  for (const word of OPENS_A_CUE) {
    const hand = CUE_WORDS.get(word);
    const generated = hand ? undefined : GENERATED_CUE_WORDS.get(word);
    table.set(word, {
      phrases: PHRASES.get(word), hand, generated, seeing: SEEING_VERBS.has(word), issuing: ISSUING_VERBS.has(word), stance: STANCE_ADJECTIVES.has(word),
    });
  }
  return table;
})();

/** The word's entry in the table of what cue words open, if it can open a cue. */
export function cueOpenerOf(word: string): CueOpener | undefined {
  return CUE_OPENERS.get(word);
}

export function findCues(tokens: Token[], first: number, last: number): CueMatch[] {
  const openers: number[] = [];
  for (let i = first; i <= last; i++) if (tokens[i].quote < 0 && OPENS_A_CUE.has(tokens[i].lower)) openers.push(i);
  return findCuesAt(tokens, first, last, openers);
}

/**
 * The cues of tokens first..last, given the indices, in text order, of the words there outside quotes that can open
 * one (OPENS_A_CUE), in the first `count` entries of `openers`: the drafting pass knows them from its own scan of
 * the sentence (claims/openingWords.ts), with their entries in CUE_OPENERS, and no word takes a second look-up.
 */
export function findCuesAt(tokens: Token[], first: number, last: number, openers: readonly number[], count = openers.length,
  entries?: readonly (CueOpener | undefined)[]): CueMatch[] {
  const cues: CueMatch[] = [];
  // Words before `from` belong to a cue found already.
  let from = first;
  for (let n = 0; n < count; n++) {
    const i = openers[n];
    if (i < from) continue;
    const lower = tokens[i].lower;
    // (A word that opens no cue has no entry, and would match nothing below. A caller that found the openers in a
    // table of its own may pass their entries, `entries[n]` for `openers[n]`.)
    const opener = entries ? entries[n] : CUE_OPENERS.get(lower);
    if (!opener) continue;
    const { hand, generated } = opener;
    const match = lower === 'in' ? matchInPoll(tokens, i, last) : (opener.phrases ? matchPhrase(tokens, i, first, last, opener.phrases) : null) ?? (opener.stance ? matchStanceAdjective(tokens, i, first, last) : null) ?? (opener.seeing ? matchSeeingAs(tokens, i, first, last) : opener.issuing ? matchIssuing(tokens, i, last)
      : hand ? matchGenerated(tokens, i, first, last, hand, hand.extensions) ?? matchVerb(tokens, i, first, hand)
        : matchGenerated(tokens, i, first, last, generated, generated?.complements));
    if (!match) continue;
    cues.push(match);
    from = match.last + 1;
  }
  return cues;
}

