/**
 * Sieve pass 3, nominals: "the chief", "the coach", "the researcher" go to the named person who holds that title
 * or role in the article ("Chief Ana Ruiz", "coach Tom Hale", "Ruiz, a researcher at …"), looking back through the
 * whole article, not only the sentence before. A definite description of a position nobody holds by title
 * ("said the veteran striker") goes to the person the sentence before is about, when that is a named person.
 */
import type { Entity } from '../actors';
import { isAnotherOne, merge, rootOf } from './clusters';
import { DEMONYMS } from '../lexicon/names';
import { firstMentionStart, nearestBefore, openDescriptions } from './descriptions';

/** People nouns that describe anyone, not a position: "the woman said" is nobody named before. */
export const GENERIC_PEOPLE = new Set(`man woman boy girl child person resident neighbor neighbour witness victim
  driver passenger mother father son daughter wife husband brother sister friend relative student worker employee
  customer patient visitor fan voter citizen member source official officer spokesman spokeswoman spokesperson
  motorist pedestrian bystander caller viewer reader teenager youth juror homeowner owner tenant shopper professional
  expert local ally rival opponent client`.split(/\s+/));

/**
 * Nouns for a person that no lexicon of roles holds and no agent's ending shows, so that the person-noun test
 * (notActors.ts) misses them: "the mogul", "the hopeful". ("the 31-year-old" and "the veteran" it reads itself.)
 */
const EPITHET_NOUNS = new Set(['mogul', 'tycoon', 'magnate', 'billionaire', 'millionaire', 'heiress', 'neurosurgeon', 'novice', 'hopeful',
  'favourite', 'favorite', 'underdog', 'champion', 'legend',
  // Positions that are also things' names, so no role lexicon holds them: "the giant Rovers lock said".
  'lock', 'prop', 'fly-half', 'scrum-half', 'centre', 'center', 'guard', 'tackle', 'end']);

/** Works that speak for whoever made them: "the ad says", "the video shows". */
const WORKS = new Set(['ad', 'ads', 'advert', 'advertisement', 'commercial', 'spot', 'clip', 'video', 'film', 'movie', 'documentary', 'book',
  'memoir', 'speech', 'story', 'piece', 'column', 'op-ed', 'essay', 'letter', 'post', 'tweet', 'message', 'email', 'statement', 'release']);

/** Offices one person holds in a place or case: "the judge", "the mayor" nobody named holds is someone else. */
const OFFICES = new Set(`judge justice magistrate mayor governor president chancellor king queen pope premier sheriff
  coach manager commissioner superintendent prosecutor attorney senator congressman congresswoman minister
  secretary ambassador chief coroner principal referee umpire secretary-general director-general attorney-general
  solicitor-general inspector-general governor-general surgeon-general postmaster-general`.split(/\s+/));

/**
 * Head nouns that news uses for a role of another name: "the Riverton boss" is the club's manager or head coach, or
 * a firm's chief executive; "the skipper" is the captain.
 */
const ROLE_SYNONYMS: ReadonlyMap<string, string[][]> = new Map(Object.entries({
  boss: ['manager', 'coach', 'chief', 'executive', 'ceo', 'director', 'head'],
  gaffer: ['manager'],
  skipper: ['captain'],
  manager: ['boss'],
  coach: ['manager'],
  attorney: ['lawyer', 'counsel'],
  lawyer: ['attorney', 'counsel'],
  counsel: ['lawyer', 'attorney'],
  // "the CM", "the PM": a title's initials stand for its words.
  cm: ['chief minister'],
  pm: ['prime minister'],
}).map(([head, phrases]) => [head, phrases.map((phrase) => phrase.split(' '))]));

/**
 * Whether a role's words hold the head noun, or every word of a phrase the head stands for. (A Map, not an object:
 * a head noun such as "constructor" must not find an object's inherited property.)
 */
function roleHolds(role: Set<string>, head: string): boolean {
  return role.has(head) || (ROLE_SYNONYMS.get(head)?.some((words) => words.every((w) => role.has(w))) ?? false);
}

/** The role's words, for matching a nominal's head ("Riverton Police Union President" → …, "president"). */
function roleWords(role: string | null): Set<string> {
  const words = (role ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  // "Secretary-General" holds "secretary-general", and its parts too.
  return new Set([...words, ...words.flatMap((w) => (w.includes('-') ? w.split('-').filter(Boolean) : []))]);
}

export interface NominalContext {
  /** The named person a sentence before `at` is about (its opening subject), or null. */
  recentSubject(at: number): Entity | null;
  /** Where the text first uses the description's words (it may have spoken later): its first mention. */
  firstUse?(description: string, fallback: number): number;
  /** Whether a head noun names a person (notActors.ts): only such a description can be an epithet. */
  personNoun?(head: string): boolean;
}

/** How far after an indefinite office-holder ("a federal judge") the named holder may first appear, in characters. */
const INTRODUCED_WITHIN = 400;
const INTRODUCTIONS_READ = 50;

/** Words before an office that any holder of it fits ("a federal judge" is "U.S. District Judge Ana Ruiz"). */
const ANY_HOLDER = new Set(['a', 'an', 'federal', 'state', 'local', 'senior', 'top', 'u.s.', 'us', 'former', 'new']);

/**
 * The one named person holding `office` whose first mention follows `at` closely and whom nobody named before; every
 * other word of the description must be in their title ("a district court judge" is not "Circuit Judge Tom Hale").
 */
function officeHolderNamedNext(people: PeopleWithRoles, office: string, words: string[], at: number): Entity | null {
  let found: Entity | null = null;
  for (let i = 0; i < people.length; i++) {
    const p = people.entities[i];
    // (No role holds an office: its empty set of words is not built.)
    if (!p.role) continue;
    const role = people.roleWords(i);
    if (!roleHolds(role, office) || !words.every((w) => w === office || ANY_HOLDER.has(w) || role.has(w))) continue;
    const first = firstMentionStart(p);
    if (first < at) return null;
    if (first - at > INTRODUCED_WITHIN) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

/**
 * The named people of an article, with each one's role words built once, when a description first asks. (A role, once
 * set, stays: merging keeps the first, so words built for it stay right.)
 */
class PeopleWithRoles {
  private readonly roles: Array<Set<string> | undefined>;

  constructor(readonly entities: Entity[]) {
    this.roles = new Array<Set<string> | undefined>(entities.length);
  }

  get length(): number {
    return this.entities.length;
  }

  /** roleWords(entities[i].role), built once for all the descriptions (not once per description and person). */
  roleWords(i: number): Set<string> {
    return (this.roles[i] ??= roleWords(this.entities[i].role));
  }
}

export function mergePersonNominals(entities: Entity[], context: NominalContext): void {
  const people = new PeopleWithRoles(entities.filter((e) => rootOf(e) === e && e.proper && e.kind === 'person'));
  let introductions = 0;
  for (const d of openDescriptions(entities)) {
    if (d.kind !== 'person' || !d.head) continue;
    const at = firstMentionStart(d);
    if (!d.definite) {
      // "A federal judge on Monday blocked the plan … U.S. District Judge Ana Ruiz wrote": a wire story's lead
      // introduces an official by office and names them in the next sentence or two.
      // (At most INTRODUCTIONS_READ of them per article: each reads every named person, and a story opens with few.)
      const named = OFFICES.has(d.head) && introductions++ < INTRODUCTIONS_READ ? officeHolderNamedNext(people, d.head, (d.described[0] ?? '').split(/\s+/), at) : null;
      if (named) merge(named, d);
      continue;
    }
    // Among holders of the head noun, those whose role holds the most of the description's words
    // ("health minister" is the "Federal Health Minister", not the "Prime Minister").
    const words = (d.described[0] ?? '').split(/\s+/).filter(Boolean);
    let holders: Entity[] = [];
    let bestOverlap = 0;
    for (let i = 0; i < people.length; i++) {
      const p = people.entities[i];
      // (No role holds no head noun: its empty set of words is not built for every description.)
      if (!p.role) continue;
      const role = people.roleWords(i);
      if (!roleHolds(role, d.head!)) continue;
      const overlap = words.filter((w) => role.has(w)).length;
      if (overlap > bestOverlap) { holders = [p]; bestOverlap = overlap; } else if (overlap === bestOverlap) holders.push(p);
    }
    const holder = nearestBefore(holders, at);
    if (holder) { merge(holder, d); continue; }
    // "the judge", "the mayor": an official title nobody in the article holds is someone unnamed, not the
    // person the story is about; epithets ("the 31-year-old", "the veteran lock") are that person.
    if (GENERIC_PEOPLE.has(d.head) || OFFICES.has(d.head)) continue;
    // "The 31-year-old capped a fine game. … ‘…,’ the 31-year-old said.": the epithet means whom it meant first.
    // Only a noun for a person is an epithet: "the media", "the country" and "the majority" are no one's. (A work
    // that speaks, "the ad says …", is its maker's words: the person the story was just about.)
    if (context.personNoun && !context.personNoun(d.head) && !EPITHET_NOUNS.has(d.head) && !WORKS.has(d.head) && !DEMONYMS.has(d.head)) continue;
    const subject = context.recentSubject(context.firstUse?.(d.described[0] ?? '', at) ?? at);
    if (subject && subject.kind === 'person' && subject.proper) merge(subject, d);
  }
}

/**
 * "a senior Riverton official" … "the Riverton official" … "a top Riverton security official": unnamed descriptions
 * (people or groups) with the same head noun that share a modifier, or where one has none, are one unnamed actor. Descriptions whose
 * modifiers differ entirely ("a senior official", "a junior official") stay apart.
 */
/** Determiners that say nothing of who is described. (A set, not a regular expression tested on every word.) */
const COUNTING_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'other']);

function sharesWord(words: Set<string>, others: Set<string>): boolean {
  for (const w of words) if (others.has(w)) return true;
  return false;
}

const PART_OF_THEM = /^(many|some|most|all|several|few|both|none|each|one|two|three) of them$/;

/** PART_OF_THEM.test(description), the expression run only on a description that ends so (few do). */
function isPartOfThem(description: string): boolean {
  return description.endsWith(' of them') && PART_OF_THEM.test(description);
}

export function mergeUnnamedDescriptions(entities: Entity[]): void {
  const byHead = new Map<string, Array<{ entity: Entity; words: Set<string> }>>();
  const unnamedPeople: Entity[] = [];
  for (const d of openDescriptions(entities)) {
    if ((d.kind !== 'person' && d.kind !== 'group') || !d.head) continue;
    // "Parents say … Many of them say": a part of a group that spoke is that group.
    if (isPartOfThem(d.described[0] ?? '')) {
      const group = nearestBefore(unnamedPeople.map((e) => rootOf(e)).filter((e) => e.kind === 'group'), firstMentionStart(d));
      if (group) { merge(group, d); continue; }
    }
    // "the source" after "a senior official": the unnamed person the story already leans on.
    if (d.head === 'source' && d.definite) {
      const earlier = nearestBefore(unnamedPeople.map((e) => rootOf(e)), firstMentionStart(d));
      if (earlier) { merge(earlier, d); continue; }
    }
    unnamedPeople.push(d);
    const words = new Set<string>();
    for (const w of (d.described[0] ?? '').split(/\s+/)) if (w && w !== d.head && !COUNTING_DETERMINERS.has(w)) words.add(w);
    const key = `${d.kind}:${d.head}`;
    const seen = byHead.get(key) ?? [];
    const same = isAnotherOne(d) ? undefined : seen.find((o) => o.words.size === 0 || words.size === 0 || sharesWord(words, o.words));
    if (same) {
      merge(same.entity, d);
      for (const w of words) same.words.add(w);
    } else seen.push({ entity: d, words });
    byHead.set(key, seen);
  }
}