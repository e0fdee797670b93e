/**
 * Proper-name chunks: runs of capitalised tokens ("Russian President Vladimir V. Putin", "Fox News"), split into
 * the title before the name and the name itself, and classified as a person, organisation or place.
 */
import { isGluedHyphen, type Token } from './tokens';
import { appendAll } from './arrays';
import { isFirstName } from './lexicon/firstNames';
import { hasAgentEnding, NOT_AGENT_NOUNS } from './lexicon/agentNouns';
import {
  COMMON_INITIALISMS, DEMONYMS, FEMALE_HONORIFICS, GROUP_HEADS, HONORIFICS, ITEM_LABELS, MALE_HONORIFICS, NOT_NAMES, ORGANIZATION_HEADS, PLACES, ROLE_HEADS, TIME_ZONES, TITLES, TITLES_AND_HONORIFICS,
} from './lexicon/names';
import { endsWithFullStop, isAsciiLower, isAsciiUpper, opensInLowerCase, opensWithCapital } from './letters';

export type NameKind = 'person' | 'organization' | 'place' | 'group' | 'thing' | 'unknown';

/** Last words of the names of days and seasons ("National Day", "Election Night"): things, not people. */
const CALENDAR_ENDINGS = new Set(['day', 'eve', 'night', 'week', 'weekend']);

/** Last words that make a capitalised name a thing or a place: a building, a street, a sky object, an event, a work. */
export const THING_HEADS = new Set([...CALENDAR_ENDINGS, ...`ridge hill hills peak summit canyon gorge ground city town village suburb county province region neighbourhood neighborhood system cloud survey reef farm farms ranch estate harbor harbour port wharf pier dock cape point apartments apartment street st. road rd. avenue ave. boulevard lane drive
  park stadium arena hall bridge river lake mountain mountains island islands bay creek falls building tower square
  station airport highway freeway trail canyon valley beach coast peninsula forest telescope mission program programme
  project act bill law award awards prize cup championship championships premiership tournament games festival gala show
  war crisis storm hurricane fire plan index route line way belt galaxy nebula comet planet moon star belt ocean sea
  gulf strait mall plaza center's terminal hotel resort motel restaurant cafe bar pub cemetery church cathedral temple mosque synagogue hospital's test match final semifinal series prix
  marathon race open classic derby bowl shield trophy medal summit conference convention treaty accord agreement
  deal pact declaration doctrine constitution amendment code day week month year season era age period`.split(/\s+/)]);
/** Last words of the names of laws and events, which no word inside makes a body. */
const LAW_AND_EVENT_ENDINGS = new Set(['act', 'amendment', 'treaty', 'accord', 'gala', 'festival', 'tournament', 'championship',
  'championships', 'cup', 'marathon', 'prize', 'award', 'awards', 'olympics', 'tour']);

/** Words between spaces in tokens first..last: "Kim Ji-woo" is two, "Philippa of Kestrel Ridge" four. */
function spacedWords(tokens: Token[], first: number, last: number): number {
  let words = 1;
  for (let k = first + 1; k <= last; k++) if (tokens[k].start > tokens[k - 1].end) words++;
  return words;
}

/**
 * Last words of the names of structures and landforms that no surname is ("Hazel Station", "Rosalind Island"), whatever
 * given name opens them. ("Ridge", "Tower", "Lake" and "Bridge" are surnames too: "Lena Ridge" stays a person.)
 */
const STRUCTURE_ENDINGS = new Set(['station', 'airport', 'stadium', 'arena', 'building', 'mall', 'canyon', 'reef', 'island', 'creek']);
export type Gender = 'male' | 'female' | undefined;

export interface NameChunk {
  /** Token range of the whole chunk, title included. */
  first: number;
  last: number;
  /** Token range of the name proper. */
  coreFirst: number;
  coreLast: number;
  /** The name as written, without title or honorific ("Vladimir V. Putin", "Peskov"). */
  core: string;
  /** Title text before the name, honorifics excluded ("Russian President"), or null. */
  title: string | null;
  kind: NameKind;
  gender: Gender;
  /** True when an honorific or title marks the chunk as a person. */
  marked: boolean;
  /** True when the title holds a title word ("President"), not only a demonym or place ("Russian"). */
  hasTitle: boolean;
}

/** "since Jan. 1", "on Tues.": a month's or a day's short form with its full stop is a date, never a name ("Jan Ruiz" is). */
const DATE_ABBREVIATIONS = new Set(['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.']);

const CONNECTORS = new Set(['of', 'de', 'da', 'del', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'du', 'ng', 'y', '&', 'and']);
// Asked of every capitalised word or one-word name: as literals in the functions they would be a new RegExp object per call.
const DIGITS_AND_COMMAS = /^[\d,]+$/;
const CONTRACTION_ENDING = /['\u2019](m|re|ve|ll|d|s|t)$/i;
const OPENING_QUOTE_MARK = /^[\u201C"\u00AB']$/;
const LONE_CAPITAL = /^\p{Lu}\.?$/u;
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u;
const CAPITAL_AFTER_LOWER_CASE = /^\p{Lu}\p{L}*[a-z][A-Z]/u;
const SURNAME_PREFIX = /^(Mc|Mac|O['\u2019]|De|Di|Da|Du|La|Le|Van|Vander|Von|St)\p{Lu}/u;
const PEOPLES_PLURAL = /(ans|ese|ists|ites)$/;

/**
 * "They're", "Ana'll": whether a word ends in a contraction (CONTRACTION_ENDING). Its apostrophe stands second or third
 * from the end, so two code units are read before the regular expression runs, not the whole word twice for an
 * apostrophe: asked of every capitalised word.
 */
function endsInContraction(text: string): boolean {
  const secondLast = text.charCodeAt(text.length - 2);
  const thirdLast = text.charCodeAt(text.length - 3);
  return (secondLast === 39 || secondLast === 0x2019 || thirdLast === 39 || thirdLast === 0x2019) && CONTRACTION_ENDING.test(text);
}

function isNameToken(t: Token, sentenceFirst: boolean): boolean {
  if (!opensWithCapital(t.text)) return false;
  if (t.text.length >= 6 && looksGenerated(t.text)) return false;
  if (endsInContraction(t.text)) return false;
  // "WHO", "IT": an acronym inside a sentence is a name even when it spells a common word, but a time zone is not ("EST").
  if (!sentenceFirst && isAllCapitals(t.text)) return !TIME_ZONES.has(t.lower);
  if (NOT_NAMES.has(t.lower) || (endsWithFullStop(t.lower) && (NOT_NAMES.has(t.lower.slice(0, -1)) || DATE_ABBREVIATIONS.has(t.lower)))) return HONORIFICS.has(t.lower);
  if (t.pos === 'PROPN') return true;
  if (sentenceFirst) return TITLES_AND_HONORIFICS.has(t.lower);
  return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'NUM';
}

/**
 * "QxTrBzKm", "QxTrB7": a link's or a post's identifier, not a name. A name puts at least two lower-case letters
 * between capitals after its first two letters ("HarborCastLive", "KestrelWatch"); "McHale", "DeLorn" and
 * "LeRuiz" put one, but only right at the start.
 */
function looksGenerated(text: string): boolean {
  for (let i = 2; i + 1 < text.length; i++) {
    if (isAsciiLower(text.charCodeAt(i)) && isAsciiUpper(text.charCodeAt(i - 1)) && isAsciiUpper(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Titles, honorifics, demonyms and places in one set: asked of every capitalised word (a hot path). */
const TITLE_WORDS = new Set<string>([...TITLES, ...HONORIFICS, ...DEMONYMS.keys(), ...PLACES.keys()]);

function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower);
}

/**
 * The kind of a name. Only the kind: splitChunk derives the gender and the mark from the honorific and the title, so
 * no result object is built per chunk (a young-generation allocation for each of the ~55,000 chunks of PolNeAR train).
 * `corePlace`, when given, is whether the name is a place (PLACES.has of its lower case), which splitChunk knew.
 * `runHasBodyHead` is whether any token of the chunk's run, which holds the name, is in ORGANIZATION_HEADS: when none
 * is, the name's words are not looked up again.
 */
function classify(tokens: Token[], chunk: Pick<NameChunk, 'coreFirst' | 'coreLast' | 'core'>, honorific: string | null, hasTitle: boolean,
  corePlace: boolean | undefined, runHasBodyHead: boolean): NameKind {
  const oneWord = chunk.coreFirst === chunk.coreLast;
  // A one-word name's lower case is its token's already (asked only where oneWord holds). A longer name is lower-cased
  // only where a test needs it, a new string hashed afresh by each look-up: for PLACES when its last word may end a
  // place, and at the end.
  const oneWordLower = tokens[chunk.coreFirst].lower;
  if (honorific) return 'person';
  // "her GP", "the TV", "GDP figures", "EVs": initials of common nouns name no body.
  if (oneWord && isAllCapitalsLessPluralS(tokens[chunk.coreFirst].text) && COMMON_INITIALISMS.has(oneWordLower.replace(/s$/, ''))) return 'thing';
  if (corePlace ?? (oneWord ? PLACES.has(oneWordLower) : mayEndPlace(tokens, chunk.coreLast) && PLACES.has(chunk.core.toLowerCase()))) return 'place';
  // "Tannery Avenue", "George Street": an address, whatever body's word or given name it holds ("Downing Street"
  // speaks for a government).
  if (!hasTitle && !oneWord && ADDRESS_ENDINGS.has(tokens[chunk.coreLast].lower) && tokens[chunk.coreFirst].lower !== 'downing') {
    return 'thing';
  }
  // "the Mineral Resources Development Act", "the Kestrel Opening Night Gala": a law or an event is named after the
  // bodies it concerns, and is still no body.
  if (!oneWord && LAW_AND_EVENT_ENDINGS.has(tokens[chunk.coreLast].lower)) return 'thing';
  // "his wife Democratic presidential front-runner Ana Ruiz": a capitalised adjective alone before a common noun
  // modifies it and names no one ("the Democratic party" is the party's name: a body's head word follows).
  const next = tokens[chunk.coreLast + 1];
  if (oneWord && tokens[chunk.coreFirst].pos === 'ADJ' && next && (next.pos === 'NOUN' || next.pos === 'ADJ') && opensInLowerCase(next.text) &&
      !ORGANIZATION_HEADS.has(next.lower) && !isAllCapitals(tokens[chunk.coreFirst].text)) return 'thing';
  for (let i = chunk.coreFirst; i <= chunk.coreLast; i++) {
    const w = tokens[i].lower;
    if ((runHasBodyHead && ORGANIZATION_HEADS.has(w)) || (endsWithFullStop(w) && ORGANIZATION_HEADS.has(w.slice(0, -1)))) return 'organization';
  }
  // "Kestrel United", "Riverton United": a name that ends in "United" is a club or a body ("United States" and
  // "United Nations" open with it).
  if (!oneWord && tokens[chunk.coreLast].lower === 'united') return 'organization';
  // "Hale & Ruiz", "Kestrel & Sons": a firm's name joins its partners with an ampersand; a person's never does.
  for (let i = chunk.coreFirst + 1; i < chunk.coreLast; i++) if (tokens[i].text === '&') return 'organization';
  // "a post on X": a lone capital letter is a platform, a variable or a grade, never a person speaking.
  // ("… wrote on X.": the tokenizer may keep the sentence's full stop on the letter.)
  // (At most three code units: an astral capital takes two.)
  if (oneWord && tokens[chunk.coreFirst].text.length <= 3 && LONE_CAPITAL.test(tokens[chunk.coreFirst].text)) return 'thing';
  // "The Kestrels announced", "the Rangers said": a plural name after "the", as the subject of a verb, is a band, a
  // team or a club ("the Hale campaign" is not: a noun follows).
  if (oneWord && chunk.coreFirst > 0 && tokens[chunk.coreFirst - 1].lower === 'the' && CAPITALISED_PLURAL.test(tokens[chunk.coreFirst].text) &&
      (next?.pos === 'VERB' || next?.pos === 'AUX') && !PLACES.has(oneWordLower) && !DEMONYM_PLURAL.test(oneWordLower)) {
    return 'organization';
  }
  if (oneWord && isWrittenInCapitals(tokens[chunk.coreFirst].text)) {
    return 'organization';
  }
  if (oneWord) {
    const word = tokens[chunk.coreFirst].text;
    // "KestrelNet", "HarborCast", "RVTNews": a capital inside one word is a brand's, not a person's ("McHale", "LeRuiz", "DuParc",
    // "DeLorn" and "O'Varra" open with a surname's prefix).
    if (hasCapitalAfterLower(word) && CAPITAL_AFTER_LOWER_CASE.test(word) && !SURNAME_PREFIX.test(word)) {
      return 'organization';
    }
    // "the Market Lens/Kestrel poll": partners joined by a slash are bodies that run a poll or a study together.
    const before = tokens[chunk.coreFirst - 1];
    const after = tokens[chunk.coreLast + 1];
    if ((before?.text === '/' && before.end === tokens[chunk.coreFirst].start) || (after?.text === '/' && after.start === tokens[chunk.coreLast].end)) {
      return 'organization';
    }
    // "Hundreds said", "Others say": a capitalised count of people opening a sentence is a group.
    // (Only opening a sentence or what follows a colon: "a Number 10 spokesperson" is no count of people.)
    if ((QUANTITIES.has(oneWordLower) || oneWordLower === 'others' || oneWordLower === 'majorities') &&
        (opensItsSentence(tokens, chunk.coreFirst) || tokens[chunk.coreFirst - 1]?.text === ':')) return 'group';
    // "Baking Street said", with the tagger reading "Baking" as a verb: a street's word alone is no speaker.
    if (ADDRESS_ENDINGS.has(oneWordLower)) return 'thing';
  }
  const length = chunk.coreLast - chunk.coreFirst + 1;
  // (opensWithGivenName is asked by each test below that needs it, after its cheaper conditions: a look-up in a set
  // of some 8,800 names, which most names of two to four words never need.)
  // "Asteroid Belt", "Elmwood Apartments", "Great Salt Reef": a name ending in a word for a thing or a place
  // names that thing, not a person, unless a given name opens it ("Rose Hall" stays a person only with a title).
  // "Marion County", "Prince Edward County": a given name opens many a county's name.
  if (!hasTitle && length >= 2 && PLACE_NAME_ENDINGS.has(tokens[chunk.coreLast].lower)) return 'place';
  // (Three words or more ending in such a word are a thing's name too: "Philippa of Kestrel Ridge", "Lena Hale Bridge".)
  if (!hasTitle && length >= 2 && THING_HEADS.has(tokens[chunk.coreLast].lower) && (!opensWithGivenName(tokens, chunk.coreFirst) || spacedWords(tokens, chunk.coreFirst, chunk.coreLast) >= 3 ||
      STRUCTURE_ENDINGS.has(tokens[chunk.coreLast].lower))) {
    return 'thing';
  }
  if (hasTitle) return 'person';
  // "NK Riverton", "FC Riverton", "Riverton AFC": a club's prefix or suffix makes a body.
  if (length >= 2 && (CLUB_AFFIXES.has(tokens[chunk.coreFirst].text) || CLUB_AFFIXES.has(tokens[chunk.coreLast].text))) return 'organization';
  // "River Vale", "Mount Hood", "Lake Erie": a geographic word before a name makes a place.
  if (length >= 2 && GEOGRAPHIC_OPENERS.has(tokens[chunk.coreFirst].lower)) return 'thing';
  // "Forest Resources Wales", "Cricket Australia": a body named after its country, not a person.
  if (length >= 2 && PLACES.has(tokens[chunk.coreLast].lower) && !opensWithGivenName(tokens, chunk.coreFirst)) {
    // "West Africa", "Southern California": a direction before a place is a region of it.
    return COMPASS.test(tokens[chunk.coreFirst].lower) ? 'place' : 'organization';
  }
  // "Kestrel Medical, which won the contract, declined": a sentence's subject that "which" and a verb go on from is
  // no person's ("who" goes on from people), so it is a body. ("… rolled out Tom Hale, which she had not planned":
  // a "which" after an object, with a subject of its own, is about the clause.)
  if (length >= 2 && next?.text === ',' && tokens[chunk.coreLast + 2]?.lower === 'which' && !opensWithGivenName(tokens, chunk.coreFirst) &&
      opensItsSentence(tokens, chunk.coreFirst) && /^(VERB|AUX|ADV)$/.test(tokens[chunk.coreLast + 3]?.pos ?? '')) {
    return 'organization';
  }
  // "the Kestrel Bay Lifeboat Crew said", "said the Riverton Red Cross": a person's name takes no article, so
  // capitalised words after "the" (and a place before them) that speak are a body's name.
  if (length >= 2 && length <= 4 && speaksAfterArticle(tokens, chunk.coreFirst, chunk.coreLast)) {
    return 'organization';
  }
  // Two to four capitalised words are a person's name; longer runs are headlines or titles of works.
  if (length >= 2 && length <= 4) return 'person';
  if (length === 1 && opensWithGivenName(tokens, chunk.coreFirst)) return 'person';
  // "Muslims", "Mexicans", "Democrats": a capitalised plural names a group of people, never a "he" or "she".
  const coreLower = oneWord ? oneWordLower : chunk.core.toLowerCase();
  if (PEOPLES_PLURAL.test(coreLower) || GROUP_HEADS.has(coreLower)) return 'group';
  return 'unknown';
}

/** The last words of the places of several words in PLACES ("york" of "new york"). */
const LAST_WORDS_OF_PLACES = new Set([...PLACES.keys()].filter((place) => place.includes(' ')).map((place) => place.slice(place.lastIndexOf(' ') + 1)));

/**
 * Whether a name of several words ending at token `last` may be in PLACES, told without lower-casing the name: a
 * place written with a space ends in one of LAST_WORDS_OF_PLACES, and a name's words after its last space are its
 * last token (no token holds a space). A last token glued to the one before ("Guinea-Bissau") may end any place.
 */
function mayEndPlace(tokens: Token[], last: number): boolean {
  return tokens[last].start === tokens[last - 1].end || LAST_WORDS_OF_PLACES.has(tokens[last].lower);
}

/**
 * Whether a given name opens the name at token k: then it is a person's. (The lists are too noisy for "he" or
 * "she": "Ellis" is listed as male only; they tell a person, never a gender.)
 */
function opensWithGivenName(tokens: Token[], k: number): boolean {
  return isFirstName(tokens[k].text);
}

/** Verbs of saying right after a speaker, or right before "the" and the speaker ("said the …"). */
const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'warned', 'warns', 'added', 'adds', 'stated', 'states', 'reported', 'reports']);

/** Whether words first..last follow "the" (a place or demonym between allowed) and a verb of saying follows or precedes them. */
function speaksAfterArticle(tokens: Token[], first: number, last: number): boolean {
  // (The loop below stops at most three tokens back, where "the" must stand: most names have none there, and are
  // spared its look-ups.)
  if (!theWithinThreeBefore(tokens, first)) return false;
  let k = first - 1;
  while (k >= 0 && k >= first - 2 && (PLACES.has(tokens[k].lower) || DEMONYMS.has(tokens[k].lower))) k--;
  if (k < 0 || tokens[k].lower !== 'the' || tokens[k].sentence !== tokens[first].sentence) return false;
  const after = tokens[last + 1];
  const before = k > 0 ? tokens[k - 1] : undefined;
  return (after !== undefined && after.quote < 0 && SAYING.has(after.lower)) || (before !== undefined && before.quote < 0 && SAYING.has(before.lower));
}

function theWithinThreeBefore(tokens: Token[], first: number): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) if (tokens[k].lower === 'the') return true;
  return false;
}

/** Whether token k opens its sentence, "The" before it allowed. */
function opensItsSentence(tokens: Token[], k: number): boolean {
  const opening = (i: number) => i === 0 || tokens[i - 1].sentence !== tokens[i].sentence;
  return opening(k) || (k > 0 && tokens[k - 1].lower === 'the' && opening(k - 1));
}

/**
 * Whether an ASCII capital follows an ASCII lower-case letter somewhere in `word` ("KestrelNet"): what the brand test's
 * regular expression needs, checked first by code units because most names have no such pair.
 */
function hasCapitalAfterLower(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    if (isAsciiUpper(word.charCodeAt(i)) && isAsciiLower(word.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Plurals of peoples and faiths ("the Americans", "the Democrats"), which are groups, not bodies. */
const DEMONYM_PLURAL = /(ans|ese|ists|ites|crats|cans|ics|is)$/;

/** Finds name chunks in one sentence's token range, in order. */
export function findNames(tokens: Token[], first: number, last: number): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = first;
  while (i <= last) {
    // Fast path: a word that opens with a lower-case letter, or no letter, starts no name unless it is a particle.
    const c0 = tokens[i].text.charCodeAt(0);
    // (A particle is only asked about before a name: most lower-case words are followed by none.)
    // (Curly quotes, dashes and ellipses, of the General Punctuation block, open no name either: every test below
    // fails for them, after a regular expression for a capital.)
    if ((isAsciiLower(c0) && !(i < last && tokens[i + 1].pos === 'PROPN' && NAME_PARTICLES.has(tokens[i].text)) && !articleJoinedAt(tokens, i, last)) || (c0 < 65 && c0 !== 40) ||
        isGeneralPunctuation(c0)) { i++; continue; }
    // "(D-Ore.)", "(R)": party and state labels are not actors.
    if (tokens[i].text === '(' && i + 1 <= last && /^[DRI](-|$)/.test(tokens[i + 1].text)) {
      let k = i + 1;
      while (k <= last && k < i + 8 && tokens[k].text !== ')') k++;
      i = k + 1;
      continue;
    }
    // "Sen. Tom Hale, R-S.C., said", "Rep. Jo Ng, D-Ohio,": the same label between commas.
    if (i > first && tokens[i - 1].text === ',' && i + 2 <= last && opensPartyLabel(tokens, i)) {
      let k = i + 2;
      while (k <= last && k < i + 8 && tokens[k].text !== ',') k++;
      i = k + 1;
      continue;
    }
    // "SHOCK: …", "UPDATE: …": an item's label before its colon names no one.
    if (i + 1 <= last && tokens[i + 1].text === ':' && ITEM_LABELS.has(tokens[i].lower)) { i += 2; continue; }
    // "FIVE HURT IN RIVERTON FERRY FIRE Mayor Ana Ruiz said": a headline shouted in capitals names no one.
    const shouted = shoutedRunEnd(tokens, i, last);
    if (shouted > i) { i = shouted + 1; continue; }
    // The first word of a sentence or of a quote is capitalised whatever it is.
    const opening = i === first || (i > first && tokens[i - 1].quote !== tokens[i].quote) || (i > first && tokens[i].quote >= 0 && tokens[i - 1].quote === tokens[i].quote && OPENING_QUOTE_MARK.test(tokens[i - 1].text));
    // "Wai-Lun Ko said": a sentence's first word glued by a hyphen to a capitalised one is a name's first part.
    const hyphenated = opening && i + 2 <= last && isGluedHyphen(tokens, i + 1) && opensWithCapital(tokens[i].text) && opensWithCapital(tokens[i + 2].text);
    // "the Met Bureau": a capitalised word the tagger took for a verb opens a name when a name word follows.
    // ("Downing Street said": opening a sentence, only a body's own word the tagger took for a verb.)
    // (The tag first: most capitalised words are no verb, and are spared the look-up.)
    const verbName = tokens[i].pos === 'VERB' && (!opening || ORGANIZATION_HEADS.has(tokens[i].lower)) && opensWithCapital(tokens[i].text) && i + 1 <= last &&
      tokens[i + 1].start - tokens[i].end <= 1 && isNameToken(tokens[i + 1], false) && !NOT_NAMES.has(tokens[i].lower);
    // "de Vries", "van der Berg": a lowercase particle opens a surname when a capitalised word follows it.
    // (The particles are lower-case ASCII words: a capitalised word is spared the look-up.)
    const particle = isAsciiLower(c0) && NAME_PARTICLES.has(tokens[i].text) && i + 1 <= last && opensWithCapital(tokens[i + 1].text) && tokens[i + 1].pos === 'PROPN' &&
      !(i > first && opensWithCapital(tokens[i - 1].text) && tokens[i - 1].start >= tokens[i].start - 1);
    if (!hyphenated && !verbName && !particle && !articleJoinedAt(tokens, i, last) && !isNameToken(tokens[i], opening)) { i++; continue; }
    let j = i;
    while (j + 1 <= last) {
      const next = tokens[j + 1];
      // "Lowe-Hart", "Wai-Lun": a hyphen glued to two capitalised words joins one name.
      if (j + 2 <= last && isGluedHyphen(tokens, j + 1) && opensWithCapital(tokens[j + 2].text)) { j += 2; continue; }
      // "Kim Ji-woo": a given name's lower-case second syllable, tagged a name by hyphenatedNames.ts.
      if (j + 2 <= last && isGluedHyphen(tokens, j + 1) && tokens[j + 2].pos === 'PROPN') { j += 2; continue; }
      if (next.start !== tokens[j].end && next.start - tokens[j].end > 1) break;
      // "Abdel Karim el-Masri", "Omar al-Bashiri": an Arabic article glued to the name part after it.
      if (articleJoinedAt(tokens, j + 1, last) && next.quote === tokens[i].quote) { j += 3; continue; }
      // "the Marlow County Sheriff's Office", "Prince Dunmore's County", "the Norwood Tenants' Association": a possessive inside a name.
      if ((next.lower === "'s" || next.lower === '\u2019s' || pluralPossessive(tokens, j)) && j + 2 <= last && (ORGANIZATION_HEADS.has(tokens[j + 2].lower) || THING_HEADS.has(tokens[j + 2].lower)) && opensWithCapital(tokens[j + 2].text) &&
          tokens[j + 2].start - next.end <= 1) { j += 2; continue; }
      // Inside a name the tagger may call a capitalised word a verb ("the Daily Herald/VERB").
      // So may it call one an adverb ("Ana Kindly/ADV").
      const capitalisedVerb = (next.pos === 'VERB' || next.pos === 'ADV') && opensWithCapital(next.text) && !NOT_NAMES.has(next.lower);
      if ((isNameToken(next, false) || capitalisedVerb) && next.quote === tokens[i].quote) { j++; continue; }
      if (CONNECTORS.has(next.lower) && j + 2 <= last && isNameToken(tokens[j + 2], false) && next.lower !== 'and') { j += 2; continue; }
      // "Speaker of the House Ana Ruiz", "Minister of the Interior", "Minister for Health Ana Ruiz": a title's body or
      // portfolio may follow "of the" or "for".
      if (next.lower === 'of' && j + 3 <= last && tokens[j + 2].lower === 'the' && TITLES.has(tokens[j].lower) && ROLE_HEADS.has(tokens[j].lower) && isNameToken(tokens[j + 3], false) &&
          tokens[j + 3].quote === tokens[i].quote) { j += 3; continue; }
      if (next.lower === 'for' && j + 2 <= last && TITLES.has(tokens[j].lower) && ROLE_HEADS.has(tokens[j].lower) && isNameToken(tokens[j + 2], false) &&
          tokens[j + 2].quote === tokens[i].quote) { j += 2; continue; }
      // "the Ministry of Health in Riverton State": a body's name goes on through "in" and the state or county it serves.
      if (next.lower === 'in' && j + 2 <= last && hasOrganisationHead(tokens, i, j) && opensWithCapital(tokens[j + 2].text)) {
        const placeEnd = capitalisedRunEnd(tokens, j + 2, last);
        if (/^(state|county|province|region|district)$/.test(tokens[placeEnd].lower)) { j = placeEnd; continue; }
      }
      // "National Rivers and Harbors Administration", "Centers for Water Safety and Prevention": "and" and
      // "for" join the words of a body's name, never two people ("Ana Ruiz and Tom Hale").
      if (ORGANIZATION_JOINERS.has(next.lower) && j + 2 <= last && isNameToken(tokens[j + 2], false) && next.quote === tokens[i].quote &&
          !isAllCapitals(tokens[j + 2].text) && !isFirstName(tokens[j + 2].text) &&
          // A part that already ends in a body's head word is a whole name: "the Water Board and Vantrell Foods" are two.
          (next.lower === 'for' || !ORGANIZATION_HEADS.has(tokens[j].lower)) &&
          (hasOrganisationHead(tokens, i, j) || hasOrganisationHead(tokens, j + 2, capitalisedRunEnd(tokens, j + 2, last)))) { j += 2; continue; }
      break;
    }
    // "Sarah Lind of Harbor City", "Man Hui of the Riverton Institute": a person's name, then where they are from.
    // "Rep. Tom Hale of Ohio": the name may follow its title.
    let given = i;
    while (given < j && given < i + 3 && TITLES_AND_HONORIFICS.has(tokens[given].lower)) given++;
    let of = -1;
    for (let k = given + 2; k < j && k <= given + 4; k++) if (tokens[k].lower === 'of') { of = k; break; }
    if (of > 0 && (isFirstName(tokens[given].text) || twoNamesBeforeBody(tokens, given, of, j)) && !hasOrganisationHead(tokens, given, of - 1) && !TITLES.has(tokens[given].lower)) {
      splitChunk(tokens, i, of - 1, chunks);
      splitChunk(tokens, of + 1, j, chunks);
    } else if (i + 1 < j && tokens[i + 1].lower === 'of' && PARTS_BEFORE_OF.has(tokens[i].lower)) {
      // "24 Percent of Ana Ruiz's Donors", "Half of Riverton": a headline's capitalised quantity is no part of a name.
      splitChunk(tokens, i + 2, j, chunks);
    } else splitChunk(tokens, i, j, chunks);
    i = j + 1;
  }
  return chunks;
}

/** Whether code unit c is in the General Punctuation block, U+2010 to U+206F (‘ ’ “ ” – — …), where no letter is. */
function isGeneralPunctuation(c: number): boolean {
  return c >= 0x2010 && c <= 0x206f;
}

/** The Arabic article in a name, written in lower case and glued by a hyphen to the part after it ("el-Masri"). */
const NAME_ARTICLES = new Set(['al', 'el', 'ad', 'ed', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ul']);

/** Whether token k is such an article: "al", a hyphen, and a capitalised word, with no space between them. */
function articleJoinedAt(tokens: Token[], k: number, last: number): boolean {
  // (Asked of every lower-case word: the hyphen, which almost none has after it, is tested first.)
  if (k + 2 > last) return false;
  const hyphen = tokens[k + 1];
  return hyphen.text === '-' && hyphen.start === tokens[k].end && NAME_ARTICLES.has(tokens[k].text) && tokens[k + 2].start === hyphen.end &&
    opensWithCapital(tokens[k + 2].text);
}

/** "R-S.C.", "D-Ohio", "I-Vt.": a party and state label, which some styles set between commas after a name. */
export function opensPartyLabel(tokens: Token[], i: number): boolean {
  const party = tokens[i];
  const hyphen = tokens[i + 1];
  const state = tokens[i + 2];
  return party !== undefined && hyphen !== undefined && state !== undefined && /^[DRI]$/.test(party.text) && hyphen.text === '-' &&
    hyphen.start === party.end && state.start === hyphen.end && opensWithCapital(state.text);
}

/** isAllCapitals(text.replace(/s$/, '')): "GPs", "EVs", "GDP". Asked of every one-word name. */
function isAllCapitalsLessPluralS(text: string): boolean {
  return capitalsUpTo(text, text.charCodeAt(text.length - 1) === 115 ? text.length - 1 : text.length);
}

const CAPITALS_AND_DOTS = /^[\p{Lu}.&]{2,}$/u;

/**
 * Whether a word is written in capitals, full stops and ampersands only, two or more ("NRHA", "U.S.", "AT&T"): the
 * shape of an acronym. A lower-case ASCII letter second (most names) rules it out before the regular expression runs.
 */
export function isWrittenInCapitals(text: string): boolean {
  return !isAsciiLower(text.charCodeAt(1)) && CAPITALS_AND_DOTS.test(text);
}

/** A word of two or more ASCII capitals: an acronym ("FBI") or a headline's shouted word ("FIRE"); not "U.S." or "R-S.C.". */
export function isAllCapitals(text: string): boolean {
  return capitalsUpTo(text, text.length);
}

/**
 * Whether text's first `length` code units, two or more, are all ASCII capitals. A loop over the code units, not a
 * regular expression: asked of every capitalised word, and most fail at once.
 */
function capitalsUpTo(text: string, length: number): boolean {
  if (length < 2) return false;
  for (let i = 0; i < length; i++) if (!isAsciiUpper(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The last token of a run of at least three words in capitals starting at `i` (numbers and commas may stand
 * between them), or -1. Such a run is a headline, not a name: acronyms come one or two at a time, and a transcript's
 * speaker label ("NINA MORROW:") ends in a colon. Bounded: one pass over the run.
 */
export function shoutedRunEnd(tokens: Token[], i: number, last: number): number {
  if (!isAllCapitals(tokens[i].text)) return -1;
  let words = 0;
  let end = i;
  for (let k = i; k <= last; k++) {
    const text = tokens[k].text;
    if (isAllCapitals(text)) { words++; end = k; continue; }
    if (DIGITS_AND_COMMAS.test(text)) continue;
    break;
  }
  if (words < 3 || (end + 1 <= last && tokens[end + 1].text === ':')) return -1;
  return end;
}

/**
 * "Tobin Okoye of Kestrel Baptist Church": two plain capitalised words, then "of" and a body's name, are a person
 * and where they work even when no first-name list knows the given name ("Bank of Kestrel" has one word before "of";
 * "U.S. Chamber of Commerce" opens with a place).
 */
function twoNamesBeforeBody(tokens: Token[], given: number, of: number, last: number): boolean {
  if (of - given !== 2) return false;
  for (let k = given; k < of; k++) {
    const t = tokens[k];
    if (t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || isTitleWord(t.lower) || THING_HEADS.has(t.lower)) return false;
  }
  return hasOrganisationHead(tokens, of + 1, last);
}

/** Words of quantity a headline capitalises before "of": "24 Percent of …", "Half of …", "Most of …". */
const QUANTITIES = new Set(['percent', 'per', 'half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'minority', 'most', 'many',
  'some', 'all', 'none', 'share', 'number', 'handful', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'rest', 'part', 'one', 'two', 'three']);

/**
 * Words before "of" that are no part of the name after it: the quantities above, and a firm's stock or takings,
 * which open a sentence the same way ("Shares of Kestrel Mining fell" is about Kestrel Mining).
 */
const PARTS_BEFORE_OF = new Set([...QUANTITIES, 'shares', 'stock', 'stocks', 'bonds', 'sales', 'profits', 'earnings', 'revenue', 'revenues']);

/**
 * "Tenants' Association", "Nurses' Union": the apostrophe glued to a plural of people, standing for "'s". A name
 * that ends in s ("Ana Mathers' office", "Sioux Falls' station") owns what follows, and is no part of its name.
 */
function pluralPossessive(tokens: Token[], j: number): boolean {
  const mark = tokens[j + 1];
  if ((mark.text !== "'" && mark.text !== '\u2019') || mark.start !== tokens[j].end) return false;
  const plural = tokens[j].lower;
  if (!plural.endsWith('s') || (j > 0 && isFirstName(tokens[j - 1].text))) return false;
  const singular = plural.slice(0, -1);
  return ROLE_HEADS.has(singular) || (hasAgentEnding(singular) && !NOT_AGENT_NOUNS.has(singular));
}

/** Last words of street addresses. */
const ADDRESS_ENDINGS = new Set(['street', 'st.', 'road', 'rd.', 'avenue', 'ave.', 'boulevard', 'blvd.', 'lane', 'highway', 'freeway', 'motorway', 'expressway', 'parkway', 'crescent', 'terrace',
  'drive', 'circle']);

/** Last words of the names of places that people govern or live in ("… County", "… Township"). */
const PLACE_NAME_ENDINGS = new Set(['county', 'city', 'town', 'township', 'parish', 'borough', 'district', 'province', 'shire']);

const COMPASS = /^(north|south|east|west|central|northern|southern|eastern|western|upper|lower|greater|inner|outer|north-?east|north-?west|south-?east|south-?west)(ern)?$/;

/** Letters that mark a sports club's name in many countries. */
const CLUB_AFFIXES = new Set(['FC', 'AFC', 'CF', 'SC', 'AC', 'NK', 'HNK', 'FK', 'SK', 'SV', 'TSV', 'VfB', 'VfL', 'KV', 'RC', 'CD', 'CA', 'RCD', 'SSC', 'AS', 'US', 'BK', 'IF', 'IK', 'GNK']);

const GEOGRAPHIC_OPENERS = new Set(['river', 'mount', 'mt.', 'lake', 'loch', 'isle', 'cape', 'lake', 'port', 'fort', 'glen', 'bay',
  // "Storm Kestrel", "Hurricane Ana", "Typhoon Hale": a named storm is a thing, whatever given name it takes.
  'storm', 'hurricane', 'typhoon', 'cyclone', 'tropical']);

/** Lowercase particles that begin surnames ("de Vries", "van Gogh", "al-Assad" is hyphenated). */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'da', 'del', 'della', 'di', 'du', 'le', 'la', 'ter', 'bin', 'ibn', 'dos', 'das']);

const PLATFORMS = new Set(['twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'x', 'threads', 'linkedin']);

const ORGANIZATION_JOINERS = new Set(['and', 'for', '&']);

function hasOrganisationHead(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ORGANIZATION_HEADS.has(tokens[k].lower)) return true;
  return false;
}

/** Last token of the run of capitalised tokens starting at `first` (at most six: names are short). */
function capitalisedRunEnd(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k + 1 <= last && k + 1 < first + 6 && opensWithCapital(tokens[k + 1].text) && tokens[k + 1].start - tokens[k].end <= 1) k++;
  return k;
}

/** Letters after a person's name for an office or an honour (as written: "MP", not "mp"). */
const POST_NOMINALS = new Set(['TD', 'MP', 'MPs', 'MSP', 'MLA', 'MS', 'MEP', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD', 'M.D.', 'Ph.D.', 'Esq.', 'CEO']);

/** "Jr.", "III": generational suffixes end a name but are not its surname. */
export const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** The surname token of a person's name range: its last word that is not a suffix ("Marek" in "… Marek Jr."). */
export function surnameToken(tokens: Token[], coreFirst: number, coreLast: number): number {
  let k = coreLast;
  while (k > coreFirst && NAME_SUFFIXES.has(tokens[k].lower)) k--;
  return k;
}

/**
 * The first token of a surname ending at token `surname`, back over words glued to it by hyphens ("Marsh-Ovitz"):
 * a double-barrelled surname is looked up whole. `surname` itself when no hyphen is glued before it.
 */
export function hyphenatedSurnameStart(tokens: Token[], coreFirst: number, surname: number): number {
  let k = surname;
  while (k - 2 >= coreFirst && isGluedHyphen(tokens, k - 1)) k -= 2;
  return k;
}

/**
 * Splits the capitalised run first..last into its title and name and appends the name's chunk to `out`, after the
 * chunk of a body named before the title, if any. (Appending, not returning an array: one array fewer per chunk.)
 */
function splitChunk(tokens: Token[], first: number, last: number, out: NameChunk[]): void {
  // Leading titles, honorifics and demonyms form the title; what follows is the name.
  let coreFirst = first;
  let honorific: string | null = null;
  // "European Commission", "Russian Foreign Ministry": an organisation keeps its demonym.
  const runHasBodyHead = hasOrganisationHead(tokens, first, last);
  let organisation = runHasBodyHead;
  // "Prince Edward County", "King City": a name ending in a word for a place opens with no title.
  if (!organisation && last > first && PLACE_NAME_ENDINGS.has(tokens[last].lower)) organisation = true;
  // "National Day", "Independence Day", "Election Night": a day's name keeps the word before it ("Ana Day" is a person).
  if (!organisation && last > first && CALENDAR_ENDINGS.has(tokens[last].lower) && !isFirstName(tokens[last - 1].text)) organisation = true;
  // A body keeps its whole name ("National Rivers and Harbors Administration"), unless a person's title and name
  // follow it, which the loop after this one splits off.
  // "Parent Ana Ruiz said", "Striker Tom Hale scored": a role noun opening a sentence before a name is a title.
  // ("Forecaster Ana Ruiz said": an agent noun no list holds, before a given name, is a role too.)
  // (Asked after the cheap tests: a one-word chunk or a body's name is spared the look-ups.)
  if (coreFirst === first && coreFirst < last && !organisation && opensWithRole(tokens, coreFirst, last) && !TITLES.has(tokens[coreFirst].lower) &&
      tokens[coreFirst + 1].text !== '-' &&
      (tokens[coreFirst].pos !== 'PROPN' || isFirstName(tokens[coreFirst + 1].text))) coreFirst++;
  while (coreFirst < last && isTitleWord(tokens[coreFirst].lower) && !(organisation && !HONORIFICS.has(tokens[coreFirst].lower))) {
    if (HONORIFICS.has(tokens[coreFirst].lower)) honorific = tokens[coreFirst].lower;
    coreFirst++;
  }
  // "the U.S.-Mexico border": a place stripped off the front leaves the hyphen that joined it, which opens no name.
  if (coreFirst > first && coreFirst < last && tokens[coreFirst].text === '-') coreFirst++;
  // "House Speaker Ana Ruiz", "Senate Majority Leader Tom Hale": the title may open with the body it
  // belongs to; the name starts after the last title word, when a name is left.
  // "Riverton Police Union President Jon Marek": a body's name before the title is the person's
  // affiliation, a chunk of its own, when what follows the title reads as a person's name.
  let affiliation: NameChunk[] | null = null;
  // "Speaker of the House Ana Ruiz", "Chairman of Riverton Bank": a title, "of", and the body it serves; a person
  // named after the body holds the title, and without one the body is the only name.
  let ofAt = first;
  while (ofAt < last && ofAt < first + 3 && isTitleWord(tokens[ofAt].lower)) ofAt++;
  if (ofAt > first && ofAt < last && (tokens[ofAt].lower === 'of' || tokens[ofAt].lower === 'for') && TITLES.has(tokens[ofAt - 1].lower) && ROLE_HEADS.has(tokens[ofAt - 1].lower)) {
    const bodyFirst = tokens[ofAt + 1].lower === 'the' ? ofAt + 2 : ofAt + 1;
    const person = personAfterBody(tokens, bodyFirst, last);
    if (person < 0) {
      if (bodyFirst <= last) splitChunk(tokens, bodyFirst, last, out);
      return;
    }
    coreFirst = person;
  }
  for (let k = last - 1; k > coreFirst; k--) {
    // Only a person's name after the title splits it off: "Sheriff's Office" stays a body.
    if (TITLES.has(tokens[k].lower) && !TITLES.has(tokens[k + 1].lower) && !/^['\u2019]s$/.test(tokens[k + 1].lower) && looksLikePersonName(tokens, k + 1, last)) {
      // (A loop, not a closure over `k`: that would give this loop a new scope object on every pass.)
      const shortBody = k - coreFirst <= 2 || !hasOrganisationHead(tokens, coreFirst, k - 1);
      if (shortBody) coreFirst = k + 1;
      else if (looksLikePersonName(tokens, k + 1, last)) {
        let bodyLast = k - 1;
        while (bodyLast > coreFirst && TITLES.has(tokens[bodyLast].lower)) bodyLast--;
        const body: NameChunk[] = [];
        splitChunk(tokens, coreFirst, bodyLast, body);
        affiliation = body.filter((c) => c.kind === 'organization');
        coreFirst = k + 1;
      }
      break;
    }
  }
  let coreLast = last;
  while (coreLast > coreFirst && NOT_NAMES.has(tokens[coreLast].lower)) coreLast--;
  // "Tom Hale TD", "Ana Ruiz MP", "Jo Ng QC": letters after a person's name mark an office or honour, not the name.
  let postNominal = false;
  while (coreLast > coreFirst + 1 && POST_NOMINALS.has(tokens[coreLast].text)) { coreLast--; postNominal = true; }
  // "LVRR Twitter", "Riverton Police Facebook": a body's account on a platform speaks for the body.
  if (coreLast > coreFirst && PLATFORMS.has(tokens[coreLast].lower)) coreLast--;
  // "Alden Police Officers": the body's people, named after the body; the body is the name without them.
  if (coreLast > coreFirst + 1 && /^(officers|officials|workers|members|staff|employees)$/.test(tokens[coreLast].lower) && ORGANIZATION_HEADS.has(tokens[coreLast - 1].lower)) coreLast--;
  // Whether a one-word core at the chunk's end is a place, known from the look-ups here (TITLE_WORDS holds every
  // place): classify is told rather than asking PLACES, a large table, again. Undefined for any other core.
  let corePlace: boolean | undefined;
  if (coreFirst === last) {
    const titleWord = isTitleWord(tokens[coreFirst].lower);
    corePlace = titleWord && PLACES.has(tokens[coreFirst].lower);
    if (titleWord && !corePlace && (HONORIFICS.has(tokens[coreFirst].lower) || TITLES.has(tokens[coreFirst].lower) || DEMONYMS.has(tokens[coreFirst].lower))) return;
  }
  if (NOT_NAMES.has(tokens[coreFirst].lower) && !isAllCapitals(tokens[coreFirst].text)) return;
  let title: string | null = null;
  let hasTitle = false;
  for (let k = first; k < coreFirst; k++) {
    const t = tokens[k];
    if (HONORIFICS.has(t.lower)) continue;
    // ("Secretary-General": glued pieces stay glued.)
    title = title === null ? t.text : `${title}${t.start > tokens[k - 1].end ? ' ' : ''}${t.text}`;
    hasTitle ||= TITLES.has(t.lower);
  }
  // "RPD Lt. Ana Ruiz", "NRHA Administrator Tom Hale": an acronym opening the title is the person's body.
  if ((affiliation === null || affiliation.length === 0) && coreFirst > first + 1 && /^[A-Z]{2,6}$/.test(tokens[first].text) && TITLES.has(tokens[first + 1].lower)) {
    const body = tokens[first];
    affiliation = [{ first, last: first, coreFirst: first, coreLast: first, core: body.text, title: null, kind: 'organization', gender: undefined, marked: false, hasTitle: false }];
  }
  const core = joinTokens(tokens, coreFirst, coreLast);
  const chunk: NameChunk = { first, last: coreLast, coreFirst, coreLast, core, title, kind: 'person', gender: undefined, marked: true, hasTitle };
  // A post-nominal marks a person, with no gender; otherwise the honorific tells the gender, and an honorific or a
  // title marks the name when classify finds a person.
  if (!postNominal) {
    chunk.kind = classify(tokens, chunk, honorific, hasTitle, corePlace, runHasBodyHead);
    chunk.gender = honorific && MALE_HONORIFICS.has(honorific) ? 'male' : honorific && FEMALE_HONORIFICS.has(honorific) ? 'female' : undefined;
    chunk.marked = chunk.kind === 'person' && (honorific !== null || hasTitle);
  }
  if (affiliation !== null) appendAll(out, affiliation);
  out.push(chunk);
}

/** Whether token k is a role noun, or an agent noun no list holds that a given name follows. */
function opensWithRole(tokens: Token[], k: number, last: number): boolean {
  const lower = tokens[k].lower;
  return ROLE_HEADS.has(lower) || (hasAgentEnding(lower) && !NOT_AGENT_NOUNS.has(lower) && k < last && isFirstName(tokens[k + 1].text));
}

/**
 * Where a person's name starts after a body's name ("House Ana Ruiz", "Riverton Bank Tom J. Hale"), or -1: the
 * name must open with a first name a list knows, as the body's last word and the name's first are otherwise one run.
 */
function personAfterBody(tokens: Token[], bodyFirst: number, last: number): number {
  for (let k = Math.max(bodyFirst + 1, last - 2); k < last; k++) if (isFirstName(tokens[k].text)) return k;
  return -1;
}

/** Two or three capitalised words, or one that a first-name list knows: what a person's name looks like. */
function looksLikePersonName(tokens: Token[], first: number, last: number): boolean {
  const words = last - first + 1;
  if (words > 4) return false;
  if (isFirstName(tokens[first].text)) return true;
  return words >= 2 && !hasOrganisationHead(tokens, first, last);
}

/** The text of a token range with its original spacing collapsed to single spaces. */
export function joinTokens(tokens: Token[], first: number, last: number): string {
  let out = tokens[first].text;
  for (let k = first + 1; k <= last; k++) out += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return out;
}
