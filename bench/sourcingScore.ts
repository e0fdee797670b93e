/**
 * Sourcing figures of the quality benchmark (issue 7): over the claims matched at 30% overlap, how well the
 * predicted `sourcing` agrees with the gold's. A gold claim with no source is "none"; one with a source takes the
 * label of its source phrase in a reviewed table (bench/sourcingLabels.ts); a phrase the table leaves out counts as
 * named when it holds a proper name. Pronouns and other phrases labelled "refers" are left out and counted. Pure.
 */
import type { Analysis, Sourcing } from '../src/engine/types';
import type { GoldAttribution } from './gold';
import type { Match, Ratio } from './score';
import type { SourcingLabel } from './sourcingLabels';

export const SOURCINGS: readonly Sourcing[] = ['named', 'unnamed', 'none'];

export interface SourcingTally {
  /** Matched claims scored, by gold sourcing: how many the engine gave the same sourcing (recall). */
  recall: Record<Sourcing, Ratio>;
  /** Matched claims scored, by predicted sourcing: how many have that gold sourcing (precision). */
  precision: Record<Sourcing, Ratio>;
  /** Gold claims with no source that any predicted claim matches at all. */
  noSourceFound: Ratio;
  /**
   * No-source claims as a kind of their own: gold claims with no source matched by a predicted claim whose sourcing
   * is "none" (recall), and predicted "none" claims that match a gold claim with no source (precision).
   */
  noSource: { recall: Ratio; precision: Ratio };
  /** Matched claims left out because their source phrase's sourcing depends on what it refers to. */
  leftOut: number;
  /** Distinct source phrases without a proper name that the table does not label (should be none on dev). */
  unlabelled: Set<string>;
}

const ratios = (): Record<Sourcing, Ratio> => ({ named: { hit: 0, total: 0 }, unnamed: { hit: 0, total: 0 }, none: { hit: 0, total: 0 } });

export function emptySourcingTally(): SourcingTally {
  return { recall: ratios(), precision: ratios(), noSourceFound: { hit: 0, total: 0 }, noSource: { recall: { hit: 0, total: 0 }, precision: { hit: 0, total: 0 } }, leftOut: 0, unlabelled: new Set() };
}

/**
 * A capital letter past the first word, or a first word that is neither lower-case nor a determiner: the phrase holds
 * a proper name ("the Indiana governor", "Ruiz"). Used only to warn of phrases the table should label.
 */
const holdsProperName = (phrase: string) => {
  const [first, ...rest] = phrase.split(' ');
  return /[A-Z]/.test(rest.join(' ')) || !/^(?:[a-z]|(?:The|A|An|Some|Many|Most|Several|Other|Few|One|Two|This|These|Those)$)/.test(first);
};

/** The gold sourcing of one attribution, or null when it is left out ("refers"). */
export function goldSourcing(g: GoldAttribution, labels: ReadonlyMap<string, SourcingLabel>, unlabelled?: Set<string>): Sourcing | null {
  if (g.source.length === 0) return 'none';
  const phrase = (g.sourceText ?? '').replace(/\s+/g, ' ').trim();
  const label = labels.get(phrase);
  if (label === 'refers') return null;
  if (label) return label;
  if (!holdsProperName(phrase)) unlabelled?.add(phrase);
  return 'named';
}

export function tallySourcing(
  tally: SourcingTally, gold: readonly GoldAttribution[], analysis: Analysis, matches: readonly Match[],
  labels: ReadonlyMap<string, SourcingLabel>,
): void {
  const matchedGold = new Set(matches.map((m) => m.gold));
  const predictedOf = new Map(matches.map((m) => [m.gold, m.predicted]));
  const goldOf = new Map(matches.map((m) => [m.predicted, m.gold]));
  gold.forEach((g, i) => {
    if (g.source.length > 0) return;
    tally.noSourceFound.total++;
    tally.noSource.recall.total++;
    if (matchedGold.has(i)) tally.noSourceFound.hit++;
    const p = predictedOf.get(i);
    if (p !== undefined && analysis.claims[p].sourcing === 'none') tally.noSource.recall.hit++;
  });
  analysis.claims.forEach((c, i) => {
    if (c.sourcing !== 'none') return;
    tally.noSource.precision.total++;
    const g = goldOf.get(i);
    if (g !== undefined && gold[g].source.length === 0) tally.noSource.precision.hit++;
  });
  for (const m of matches) {
    const expected = goldSourcing(gold[m.gold], labels, tally.unlabelled);
    if (expected === null) { tally.leftOut++; continue; }
    const predicted = analysis.claims[m.predicted].sourcing;
    tally.recall[expected].total++;
    tally.precision[predicted].total++;
    if (predicted === expected) { tally.recall[expected].hit++; tally.precision[predicted].hit++; }
  }
}
