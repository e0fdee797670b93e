/**
 * Which speaking clusters are not actors: named things ("Asteroid Belt"), documents nobody issued, and
 * descriptions headed by a word for neither people nor a body ("flames", "a 4-1 win", "new numbers"). Their
 * claims keep their content and cue but have no speaker: a reader sees "no source" rather than a junk actor.
 */
import type { Entity } from '../actors';
import { remembered } from '../memo';
import { GROUP_HEADS, ORGANIZATION_HEADS, ROLES_AND_TITLES } from '../lexicon/names';
import { NOT_AGENT_NOUNS } from '../lexicon/agentNouns';
import { GENERIC_PEOPLE } from './nominals';
import { ORGANISATION_NOUNS } from './shortForms';
import { isDocument } from './documents';

/** Collective nouns that speak as one: "the family said", "the jury found". */
const SPEAKING_COLLECTIVES = new Set(`police cops family families couple crowd jury panel board staff crew camp regime
  public audience community neighbourhood neighborhood class congregation household parents relatives
  prosecution defence defense plaintiffs defendants opposition`.split(/\s+/));

/** True when `word` names a person or people: a role, an agent noun, a generic people noun, or its plural. */
export function isPeopleNoun(word: string): boolean {
  // Asked of most nouns of a text, and of the same nouns again and again.
  return peopleNouns(word);
}

const peopleNouns = remembered(readsAsPeople, 20_000, 40);

function readsAsPeople(word: string): boolean {
  // "the 31-year-old", "a 30-year-old": an age stands for a person.
  if (word === 'year-old' || /^\d+-years?-olds?$/.test(word)) return true;
  const singular = [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y'), word.replace(/men$/, 'man'), word === 'people' ? 'person' : word];
  return GROUP_HEADS.has(word) || singular.some((w) => ROLES_AND_TITLES.has(w) || GENERIC_PEOPLE.has(w)
    || (/^[a-z-]{4,}(er|or|ist|ian|ant|ent)$/.test(w) && !NOT_AGENT_NOUNS.has(w)));
}

export function canSpeak(e: Entity): boolean {
  if (e.kind === 'thing') return false;
  if (e.proper) return true;
  if (e.head === null) return true;
  if (isDocument(e)) return false;
  return isPeopleNoun(e.head) || ORGANISATION_NOUNS.has(e.head) || ORGANIZATION_HEADS.has(e.head) || SPEAKING_COLLECTIVES.has(e.head) || ['them', 'us', 'some', 'many', 'most', 'several', 'others'].includes(e.head);
}
