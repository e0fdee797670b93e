/**
 * Sieve pass 2a, acronyms: "NRHA" is "National Rivers and Harbors Administration", "RPD" the "Riverton Police
 * Department", "MCSO" the "Marlow County Sheriff's Office". An all-capitals name merges with the one body whose
 * capitalised words' initials spell it (articles, "of", "and" and other lowercase joiners skipped).
 */
import type { Entity } from '../actors';
import { merge, rootOf } from './clusters';
import { isAsciiUpper, opensWithCapital } from '../letters';
import { unprovenPerson } from './nameMatch';

const ACRONYM = /^[A-Z][A-Z&.]{1,7}$/;

/**
 * ACRONYM.test(form), the regular expression run only on a form of two to eight characters whose first two could
 * open an acronym: every form of every entity is asked, and most are names with a lower-case second letter.
 */
function isAcronym(form: string): boolean {
  if (form.length < 2 || form.length > 8 || !isAsciiUpper(form.charCodeAt(0))) return false;
  const second = form.charCodeAt(1);
  return (isAsciiUpper(second) || second === AMPERSAND || second === FULL_STOP) && ACRONYM.test(form);
}

const AMPERSAND = 38;
const FULL_STOP = 46;

/** The initials of a multi-word name's capitalised words: "Long Valley Rail Road" → "LVRR". */
export function initials(name: string): string {
  // One pass over the characters (every body's every form is read).
  let out = '';
  for (let i = 0; i < name.length; i++) if (isInitialAt(name, i)) out += name[i];
  return out.length >= 2 ? out : '';
}

/** Whether a capital opens a word at `i`: a word starts after a space or a hyphen. */
function isInitialAt(name: string, i: number): boolean {
  return (i === 0 || name[i - 1] === ' ' || name[i - 1] === '-') && opensWithCapital(name[i]);
}

/** The count of a name's initials with the code of the first, as one number (the code is below 65536). */
function initialsShape(firstCode: number, count: number): number {
  return count * 65536 + firstCode;
}

/** initialsShape of initials(name), read without building the string. */
function shapeOfInitials(name: string): number {
  let count = 0;
  let first = 0;
  for (let i = 0; i < name.length; i++) {
    if (!isInitialAt(name, i)) continue;
    if (count === 0) first = name.charCodeAt(i);
    count++;
  }
  return initialsShape(first, count);
}

/** "Alden Police" is "APD" (Police Department), "Marlow County Sheriff" is "MCSO" (Sheriff's Office): a name's ending
 * and the letter its acronym adds. (A module constant: as a literal in the loop it was built again for every form.) */
const IMPLIED_LETTERS: ReadonlyArray<readonly [RegExp, string]> = [[/ police$/i, 'D'], [/ sheriff$/i, 'O']];

export function mergeAcronyms(entities: Entity[]): void {
  // The acronyms the article writes, as they are looked up (without full stops): most articles hold none, and then
  // there is nothing to index. Only initials that may spell one of them are indexed.
  const acronyms = new Set<string>();
  for (const e of entities) for (const form of e.forms) if (isAcronym(form)) acronyms.add(form.replace(/\./g, ''));
  if (acronyms.size === 0) return;
  // A name's initials are spelled out only when their count and first letter fit one of the acronyms: most names'
  // do not, and building their initials was most of this pass.
  const shapes = new Set<number>();
  for (const acronym of acronyms) {
    shapes.add(initialsShape(acronym.charCodeAt(0), acronym.length));
    // (An acronym whose last letter a name's ending implies: "APD" for "Alden Police".)
    if (acronym.length > 1 && IMPLIED_LETTERS.some(([, extra]) => acronym.endsWith(extra))) shapes.add(initialsShape(acronym.charCodeAt(0), acronym.length - 1));
  }
  const byInitials = new Map<string, Entity | null>();
  for (const e of entities) {
    // (A name read as a person's for its shape alone, "Tindig Bukid ng Kestrel", may be the body an acronym of
    // three letters or more names: two letters match too many pairs of capitalised words.)
    const shapeOnly = e.kind === 'person';
    if (rootOf(e) !== e || e.kind === 'place') continue;
    for (const form of e.forms) {
      if (!shapes.has(shapeOfInitials(form))) continue;
      // (Asked only of a person whose initials may spell an acronym: the test looks a given name up in a large table.)
      if (shapeOnly && !unprovenPerson(e)) break;
      const key = initials(form);
      if (key.length < (shapeOnly ? 3 : 2)) continue;
      for (const [ending, extra] of IMPLIED_LETTERS) {
        if (ending.test(form) && !byInitials.has(key + extra)) byInitials.set(key + extra, e);
      }
      const seen = byInitials.get(key);
      // Two bodies with the same initials: the acronym is ambiguous, so neither is chosen.
      byInitials.set(key, seen === undefined || rootOf(seen ?? e) === e ? e : null);
    }
  }
  for (const e of entities) {
    // ("U.S.", "D.C.": a place's short form is the place's, whatever body shares its initials.)
    if (rootOf(e) !== e || e.kind === 'place') continue;
    for (const form of e.forms) {
      if (!isAcronym(form)) continue;
      const body = byInitials.get(form.replace(/\./g, ''));
      if (body && rootOf(body) !== rootOf(e)) {
        const root = merge(body, e);
        if (root.kind !== 'organization' && root.kind !== 'group') root.kind = 'organization';
        break;
      }
    }
  }
}
