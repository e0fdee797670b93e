/**
 * Sieve pass 1, exact and alias match of names: "Police" and "police", "the Met Bureau" and "Met Bureau", "Marek
 * Jr." and "Marek", and a lone given name ("Lena") with the one person of that given name ("Lena Ford").
 * The most precise pass: it merges only names that are the same string once case, articles, possessives and
 * generational suffixes are set aside.
 */
import type { Entity } from '../actors';
import { isAnotherOne, merge, rootOf } from './clusters';
import { isAllCapitals, NAME_SUFFIXES } from '../names';
import { DEMONYMS, PLACES } from '../lexicon/names';
import { isFirstName } from '../lexicon/firstNames';

/** The comparable form of a name: lowercased, without a leading article, a possessive or a suffix. */
export function normalizeName(name: string): string {
  // Worked out each time, not remembered: a probe of a memo's large table, whose entries are rarely in the
  // processor's cache, took about twice as long as these few string operations (measured side by side, 16k names of
  // several words a pass; a name of one word is only lower-cased).
  return normalized(name);
}

/**
 * One article's names normalised, by the entity's index, each once for all the name passes: they read the same
 * names three times on average (about 90 look-ups an article), and an array read is cheaper than normalising again.
 * (An entity's name does not change once names are collected: merging moves forms, not names.)
 */
export class NormalizedNames {
  private readonly byIndex: Array<string | undefined>;

  constructor(private readonly entities: readonly Entity[]) {
    this.byIndex = new Array<string | undefined>(entities.length);
  }

  /** normalizeName(entities[k].name). */
  of(k: number): string {
    let name = this.byIndex[k];
    if (name === undefined) {
      name = normalizeName(this.entities[k].name);
      this.byIndex[k] = name;
    }
    return name;
  }
}

function normalized(name: string): string {
  // String operations, not regular expressions (a hot path).
  let out = name.toLowerCase();
  if (out.indexOf('\u2019') >= 0) out = out.split('\u2019').join("'");
  if (out.indexOf(' ') < 0 && out.indexOf("'") < 0) return out;
  if (/\s{2,}|^\s|\s$|[\t\n]/.test(out)) out = out.replace(/\s+/g, ' ').trim();
  for (const article of LEADING_ARTICLES) if (out.startsWith(article)) { out = out.slice(article.length); break; }
  if (out.endsWith("'s")) out = out.slice(0, -2);
  const space = out.lastIndexOf(' ');
  // (Only a last word as short as a suffix is sliced off and looked up.)
  if (space > 0 && out.length - space - 1 <= LONGEST_SUFFIX) {
    const last = out.slice(space + 1);
    if (NAME_SUFFIXES.has(last) || CORPORATE_SUFFIXES.has(last)) out = out.slice(0, space);
  }
  // ("Kestrel Systems, Inc.": the comma before a firm's suffix goes with it.)
  if (out.endsWith(',')) out = out.slice(0, -1);
  return out;
}

const LEADING_ARTICLES = ['the ', 'a ', 'an '];

/** A firm's legal form after its name: "Kestrel Systems Inc." is "Kestrel Systems". */
const CORPORATE_SUFFIXES = new Set(['inc.', 'inc', 'corp.', 'corp', 'co.', 'ltd.', 'ltd', 'llc', 'plc', 'l.l.c.', 'gmbh', 'ag', 's.a.', 'n.v.']);
const LONGEST_SUFFIX = Math.max(...[...NAME_SUFFIXES, ...CORPORATE_SUFFIXES].map((suffix) => suffix.length));

/** A person and a place may share a name ("Jordan"); every other pair of kinds with one name is one actor. */
function compatible(a: Entity, b: Entity): boolean {
  const other = a.kind === 'person' ? b.kind : b.kind === 'person' ? a.kind : null;
  if (other === 'organization') return unprovenPerson(a.kind === 'person' ? a : b);
  return other !== 'place';
}

/**
 * A name read as a person's for its shape alone ("Orbit Mobile": two capitalised words), with nothing that shows a
 * person: no given name, title, role, gender or second form. The same name read as a body elsewhere ("Orbit
 * Mobile, which …") is that body.
 */
export function unprovenPerson(e: Entity): boolean {
  return e.proper && e.kind === 'person' && !e.role && !e.gender && !e.titled && e.forms.length === 1 && e.name.includes(' ') &&
    !isFirstName(e.name.slice(0, e.name.indexOf(' ')));
}

/**
 * Merges entities with the same name, and returns the index of names it built. Given an index from an earlier
 * call, only the entities from `newFrom` on are matched and added (the earlier ones are merged already).
 */
export function mergeExactNames(entities: Entity[], newFrom = 0, index: Map<string, Entity> = new Map(),
  names = new NormalizedNames(entities)): Map<string, Entity> {
  const byName = index;
  for (let k = newFrom; k < entities.length; k++) {
    const e = entities[k];
    if (rootOf(e) !== e || isAnotherOne(e)) continue;
    // The name, then every other form (the name is most often the first form: looked up once).
    for (let f = -1; f < e.forms.length; f++) {
      const form = f < 0 ? e.name : e.forms[f];
      if (f === 0 && form === e.name) continue;
      const key = f < 0 ? names.of(k) : normalizeName(form);
      if (!key) continue;
      const other = rootOf(byName.get(key) ?? null);
      if (other && other !== rootOf(e) && compatible(other, rootOf(e))) {
        // A name read as a person's on its shape alone joins the body of the same name as that body.
        const kinds = `${other.kind} ${rootOf(e).kind}`;
        merge(other, e);
        if (kinds === 'person organization' || kinds === 'organization person') rootOf(e).kind = 'organization';
      }
      else if (!other) byName.set(key, rootOf(e));
    }
  }
  return byName;
}

/**
 * "Lena" after "Lena Ford": a one-word name that is the given name of exactly one named person; and "Ruiz"
 * when "Ana Ruiz" is the one person of that surname (the builder groups most surnames already; this catches
 * the ones split by hyphens or suffixes).
 */
export function mergeGivenNames(entities: Entity[], names = new NormalizedNames(entities)): void {
  // Only a one-word name can be a given name, a split surname or a body's last word: each part runs only when
  // such a name is there to match.
  let oneWordPerson = false;
  let oneWordBody = false;
  for (const e of entities) {
    if (e.mergedInto || e.name.indexOf(' ') >= 0) continue;
    if (e.kind === 'person' || e.kind === 'unknown') oneWordPerson = true;
    if (e.kind === 'organization' || e.kind === 'unknown') oneWordBody = true;
  }
  if (oneWordPerson) mergeOneWordPeople(entities, names);
  if (oneWordBody) mergeBodyShortNames(entities, names);
  mergeCompoundSurnames(entities, names);
}

/** Indexes `e` under `key`; a key two entities share maps to null, so an ambiguous name picks no one. */
function indexUnique(map: Map<string, Entity | null>, key: string, e: Entity): void {
  const seen = map.get(key);
  map.set(key, seen === undefined || seen === e ? e : null);
}

/**
 * "Van Arden" after "Tessa Van Arden", "Lind Haskell" after "Mara Lind Haskell": a name of two or more
 * words that ends exactly one longer person's name, word for word, is that person's surname.
 */
const LONGEST_PERSON_NAME = 80;

function mergeCompoundSurnames(entities: Entity[], names: NormalizedNames): void {
  const wanted = new Set<string>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (rootOf(e) === e && e.kind === 'person' && e.name.indexOf(' ') > 0) wanted.add(names.of(k));
  }
  if (wanted.size < 2) return;
  const bySuffix = new Map<string, Entity | null>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (rootOf(e) !== e || e.kind !== 'person' || e.name.length > LONGEST_PERSON_NAME) continue;
    const name = names.of(k);
    // Every ending of two words or more, short of the whole name: at most a few per name (names are bounded, so a
    // hostile run of capitalised words cannot make this grow with the square of its length).
    for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
      const suffix = name.slice(space + 1);
      if (suffix.indexOf(' ') < 0) break;
      if (wanted.has(suffix)) indexUnique(bySuffix, suffix, e);
    }
  }
  // (Most articles have no name that ends another: then no name can be looked up.)
  if (bySuffix.size === 0) return;
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (rootOf(e) !== e || e.kind !== 'person') continue;
    const longer = bySuffix.get(names.of(k));
    if (longer && longer !== e && rootOf(longer) !== e) merge(longer, e);
  }
}

function mergeOneWordPeople(entities: Entity[], names: NormalizedNames): void {
  // Only the one-word names present can be looked up: the longer names are indexed by those words alone.
  const wanted = new Set<string>();
  for (const e of entities) {
    if (rootOf(e) === e && e.name.indexOf(' ') < 0 && (e.kind === 'person' || e.kind === 'unknown')) wanted.add(e.name.toLowerCase());
  }
  const byGiven = new Map<string, Entity | null>();
  const index = (key: string, e: Entity) => { if (wanted.has(key)) indexUnique(byGiven, key, e); };
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (rootOf(e) !== e || e.kind !== 'person') continue;
    const space = e.name.indexOf(' ');
    if (space < 0) continue;
    index(e.name.slice(0, space).toLowerCase(), e);
    const normalized = names.of(k);
    index(normalized.slice(normalized.lastIndexOf(' ') + 1), e);
  }
  for (const e of entities) {
    if (rootOf(e) !== e || e.name.includes(' ') || (e.kind !== 'person' && e.kind !== 'unknown')) continue;
    const person = byGiven.get(e.name.toLowerCase());
    if (person && person !== e) merge(person, e);
  }
}

/** "the Post" after "the Riverton Post": a one-word name that ends exactly one longer body's name is that body. */
function mergeBodyShortNames(entities: Entity[], names: NormalizedNames): void {
  // Only the one-word names present can be looked up: the longer names are indexed under those words alone (and their
  // first words are not looked up among places and demonyms, large tables, unless one of those names is theirs).
  const wanted = new Set<string>();
  for (let k = 0; k < entities.length; k++) if (mayBeBodyShortName(entities[k])) wanted.add(names.of(k));
  if (wanted.size === 0) return;
  const byLastWord = new Map<string, Entity | null>();
  const byFirstWord = new Map<string, Entity | null>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (rootOf(e) !== e || e.kind !== 'organization' || !e.name.includes(' ')) continue;
    // The first and last words sliced off the name, not split into an array of all its words.
    const name = names.of(k);
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (wanted.has(last)) indexUnique(byLastWord, last, e);
    // "Vantrell" after "Vantrell Foods": a body is often called by its first word, when that word is its own
    // (not "the", "new", a place or a demonym, which begin many names).
    const firstSpace = name.indexOf(' ');
    const first = firstSpace < 0 ? '' : name.slice(0, firstSpace);
    if (firstSpace >= 0 && wanted.has(first) && !COMMON_NAME_OPENERS.has(first) && !PLACES.has(first) && !DEMONYMS.has(first)) indexUnique(byFirstWord, first, e);
  }
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (!mayBeBodyShortName(e)) continue;
    const key = names.of(k);
    const body = byLastWord.get(key) ?? byFirstWord.get(key);
    if (body && body !== e) merge(body, e);
  }
}

/** A cluster whose one-word name may be a body's short name: a body or a word of unknown kind, not in capitals. */
function mayBeBodyShortName(e: Entity): boolean {
  return rootOf(e) === e && !e.name.includes(' ') && (e.kind === 'organization' || e.kind === 'unknown') && !isAllCapitals(e.name);
}

/** Words that open the names of many bodies, so that alone they name none. */
const COMMON_NAME_OPENERS = new Set(['new', 'national', 'international', 'united', 'first', 'general', 'royal', 'central',
  'federal', 'state', 'city', 'county', 'north', 'south', 'east', 'west', 'great', 'global', 'world', 'public']);
