/**
 * Sieve pass 2b, short forms of a named body: "police", "cops" and "officers" for the one police force or
 * sheriff's office the article names; "the department", "the railroad", "the council", "the bank" for the named
 * body whose name holds that word ("Riverton Police Department", "Long Valley Rail Road"); and "the company",
 * "the agency", "the club" for the named organisation met last before them.
 */
import type { Entity } from '../actors';
import { merge, rootOf } from './clusters';
import { firstMentionStart, nameWords, nearestBefore, openDescriptions } from './descriptions';
import { unprovenPerson } from './nameMatch';
import { isAsciiLower, isAsciiUpper } from '../letters';

/** Words for a police force's people or the force itself. */
const POLICE_WORDS = new Set(['police', 'cops', 'officers', 'deputies', 'troopers', 'detectives', 'sheriff\'s office', 'sheriff', 'authorities']);

/** Body nouns that stand for the organisation the story is about, whatever its name says. */
export const GENERIC_BODY_NOUNS = new Set(`company firm corporation business group agency organisation organization body
  institution outfit team club side franchise airline carrier operator supplier retailer maker manufacturer producer
  developer provider lender insurer utility forecaster broadcaster network paper newspaper outlet publication magazine
  website daily tabloid regulator watchdog charity automaker carmaker chipmaker drugmaker planemaker steelmaker toymaker
  truckmaker phonemaker conglomerate startup band orchestra choir ensemble troupe`.split(/\s+/));

/**
 * Nouns that stand for an organisation, whatever its name holds: the generic ones above, and nouns of a kind of body.
 * "the union", "the party", "the government", "the administration" and "the campaign" name a kind of body that a
 * company is not: they go only to a body whose name holds the word (see mergeShortForms), never to the most prominent.
 */
export const ORGANISATION_NOUNS = new Set([...GENERIC_BODY_NOUNS, ...`railroad railway station channel site service department office
  ministry council authority board commission committee bank union university college school district hospital court
  government administration party campaign firm's`.split(/\s+/)]);

/** The words in a body's name that make it a body of the kind a noun names. */
const BODY_KIND_WORDS: Record<string, string[]> = {
  union: ['union', 'association', 'federation', 'brotherhood', 'guild', 'teamsters', 'workers'],
  government: ['government', 'ministry', 'cabinet', 'administration'],
  administration: ['administration', 'government'],
};

/** People who speak for the body a modifier names ("county officials", "agency spokesman"). */
const BODY_PEOPLE = new Set(['officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representatives', 'representative', 'executives', 'leaders', 'staff']);

/** Words in the name of a body of officers that is not the force itself. */
const OFFICERS_BODY_WORDS = ['order', 'union', 'association', 'federation', 'benevolent', 'fraternal', 'league', 'foundation'];

function isPoliceBody(e: Entity): boolean {
  // "RPD", "MCSO": the usual acronyms of a police department and a sheriff's office.
  if (!namesPolice(e.name) && !e.forms.some(isPoliceAcronym)) return false;
  // "Riverton Police Union", "Police Benevolent Association": officers' unions are not the force. (Asked only of a
  // body that reads as police: most bodies are not, and need not be looked up under each of these words.)
  const words = nameWords(e.name);
  for (const w of OFFICERS_BODY_WORDS) if (words.has(w)) return false;
  return true;
}

/** Whether a name's words (see nameWords) hold "police", "sheriff" or "constabulary". */
function namesPolice(name: string): boolean {
  // Every word of a name, and every two joined, is made of the name's letters: a name that lacks a letter of each of
  // the three words holds none of them, and is not looked up in the memo of words, whose probes are slow (its large
  // table is rarely in the processor's cache). Three bodies in four are settled so.
  const letters = asciiLetters(name);
  if (!POLICE_NAME_LETTERS.some((needed) => (letters & needed) === needed)) return false;
  const words = nameWords(name);
  return words.has('police') || words.has('sheriff') || words.has('constabulary');
}

/** The letters a to z that a string holds, in either case, one bit each. (Only A to Z lower-case to these alone.) */
function asciiLetters(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiLower(c)) bits |= 1 << (c - LOWER_A);
    else if (isAsciiUpper(c)) bits |= 1 << (c - UPPER_A);
  }
  return bits;
}

const LOWER_A = 97;
const UPPER_A = 65;
const POLICE_NAME_LETTERS = ['police', 'sheriff', 'constabulary'].map(asciiLetters);

const POLICE_ACRONYM = /^[A-Z]{1,4}(PD|SO)$/;

/** POLICE_ACRONYM.test(form), run only on a form of its length and ending: every form of every body is asked. */
function isPoliceAcronym(form: string): boolean {
  return form.length >= 3 && form.length <= 6 && (form.endsWith('PD') || form.endsWith('SO')) && POLICE_ACRONYM.test(form);
}

/**
 * Whether `word` (lower case, one word) is one of a body's one-word names: its name's last word ("district" for the
 * "Riverton School District") or a form of one word ("Transit", "NRHA"). Compared in place: no list of the body's
 * names is built for every modifier of every description.
 */
function oneWordNameOf(b: Entity, word: string): boolean {
  const name = b.name.toLowerCase();
  if (name.endsWith(word) && (name.length === word.length || name.charCodeAt(name.length - word.length - 1) === SPACE)) return true;
  // (Lower-casing never shortens a string: a longer form cannot be the word.)
  for (const f of b.forms) if (f.length <= word.length && !f.includes(' ') && f.toLowerCase() === word) return true;
  return false;
}

const SPACE = 32;

/**
 * Where a sentence opens with a named body, by sentence: `sentenceOf` gives the sentence holding an offset, and
 * `opensSentence` whether a mention there opens it (after "The" at most). One pass over the bodies' mentions.
 */
export interface SentenceSubjects {
  sentenceOf(offset: number): number;
  opensSentence(offset: number): boolean;
}

function bodiesOpeningSentences(bodies: Entity[], subjects: SentenceSubjects): Map<number, Entity> {
  const opening = new Map<number, Entity>();
  for (const b of bodies) {
    if (b.kind !== 'organization') continue;
    for (const [start] of b.mentions) if (subjects.opensSentence(start)) opening.set(subjects.sentenceOf(start), b);
  }
  return opening;
}

export function mergeShortForms(entities: Entity[], speakers: Set<Entity> = new Set(), subjects?: SentenceSubjects): void {
  const bodies = entities.filter((e) => rootOf(e) === e && e.proper && (e.kind === 'organization' || e.kind === 'group'));
  // "Kestrel United signed a striker, the club announced": a generic noun after its sentence's subject, a named
  // body, stands for that body, whatever else the sentence names.
  const openingBodies = subjects ? bodiesOpeningSentences(bodies, subjects) : new Map<number, Entity>();
  const police = bodies.filter(isPoliceBody);
  // Each body's name words, looked up in the memo once for all the descriptions that ask (a probe of the memo's large
  // table is slow: it is rarely in the processor's cache).
  const wordsByBody = new Map<Entity, Set<string>>();
  const nameWordsOf = (b: Entity): Set<string> => {
    let words = wordsByBody.get(b);
    if (!words) { words = nameWords(b.name); wordsByBody.set(b, words); }
    return words;
  };
  const unnamedBodies = new Map<string, Entity[]>();
  for (const d of openDescriptions(entities)) {
    const text = d.described[0] ?? '';
    const at = firstMentionStart(d);
    // "two officers", "one officer": counted officers are people on the scene, not the force.
    if ((POLICE_WORDS.has(text) || POLICE_WORDS.has(d.head!)) && !/^(\d+|one|two|three|four|five|six|several|some|both|a|an)\b/.test(text)) {
      // With no force named, "police", "Riverton police" and "officers" are still one unnamed force.
      if (police.length === 0) police.push(d);
      else merge(nearestBefore(police, at) ?? police[0], d);
      continue;
    }
    // "county officials", "company spokesmen": unnamed people of a named body speak for it. (The words before the
    // last are split off only for such people: a description of one word has none.)
    const modified = text.includes(' ');
    if (BODY_PEOPLE.has(d.head!) && modified) {
      const modifiers = text.split(' ').slice(0, -1);
      // The modifier must be the body's head word ("district" for the "Riverton School District") or one of its
      // one-word names ("Transit", "NRHA"); "health officials" are not the Health Department's by that word alone.
      const body = nearestBefore(bodies.filter((b) => modifiers.some((m) => oneWordNameOf(b, m))), at);
      if (body) { merge(body, d); continue; }
    }
    // "researchers say" in a story about "Kestrel Research": people named after what the one body does.
    if (d.kind === 'group' && !modified) {
      const stem = d.head!.replace(/(ers|ists|ians|ors)$/, '');
      const body = stem.length >= 5 && stem !== d.head ? nearestBefore(bodies.filter((b) => nameWordsOf(b).has(stem)), at) : null;
      if (body) { merge(body, d); continue; }
    }
    if (d.kind === 'person' || d.kind === 'group' || !ORGANISATION_NOUNS.has(d.head!)) continue;
    // A body whose name holds the noun, or a word for that kind of body ("the union": the Riverton Pilots Association).
    const kindWords = BODY_KIND_WORDS[d.head!] ?? [d.head!];
    // (A form that is the name itself, most often the first, is not looked up a second time.)
    const holding = bodies.filter((b) => kindWords.some((w) => nameWordsOf(b).has(w) || b.forms.some((f) => f !== b.name && nameWords(f).has(w))));
    // "the company" may be any company; "the authority" or "the council" only one whose name says so.
    // A generic noun takes the most prominent body so far: the one named most often before it, speakers counting
    // double ("the agency" after the agency's statements, not an airline mentioned in passing).
    const generic = GENERIC_BODY_NOUNS.has(d.head!);
    // ("the club", "this company"; not "Hale's firm", which is someone else's.)
    const subject = generic && subjects && d.definite && !/['\u2019]s\b/.test(text) ? openingBodies.get(subjects.sentenceOf(at)) : undefined;
    const subjectBody = subject && firstMentionStart(subject) < at ? rootOf(subject) : null;
    const body = nearestBefore(holding, at) ?? subjectBody ?? (generic ? mostProminent(bodies.filter((b) => b.kind === 'organization'), at, speakers) : null) ??
      (generic ? nearestBefore(unprovenPeople(entities), at) : null);
    if (!body) {
      // "a spokesperson for the city's transport department … The department declined": with no body named, the
      // bare noun is the unnamed body met before it ("the Hale campaign" is not "the Ruiz campaign").
      if (d.kind !== 'organization') continue;
      const met = unnamedBodies.get(d.head!) ?? [];
      const same = text === d.head ? nearestBefore(met, at) : null;
      if (same) merge(same, d);
      else { met.push(d); unnamedBodies.set(d.head!, met); }
      continue;
    }
    // "Orbit Mobile said … The company said": with no body named, a name read as a person's on its shape alone is
    // the company the noun stands for.
    if (body.kind === 'person') body.kind = 'organization';
    merge(body, d);
  }
  // "Police" written as a name (a sentence's first word, a headline) is the same force as "Riverton Police".
  for (const e of entities) {
    if (rootOf(e) !== e || !e.proper || police.length !== 1 || e === police[0]) continue;
    if (POLICE_WORDS.has(e.name.toLowerCase())) merge(police[0], e);
  }
}

/** Names read as a person's for their shape alone (see unprovenPerson). */
function unprovenPeople(entities: Entity[]): Entity[] {
  return entities.filter((e) => rootOf(e) === e && unprovenPerson(e));
}

/**
 * The body the story is most about: the most mentions in the whole text (a speaker's count doubled), ties to the
 * one named last before `at`; with no body at all, null.
 */
export function mostProminent(candidates: Entity[], at: number, speakers: Set<Entity>): Entity | null {
  let best: Entity | null = null;
  let bestScore = 0;
  let bestLast = -1;
  for (const c of candidates) {
    let count = 0;
    let last = -1;
    // The whole article counts: the body a story is about is named throughout it, before and after.
    for (const [start] of c.mentions) { count++; if (start < at) last = Math.max(last, start); }
    const score = count * (speakers.has(c) ? 2 : 1);
    if (score > bestScore || (score === bestScore && score > 0 && last > bestLast)) { best = c; bestScore = score; bestLast = last; }
  }
  return best ?? nearestBefore(candidates, at);
}
