/**
 * Particle verbs, and verbs of voting with their preposition, that report a stance or a statement through the object
 * of their particle: "laid out a plan",
 * "lashed out at the board", "took issue with the ruling". Their head verbs alone ("lay", "lash", "take") report
 * nothing, so they are cues only as whole phrases, each expanded to the inflected forms of its verb.
 */
import { inflect } from './inflect';
import type { CueClass } from './cues';

/** Verb, the words after it, and its irregular past forms where the regular rule gets them wrong. */
const PARTICLE_VERBS: Array<[string, string, string[]?]> = [
  ['lay', 'out', ['laid']], ['sketch', 'out'], ['spell', 'out', ['spelled', 'spelt']],
  ['lash', 'out at'], ['lash', 'out against'], ['single', 'out'], ['call', 'out'],
  ['take', 'issue with', ['took', 'taken']], ['weigh', 'in on'],
  ['speak', 'out against', ['spoke', 'spoken']], ['speak', 'out on', ['spoke', 'spoken']],
  ['speak', 'out about', ['spoke', 'spoken']], ['speak', 'out in favor of', ['spoke', 'spoken']],
  ['push', 'back on'], ['push', 'back against'], ['fire', 'back at'], ['hit', 'back at', ['hit']],
  ['shrug', 'off', ['shrugged']], ['brush', 'off'], ['walk', 'back'], ['talk', 'up'],
  ['open', 'up about'], ['double', 'down on'], ['rail', 'against'],
  ['come', 'out against', ['came']], ['come', 'out in support of', ['came']], ['come', 'out in favor of', ['came']],
  // A vote is a stance on its object: "voted against the levy", "cast a ballot for Ms. Ruiz". A bare "vote for" is
  // left out: it is as often a future or a question ("will you vote for him?") as a stance taken.
  ['vote', 'against'], ['vote', 'in favor of'], ['vote', 'in support of'],
  ['cast', 'a ballot for', ['cast']], ['cast', 'their votes for', ['cast']], ['cast', 'ballots for', ['cast']],
];

/** Irregular gerunds the regular rule misspells. */
const GERUNDS: Record<string, string> = { shrug: 'shrugging', hit: 'hitting' };

/** Lowercased phrase → cue class, every form of every particle verb; all take their object as content. */
export function particleVerbPhrases(): Record<string, CueClass> {
  const phrases: Record<string, CueClass> = {};
  for (const [verb, rest, pasts] of PARTICLE_VERBS) {
    for (const [form, kind] of inflect(verb)) {
      if (kind === 'past' && pasts) continue;
      phrases[`${kind === 'gerund' ? GERUNDS[verb] ?? form : form} ${rest}`] = 'object';
    }
    for (const past of pasts ?? []) phrases[`${past} ${rest}`] = 'object';
  }
  return phrases;
}
