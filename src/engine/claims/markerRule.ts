/** The shape of a rule that makes a claim at one word of a sentence, with no reporting verb's subject to speak for it. */
import type { Context, DraftClaim } from './context';

export interface MarkerRule {
  /** The lowercased words at which the rule is tried. */
  words: ReadonlySet<string>;
  /** The claim the rule makes at token i, or null. Reads a bounded number of tokens around i. */
  claim(ctx: Context, i: number): DraftClaim | null;
  /**
   * Set when the rule's claims may open a complement clause after their cue ("it is unclear whether …", "it seems
   * that …"): such a claim is kept over the attributions inside that clause (claims/agentless.ts).
   */
  opensComplement?: boolean;
}
