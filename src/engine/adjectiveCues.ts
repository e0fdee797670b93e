/**
 * "Ana Ruiz is skeptical of the plan", "the union was adamant that the levy fails", "Hale is eager to debate": an
 * adjective of stance after a form of "be" reports a view of its subject's, when what the view is about follows it
 * (a preposition's object, a "that" clause or "to" and a verb). On PolNeAR train these adjectives with such a
 * complement, after "be" and a subject that can speak, head a gold cue 60% of the time (75 of 125).
 */
import type { CueClass } from './lexicon/cues';
import { STANCE_ADJECTIVES } from './lexicon/cues';
import { Complement, complementAfter, complementStart } from './complements';
import { afterBe, newCue, type CueMatch } from './cues';
import type { Token } from './tokens';

/** What each complement makes of the view: the object of "of", "about", "with" or "in"; a clause; an intention. */
const CLASS_BY_COMPLEMENT: Partial<Record<Complement, CueClass>> = {
  of: 'object', about: 'object', with: 'object', in: 'object', that: 'that', infinitive: 'infinitive', clause: 'that',
};

/** The cue of a stance adjective at token i after "be" ("is deeply skeptical of"), or null. */
export function matchStanceAdjective(tokens: Token[], i: number, first: number, last: number): CueMatch | null {
  const t = tokens[i];
  if (t.quote >= 0 || (t.pos !== 'ADJ' && t.pos !== 'VERB') || !STANCE_ADJECTIVES.has(t.lower) || !afterBe(tokens, i, first)) return null;
  // A noun read after the complement's preposition is the view's object; an adjective's own "to" is not a hearer.
  const complement = complementAfter(tokens, i, last, false);
  const cueClass = CLASS_BY_COMPLEMENT[complement];
  if (!cueClass) return null;
  const match = newCue(i, i, cueClass, t.lower, 'phrase', false, false);
  match.complement = complement;
  // "skeptical of the plan": the preposition belongs to the cue, its object is the content.
  if (cueClass === 'object') match.last = complementStart(tokens, i, last, false);
  return match;
}
