/**
 * The engine's output format. Offsets are JavaScript string indices (UTF-16 code units) into the
 * analysed text, end exclusive, and `text.slice(span.start, span.end) === span.text` always holds.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type ActorKind = 'person' | 'organization' | 'place' | 'group';

export interface Actor {
  /** Stable within one analysis: "a1", "a2", … in order of first mention. */
  id: string;
  /** Canonical name: the fullest name the text uses ("Dmitri S. Peskov"). */
  name: string;
  kind: ActorKind;
  /** Role or title where the text gives one ("Kremlin spokesperson"), else null. */
  role: string | null;
  /** The other forms the text names this actor by ("Peskov", "Mr. Peskov", "NRHA"), without the canonical name. */
  aliases: string[];
  /** False for an actor the text never names: "a senior official", "neighbors", "sources familiar with the talks". */
  named: boolean;
  /** Every resolved mention in text order, pronouns and descriptions included. */
  mentions: Span[];
}

export type ClaimKind = 'direct' | 'mixed' | 'indirect';

/** "named": a named actor speaks; "unnamed": people or a body the text does not identify; "none": no source at all. */
export type Sourcing = 'named' | 'unnamed' | 'none';

export interface Claim {
  /** Stable within one analysis: "c1", "c2", … in text order. */
  id: string;
  /** The speaking actor's id, or null when no speaker could be found. */
  actor: string | null;
  kind: ClaimKind;
  /** What was said; quote marks are included for direct claims. */
  content: Span;
  /**
   * The claim's own words: the content without the attribution that interrupts it ("“A,” said Ruiz, the chair.
   * “B.”" has the parts “A,” and “B.”). One part, equal to the content, when nothing interrupts it.
   */
  parts: Span[];
  /** The quoted runs inside the content (empty for indirect claims). */
  quotes: Span[];
  /** How traceable the speaker is: see Sourcing. */
  sourcing: Sourcing;
  /** The reporting verb or phrase ("said", "according to"), or null. */
  cue: Span | null;
  /** The mention that speaks here ("Mr. Peskov", "He"), or null. */
  source: Span | null;
  /** 0..1: how sure the engine is of the speaker. */
  confidence: number;
  /** Why this speaker, in a few words. */
  evidence: string;
}

export interface Analysis {
  actors: Actor[];
  claims: Claim[];
}

export interface AnalyzeOptions {
  /**
   * Texts longer than this many UTF-16 code units are rejected with an empty result rather than
   * analysed. Defaults to 20,000,000 (about 20 MB), far above any real article.
   */
  maxLength?: number;
}
