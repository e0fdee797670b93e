/**
 * Sieve pass 1, exact and alias match of names: "Police" and "police", "the Met Bureau" and "Met Bureau", "Marek
 * Jr." and "Marek", and a lone given name ("Lena") with the one person of that given name ("Lena Ford").
 * The most precise pass: it merges only names that are the same string once case, articles, possessives and
 * generational suffixes are set aside.
 */
import type { Entity } from '../actors';
import { merge, rootOf } from './clusters';

const SUFFIX = /\s+(jr\.?|sr\.?|ii|iii|iv)$/;

/** The comparable form of a name: lowercased, without a leading article, a possessive or a suffix. */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  // Most names are one word with no possessive: nothing to strip (the hot path of every pass).
  if (!MAY_NEED_STRIPPING.test(lower)) return lower;
  return lower.replace(/[\u2019]/g, "'").replace(/^(the|a|an)\s+/, '').replace(/'s$/, '').replace(SUFFIX, '').replace(/\s+/g, ' ').trim();
}
const MAY_NEED_STRIPPING = /[\s'\u2019]/;

/** A person and a place may share a name ("Jordan"); every other pair of kinds with one name is one actor. */
function compatible(a: Entity, b: Entity): boolean {
  const kinds = new Set([a.kind, b.kind]);
  return !(kinds.has('person') && (kinds.has('place') || kinds.has('organization')));
}

/** Merges entities with the same name; with `newFrom`, only entities from that index on look for a match. */
export function mergeExactNames(entities: Entity[], newFrom = 0): void {
  const byName = new Map<string, Entity>();
  for (let index = 0; index < entities.length; index++) {
    const e = entities[index];
    if (rootOf(e) !== e) continue;
    // Names already merged among themselves only need indexing by their canonical name.
    if (index < newFrom) {
      const key = normalizeName(e.name);
      for (const form of e.forms) { const k = normalizeName(form); if (k && !byName.has(k)) byName.set(k, e); }
      if (key && !byName.has(key)) byName.set(key, e);
      continue;
    }
    for (const form of [e.name, ...e.forms]) {
      const key = normalizeName(form);
      if (!key) continue;
      const other = rootOf(byName.get(key) ?? null);
      if (other && other !== rootOf(e) && compatible(other, rootOf(e))) merge(other, e);
      else if (!other) byName.set(key, rootOf(e));
    }
  }
}

/**
 * "Lena" after "Lena Ford": a one-word name that is the given name of exactly one named person; and "Ruiz"
 * when "Ana Ruiz" is the one person of that surname (the builder groups most surnames already; this catches
 * the ones split by hyphens or suffixes).
 */
export function mergeGivenNames(entities: Entity[]): void {
  const byGiven = new Map<string, Entity | null>();
  for (const e of entities) {
    if (rootOf(e) !== e || e.kind !== 'person') continue;
    const words = e.name.split(' ');
    if (words.length < 2) continue;
    for (const key of [words[0].toLowerCase(), normalizeName(e.name).split(' ').pop()!]) {
      const seen = byGiven.get(key);
      byGiven.set(key, seen === undefined || seen === e ? e : null);
    }
  }
  for (const e of entities) {
    if (rootOf(e) !== e || e.name.includes(' ') || (e.kind !== 'person' && e.kind !== 'unknown')) continue;
    const person = byGiven.get(e.name.toLowerCase());
    if (person && person !== e) merge(person, e);
  }
  mergeBodyShortNames(entities);
}

/** "the Post" after "the Riverton Post": a one-word name that ends exactly one longer body's name is that body. */
function mergeBodyShortNames(entities: Entity[]): void {
  const byLastWord = new Map<string, Entity | null>();
  for (const e of entities) {
    if (rootOf(e) !== e || e.kind !== 'organization' || !e.name.includes(' ')) continue;
    const last = normalizeName(e.name).split(' ').pop()!;
    const seen = byLastWord.get(last);
    byLastWord.set(last, seen === undefined || seen === e ? e : null);
  }
  for (const e of entities) {
    if (rootOf(e) !== e || e.name.includes(' ') || (e.kind !== 'organization' && e.kind !== 'unknown') || /^[A-Z]{2,}$/.test(e.name)) continue;
    const body = byLastWord.get(normalizeName(e.name));
    if (body && body !== e) merge(body, e);
  }
}
