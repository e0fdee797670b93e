/**
 * How traceable a claim's source is, as journalists judge sourcing: a named actor ("named"), people or a body the
 * text does not identify ("unnamed": "officials said", "a person familiar with the talks"), or no source at all
 * ("none": the claim has no actor).
 */
import type { Actor, Sourcing } from './types';

export function sourcingOf(actor: Actor | undefined): Sourcing {
  if (!actor) return 'none';
  return actor.named ? 'named' : 'unnamed';
}
