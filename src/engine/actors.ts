/**
 * Who is who: groups name mentions into actors (by surname for people, by name for organisations and places),
 * reads their roles from titles and appositives, and resolves the pronouns and descriptions that speak.
 */
import type { ActorKind } from './types';
import { isGluedHyphen, type Token } from './tokens';
import { findNames, isAllCapitals, joinTokens, NAME_PARTICLES, NameChunk, Gender, surnameToken, hyphenatedSurnameStart } from './names';
import { CALENDAR_WORDS, GROUP_HEADS, NOT_NAMES, ORGANIZATION_HEADS, PERSON_PRONOUNS, PLACES, POSSESSIVE_DETERMINERS, ROLE_HEADS, ROLES_AND_TITLES, SUBJECT_PRONOUNS, TITLES } from './lexicon/names';
import { CUE_WORDS, SPEECH_NOUNS } from './lexicon/cues';
import { isAgeCompound, nounPhraseEndingAt, nounPhraseStartingAt } from './phrases';
import { opensParagraph, type Sentence } from './units';
import type { TokenRange } from './claims';
import { rootOf } from './resolution/clusters';
import { ORGANISATION_NOUNS } from './resolution/shortForms';
import { isFirstName } from './lexicon/firstNames';
import { headlineSubjectIndex, isTitleCase, splitHeadlineNames } from './headlineNames';
import { datelineAt } from './datelines';
import { isPeopleNoun } from './resolution/notActors';
import { PLAN_NOUNS } from './resolution/documents';
import { hasAgentEnding, NOT_AGENT_NOUNS } from './lexicon/agentNouns';
import { isAsciiUpper, opensInLowerCase, opensWithCapital } from './letters';

export interface Entity {
  key: string;
  /** 'thing' is a named thing or place that cannot speak ("Asteroid Belt"); 'unknown' a capitalised word of no known kind. */
  kind: ActorKind | 'unknown' | 'thing';
  name: string;
  /** Every proper name the text gives it, as written without honorifics ("Ana Ruiz", "Ruiz"). */
  forms: string[];
  /** The descriptions that refer to it, without determiners ("mayor", "senior official"). */
  described: string[];
  /** True once a proper name (not only a description such as "a neighbor") refers to it. */
  proper: boolean;
  /** For a description: its head noun, lowercased ("spokeswoman"), whether "the" opened it, and where it was first met. */
  head: string | null;
  definite: boolean;
  /** Set when a resolution pass merged this entity into another: follow it to the cluster's root. */
  mergedInto: Entity | null;
  role: string | null;
  gender: Gender;
  /** True when an honorific or title ever marked the name ("Dr Ilse Varo"): evidence of a person. */
  titled: boolean;
  /** For a description: its first word is capitalised where no sentence opens ("a Siemens spokeswoman"), so it keeps its capital. */
  capitalWhereWritten: boolean;
  /** Character ranges of every mention, in text order once sorted. */
  mentions: Array<[number, number]>;
  firstMention: number;
}

/** Marks after which a capitalised word opens a quote or an aside. */
const ALL_CAPS_WORD = /^\p{Lu}{3,}$/u;
/** One capital, then lower-case letters ("Hope"). Kept here: a regular expression literal in a loop is a new object each time. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
// Asked of every name chunk, or of the word after it, as module constants for the same reason.
/** "'s" on its own, and "'" or "'s" on its own. */
const POSSESSIVE_S = /^['\u2019]s$/;
const POSSESSIVE_MARK = /^['\u2019]s?$/;
/** A capital, then a lower-case letter ("Hale", not "HALE"). */
const OPENS_CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const LEADING_THE = /^the /i;

/**
 * Whether a chunk covers token k. A function, not a closure over a loop's `k`: such a closure gives the loop a new
 * variable scope object on every pass, whether it is called or not.
 */
function coversToken(chunks: NameChunk[], k: number): boolean {
  for (const c of chunks) if (c.first <= k && c.last >= k) return true;
  return false;
}
/**
 * Whether a token outside quotes opens with an ASCII capital or a character outside ASCII: a cheap test by the first
 * code unit, which most tokens (in lower case, digits or punctuation) fail.
 */
function mayBeCapitalisedOutsideQuotes(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return t.quote < 0 && !(c <= 127 && !isAsciiUpper(c));
}

/** The tokens that mayBeCapitalisedOutsideQuotes, by index in text order. */
function capitalisedOutsideQuotes(tokens: Token[]): number[] {
  const found: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (mayBeCapitalisedOutsideQuotes(tokens[k])) found.push(k);
  return found;
}

const OPENING_MARKS = new Set(['\u201C', '"', '\u00AB', "'", '\u2018', '(']);

/** Whether a token's text is one of OPENING_MARKS: each is one code unit, so longer words are spared the look-up. */
function isOpeningMark(text: string): boolean {
  return text.length === 1 && OPENING_MARKS.has(text);
}

function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** The canonical name of the place written `core`, given `core` in lower case (a one-word name's token's `lower`). */
function canonicalPlace(core: string, lower: string): string {
  return PLACES.get(lower) ?? core;
}

/** "a couple of donors", "a group of parents": the noun after "of" is who they are. */
const PARTITIVES = new Set(['couple', 'group', 'number', 'handful', 'pair', 'dozen', 'dozens', 'lot', 'lots', 'bunch',
  'majority', 'minority', 'rest', 'team', 'crowd', 'panel', 'coalition', 'host', 'series', 'set', 'few', 'some', 'many', 'most', 'all', 'one', 'none', 'both', 'each']);

function stripDeterminer(tokens: Token[], r: TokenRange): TokenRange {
  let first = r.first;
  while (first <= r.last && (tokens[first].pos === 'DET' || (tokens[first].pos === 'PRON' && tokens[first].lower !== 'he' && tokens[first].lower !== 'she'))) first++;
  // "the head of Riverton's health authority" is a head: the phrase ends before "of".
  let last = r.last;
  for (let k = first + 1; k <= last; k++) {
    const before = tokens[k - 1];
    // "Ambush of Riverton officers" in a headline: a capitalised common noun opening the phrase heads it too.
    const noun = before.pos === 'NOUN' || (k - 1 === first && before.pos === 'PROPN' && !isFirstName(before.text));
    if (tokens[k].lower === 'of' && noun && !PARTITIVES.has(before.lower)) { last = k - 1; break; }
  }
  // Drop a possessor: "Mr. Trump’s national security adviser" → "national security adviser".
  for (let k = last; k > first; k--) {
    if (tokens[k].lower === "'s" || tokens[k].lower === '\u2019s') { first = k + 1; break; }
  }
  return { first, last };
}

/**
 * "the sheriff's office", "Ruiz's campaign": a body is named with its owner, which tells one office from another;
 * a person keeps only the role ("the mayor's chief of staff" → "chief of staff", resolved as a nominal).
 */
function keepBodysOwner(tokens: Token[], r: TokenRange, stripped: TokenRange): TokenRange {
  const possessive = stripped.first - 1;
  if (possessive <= r.first || (tokens[possessive].lower !== "'s" && tokens[possessive].lower !== '\u2019s')) return stripped;
  const head = tokens[stripped.last].lower;
  if (!ORGANISATION_NOUNS.has(head) && !ORGANIZATION_HEADS.has(head)) return stripped;
  let first = r.first;
  while (first < possessive && tokens[first].pos === 'DET') first++;
  return first < possessive ? { first, last: stripped.last } : stripped;
}

/** A role when the range is a description headed by a role noun ("the Kremlin spokesperson"). */
export function roleOf(tokens: Token[], r: TokenRange): string | null {
  if (r.first > r.last) return null;
  const head = tokens[r.last];
  if (!ROLE_HEADS.has(head.lower) && !TITLES.has(head.lower)) return null;
  const stripped = stripDeterminer(tokens, r);
  if (stripped.first > stripped.last) return null;
  return joinTokens(tokens, stripped.first, stripped.last);
}

/** Words for people or bodies that are no name even when capitalised ("Police", "Officials", "Scientists"). */
export function isCommonSpeakerNoun(lower: string): boolean {
  return isListedSpeakerNoun(lower) || isPluralAgentNoun(lower);
}

/** Nouns of people and bodies that the lexicons list ("police", "officials", "coach"). */
function isListedSpeakerNoun(lower: string): boolean {
  return LISTED_SPEAKER_NOUNS.has(lower);
}

/** A plural with an agent noun's ending ("organizers", "regulators"), which many surnames share ("Tanners"). */
function isPluralAgentNoun(lower: string): boolean {
  return lower.endsWith('s') && hasAgentEnding(lower.slice(0, -1)) && !TITLES.has(lower);
}

const COMMON_BODIES = new Set(['police', 'cops', 'officers', 'deputies', 'troopers', 'firefighters', 'paramedics', 'rescuers',
  'searchers', 'astronomers', 'scientists', 'doctors', 'nurses', 'teachers', 'students', 'parents', 'neighbors', 'neighbours',
  'residents', 'witnesses', 'authorities', 'officials', 'investigators', 'prosecutors', 'jurors', 'fans', 'folks', 'locals',
  'villagers', 'protesters', 'critics', 'analysts', 'economists', 'experts', 'researchers', 'flames', 'the']);

/**
 * GROUP_HEADS, COMMON_BODIES and the ROLE_HEADS that are no TITLES, in one set: asked of every one-word name, most of
 * which are in none, one look-up instead of three.
 */
const LISTED_SPEAKER_NOUNS: ReadonlySet<string> = new Set([...GROUP_HEADS, ...COMMON_BODIES, ...[...ROLE_HEADS].filter((word) => !TITLES.has(word))]);

/** Lowercase nouns that say what someone is, before a name ("coach Tom Hale", "goalscorer Ana Ruiz"). */
export function isRoleNoun(t: Token): boolean {
  if (ROLES_AND_TITLES.has(t.lower)) return true;
  // Agent nouns: "midfielder", "forecaster", "researcher", "organist", "librarian", "lock" is not one.
  return t.pos === 'NOUN' && hasAgentEnding(t.text) && !NOT_AGENT_NOUNS.has(t.lower);
}

/**
 * The lowercase role noun phrase right before a name ("Riverton manager Ana Ruiz" → "manager"), with the
 * capitalised words before it that say whose ("Riverton Rovers coach"). Null when there is none.
 */
/** "the bank's governor, Ravi Menon": a role phrase set off by a comma before a name is that person's role. */
export function roleAppositiveBefore(tokens: Token[], nameFirst: number, sentenceFirst: number): string | null {
  const comma = nameFirst - 1;
  if (comma - 1 < sentenceFirst || tokens[comma].text !== ',' || !isRoleNoun(tokens[comma - 1])) return null;
  const start = nounPhraseEndingAt(tokens, comma - 1, sentenceFirst);
  if (start < 0) return null;
  return roleOf(tokens, { first: start, last: comma - 1 });
}

/** Words of titles that qualify a role and are none on their own. */
const TITLE_ADJECTIVES = new Set(['former', 'acting', 'late', 'then', 'interim', 'outgoing', 'incoming', 'retired']);

export function roleBeforeName(tokens: Token[], nameFirst: number, sentenceFirst: number): string | null {
  const k = nameFirst - 1;
  if (k < sentenceFirst || !isRoleNoun(tokens[k]) || opensWithCapital(tokens[k].text) || tokens[k].quote !== tokens[nameFirst].quote) return null;
  // "a former Vantrell mine", "the acting Riverton mayor": an adjective of a title before a name is no role itself.
  if (TITLE_ADJECTIVES.has(tokens[k].lower)) return null;
  let first = k;
  while (first - 1 >= sentenceFirst && first > k - 4 && (tokens[first - 1].pos === 'PROPN' || (tokens[first - 1].pos === 'ADJ' || tokens[first - 1].pos === 'NOUN') && !opensWithCapital(tokens[first - 1].text) && !tokens[first - 1].lower.endsWith('ed'))) first--;
  return joinTokens(tokens, first, k);
}

/**
 * "Riverton Athletic manager Ana Ruiz", "Riverton Rovers coach Tom Hale": a name before a lowercase role noun
 * and a person's name is the body the person works for, not a person.
 */
function markAffiliations(tokens: Token[], chunks: NameChunk[]): void {
  // "Shares of Orbitron rose", "Orbitron's shares", "Orbitron shares fell": a name whose shares trade is a firm.
  for (const c of chunks) {
    if (c.kind !== 'person' && c.kind !== 'unknown') continue;
    if (c.marked || c.hasTitle) continue;
    const before = tokens[c.first - 1];
    const before2 = tokens[c.first - 2];
    const after = tokens[c.last + 1];
    const after2 = tokens[c.last + 2];
    if ((before && (before.lower === 'of' || before.lower === 'in') && before2 && STAKE_WORDS.has(before2.lower)) ||
        (after && STAKE_WORDS.has(after.lower) && opensInLowerCase(after.text)) ||
        (after && POSSESSIVE_S.test(after.lower) && after2 && STAKE_WORDS.has(after2.lower))) c.kind = 'organization';
  }
  // "the Riverton Rovers coach": a name right before a lowercase role noun is the body of whoever holds the role.
  for (const c of chunks) {
    const next = tokens[c.last + 1];
    if (c.kind === 'person' && !c.marked && next && isRoleNoun(next) && opensInLowerCase(next.text) && c.coreLast > c.coreFirst &&
        !isFirstName(tokens[c.coreFirst].text)) c.kind = 'organization';
  }
  // "Vantrell's Tom Hale", "the Golden Eaglets' Captain Ana Ruiz": a name that no given name opens, owning a
  // person's full name, is where that person works or plays.
  for (let k = 0; k + 1 < chunks.length; k++) {
    const owner = chunks[k];
    const person = chunks[k + 1];
    const possessive = tokens[owner.last + 1];
    if (owner.kind !== 'person' && owner.kind !== 'unknown') continue;
    // (The given-name look-up last: most pairs of names are no owner and an apostrophe apart.)
    if (owner.marked || person.first !== owner.last + 2 || !possessive || !POSSESSIVE_MARK.test(possessive.lower) ||
        (owner.coreFirst !== owner.coreLast && isFirstName(tokens[owner.coreFirst].text))) continue;
    if (person.kind === 'person' && person.coreLast > person.coreFirst) owner.kind = 'organization';
  }
  for (let k = 0; k + 1 < chunks.length; k++) {
    const body = chunks[k];
    const person = chunks[k + 1];
    if (body.kind !== 'person' || body.marked || person.first - body.last < 2 || person.first - body.last > 3) continue;
    let roles = true;
    for (let i = body.last + 1; i < person.first; i++) roles &&= isRoleNoun(tokens[i]) && !opensWithCapital(tokens[i].text);
    if (roles) body.kind = 'organization';
  }
}

/** "secretary-general": the word hyphens join to the one at `last` ("secretary", "-", "general"), or null. */
function hyphenatedHead(t: Token[], first: number, last: number): string | null {
  if (last - 2 < first || !isGluedHyphen(t, last - 1)) return null;
  return `${t[last - 2].lower}-${t[last].lower}`;
}

/** Nouns for another actor seen from a named one: "Orvell's biggest rival, Quentara, said" is Quentara speaking. */
const COUNTERPARTS = new Set(['rival', 'rivals', 'competitor', 'competitors', 'partner', 'partners', 'ally', 'allies', 'supplier', 'suppliers',
  'customer', 'customers', 'client', 'clients', 'successor', 'predecessor', 'opponent', 'opponents', 'challenger', 'parent', 'subsidiary', 'affiliate']);

/** "Monday", "March 23", "December 1992": a date read as a subject is no actor. */
function isDate(t: Token[], r: TokenRange): boolean {
  let calendar = false;
  for (let k = r.first; k <= r.last; k++) {
    if (CALENDAR_WORDS.has(t[k].lower)) calendar = true;
    else if (t[k].pos !== 'NUM' && t[k].text !== ',') return false;
  }
  return calendar;
}

/** Plurals of people without an s: "women said" is a group, not a body. */
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people', 'folk', 'gentlemen', 'businessmen', 'businesswomen', 'firemen', 'policemen']);

/** Words for how many, standing for the people counted: "Many fear …", "Most said …". */
const MANY = new Set(['many', 'most', 'some', 'several', 'few', 'both', 'all', 'half', 'others']);

/** Determiners that take the members of a set one at a time: "each side", "either party". */
const DISTRIBUTIVES = new Set(['each', 'either', 'neither']);

/** Nouns that name a police force as a body: "the Riverton police department". */
const POLICE_BODY_HEADS = new Set(['department', 'dept.', 'force', 'service', 'bureau']);

/** What is held in a firm: "shares of", "stock in", "shareholders in". */
const STAKE_WORDS = new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders']);

/** Nouns for those who speak for a body: "Vantrell spokeswoman" is Apple speaking. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative', 'representatives']);

/** The first verb or auxiliary of a sentence outside quotes: names before it are its subject. */
export function firstVerb(tokens: Token[], s: Sentence): number {
  for (let k = s.first; k <= s.last; k++) if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && tokens[k].quote < 0) return k;
  return s.last + 1;
}

/** True when `word` (lower case) stands in `text` as a whole word written in lower case. */
function occursAsWord(text: string, word: string): boolean {
  const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isLetter(text.charCodeAt(at - 1))) && !isLetter(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/**
 * A sieve over a set of words by first code unit and length: a word it rejects is none of them. Asked before the set
 * of each lower-case token in writtenLowercase's pass over the tokens: two reads of a string just read and a bit
 * test, where a look-up in the set costs several times as much (measured: most of the pass) and most tokens fail.
 */
class WordSieve {
  /** Bit `length % 32` of entry `first code unit % 32` is set for each word. */
  private readonly lengthsByFirst = new Uint32Array(32);
  constructor(words: Iterable<string>) {
    for (const word of words) this.lengthsByFirst[word.charCodeAt(0) & 31] |= 1 << (word.length & 31);
  }
  mayHold(word: string): boolean {
    return (this.lengthsByFirst[word.charCodeAt(0) & 31] & (1 << (word.length & 31))) !== 0;
  }
}

/** Singular nouns for several people who speak together ("the family said"): a group, never one person. */
const COLLECTIVE_PEOPLE = new Set(['family', 'couple', 'household', 'jury', 'crowd', 'audience', 'opposition', 'panel']);

export class ActorBuilder {
  readonly entities: Entity[] = [];
  /**
   * Entities by key ("person:ana ruiz"), held as the key's kind ("person") and then its name ("ana ruiz"): a look-up
   * hashes the name alone, most often a token's lower case that is hashed already, and builds no key string.
   */
  private readonly byKey = new Map<string, Map<string, Entity>>();
  private readonly bySurname = new Map<string, Entity>();
  private readonly byDescription = new Map<string, Entity>();
  /** Per sentence: the entities named there, with token ranges (for pronouns and sources). */
  readonly named: Array<Array<{ entity: Entity; first: number; last: number }>> = [];

  /** One-word person names that a title or honorific marks ("President Hale" → "hale"). */
  private readonly markedSurnames = new Set<string>();
  /** capitalisedOutsideQuotes(tokens), when writtenLowercase has listed them in its pass over the tokens. */
  private capitalisedTokens: number[] | null = null;

  constructor(readonly tokens: Token[], private readonly sentences: Sentence[]) {}

  /** The entity of key `${keyKind}:${keyName}`, made when new; `keyKind` is a word without a colon ("person", "description"). */
  private entity(keyKind: string, keyName: string, kind: Entity['kind'], name: string, at: number): Entity {
    let keyed = this.byKey.get(keyKind);
    if (!keyed) { keyed = new Map(); this.byKey.set(keyKind, keyed); }
    let e = rootOf(keyed.get(keyName) ?? null);
    if (!e) {
      const proper = keyKind !== 'description';
      e = { key: `${keyKind}:${keyName}`, kind, name, forms: proper ? [name] : [], described: proper ? [] : [name.toLowerCase()], proper, mergedInto: null, head: null, definite: false, role: null, gender: undefined, titled: false, capitalWhereWritten: false, mentions: [], firstMention: at };
      keyed.set(keyName, e);
      this.entities.push(e);
    }
    return e;
  }

  /** First pass: every name chunk of every sentence, grouped into entities. */
  collectNames(text?: string): void {
    const chunksBySentence: NameChunk[][] = this.sentences.map((s) => findNames(this.tokens, s.first, s.last));
    splitHeadlineNames(this.tokens, chunksBySentence, this.sentences);
    this.dropDatelines(chunksBySentence);
    for (const chunks of chunksBySentence) markAffiliations(this.tokens, chunks);
    // Case consistency: a word the text also writes in lower case ("plans", "further", "health") is no name where
    // only a sentence's or quote's start capitalises it; and "Harbor Coal" or "Kestrel Research", whose last word
    // the text writes in lower case too and which no given name opens, is a body rather than a person.
    const lowercase = this.writtenLowercase(chunksBySentence, text);
    // (Most articles write no such word: their chunks are spared a look-up each.)
    if (lowercase.size > 0) {
      for (const chunks of chunksBySentence) {
        // (The set first: few last words are in it, and namedLikeABody, asked of every chunk already, looks up a given name.)
        for (const c of chunks) if (lowercase.has(this.tokens[c.coreLast].lower) && this.namedLikeABody(c)) c.kind = 'organization';
      }
    }
    // Full names first, so that a lone surname met before its full name still finds it.
    // Two- and three-word names first: a four-word run is more often a headline than a name.
    for (const longest of [3, 4]) {
      for (const chunks of chunksBySentence) {
        for (const c of chunks) {
          const words = c.coreLast - c.coreFirst + 1;
          if (c.kind !== 'person' || words < 2 || words > longest) continue;
          const last = surnameToken(this.tokens, c.coreFirst, c.coreLast);
          const surname = this.tokens[last].lower;
          // A double-barrelled surname after a given name is known whole too ("Lena Marsh-Ovitz"), so it finds its
          // person even where another person has its last part ("Tom Ovitz"). (Not a bare "Ruiz-Hale": that may pair two people.)
          const start = hyphenatedSurnameStart(this.tokens, c.coreFirst, last);
          const whole = start < last && start > c.coreFirst ? joinTokens(this.tokens, start, last).toLowerCase() : null;
          if (!this.bySurname.has(surname) || (whole !== null && !this.bySurname.has(whole))) {
            const e = this.entity('person', c.core.toLowerCase(), 'person', c.core, this.tokens[c.first].start);
            if (!this.bySurname.has(surname)) this.bySurname.set(surname, e);
            if (whole !== null && !this.bySurname.has(whole)) this.bySurname.set(whole, e);
          }
        }
      }
    }
    // One-word names a title or honorific marks as a person's ("President Hale", "Mr. Ruiz"): with the surnames of
    // full names, the words that name a person on their own (see joinsTwoPeople).
    for (const chunks of chunksBySentence) {
      for (const c of chunks) if (c.kind === 'person' && c.marked && c.coreFirst === c.coreLast) this.markedSurnames.add(this.tokens[c.coreFirst].lower);
    }
    this.addSurnamesThatAreWords(chunksBySentence);
    chunksBySentence.forEach((chunks, s) => {
      const list: Array<{ entity: Entity; first: number; last: number }> = [];
      for (const c of chunks) {
        if (c.first === c.last && !c.marked && lowercase.has(this.tokens[c.first].lower) && !isAllCapitals(this.tokens[c.first].text) &&
            this.opensSentenceOrQuote(c.first, s)) continue;
        // "Police said", "Officers restored order", "Scientists found": a common noun capitalised at a sentence's
        // start is a description, read as such when it speaks, not a name.
        if (c.coreFirst === c.coreLast && !c.marked && this.commonNounAsName(this.tokens[c.coreFirst].lower, c.first, s)) continue;
        const e = this.entityForChunk(c);
        if (!e) continue;
        e.mentions.push([this.tokens[c.first].start, this.tokens[c.last].end]);
        if (!e.forms.includes(c.core)) e.forms.push(c.core);
        if (c.gender && !e.gender) e.gender = c.gender;
        if (c.marked) e.titled = true;
        if (c.title && c.hasTitle && !e.role && c.kind !== 'place') e.role = c.title;
        if (!e.role && (e.kind === 'person' || e.kind === 'unknown')) {
          const role = roleBeforeName(this.tokens, c.first, this.sentences[s].first) ?? roleAppositiveBefore(this.tokens, c.first, this.sentences[s].first);
          if (role) { e.role = role; if (e.kind === 'unknown') e.kind = 'person'; }
        }
        this.readAppositive(e, c.first, c.last, this.sentences[s]);
        list.push({ entity: e, first: c.first, last: c.last });
        const force = this.localPolice(c, e);
        if (force) list.push(force);
      }
      this.named.push(list);
    });
  }

  /**
   * "Riverton police said", "a Marlow County police officer": a place's police, named by the place, is a body the
   * text names (and the one that "authorities" and "the department" then mean).
   */
  private localPolice(c: NameChunk, place: Entity): { entity: Entity; first: number; last: number } | null {
    const t = this.tokens;
    // "a Marlow County, Alden, police officer": the state or country between commas stays out of the name.
    let k = c.last + 1;
    if (t[k]?.text === ',') {
      let m = k + 1;
      while (m < t.length && m <= k + 4 && opensWithCapital(t[m].text)) m++;
      if (m > k + 1 && t[m]?.text === ',') k = m + 1;
    }
    const police = t[k];
    // (A name of unknown kind before "police" is most often a town: "Riverton police".)
    if ((place.kind !== 'place' && place.kind !== 'unknown') || !police || police.lower !== 'police' || police.text !== 'police' || police.start - t[k - 1].end > 1 || police.quote !== t[c.last].quote) return null;
    const name = `${c.core} police`;
    const e = this.entity('org', name.toLowerCase(), 'organization', name, t[c.first].start);
    // "the Riverton police department said": the force named with its head noun is the same body, and speaks as it.
    const head = t[k + 1];
    const last = head && POLICE_BODY_HEADS.has(head.lower) && head.start - police.end <= 1 && head.quote === police.quote ? k + 1 : k;
    e.mentions.push([t[c.first].start, t[last].end]);
    if (!e.forms.includes(name)) e.forms.push(name);
    return { entity: e, first: c.first, last };
  }

  /**
   * "Tom Hope spoke. Hope said …", "“We lost,” Park said": a surname that is also a word ("Hope", "Long", "Park")
   * is tagged as that word, so no name is found there; when a person of that surname is named in full, it is them.
   */
  private addSurnamesThatAreWords(chunksBySentence: NameChunk[][]): void {
    if (this.bySurname.size === 0) return;
    // (Only the tokens that may be a capitalised word outside quotes, listed by the pass over all tokens that
    // writtenLowercase made, or by one made here: few are, and fewer are a known surname.)
    const capitalised = this.capitalisedTokens ?? capitalisedOutsideQuotes(this.tokens);
    // Sentence s holds token k: both run in text order.
    let s = 0;
    let added = false;
    for (const k of capitalised) {
      while (s < this.sentences.length && this.sentences[s].last < k) {
        if (added) chunksBySentence[s].sort((a, b) => a.first - b.first);
        added = false;
        s++;
      }
      if (s === this.sentences.length) break;
      const sentence = this.sentences[s];
      const t = this.tokens[k];
      if (!this.bySurname.has(t.lower)) continue;
      // (Most mentions of a known surname lie in a chunk already: the few chunks of the sentence are read before the
      // tests below, whose regular expression and look-ups cost more; measured, the loop's most costly lines.)
      if (coversToken(chunksBySentence[s], k)) continue;
      // ("“We lost,” Park said": after a quote the tagger may read the surname as a verb, "park", too.)
      if (!CAPITALISED_WORD.test(t.text) || NOT_NAMES.has(t.lower)) continue;
      // Inside a sentence, only where a speaker stands, before a reporting verb or after a quote, and no title
      // ("the Alden Republican", a state and a party).
      const next = this.tokens[k + 1];
      if (k > sentence.first && (TITLES.has(t.lower) ||
          (!(next && CUE_WORDS.has(next.lower)) && this.tokens[k - 1].quote < 0 && !(k >= 2 && this.tokens[k - 2].quote >= 0)))) continue;
      const person = this.bySurname.get(t.lower)!;
      chunksBySentence[s].push({ first: k, last: k, coreFirst: k, coreLast: k, core: t.text, title: null, kind: 'person', gender: person.gender, marked: false, hasTitle: false });
      added = true;
    }
    if (added) chunksBySentence[s].sort((a, b) => a.first - b.first);
  }

  /** "RIVERTON, N.C. (AP) —": the place a story was filed from names no actor (datelines.ts). */
  private dropDatelines(chunksBySentence: NameChunk[][]): void {
    let dateline: { first: number; last: number } | null = null;
    this.sentences.forEach((sentence, s) => {
      dateline = datelineAt(this.tokens, sentence.first) ?? (dateline && dateline.last >= sentence.first ? dateline : null);
      const within = dateline;
      if (within) chunksBySentence[s] = chunksBySentence[s].filter((c) => c.first > within.last || c.last < within.first);
    });
  }

  /**
   * Whether a one-word name is a common noun of people or of speech written with a capital. The listed nouns
   * ("Police", "Officials") are common wherever they stand. A plural that only looks like an agent noun counts
   * as one at a sentence's or quote's start alone ("Organizers said"), and not when it is a person's surname in
   * this text: "Tanners", "Sellers" and "Weavers" are names too, and mid-sentence they are names only.
   */
  private commonNounAsName(lower: string, first: number, sentence: number): boolean {
    if (isListedSpeakerNoun(lower)) return true;
    if (!this.opensSentenceOrQuote(first, sentence)) return false;
    return SPEECH_NOUNS.has(lower) || PLAN_NOUNS.has(lower) || (isPluralAgentNoun(lower) && !this.bySurname.has(lower));
  }

  /**
   * Whether a chunk is two surnames joined by a hyphen ("Ruiz-Hale"), each of a different person the text names (by
   * a full name, or by a title: "President Ruiz"): a pairing ("a Ruiz-Hale call"). A double-barrelled surname
   * ("Abara-Okoye") has a first part that is nobody's surname on its own, and stays a name.
   */
  private joinsTwoPeople(c: NameChunk): boolean {
    const t = this.tokens;
    if (c.coreLast !== c.coreFirst + 2 || !isGluedHyphen(t, c.coreFirst + 1)) return false;
    const firstPart = t[c.coreFirst].lower;
    const lastPart = t[c.coreLast].lower;
    if (firstPart === lastPart || !this.namesAPerson(firstPart) || !this.namesAPerson(lastPart)) return false;
    const first = this.bySurname.get(firstPart);
    const last = this.bySurname.get(lastPart);
    return first === undefined || last === undefined || rootOf(first) !== rootOf(last);
  }

  /** Whether a word is a named person's surname, or a one-word name a title marks as a person's. */
  private namesAPerson(lower: string): boolean {
    return this.bySurname.has(lower) || this.markedSurnames.has(lower);
  }

  private entityForChunk(c: NameChunk): Entity | null {
    const at = this.tokens[c.first].start;
    const lowered = c.coreFirst === c.coreLast ? this.tokens[c.coreFirst].lower : c.core.toLowerCase();
    const lower = lowered.startsWith('the ') ? lowered.slice(4) : lowered;
    if (c.kind === 'place') {
      // (`lowered` is the core in lower case already: no second copy to make and hash.)
      const place = canonicalPlace(c.core, lowered);
      return this.entity('place', place, 'place', place, at);
    }
    // "RUIZ: We will." in a transcript after "Ana Ruiz" spoke: a capitalised surname, not an acronym's body.
    if (c.kind === 'organization' && c.coreFirst === c.coreLast && !c.marked && ALL_CAPS_WORD.test(this.tokens[c.coreFirst].text) &&
        !ORGANIZATION_HEADS.has(lower)) {
      // (A surname the person's name writes in lower-case letters: "Kestrel Growth PAC" gives no surname to "PAC".)
      const person = this.bySurname.get(lower);
      if (person && person.kind === 'person' && /\p{Ll}/u.test(person.name.slice(person.name.lastIndexOf(' ') + 1))) return person;
      // "HALVERSON: Let's begin." with no Halverson named in full: a transcript's speaker label is a person's surname, written
      // as a name is. (An acronym has few vowels or fewer letters: "NRHA:", "CNN:".)
      const word = this.tokens[c.coreFirst].text;
      if (this.opensTranscriptLine(c.coreFirst) && this.isTranscript() && word.length >= 4 && /[AEIOU].*[AEIOU]/.test(word)) {
        // (Of unknown kind until it speaks, which makes it a person: a column or body the text names in mixed case,
        // "KestrelWatch", then joins it in the exact-name pass.)
        const name = word.charAt(0) + word.slice(1).toLowerCase();
        return this.entity('unknown', lower, 'unknown', name, at);
      }
    }
    if (c.kind === 'organization') return this.entity('org', lower, 'organization', c.core.replace(LEADING_THE, ''), at);
    const last = surnameToken(this.tokens, c.coreFirst, c.coreLast);
    const start = hyphenatedSurnameStart(this.tokens, c.coreFirst, last);
    const whole = start < last ? this.bySurname.get(joinTokens(this.tokens, start, last).toLowerCase()) : undefined;
    const known = whole ?? this.bySurname.get(this.tokens[last].lower);
    // "Abara-Okoye" and "de Vries" alone are surnames, though written in several tokens.
    if (c.kind === 'person' && c.coreLast > c.coreFirst && c.core.includes(' ') && !NAME_PARTICLES.has(this.tokens[c.coreFirst].text)) {
      const full = this.entity('person', lower, 'person', c.core, at);
      // A longer spelling of the same person ("Vladimir V. Putin" after "Vladimir Putin") becomes the name.
      if (known && known !== full && firstWord(known.name) === firstWord(c.core)) {
        if (c.core.length > known.name.length) known.name = c.core;
        return known;
      }
      return full;
    }
    // "a Ruiz-Hale call" names the pair, not a third person and not Hale alone: no actor, and no alias of either.
    if (!whole && (c.kind === 'person' || c.kind === 'unknown') && this.joinsTwoPeople(c)) return null;
    // ("Hurricane Hale" is no one of the surname Hale: a thing never joins a person by its last word.)
    if (known && c.kind !== 'thing') return known;
    if (c.kind === 'person') return this.entity('person', lower, 'person', c.core, at);
    if (c.kind === 'group') return this.entity('group', lower, 'group', c.core, at);
    if (c.kind === 'thing') return this.entity('thing', lower, 'thing', c.core, at);
    return this.entity('unknown', lower, 'unknown', c.core, at);
  }

  private readAppositive(e: Entity, chunkFirst: number, chunkLast: number, s: Sentence): void {
    const t = this.tokens;
    if (e.kind !== 'person' && e.kind !== 'unknown') return;
    if (chunkLast + 2 > s.last || t[chunkLast + 1].text !== ',') return;
    const first = chunkLast + 2;
    if (t[first].pos !== 'DET' && !(t[first].pos === 'PROPN' || t[first].pos === 'ADJ' || t[first].pos === 'NOUN')) return;
    const last = nounPhraseStartingAt(t, first, s.last);
    if (last < 0) return;
    const after = t[last + 1];
    if (after && after.text !== ',' && after.text !== '.' && after.pos !== 'VERB' && after.pos !== 'AUX') return;
    // "In Riverton, the mayor said", "Speaking in the Dáil, the minister said": after a preposition the name ends a
    // fronted phrase; the noun phrase after the comma is the clause's subject.
    let before = chunkFirst - 1;
    if (before > s.first && t[before].pos === 'DET') before--;
    if (before >= s.first && t[before].pos === 'ADP' && after && (after.pos === 'VERB' || after.pos === 'AUX')) return;
    const role = roleOf(t, { first, last });
    if (!role) return;
    if (!e.role) e.role = role;
    if (e.kind === 'unknown') e.kind = 'person';
    e.mentions.push([t[first].start, t[last].end]);
    this.byDescription.set(joinTokens(t, first, last).toLowerCase().replace(/^(the|a|an) /, ''), e);
  }

  /** The person named right before "of" or "from" and the town that ends at `townLast` ("Ana Ruiz of Riverton"), or null. */
  private personFromTown(townLast: number, sentence: number): Entity | null {
    const t = this.tokens;
    let k = townLast;
    while (k > townLast - 4 && k > 0 && opensWithCapital(t[k].text)) k--;
    if (k === townLast || k < 1 || (t[k].lower !== 'of' && t[k].lower !== 'from')) return null;
    const person = (this.named[sentence] ?? []).find((n) => n.last === k - 1 && rootOf(n.entity).kind === 'person');
    return person ? rootOf(person.entity) : null;
  }

  /** Whether the words before a name are a person's role that the name's "of", "at" or "for" phrase completes ("the head of"). */
  private roleOfBody(first: number, nameFirst: number): boolean {
    const t = this.tokens;
    let k = nameFirst - 1;
    if (k >= first && (t[k].lower === 'the' || POSSESSIVE_DETERMINERS.has(t[k].lower))) k--;
    if (k < first + 1 || !/^(of|at|for)$/.test(t[k].lower)) return false;
    // One person's role ("the director of"), not a group's ("critics of the plan, like Senator Hale, …").
    const role = t[k - 1].lower;
    return ROLES_AND_TITLES.has(role) || (isPeopleNoun(role) && !role.endsWith('s'));
  }

  /** The entity a source noun phrase names, or a new description entity. Pronouns are resolved by the caller. */
  entityForSource(head: TokenRange, appositive: TokenRange | null, sentence: number, source: TokenRange | null = null): Entity | null {
    // "analysts at Kestrel Research", "researchers from the Riverton Institute": people speaking for their body.
    const member = source ? this.memberOf(head, source, sentence) : null;
    if (member) return member;
    // "Further, the executive said": an opening adverb read as a subject leaves the appositive as the speaker.
    if (head.first === head.last && appositive && NOT_NAMES.has(this.tokens[head.first].lower)) return this.entityForSource(appositive, null, sentence);
    const named = this.named[sentence] ?? [];
    const inRange = (r: TokenRange | null) => r ? named.filter((n) => n.first >= r.first && n.last <= r.last && n.entity.kind !== 'place') : [];
    // "a spokeswoman, Ines Roa, said": the appositive speaks only when it is a name, not when it names a place or body in passing.
    const appositiveName = appositive ? inRange(appositive).filter((n) => n.first <= appositive.first + 1) : [];
    const direct = inRange(head);
    // "Ana Ruiz of the Riverton Institute of Science and Technology said": the subject's last word may sit inside
    // a longer name; that name speaks, or the person the "of" phrase belongs to.
    // ("Minister for Health Ana Ruiz said", read as "Minister" and its modifier: the name the title opens speaks.)
    const containing = direct.length === 0 ? named.find((n) => n.first <= head.last && n.last >= head.last && (n.first < head.first ||
      (n.first === head.first && n.last > head.last && rootOf(n.entity).kind === 'person'))) : undefined;
    // "Ana Ruiz Slams Kestrel Bank Chief: …": in a title-case headline the first of two names a verb parts speaks.
    const clause = direct.length >= 2 && isTitleCase(this.tokens, this.sentences[sentence].first, this.sentences[sentence].last) ?
      headlineSubjectIndex(this.tokens, direct, (w) => TITLES.has(w) || ROLE_HEADS.has(w)) : -1;
    let pick: { entity: Entity; first: number; last: number } | undefined = direct.length > 0 ? direct[clause >= 0 ? clause : direct.length - 1] : containing ?? appositiveName[0];
    // "The director of the Kestrel Institute, Ana Ruiz, said": the body only says whose director; the named person speaks.
    if (pick && direct.includes(pick) && appositive && appositiveName[0]?.first === appositive.first && rootOf(appositiveName[0].entity).kind === 'person' &&
        this.roleOfBody(head.first, pick.first)) {
      pick = appositiveName[0];
    }
    const beforeOf = pick;
    if (pick) pick = this.personOf(named, pick);
    // "Ana Ruiz of Riverton police said": the person the "of" phrase belongs to speaks, not the body after it.
    const ofPerson = pick !== beforeOf;
    // "County officials said", "Safety experts say", "the giant Rovers lock": a name that only modifies a
    // common noun is not the speaker; the description is, unless it is the body's spokesperson.
    const headWord = this.tokens[head.last];
    // ("caucus-goers": a compound's people noun is the whole compound.)
    const headLower = hyphenatedHead(this.tokens, head.first, head.last) ?? headWord.lower;
    if (pick && !ofPerson && direct.includes(pick) && pick.last < head.last && opensInLowerCase(headWord.text) &&
        (headWord.pos === 'VERB' || ((headWord.pos === 'NOUN' && (isPeopleNoun(headLower) || ORGANISATION_NOUNS.has(headWord.lower))) || COUNTERPARTS.has(headWord.lower)))) {
      const body = rootOf(pick.entity);
      // "Hale's son, Tom Hale, said": the appositive's name speaks.
      if (!(SPOKESPEOPLE.has(headWord.lower) && (body.kind === 'organization' || body.kind === 'place'))) pick = appositiveName[0];
    }
    if (pick) {
      const e = rootOf(pick.entity);
      // "the Asteroid Belt", "Elmwood Apartments": a named thing or place-like building does not speak.
      if (e.kind === 'thing') return null;
      // "Riverton, who have no game this weekend, will be hoping …": a name that takes a plural verb is a team or
      // a body ("have", "are", "were" after "who"); any other name that speaks is a person.
      if (e.kind === 'unknown') e.kind = this.takesPluralVerb(pick.last) ? 'organization' : 'person';
      return e;
    }
    const t = this.tokens;
    // "Russia said", "the Netherlands said": a place speaks when it is the whole subject, not "the mayor of Riverton".
    const places = named.filter((n) => n.first >= head.first && n.last <= head.last);
    const place = places[places.length - 1];
    if (place && place.last === head.last && (place.first === head.first || (place.first === head.first + 1 && t[head.first].pos === 'DET'))) {
      // "the house in Riverton, N.Y., speaking on condition of anonymity, said": a state's short form after a town's
      // comma is the end of an address, not the subject.
      if (head.first >= 2 && t[head.first - 1].text === ',') {
        // "Ana Ruiz of Riverton, Ohio says": the state ends where the person is from; the person speaks.
        const from = this.personFromTown(head.first - 2, sentence);
        if (from) return from;
        if (place.first === head.last && t[head.last].text.endsWith('.')) return null;
      }
      return rootOf(place.entity);
    }
    let headToken = t[head.last];
    // "One of the jurors said": one member of a group, the same as "one juror", never the group itself.
    const partitiveLast = head.first === head.last ? source?.last ?? head.last : head.last;
    if (t[head.first].lower === 'one' && partitiveLast > head.first) {
      const member = this.partitiveMember(head.first, partitiveLast);
      if (member) {
        const e = this.entity('description', `one ${member}`, 'person', `one ${member}`, t[head.first].start);
        e.head ??= member;
        e.mentions.push([t[head.first].start, t[partitiveLast].end]);
        return e;
      }
    }
    // "Three victims read statements. One said:": a lone "one" is one of the people the sentence before counts.
    if (head.first === head.last && (headToken.lower === 'one' || headToken.lower === 'another') && sentence > 0) {
      const people = this.pluralPeopleIn(sentence - 1);
      if (people) {
        const e = this.entity('description', `one of the ${people}`, 'person', `one of the ${people}`, t[head.first].start);
        e.head ??= people.replace(/s$/, '');
        e.mentions.push([headToken.start, headToken.end]);
        return e;
      }
    }
    // A lone pronoun is resolved by the caller; "most of them" is a group of its own.
    if (headToken.pos === 'PRON' && head.first === head.last) return null;
    // "each side accused the other", "neither party would comment": several actors in turn, no one of them.
    if (DISTRIBUTIVES.has(t[head.first].lower) && head.last > head.first) return null;
    // "the club's spokesperson": a spokesperson speaks for the body that owns them, named or not.
    if (SPOKESPEOPLE.has(t[head.last].lower) && head.last - 2 >= head.first && /^['\u2019]s$/.test(t[head.last - 1].lower)) {
      const owner = this.unnamedBody(head.first, head.last - 2);
      if (owner) return owner;
    }
    const stripped = keepBodysOwner(t, head, stripDeterminer(t, head));
    if (stripped.first > stripped.last || isDate(t, stripped)) return null;
    const text = joinTokens(t, stripped.first, stripped.last);
    // "another source", "a second official": someone other than the one met before, however alike the words.
    const other = /^(another|other|second|third)$/.test(t[head.first].lower) || (head.first + 1 <= head.last && /^(second|third|other)$/.test(t[head.first + 1].lower));
    const known = other ? null : rootOf(this.byDescription.get(text.toLowerCase()) ?? null);
    if (known) { known.mentions.push([t[head.first].start, t[head.last].end]); return known; }
    const age = isAgeCompound(t, head.last, head.first);
    // "the head of Riverton's health authority": the noun before "of" heads the description.
    headToken = t[stripped.last];
    // "the secretary-general": a title joined by hyphens heads as a whole, not as its last word ("general").
    const compound = hyphenatedHead(t, stripped.first, stripped.last);
    const lower = age ? 'year-old' : compound && ROLE_HEADS.has(compound) ? compound : headToken.lower;
    // A description is a person only when a role noun heads it ("the spokeswoman"); plural nouns are groups;
    // anything else that speaks ("a draft", "the poll", "the ministry") is a body or a document.
    const plural = GROUP_HEADS.has(lower) || COLLECTIVE_PEOPLE.has(lower) || MANY.has(lower) || IRREGULAR_PLURALS.has(lower) || lower === 'them' || lower === 'us' || (lower.endsWith('s') && (headToken.pos === 'NOUN' || isPeopleNoun(lower)) && !ROLE_HEADS.has(lower) && !SPEECH_NOUNS.has(lower));
    // "the forecaster", "the broadcaster", "the carrier": agent nouns that name a body, not a person.
    const body = ORGANISATION_NOUNS.has(lower) || ORGANIZATION_HEADS.has(lower);
    // A definite description headed by a noun no lexicon knows ("the giant Rovers lock") is a nominal for a person;
    // the nominal pass resolves it or it speaks for nobody.
    const definitePosition = !body && !plural && !SPEECH_NOUNS.has(lower) && t[head.first].lower === 'the' && head.last > head.first;
    const kind: ActorKind = !body && (age || ROLE_HEADS.has(lower) || (isRoleNoun(headToken) && !plural) || definitePosition) ? 'person' : plural ? 'group' : 'organization';
    // Shown as "another source" when the determiner that set it apart was stripped, so the Actors view tells the two apart.
    const shown = other && !/^(another|other|second|third)\b/i.test(text) ? `${t[head.first].lower} ${text}` : text;
    const e = this.entity('description', `${text.toLowerCase()}${other ? `#${t[head.first].start}` : ''}`, kind, shown, t[head.first].start);
    e.head ??= lower;
    // (A first word that is a name of the text, "Mathers supporters", keeps its capital even opening a sentence.)
    if (opensWithCapital(t[stripped.first].text) && (!this.opensSentenceOrQuote(stripped.first, sentence) || this.insideName(stripped.first, sentence))) {
      e.capitalWhereWritten = true;
    }
    // "says health minister" (a headline's bare role) refers like "the health minister"; "a minister" does not.
    // "Hale's attorney", "her lawyer": a possessive makes a description definite too.
    const possessed = POSSESSIVE_DETERMINERS.has(t[head.first].lower) || (head.last - 1 > head.first && /^['\u2019]s$/.test(t[head.last - 1].lower));
    // "Singer cancels tour" opening the article: a headline's capitalised bare role is the one the story is about.
    const headlineRole = sentence === 0 && head.first === this.sentences[0].first && !plural && kind === 'person' && t[head.first].pos !== 'DET' &&
      t[head.first].pos !== 'NUM' && t[head.first].pos !== 'PRON';
    e.definite ||= possessed || headlineRole || t[head.first].lower === 'the' || t[head.first].lower === 'this' || (t[head.first].pos !== 'DET' && t[head.first].pos !== 'NUM' && t[head.first].pos !== 'PRON' && !plural && kind === 'person' && !opensWithCapital(t[head.first].text) && head.first > 0 && t[head.first - 1].pos !== 'ADP');
    e.mentions.push([t[head.first].start, t[head.last].end]);
    if (kind === 'person') e.role ??= roleOf(t, head);
    return e;
  }

  /** Which words of one-word chunks opening a sentence or quote the text also writes in lower case (one pass over
   * the tokens, and none when no such chunk exists). */
  private writtenLowercase(chunksBySentence: NameChunk[][], text?: string): Set<string> {
    const candidates = new Set<string>();
    chunksBySentence.forEach((chunks, s) => {
      for (const c of chunks) {
        if (c.first === c.last && !c.marked && this.opensSentenceOrQuote(c.first, s)) candidates.add(this.tokens[c.first].lower);
        if (this.namedLikeABody(c)) candidates.add(this.tokens[c.coreLast].lower);
      }
    });
    const found = new Set<string>();
    if (candidates.size === 0) return found;
    // A few words: search the text for each (native and linear); many: one pass over the tokens.
    if (text !== undefined && candidates.size <= 8) {
      for (const word of candidates) if (occursAsWord(text, word)) found.add(word);
      return found;
    }
    // The pass also lists the tokens addSurnamesThatAreWords reads, which spares it a pass of its own (measured: a
    // pass over every token is most of its time).
    const capitalised: number[] = [];
    const sieve = new WordSieve(candidates);
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (opensInLowerCase(t.text) && sieve.mayHold(t.lower) && candidates.has(t.lower)) found.add(t.lower);
      if (mayBeCapitalisedOutsideQuotes(t)) capitalised.push(k);
    }
    this.capitalisedTokens = capitalised;
    return found;
  }

  /** "Riverton, who have …": the relative pronoun right after the name takes a plural verb. */
  private takesPluralVerb(nameLast: number): boolean {
    const t = this.tokens;
    let k = nameLast + 1;
    if (t[k]?.text === ',') k++;
    return t[k]?.lower === 'who' && t[k].quote < 0 && /^(have|are|were)$/.test(t[k + 1]?.lower ?? '');
  }

  /** A person's name only by its shape: two to four capitalised words with no title, honorific or given name. */
  private namedLikeABody(c: NameChunk): boolean {
    return c.kind === 'person' && !c.marked && c.title === null && c.coreLast > c.coreFirst && c.coreLast - c.coreFirst <= 3 &&
      !isFirstName(this.tokens[c.coreFirst].text) && OPENS_CAPITAL_THEN_LOWER.test(this.tokens[c.coreLast].text);
  }

  /**
   * Whether the text is a transcript: two or more lines open with a label in capitals and a colon ("HOST:", "RUIZ:").
   * One such line is as often an outlet's or a column's label before a headline ("KESTRELWIRE: …"). Counted once.
   */
  private transcriptLabels = -1;
  private isTranscript(): boolean {
    if (this.transcriptLabels < 0) {
      const labels = new Set<string>();
      const t = this.tokens;
      for (let k = 0; k + 1 < t.length && labels.size < 2; k++) {
        if (t[k + 1].text === ':' && ALL_CAPS_WORD.test(t[k].text) && this.opensTranscriptLine(k)) labels.add(t[k].text);
      }
      this.transcriptLabels = labels.size;
    }
    return this.transcriptLabels >= 2;
  }

  /** Whether token k opens a transcript's line: "NAME:" at a paragraph's start, or just inside its opening quote mark. */
  private opensTranscriptLine(k: number): boolean {
    const t = this.tokens;
    if (t[k + 1]?.text !== ':') return false;
    return opensParagraph(t, k) || (k > 0 && isOpeningMark(t[k - 1].text) && opensParagraph(t, k - 1));
  }

  /**
   * Whether token k lies inside a name of its sentence that the text names again: a sentence's capitalised first
   * word read as a name once ("Patient advocacy groups") is no evidence.
   */
  private insideName(k: number, sentence: number): boolean {
    for (const n of this.named[sentence] ?? []) if (n.first <= k && n.last >= k) return rootOf(n.entity).mentions.length >= 2;
    return false;
  }

  private opensSentenceOrQuote(k: number, sentence: number): boolean {
    const t = this.tokens;
    return k === this.sentences[sentence].first || (k > 0 && (t[k - 1].quote !== t[k].quote || isOpeningMark(t[k - 1].text)));
  }

  private memberOf(head: TokenRange, source: TokenRange, sentence: number): Entity | null {
    const t = this.tokens;
    const word = t[head.last];
    // "a spokesman for the Water Board": someone who only speaks for a body is that body speaking.
    const spokesperson = SPOKESPEOPLE.has(word.lower) && /^(for|of|at|from|with)$/.test(t[head.last + 1]?.lower ?? '');
    // The tagger may read a sentence's capitalised first word as a name ("Scientists/PROPN from …").
    const noun = word.pos === 'NOUN' || (word.pos === 'PROPN' && head.last === head.first && isPeopleNoun(word.lower));
    if (source.last <= head.last + 1 || !noun || (!spokesperson && (!word.lower.endsWith('s') || !isPeopleNoun(word.lower)))) return null;
    if (!spokesperson && !/^(at|from|with)$/.test(t[head.last + 1].lower)) return null;
    const body = (this.named[sentence] ?? []).find((n) => n.first > head.last + 1 && n.first <= head.last + 3 && n.last <= source.last);
    if (!body) return spokesperson ? this.unnamedBody(head.last + 2, source.last) ?? this.spokespersonFor(head, source) : null;
    const e = rootOf(body.entity);
    // People work "at" a body: a two-word name there that no given name opens ("Kestrel Research") is one.
    if (e.kind === 'person' && !e.role && !isFirstName(e.name.split(' ')[0]) && !e.gender) e.kind = 'organization';
    return e.kind === 'organization' ? e : spokesperson ? this.spokespersonFor(head, source) : null;
  }

  /**
   * "a spokesman for the Riverton mayor", "a spokeswoman for Ana Ruiz": a spokesperson for someone who is not a body
   * is an unnamed person, shown with whom they speak for (a bare "spokesman" tells the reader nothing).
   */
  private spokespersonFor(head: TokenRange, source: TokenRange): Entity | null {
    const end = nounPhraseStartingAt(this.tokens, head.last + 2, source.last);
    return end < 0 ? null : this.describedBy(head.first, end, 'person', this.tokens[head.last].lower);
  }

  /** The unnamed entity the words first..last describe (a determiner before them left out of its name). */
  private describedBy(first: number, last: number, kind: ActorKind, head: string): Entity {
    const t = this.tokens;
    const range = stripDeterminer(t, { first, last });
    const text = joinTokens(t, range.first, range.last);
    const e = this.entity('description', text.toLowerCase(), kind, text, t[first].start);
    e.head ??= head;
    e.mentions.push([t[first].start, t[last].end]);
    return e;
  }

  /**
   * "a spokesperson for the city's transport department": the body a spokesperson speaks for, unnamed, as a description
   * of its own ("city's transport department"), so that "the department" later is the same body; null when the words
   * after "for" are no body.
   */
  private unnamedBody(first: number, last: number): Entity | null {
    const t = this.tokens;
    const end = nounPhraseStartingAt(t, first, last);
    if (end < 0 || !ORGANISATION_NOUNS.has(t[end].lower)) return null;
    return this.describedBy(first, end, 'organization', t[end].lower);
  }

  /** The first plural noun for people in a sentence ("victims"), outside quotes, or null. */
  /** The singular of "jurors" in "one of the jurors" (token `one`, up to `last`), or null when no people noun follows. */
  private partitiveMember(one: number, last: number): string | null {
    const t = this.tokens;
    let k = one + 1;
    if (k > last || t[k].lower !== 'of') return null;
    k++;
    if (k <= last && (t[k].lower === 'the' || t[k].lower === 'those' || t[k].lower === 'these')) k++;
    if (k !== last || t[k].pos !== 'NOUN' || !t[k].lower.endsWith('s') || !isPeopleNoun(t[k].lower)) return null;
    const plural = t[k].lower;
    const singular = plural.endsWith('men') ? `${plural.slice(0, -3)}man` : plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
    return ROLE_HEADS.has(singular) || isPeopleNoun(singular) ? singular : null;
  }

  private pluralPeopleIn(sentence: number): string | null {
    const s = this.sentences[sentence];
    for (let k = s.first; k <= s.last; k++) {
      const t = this.tokens[k];
      // ("Fans reacted …": a plural opening the sentence may be tagged as a name.)
      if (t.quote < 0 && (t.pos === 'NOUN' || (t.pos === 'PROPN' && k === s.first)) && t.lower.endsWith('s') && isPeopleNoun(t.lower)) return t.lower;
    }
    return null;
  }

  /** "X of (the) Y" with X a person and Y a body: X speaks, Y is where X works. */
  private personOf(named: Array<{ entity: Entity; first: number; last: number }>, pick: { entity: Entity; first: number; last: number }) {
    if (rootOf(pick.entity).kind === 'person') return pick;
    let k = pick.first - 1;
    if (this.tokens[k]?.lower === 'the') k--;
    if (this.tokens[k]?.lower !== 'of') return pick;
    const person = named.find((n) => n.last === k - 1 && (rootOf(n.entity).kind === 'person' || rootOf(n.entity).kind === 'unknown'));
    return person ?? pick;
  }

  /** Most recent entity of a kind named before token `before`, looking back a few sentences. */
  recentNamed(before: number, sentence: number, accept: (e: Entity) => boolean, lookBack = 3): Entity | null {
    for (let s = sentence; s >= 0 && s >= sentence - lookBack; s--) {
      const list = this.named[s] ?? [];
      for (let k = list.length - 1; k >= 0; k--) {
        const e = rootOf(list[k].entity);
        if (list[k].last < before && accept(e)) return e;
      }
    }
    return null;
  }

  /** The entity named at the very start of a sentence (after at most one word such as "But"), before token
   * `before`: the sentence's subject. A name after an opening phrase ("Asked about the budget, Lund said …") is not it. */
  openingSubject(sentence: number, before: number, accept: (e: Entity) => boolean): Entity | null {
    const start = this.sentences[sentence]?.first ?? 0;
    for (const n of this.named[sentence] ?? []) {
      if (n.first > start + 1 || n.last >= before) break;
      // A name inside a quote at the sentence's start is quoted, not the subject.
      const e = rootOf(n.entity);
      if (this.tokens[n.first].quote < 0 && accept(e)) return e;
    }
    return null;
  }

  /**
   * The subject of a sentence's main clause: the last accepted name before its first verb outside quotes
   * ("Rovers captain Jim Hale struggled …" → Hale), looked for before token `before`.
   */
  clauseSubject(sentence: number, before: number, accept: (e: Entity) => boolean): Entity | null {
    const s = this.sentences[sentence];
    if (!s) return null;
    const verb = this.firstVerbOf(sentence);
    let found: Entity | null = null;
    for (const n of this.named[sentence] ?? []) {
      if (n.last >= verb || n.last >= before) break;
      const e = rootOf(n.entity);
      if (this.tokens[n.first].quote < 0 && accept(e)) found = e;
    }
    return found;
  }

  private verbs: Int32Array | null = null;

  /** The first verb of sentence `sentence` outside quotes (see firstVerb), computed once per sentence. */
  firstVerbOf(sentence: number): number {
    this.verbs ??= new Int32Array(this.sentences.length).fill(-1);
    if (this.verbs[sentence] < 0) this.verbs[sentence] = firstVerb(this.tokens, this.sentences[sentence]);
    return this.verbs[sentence];
  }

  /** The first person named in a sentence: its likely subject. */
  subjectOf(sentence: number, accept: (e: Entity) => boolean): Entity | null {
    const list = this.named[sentence] ?? [];
    for (const n of list) if (accept(rootOf(n.entity))) return rootOf(n.entity);
    return null;
  }
}

export function pronounGender(lower: string): Gender | 'plural' | 'neuter' | 'first' | 'second' | undefined {
  return PERSON_PRONOUNS.get(lower) ?? SUBJECT_PRONOUNS.get(lower);
}
