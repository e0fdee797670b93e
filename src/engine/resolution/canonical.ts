/**
 * What an actor is called: the fullest proper name the text uses for it, honorifics already dropped ("Ana Ruiz",
 * "Riverton Police Department"), with every other form kept as an alias. An actor the text never names is called
 * by its description ("senior official") and is marked unnamed.
 */
import type { Entity } from '../actors';
import { DEMONYMS, PLACES } from '../lexicon/names';
import { opensWithCapital } from '../letters';
import { isWrittenInCapitals } from '../names';

function wordCount(s: string): number {
  let words = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) words++;
  return words;
}

/** The last word of a name, lower-cased: what name.split(' ').pop()!.toLowerCase() gives, without the array. */
function lastWordLower(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * Fuller beats shorter; a spelled-out name beats its acronym ("NRHA" only when nothing else names it). Each name comes
 * with whether it is an acronym and its word count, worked out once per name: the best so far is compared again and
 * again.
 */
function better(a: string, aAcronym: boolean, wa: number, b: string, bAcronym: boolean, wb: number): boolean {
  if (aAcronym !== bAcronym) return bAcronym;
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length > b.length;
  // As long: the spelling with a capital inside ("KestrelWatch") is the text's own; "Kestrelwatch" is a transcript
  // label's capitals read as a name.
  return INNER_CAPITAL.test(a) && !INNER_CAPITAL.test(b);
}

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/** Words for a party and its members, written with a capital wherever they stand ("Democratic leaders"). */
const PARTY_WORDS = new Set(['democratic', 'democrat', 'democrats', 'republican', 'republicans', 'gop', 'labour', 'tory', 'tories']);

export interface ActorNaming { name: string; aliases: string[]; named: boolean }

/**
 * A description as the text writes it, but for a capital that only opens a sentence: "U.S. officials", "senior
 * Hale aides" and "Riverton's port authority" keep their names' capitals; "Health officials" at a sentence's start
 * is "health officials". `lower` is the description in lower case, `written` its first mention's words.
 */
function writtenCase(lower: string, written: string): string {
  if (written.toLowerCase() !== lower) return lower;
  // Written with no capital to open it: lower-casing its first letter changes nothing, whatever the words, so the
  // place names and demonyms (large tables) are not looked up. Most descriptions are written so.
  const opening = written.charAt(0);
  if (opening.toLowerCase() === opening) return written;
  const space = written.indexOf(' ');
  const first = space < 0 ? written : written.slice(0, space);
  const word = first.toLowerCase().replace(/['\u2019]s$/, '');
  // A first word that opens a name ("New Jersey governor", "Ana Ruiz's campaign") keeps its capital too.
  const nextOpensName = space >= 0 && opensWithCapital(written.slice(space + 1));
  const keep = nextOpensName || PLACES.has(word) || DEMONYMS.has(word) || DEMONYMS.has(word.replace(/s$/, '')) || PARTY_WORDS.has(word) || /^\p{Lu}\S*\p{Lu}/u.test(first);
  return keep ? written : first.charAt(0).toLowerCase() + written.slice(1);
}

export function canonicalNaming(e: Entity): ActorNaming {
  if (!e.proper || e.forms.length === 0) {
    const name = e.described[0] === undefined ? e.name : e.capitalWhereWritten && e.name.toLowerCase() === e.described[0] ? e.name : writtenCase(e.described[0], e.name);
    return { name, aliases: e.described.length > 1 ? distinct(name, e.described, NO_WORDS) : [], named: false };
  }
  // Most actors have one name and no description: nothing to choose between.
  if (e.forms.length === 1 && e.described.length === 0) return { name: e.forms[0], aliases: [], named: true };
  // A person is named by the builder's name or a longer spelling that keeps its surname ("Vladimir V. Putin"),
  // never by an appositive's words ("Democrat of California").
  const person = e.kind === 'person';
  const surname = person ? lastWordLower(e.name) : '';
  let name: string | undefined;
  let nameAcronym = false;
  let nameWords = 0;
  for (const f of e.forms) {
    // (The builder's name itself keeps its surname: its last word is not lower-cased again.)
    if (person && f !== e.name && lastWordLower(f) !== surname) continue;
    const acronym = isWrittenInCapitals(f);
    const words = wordCount(f);
    if (name === undefined || better(f, acronym, words, name, nameAcronym, nameWords)) {
      name = f;
      nameAcronym = acronym;
      nameWords = words;
    }
  }
  name ??= e.name;
  return { name, aliases: distinct(name, e.forms, e.described), named: true };
}

const NO_WORDS: readonly string[] = [];

/**
 * The forms, then the descriptions, each once whatever its case, but for the name. (Read from both lists in turn: no
 * array joining them is built for every actor.)
 */
function distinct(name: string, forms: readonly string[], described: readonly string[]): string[] {
  const seen = new Set<string>();
  seen.add(name.toLowerCase());
  const out: string[] = [];
  addUnseen(forms, seen, out);
  addUnseen(described, seen, out);
  return out;
}

function addUnseen(words: readonly string[], seen: Set<string>, out: string[]): void {
  for (const w of words) {
    const key = w.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
}
