/**
 * Agent nouns: a lowercase word ending like "forecaster", "midfielder" or "analyst" names a person by default, unless
 * it is one of the nouns of that shape that never do ("computer", "bulldozer", "agreement").
 */
import { THING_NOUNS_WITH_AGENT_ENDINGS } from './generatedThingNouns';

/** "-er", "-or", "-ist", "-ian", "-ant", "-ent" on a lowercase word of four letters or more (no regex: a hot path). */
export function hasAgentEnding(word: string): boolean {
  const n = word.length;
  if (n < 6) return false;
  const c = word.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  const two = word.slice(n - 2);
  if (two === 'er' || two === 'or') return true;
  const three = word.slice(n - 3);
  return three === 'ist' || three === 'ian' || three === 'ant' || three === 'ent';
}

/** Nouns with an agent ending that name no person: a hand-written list of common words, and WordNet's (generated). */
const HAND_NOT_AGENT_NOUNS = new Set(`former latter number water paper order letter matter center centre power border computer corner
  quarter chapter register winter summer weather river cancer disorder murder danger manner monster shelter layer
  thunder ladder daughter sector factor error mirror horror terror motor floor door door interior exterior majority
  minority priority authority history territory category theory inventory event content statement agreement
  argument government department comment moment document element movement payment treatment investment student
  talent patent percent incident accident evident parent component opponent resident president agent client
  tenant merchant servant sergeant assistant consultant participant applicant defendant giant plant grant restaurant
  guardian median comedian`.split(/\s+/).filter((w) => !['student', 'resident', 'president', 'agent', 'client',
  'tenant', 'merchant', 'servant', 'sergeant', 'assistant', 'consultant', 'participant', 'applicant', 'defendant',
  'parent', 'opponent', 'guardian', 'comedian'].includes(w)));

export const NOT_AGENT_NOUNS: ReadonlySet<string> = new Set([...HAND_NOT_AGENT_NOUNS, ...THING_NOUNS_WITH_AGENT_ENDINGS]);
