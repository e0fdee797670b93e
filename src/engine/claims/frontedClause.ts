/**
 * "When the mayor vowed to fix the bridge, the council …", "Two days after Hale pledged a levy, the town …": a
 * claim made inside a clause of time, place, cause or condition that comes before the sentence's main clause ends
 * at the comma where the main clause takes over; the main clause is the writer's, not what was said.
 */
import type { Token } from '../tokens';
import type { Sentence } from '../units';
import { clauseFollows, SUBORDINATORS } from './context';
import { listGoesOn } from './content';

/** Words that open a clause before the main clause ("where" and "until" beside the usual subordinators). */
const OPENERS = new Set([...SUBORDINATORS, 'where', 'until']);

/**
 * How many words may come before the opener ("Two days after", "Unlike last spring, when"): a short phrase of time
 * or comparison, with no verb of its own; the look stays bounded whatever the sentence.
 */
const MAX_LEAD = 8;

/**
 * The last token of the content of a cue whose subject starts at `subjectFirst` and whose cue ends at `cueLast`, when
 * the subject follows an opener of a fronted clause: the token before the first comma after the cue (outside quotes)
 * after which a clause with its own verb follows (not a list's next item), at most `limit`. Else -1.
 */
export function frontedClauseEnd(tokens: Token[], s: Sentence, subjectFirst: number, cueLast: number, limit: number): number {
  const opener = subjectFirst - 1;
  if (opener < s.first || opener - s.first > MAX_LEAD || tokens[opener].quote >= 0 || !OPENERS.has(tokens[opener].lower)) return -1;
  // A verb before the opener means the main clause came first ("Hale left after Ruiz said …"): nothing is fronted.
  for (let k = s.first; k < opener; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return -1;
  for (let k = cueLast + 1; k < limit; k++) {
    if (tokens[k].text !== ',' || tokens[k].quote >= 0) continue;
    // ("said the bridge, the road and the dock were unsafe": a comma inside a list is no boundary.)
    if (clauseFollows(tokens, k, limit) && !listGoesOn(tokens, k, limit)) return k - 1;
  }
  return -1;
}
