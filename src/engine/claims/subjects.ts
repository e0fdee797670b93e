/**
 * Who speaks: the subject of a cue, to its left or right, through appositives, parentheses and quotes.
 */
import { closesQuoteAfterComma, type CueMatch } from '../cues';
import { SPEECH_NOUNS } from '../lexicon/cues';
import { GROUP_HEADS, ORGANIZATION_HEADS, ROLE_HEADS, SUBJECT_PRONOUNS } from '../lexicon/names';
import { isAgeCompound, isBetweenSubjectAndVerb, isProperLike, nounPhraseEndingAt, nounPhraseStartingAt, nounPhraseWithModifiers, parenthesisClosing, parenthesisOpening, partyLabelOpening } from '../phrases';
import type { Token } from '../tokens';
import { isPeopleNoun } from '../resolution/notActors';
import { ORGANISATION_NOUNS } from '../resolution/shortForms';
import { TokenRange, TIME_WORDS, SUBORDINATORS, Context, isComma, closesQuote, sentenceHasQuote, Subject } from './context';
import { SURVEY_PARTICIPLES } from '../lexicon/cues';
import { isAsciiDigit, opensWithCapital } from '../letters';

/** Words that open a clause of time, cause or condition, which the tagger may read as prepositions. */
const CLAUSE_SUBORDINATORS = new Set([...SUBORDINATORS, 'until', 'till', 'whether']);

/** Object pronouns after a modifier's preposition: "close to him", "familiar with them". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
/** Relative pronouns that stand for the speaker before them: "Tom Hale, who …", "the union, which …". */
const RELATIVE_SPEAKERS = new Set(['who', 'which']);

/** Words that tie people to what they know or whom they are near: "officials familiar with", "aides close to". */
const POST_MODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'privy', 'loyal', 'allied',
  'connected', 'sympathetic', 'opposed', 'tied', 'linked', 'aligned', 'acquainted']);

export function looksLikeAppositive(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first];
  if (!t || first > last) return false;
  // (A loop, not a slice of the tokens and a test of each: asked of every appositive candidate.)
  for (let k = first; k <= last; k++) {
    if (tokens[k].pos === 'VERB' && tokens[k].lower !== 'who') return t.lower === 'who' || t.lower === 'which';
  }
  return t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' ||
    (t.pos === 'PRON' && (t.lower === 'his' || t.lower === 'her' || t.lower === 'their' || t.lower === 'its'));
}

/**
 * The heads of a noun phrase that can speak: roles, groups, organisations and documents, in one set (couldSpeak
 * asked the four lexicon sets in turn, for most subjects it met).
 */
const SPEAKING_HEADS: ReadonlySet<string> = new Set([...ROLE_HEADS, ...GROUP_HEADS, ...ORGANIZATION_HEADS, ...SPEECH_NOUNS]);

/** A subject that names someone who can speak: a name, a pronoun, or a person, group, body or document noun. */
export function couldSpeak(tokens: Token[], r: TokenRange): boolean {
  const head = tokens[r.last];
  if (standsInBeforeRelative(tokens, r.last)) return true;
  if (head.pos === 'PRON') return SUBJECT_PRONOUNS.has(head.lower) || head.lower === 'who';
  for (let k = r.first; k <= r.last; k++) if (tokens[k].pos === 'PROPN' || isProperLike(tokens[k])) return true;
  return SPEAKING_HEADS.has(head.lower) || isAgeCompound(tokens, r.last, r.first) || (head.pos === 'NOUN' && isPeopleNoun(head.lower));
}

/** A noun phrase that can be a subject: not a time ("said Friday", "in 2010 said"). */
export function canSpeak(tokens: Token[], last: number): boolean {
  const head = tokens[last];
  // "Conversely, they …": a sentence adverb before its comma, capitalised or not, is nobody.
  if (head.pos === 'ADV' && head.lower.endsWith('ly') && tokens[last + 1]?.text === ',') return false;
  return !TIME_WORDS.has(head.lower) && !isYearOrDecade(head.text);
}

/** /^\d{4}s?$/.test(text), by code units: "2010", "1990s". (Asked of every subject found.) */
function isYearOrDecade(text: string): boolean {
  if (text.length !== 4 && !(text.length === 5 && text.charCodeAt(4) === 115 /* s */)) return false;
  for (let k = 0; k < 4; k++) if (!isAsciiDigit(text.charCodeAt(k))) return false;
  return true;
}

/** True when the words before "with" (through `last`) hold a verb, or end in a prepositional phrase ("… in the North"). */
function adjunctBefore(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && tokens[k].quote < 0) return true;
  const np = last >= first ? nounPhraseEndingAt(tokens, last, first) : -1;
  return np > first && tokens[np - 1].pos === 'ADP';
}

/** The first token of a trailing run of names in a..j that follows a common noun other than a role, else a. */
function nameAfterCommonNoun(tokens: Token[], a: number, j: number): number {
  if (tokens[j].pos !== 'PROPN') return a;
  let k = j;
  while (k - 1 >= a && tokens[k - 1].pos === 'PROPN') k--;
  const noun = tokens[k - 1];
  // ("Analysts at Market Lens said": a capitalised noun the tagger did not call a name is the name's first word.)
  return k > a && noun.pos === 'NOUN' && !opensWithCapital(noun.text) && !ROLE_HEADS.has(noun.lower) && !isPeopleNoun(noun.lower) ? k : a;
}


/** Determiners and pronouns that stand alone for the people a survey asked: "those surveyed", "most polled". */
const SURVEYED_ALONE = new Set(['those', 'these', 'all', 'most', 'many', 'some', 'half', 'few', 'none']);

/** Tags of the words of a participle's short modifier: "Sunday", "on Tuesday", "by the agency", "to the paper". */
function isModifierTag(pos: string): boolean {
  return pos === 'ADP' || pos === 'DET' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || pos === 'ADJ';
}

/**
 * The index of a past participle right after a noun and followed only by a short modifier up to token `j`
 * ("polls released | Sunday", "a report published | by the agency on Tuesday"), else -1.
 */
function pastParticipleModifier(tokens: Token[], j: number, min: number): number {
  for (let k = j; k > min && k >= j - 6; k--) {
    const t = tokens[k];
    if (t.quote >= 0) return -1;
    if (t.pos === 'VERB' && (t.lower.endsWith('ed') || t.lower.endsWith('en') || t.lower.endsWith('wn'))) {
      const noun = tokens[k - 1];
      return k < j && (noun.pos === 'NOUN' || noun.pos === 'PROPN') ? k : -1;
    }
    if (!isModifierTag(t.pos) && !TIME_WORDS.has(t.lower)) return -1;
  }
  return -1;
}

/** The subject to the left of the cue: skips "has also", and an appositive or parenthetical between commas. */
export function subjectLeft(ctx: Context, cueFirst: number, afterParticiple = false): Subject | null {
  const { tokens, s } = ctx;
  let j = cueFirst - 1;
  while (j >= s.first && isBetweenSubjectAndVerb(tokens[j]) && tokens[j].quote < 0) j--;
  // "Ford itself said", "campaign workers here said", "they all said": a word after the subject that only stresses it.
  while (j > s.first && tokens[j].quote < 0 && AFTER_SUBJECT.has(tokens[j].lower)) j--;
  // "all the experts I interviewed said": a pronoun and its verb after a noun are a relative clause of that noun.
  if (!afterParticiple && j - 2 >= s.first && tokens[j].pos === 'VERB' && tokens[j - 1].pos === 'PRON' && SUBJECT_PRONOUNS.has(tokens[j - 1].lower) &&
      (tokens[j - 2].pos === 'NOUN' || tokens[j - 2].pos === 'PROPN') && tokens[j].quote < 0) {
    const described = subjectLeft(ctx, j - 1, true);
    return described ? { ...described, source: { first: described.source.first, last: j } } : null;
  }
  // "56 percent of voters polled said", "those surveyed said": the people asked speak, participle and all.
  // (Once: "polled polled … said" must not recurse once per word.)
  if (!afterParticiple && j - 1 >= s.first && tokens[j].quote < 0 && SURVEY_PARTICIPLES.has(tokens[j].lower)) {
    const before = tokens[j - 1];
    if (SURVEYED_ALONE.has(before.lower)) return { head: { first: j - 1, last: j - 1 }, appositive: null, source: { first: j - 1, last: j } };
    const people = subjectLeft(ctx, j, true);
    return people ? { ...people, source: { first: people.source.first, last: j } } : null;
  }
  // "New polls released Sunday showed", "a report published by the agency on Tuesday found": the noun before a
  // past participle and its short modifier speaks.
  const participle = afterParticiple ? -1 : pastParticipleModifier(tokens, j, s.first);
  if (participle > 0) {
    const modified = subjectLeft(ctx, participle, true);
    return modified ? { ...modified, source: { first: modified.source.first, last: j } } : null;
  }
  // "“…,” Ada Kern, the analyst who founded a site, tweeted": the name after the quote, past its appositive.
  if (j > s.first && !isComma(tokens[j]) && tokens[j].quote < 0) {
    const named = nameAfterQuote(ctx, j + 1);
    if (named) return named;
  }
  // "Holt on Saturday criticized", "the ministry last week said": a time between subject and verb.
  if (j > s.first && TIME_WORDS.has(tokens[j].lower)) {
    let k = j - 1;
    // ("A poll out Monday showed", "a survey in January shows": "out" and "in" before the time too.)
    while (k > s.first && (TIME_WORDS.has(tokens[k].lower) || /^(on|this|last|early|late|earlier|later|in|out)$/.test(tokens[k].lower))) k--;
    // "Ana Ruiz, the mayor, on Tuesday said": after the time, an appositive's comma also closes the subject.
    // ("Tom Hale, who on Tuesday endorsed …": a relative pronoun before the time speaks as well.)
    if (k >= s.first && k < j && (nounPhraseEndingAt(tokens, k, s.first) >= 0 || tokens[k].text === ')' || (isComma(tokens[k]) && k > s.first) || RELATIVE_SPEAKERS.has(tokens[k].lower))) j = k;
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
      // "Sen. Tom Hale, R-S.C., a candidate, said": a party label between commas is set like the bracketed one.
      const label = open > s.first ? -1 : partyLabelOpening(tokens, k - 1, s.first);
      const nounEnd = open > s.first ? open - 1 : label > s.first ? label - 1 : k - 1;
      const a = nounPhraseEndingAt(tokens, nounEnd, s.first);
      if (a < 0) return null;
      // "Health officials in Riverton, where the outbreak began, said": the people, not the place.
      const placed = peopleInPlace(ctx, a, nounEnd, k);
      if (placed) return placed;
      // "The forward, who joined in May, said": "who" marks its antecedent as a person, whatever the noun.
      if (!canSpeak(tokens, k - 1) && !(tokens[k + 1].lower === 'who' && tokens[nounEnd].pos === 'NOUN')) return null;
      // "One woman living in the Harbor flats, who asked not to be named, says": the woman, not the flats.
      const modified = speakerBeforeModifier(ctx, a, k - 1);
      const aside = looksLikeAppositive(tokens, k + 1, j - 1);
      // "A woman living in the flats, Jo Ng, said", "The union representing the pilots, the Riverton Pilots Guild, said": the appositive
      // after the modified noun names it.
      if (modified) return aside ? { ...modified, appositive: { first: k + 1, last: j - 1 }, source: { first: modified.source.first, last: j - 1 } } : modified;
      return {
        head: { first: a, last: nounEnd },
        appositive: aside && tokens[k + 1].lower !== 'who' ? { first: k + 1, last: j - 1 } : null,
        source: aside && tokens[k + 1].lower !== 'who' ? { first: a, last: j - 1 } : { first: a, last: k - 1 },
      };
    }
    return null;
  }
  // "voters who are undecided and who believe …": a second relative clause joined to a first speaks for the same people.
  const joined = joinedRelative(tokens, j, s.first);
  if (joined >= 0) return relativeAntecedent(ctx, joined) ?? null;
  const relative = relativeAntecedent(ctx, j);
  if (relative !== undefined) return relative;
  // "a poll that showed Ruiz ahead", "the group that backs Hale": a relative "that" right after a noun speaks for it too
  // (read as "that" itself, it could never speak). Without a noun before it, "that" stays as it was.
  if (tokens[j].lower === 'that' && tokens[j].pos === 'PRON' && tokens[j].quote < 0 && j - 1 > s.first && !isComma(tokens[j - 1])) {
    const b = nounPhraseEndingAt(tokens, j - 1, s.first);
    if (b >= 0 && (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'PROPN')) {
      const modified = speakerBeforeModifier(ctx, b, j);
      return modified ?? { head: { first: b, last: j - 1 }, appositive: null, source: { first: b, last: j } };
    }
  }
  // "Exit polling showed", "New reporting suggests": a noun in -ing the tagger reads as a verb heads the subject.
  const gerund = gerundSubject(tokens, j, s.first, cueFirst);
  if (gerund) return gerund;
  // "Officials who spoke with the paper said": the people a relative clause describes speak.
  const described = speakerBeforeRelative(ctx, j);
  if (described) return described;
  // "a source close to him said": an object pronoun after a modifier's preposition.
  const nearPronoun = OBJECT_PRONOUNS.has(tokens[j].lower) ? speakerBeforeModifier(ctx, j, j) : null;
  if (nearPronoun) return nearPronoun;
  const share = shareSubject(ctx, j);
  if (share) return share;
  let a = nounPhraseEndingAt(tokens, j, s.first);
  if (a < 0) return null;
  // "officials familiar with the plan said" is not the absolute clause of "…, with officials saying" below; "a firm
  // criticized for its fees said": the noun before the modifier speaks even when the modifier's own noun could not.
  const modified = speakerBeforeModifier(ctx, a, j);
  if (modified) return modified;
  if (!canSpeak(tokens, j)) return null;
  // "In a meeting with the board Ruiz said": after a preposition, a name right after a common noun that is no role
  // ("the singer Adele") starts the subject; the noun ends the fronted phrase.
  if (a - 1 >= s.first && tokens[a - 1].pos === 'ADP') a = nameAfterCommonNoun(tokens, a, j);
  // "Cases rose, with officials saying …", "… with the number expected to rise": after a clause's verb, "with"
  // opens an absolute clause with its own subject, and a past participle there names no speaker at all ("a
  // spokesman with the agency said" has no verb before "with").
  if (a - 1 >= s.first && tokens[a - 1].lower === 'with' && tokens[cueFirst].pos !== 'NOUN' && adjunctBefore(tokens, s.first, a - 2)) {
    return tokens[cueFirst].lower.endsWith('ing') ? { head: { first: a, last: j }, appositive: null, source: { first: a, last: j } } : null;
  }
  // ("… barred Riverton until the council agreed": a word that opens a clause of time or condition leaves the
  // noun after it the verb's subject.)
  if (a - 2 >= s.first && tokens[a - 1].pos === 'ADP' && !CLAUSE_SUBORDINATORS.has(tokens[a - 1].lower)) {
    const outer = nounPhraseEndingAt(tokens, a - 2, s.first);
    if (outer >= 0) return { head: { first: outer, last: a - 2 }, appositive: null, source: { first: outer, last: j } };
  }
  // "a spokeswoman, Ines Roa, said" is caught above; "Ines Roa, a spokeswoman" ends here at "spokeswoman".
  if (a - 1 > s.first && isComma(tokens[a - 1])) {
    for (let k = a - 2; k >= s.first && k >= a - 12; k--) {
      if (isComma(tokens[k]) || tokens[k].quote >= 0) break;
      if (k === s.first || isComma(tokens[k - 1]) || tokens[k - 1].quote >= 0) {
        const b = nounPhraseEndingAt(tokens, a - 2, s.first);
        // "Ms. Ruiz, officials said, has become …": a bare plural is the speaker interrupting the sentence, not her appositive.
        const barePlural = tokens[a].pos === 'NOUN' && a === j && tokens[a].lower.endsWith('s');
        // ("Speaking in the Dáil, the minister said": a name after a preposition ends a fronted phrase, no subject.)
        const fronted = b > s.first && tokens[b - 1].pos === 'ADP';
        if (b >= 0 && b <= k && tokens[a - 2].pos === 'PROPN' && tokens[j].pos !== 'PROPN' && !barePlural && !fronted) {
          return { head: { first: b, last: a - 2 }, appositive: { first: a, last: j }, source: { first: b, last: j } };
        }
        break;
      }
    }
  }
  // "…, Tom Hale and Ana Ruiz said", "he and Mr. Allen said": two who speak together; the first heads the subject.
  const coordinated = coordinatedSubjectStart(ctx, a, j);
  if (coordinated >= 0) return { head: { first: coordinated, last: a - 2 }, appositive: null, source: { first: coordinated, last: j } };
  return { head: { first: a, last: j }, appositive: null, source: { first: a, last: j } };
}

/**
 * The first token of "X and" before the noun phrase at token `a`, when X is a name, a pronoun or a phrase that can
 * speak and the pair opens its clause (the sentence's start, or after a comma or a quote); else -1.
 */
function coordinatedSubjectStart(ctx: Context, a: number, j: number): number {
  const { tokens, s } = ctx;
  if (a - 2 < s.first || tokens[a - 1].lower !== 'and' || tokens[a - 1].quote >= 0) return -1;
  const b = nounPhraseEndingAt(tokens, a - 2, s.first);
  if (b < 0 || !couldSpeak(tokens, { first: b, last: a - 2 })) return -1;
  // "The National Aeronautics and Space Administration": one body's name holds "and".
  if (tokens[b].pos === 'DET' && tokens[a].pos === 'PROPN') return -1;
  // "Federal and state officials": one word before "and" that modifies the noun after it, as "state" does.
  if (b === a - 2 && !['PROPN', 'DET', 'PRON'].includes(tokens[a].pos) && j > a) return -1;
  return b === s.first || isComma(tokens[b - 1]) || closesQuote(ctx, b - 1) ? b : -1;
}

/**
 * The subject "exit polling" or "polling" ending at token `j` right before the cue: a word in -ing tagged as a verb,
 * opening the sentence or after a determiner, adjective or noun; else null.
 */
function gerundSubject(tokens: Token[], j: number, min: number, cueFirst: number): Subject | null {
  const t = tokens[j];
  if (j !== cueFirst - 1 || t.pos !== 'VERB' || !t.lower.endsWith('ing') || t.quote >= 0) return null;
  if (j === min) return { head: { first: j, last: j }, appositive: null, source: { first: j, last: j } };
  const before = tokens[j - 1];
  if (before.pos !== 'DET' && before.pos !== 'ADJ' && before.pos !== 'NOUN' && before.pos !== 'PROPN') return null;
  let a = j - 1;
  while (a - 1 >= min && (tokens[a - 1].pos === 'DET' || tokens[a - 1].pos === 'ADJ' || tokens[a - 1].pos === 'PROPN') && tokens[a].pos !== 'DET') a--;
  // Only a phrase that opens its clause: "voters favoring polling showed" is no subject.
  if (a > min && !isComma(tokens[a - 1]) && tokens[a - 1].pos !== 'CCONJ' && tokens[a - 1].pos !== 'SCONJ') return null;
  return { head: { first: a, last: j }, appositive: null, source: { first: a, last: j } };
}

/** Words between a subject and its verb that only stress the subject: "Ford itself said", "the workers here said". */
const AFTER_SUBJECT = new Set(['itself', 'himself', 'herself', 'themselves', 'ourselves', 'myself', 'here', 'overall', 'alone', 'all', 'both', 'each']);

/** Words that stand alone for a share of people and open their clause: "Some say", "Most said". */
const SHARE_WORDS = new Set(['some', 'most', 'many', 'half', 'few', 'both', 'all', 'others', 'several', 'another', 'everyone',
  'everybody', 'someone', 'somebody', 'nobody', 'none', 'anyone']);

/** "42% say", "Some say …": a share of people ending at token `j` (a percentage, or a share word opening its clause); else null. */
function shareSubject(ctx: Context, j: number): Subject | null {
  const { tokens, s } = ctx;
  const t = tokens[j];
  if (t.quote >= 0) return null;
  let first = -1;
  if (t.text === '%' && j - 1 >= s.first && tokens[j - 1].pos === 'NUM') first = j - 1;
  else if (SHARE_WORDS.has(t.lower) && (j === s.first || isComma(tokens[j - 1]) || tokens[j - 1].pos === 'CCONJ' || tokens[j - 1].pos === 'SCONJ')) first = j;
  return first < 0 ? null : { head: { first, last: j }, appositive: null, source: { first, last: j } };
}

/** Words that stand alone for people before a relative pronoun: "those who said", "some who suggest", "all of whom". */
export const PEOPLE_STAND_INS = new Set(['those', 'these', 'some', 'many', 'most', 'others', 'few', 'all', 'both', 'anyone',
  'everyone', 'someone', 'none', 'half', 'each']);

/**
 * The first token of the people a relative pronoun at `j` speaks for when no noun phrase stands before it: "those who",
 * "some who", "18% who" (a share), "both of whom", "three of whom". Else -1.
 */
function peopleBeforeRelative(tokens: Token[], j: number, first: number): number {
  const t = tokens[j];
  if (t.quote >= 0 || t.text !== t.lower) return -1;
  if (t.lower === 'who' && j - 1 >= first) {
    const before = tokens[j - 1];
    if (PEOPLE_STAND_INS.has(before.lower)) return j - 1;
    if (before.text === '%' && j - 2 >= first && tokens[j - 2].pos === 'NUM') return j - 2;
  }
  if (t.lower === 'whom' && j - 2 >= first && tokens[j - 1].lower === 'of') {
    const share = tokens[j - 2];
    if (PEOPLE_STAND_INS.has(share.lower) || share.pos === 'NUM') return j - 2;
  }
  return -1;
}

/**
 * The people a relative pronoun at `j` speaks for: a word standing in for them ("those who said …", "18% who say …",
 * "two members, both of whom criticized …") or the noun phrase before it ("Tom Hale, who said …", "Residents who
 * complain …"); null when "who" or "which" has no such phrase before it, undefined when `j` is no relative pronoun.
 */
function relativeAntecedent(ctx: Context, j: number): Subject | null | undefined {
  const { tokens, s } = ctx;
  const standIn = peopleBeforeRelative(tokens, j, s.first);
  if (standIn >= 0) {
    const headLast = tokens[standIn + 1].text === '%' ? standIn + 1 : standIn;
    return { head: { first: standIn, last: headLast }, appositive: null, source: { first: standIn, last: j } };
  }
  // (Within a sentence a relative pronoun is in lower case: "The WHO said" names a body.)
  if ((tokens[j].text !== 'who' && tokens[j].text !== 'which') || j - 1 < s.first || (j - 1 === s.first && isComma(tokens[j - 1]))) return undefined;
  const antecedentLast = isComma(tokens[j - 1]) ? j - 2 : j - 1;
  const b = nounPhraseEndingAt(tokens, antecedentLast, s.first);
  if (b < 0) return null;
  const modified = speakerBeforeModifier(ctx, b, j);
  return modified ?? { head: { first: b, last: antecedentLast }, appositive: null, source: { first: b, last: j } };
}

/** How far back the first of two joined relative clauses may start ("who are inclined to …, and who believe"). */
const MAX_JOINED_RELATIVE = 20;

/**
 * The index of the first "who" of "… who A and who B" when the "who" at `j` follows "and" or "but" (a comma allowed
 * between), looking back a bounded number of words with no quote between; else -1.
 */
export function joinedRelative(tokens: Token[], j: number, first: number): number {
  let found = -1;
  // ("who A, who B and who C": a few links of such a chain are followed, no more, so the look back stays bounded.)
  for (let hop = 0, at = j; hop < MAX_JOINED_HOPS; hop++) {
    const earlier = previousJoinedWho(tokens, at, first);
    if (earlier < 0) break;
    found = at = earlier;
  }
  return found;
}

/** How many joined relative clauses back joinedRelative follows. */
const MAX_JOINED_HOPS = 3;

/** The "who" before "and who" / "but who" at `j`, within MAX_JOINED_RELATIVE words; else -1. */
function previousJoinedWho(tokens: Token[], j: number, first: number): number {
  if (tokens[j].text !== 'who' || j - 1 < first) return -1;
  let k = j - 1;
  if (tokens[k].lower !== 'and' && tokens[k].lower !== 'but') return -1;
  for (k = k - 1; k >= first && k >= j - MAX_JOINED_RELATIVE; k--) {
    if (tokens[k].quote >= 0) return -1;
    if (tokens[k].text === 'who') return k;
  }
  return -1;
}

/** Whether the word at `k` stands in for people before a relative pronoun: "those who", "18% who", "both of whom". */
function standsInBeforeRelative(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!next || t.quote >= 0) return false;
  // (The relative pronoun first: couldSpeak asks this of every subject, and it rules nearly all out without a look-up.)
  const beforeWho = next.lower === 'who' && t.pos !== 'NUM';
  const beforeOfWhom = next.lower === 'of' && tokens[k + 2]?.lower === 'whom';
  if (!beforeWho && !beforeOfWhom) return false;
  return PEOPLE_STAND_INS.has(t.lower) || (t.text === '%' && tokens[k - 1]?.pos === 'NUM') || t.pos === 'NUM';
}

/** How many words a relative clause between a speaker and the cue may have ("who spoke with the paper"). */
const MAX_RELATIVE = 10;

/**
 * "Officials who spoke with the paper said", "a man who lives nearby said": a relative pronoun and its verb within a few
 * words before the cue (token `j` ends the clause); the noun phrase before the pronoun speaks, when it can. Else null.
 */
function speakerBeforeRelative(ctx: Context, j: number): Subject | null {
  const { tokens, s } = ctx;
  for (let k = j - 1; k > s.first && k >= j - MAX_RELATIVE; k--) {
    const t = tokens[k];
    if (t.quote >= 0 || isComma(t)) return null;
    if (t.lower !== 'who' && !(t.lower === 'that' && t.pos === 'PRON')) continue;
    // (The tagger reads some verbs after "who" as nouns: "who lives/NOUN nearby".)
    const verb = tokens[k + 1];
    if (verb.pos !== 'VERB' && verb.pos !== 'AUX' && verb.pos !== 'ADV' && !(verb.pos === 'NOUN' && (verb.lower.endsWith('s') || verb.lower.endsWith('ed')))) return null;
    const b = nounPhraseEndingAt(tokens, k - 1, s.first);
    if (b < 0 || !couldSpeak(tokens, { first: b, last: k - 1 })) return null;
    // The source is the people alone, as after a quote ("the defender who led the club … hinted").
    return { head: { first: b, last: k - 1 }, appositive: null, source: { first: b, last: k - 1 } };
  }
  return null;
}

/**
 * "Two officials familiar with the plan said", "people close to the mayor said", "a diplomat briefed on the talks
 * said", "a woman living in the flats said": the people before an adjective or participle and its preposition speak,
 * not what they know of or where they are. Only a
 * phrase before the modifier that could speak qualifies, so "the report released by the agency" stays as it was.
 */
function speakerBeforeModifier(ctx: Context, a: number, j: number): Subject | null {
  const { tokens, s } = ctx;
  // "Protesters carrying signs said", "the union representing the pilots": a participle may take its object directly.
  const direct = a - 1 >= s.first && tokens[a - 1].pos === 'VERB' && tokens[a - 1].lower.endsWith('ing') && tokens[a - 1].quote < 0;
  const modifier = direct ? a - 1 : a - 2;
  if (modifier - 1 < s.first || (!direct && tokens[a - 1].pos !== 'ADP')) return null;
  // "familiar with", "close to", or a participle of where or how someone is: "a woman living in the Harbor flats".
  // ("Residents affected by the flood said", "a firm criticized for its fees said": a past participle with its
  // preposition describes the noun too.)
  const participle = tokens[modifier].pos === 'VERB' && (tokens[modifier].lower.endsWith('ing') || (!direct && tokens[modifier].lower.endsWith('ed')));
  if (!POST_MODIFIERS.has(tokens[modifier].lower) && !participle) return null;
  const b = nounPhraseEndingAt(tokens, modifier - 1, s.first);
  // ("a firm criticized for its fees said": a noun for a body speaks here too.)
  if (b < 0 || !(couldSpeak(tokens, { first: b, last: modifier - 1 }) || ORGANISATION_NOUNS.has(tokens[modifier - 1].lower))) return null;
  return { head: { first: b, last: modifier - 1 }, appositive: null, source: { first: b, last: j } };
}

/** Prepositions that place people: "officials in Riverton", "residents near the plant", "fans at the ground". */
const PLACING = new Set(['in', 'at', 'near', 'across', 'around']);

/**
 * "Health officials in Riverton, where the outbreak began, said": people placed by a preposition and a name, with a
 * relative clause after the name, speak; the place does not. Only people a noun names (not a name: "Ana Ruiz in
 * Riverton" is read as it was), and only before a relative clause (`comma` is its comma).
 */
function peopleInPlace(ctx: Context, a: number, nounEnd: number, comma: number): Subject | null {
  const { tokens, s } = ctx;
  const relative = tokens[comma + 1]?.lower;
  if (relative !== 'which' && relative !== 'where' && relative !== 'who') return null;
  if (a - 2 < s.first || !PLACING.has(tokens[a - 1].lower) || tokens[a].pos !== 'PROPN' || tokens[a - 2].pos !== 'NOUN') return null;
  const b = nounPhraseEndingAt(tokens, a - 2, s.first);
  if (b < 0 || !couldSpeak(tokens, { first: b, last: a - 2 })) return null;
  return { head: { first: b, last: a - 2 }, appositive: null, source: { first: b, last: nounEnd } };
}

export function namedAppositiveChain(ctx: Context, j: number): Subject | null {
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

export function isPersonLikeName(tokens: Token[], r: TokenRange): boolean {
  let capitalised = 0;
  for (let k = r.first; k <= r.last; k++) if (tokens[k].pos === 'PROPN' || isProperLike(tokens[k])) capitalised++;
  return capitalised >= 2 && !PLACE_WORDS.has(tokens[r.last].lower);
}

export const PLACE_WORDS = new Set(['county', 'city', 'state', 'street', 'avenue', 'district', 'province', 'region']);

/** The name that follows a closing quote and a comma, with the appositive running up to token `j`. */
export function nameAfterQuote(ctx: Context, j: number): Subject | null {
  // (No quote in the sentence, no closing one to find: most cues' subjects come here, and the walk back is long.)
  if (!sentenceHasQuote(ctx)) return null;
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
export function subjectRight(ctx: Context, cue: CueMatch): Subject | null {
  const { tokens, s } = ctx;
  let i = cue.last + 1;
  if (i > s.last) return null;
  let last = nounPhraseStartingAt(tokens, i, s.last);
  if (last < 0 && cue.sourceAfter) last = mistaggedPluralAt(tokens, i, s.last);
  if (last < 0 && cue.sourceAfter) last = sourceSegmentEnd(tokens, i, s.last);
  if (last < 0) return null;
  const close = parenthesisClosing(tokens, last + 1, s.last);
  const headLast = last;
  if (close > 0) last = close;
  // "according to a statement by the police spokesperson, Supt. Jo Ng, …": the source goes on through its
  // modifiers, and its appositive follows them.
  else if (cue.sourceAfter) last = Math.max(last, nounPhraseWithModifiers(tokens, i, s.last));
  let end = last;
  let appositive: TokenRange | null = null;
  if (isComma(tokens[last + 1]) && last + 2 <= s.last && looksLikeAppositive(tokens, last + 2, last + 2)) {
    const apLast = nounPhraseStartingAt(tokens, last + 2, s.last);
    // "According to recent polls, Hale leads": a phrase with its verb after the comma is the next clause's subject.
    const verbFollows = apLast >= 0 && apLast + 1 <= s.last && (tokens[apLast + 1].pos === 'VERB' || tokens[apLast + 1].pos === 'AUX');
    // "According to Kestrel Data, Riverton's share of the market fell": after "according to", an appositive ends
    // at a comma or the sentence's end ("according to Ana Ruiz, the mayor, …"); a phrase going on is the content.
    const closed = apLast >= 0 && (apLast + 1 > s.last || isComma(tokens[apLast + 1]) || /^[.;!?]$/.test(tokens[apLast + 1].text));
    if (apLast >= 0 && !(cue.sourceAfter && (verbFollows || !closed))) { appositive = { first: last + 2, last: apLast }; end = apLast; }
  }
  return { head: { first: i, last: headLast }, appositive, source: { first: i, last: end } };
}

/**
 * "according to polls,", "according to exit polls.": after "to" the tagger often reads a bare plural (and a noun
 * before it) as verbs. Up to three lower-case words ending in a plural noun, then a comma, the sentence's end or a
 * preposition: the last token of that phrase, else -1.
 */
const UNSOURCED_PLURALS = new Set(['reports', 'accounts', 'rumors', 'rumours']);

function mistaggedPluralAt(tokens: Token[], i: number, max: number): number {
  for (let k = i; k <= max && k <= i + 2; k++) {
    const t = tokens[k];
    if (t.quote >= 0 || !/^\p{Ll}+$/u.test(t.text) || /(?:ing|ed)$/.test(t.lower) || !['VERB', 'NOUN', 'ADJ'].includes(t.pos)) return -1;
    const next = tokens[k + 1];
    const ends = !next || k + 1 > max || isComma(next) || /^[.;:!?)]$/.test(next.text) || next.pos === 'ADP';
    // "according to reports" names no source at all: claims/agentless.ts reads it.
    if (ends) return /[^s]s$/.test(t.lower) && !UNSOURCED_PLURALS.has(t.lower) ? k : -1;
  }
  return -1;
}

/** How many words a source after "according to" may have when the tagger breaks its noun phrase. */
const MAX_SOURCE_SEGMENT = 12;

/**
 * "according to recent polling,", "according to exit polls reported by the station.": when the tagger breaks the
 * noun phrase (a gerund, a noun read as a verb), the source after "according to" runs to the next comma, parenthesis
 * or the sentence's end, if that comes within a few words and opens with a word, outside quotes; else -1.
 */
function sourceSegmentEnd(tokens: Token[], i: number, max: number): number {
  if (!/\p{L}/u.test(tokens[i].text) || tokens[i].pos === 'SCONJ' || tokens[i].pos === 'CCONJ') return -1;
  for (let k = i; k <= max && k < i + MAX_SOURCE_SEGMENT; k++) {
    const t = tokens[k];
    if (t.quote >= 0) return -1;
    const next = tokens[k + 1];
    // "according to reports" names no source at all: claims/agentless.ts reads it.
    if (k + 1 > max || isComma(next) || /^[.;:!?()]$/.test(next.text)) return UNSOURCED_PLURALS.has(t.lower) ? -1 : k;
  }
  return -1;
}

/** The subject of the closest finite verb before token `before` whose subject could speak, outside quotes. */
export function subjectOfNearestVerb(ctx: Context, before: number): Subject | null {
  const { tokens, s } = ctx;
  let fallback: Subject | null = null;
  for (let k = before - 1; k > s.first; k--) {
    const t = tokens[k];
    if (t.quote >= 0) continue;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) {
      let j = k;
      while (j - 1 > s.first && (tokens[j - 1].pos === 'AUX' || isBetweenSubjectAndVerb(tokens[j - 1]))) j--;
      const found = subjectLeft(ctx, j);
      // "Doctors gave Ana a neck brace and told …" with "brace" read as a verb: a phrase right after a verb is
      // its object, not a subject; the verb before it has the subject.
      const object = found !== null && found.source.first - 1 >= s.first && tokens[found.source.first - 1].pos === 'VERB';
      if (found && !object && couldSpeak(tokens, found.head)) return found;
      if (!object) fallback ??= found;
    }
  }
  return fallback;
}

/** "… but indicated …", "… and cited …", "… but has since said …": a cue verb coordinated with the verb before it. */
export function joinedToVerbBefore(tokens: Token[], cue: CueMatch, first: number): boolean {
  let k = cue.first - 1;
  while (k > first && isBetweenSubjectAndVerb(tokens[k]) && tokens[k].quote < 0) k--;
  return k >= first && ['and', 'but', 'or'].includes(tokens[k].lower);
}

/**
 * Whether the cue's subject can speak or hold a view: "the mayor cited the report", not "the figures cited in the
 * report". A participle (", citing …", "by citing …"), an infinitive of purpose ("took to the radio to cite …") or
 * a verb joined to the one before ("… and cited …") has the subject of that verb; a participle that opens the
 * sentence ("Citing the audit, Ruiz …") has the subject after its comma, which the drafter tests itself. The test a
 * generated cue word must pass; the lexicon generator counts with it too.
 */
export function hasSpeakingSubject(ctx: Context, cue: CueMatch): boolean {
  const { tokens, s } = ctx;
  if (cue.preposition === s.first) return true;
  const participle = cue.preposition !== undefined || cue.afterTo === true ||
    (cue.form === 'gerund' && cue.first - 1 >= s.first && (isComma(tokens[cue.first - 1]) || closesQuoteAfterComma(tokens, cue.first - 1)));
  const subject = participle ? null : subjectLeft(ctx, cue.first);
  if (subject) return couldSpeak(tokens, subject.head);
  if (!participle && !joinedToVerbBefore(tokens, cue, s.first)) return false;
  const verbSubject = subjectOfNearestVerb(ctx, cue.preposition ?? cue.first - 1);
  return verbSubject !== null && couldSpeak(tokens, verbSubject.head);
}
