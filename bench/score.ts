/**
 * Scores one Analysis against gold attributions (format: ../shared/fixtures/README.md). Pure: no I/O.
 *
 * Matching: a predicted claim and a gold claim match at threshold t when the characters they share cover at
 * least t of BOTH the gold content (the sum of its spans) and the predicted content (the sum of the claim's parts:
 * its words without the attribution that interrupts them, as the gold draws its spans). Matching is one-to-one and
 * greedy by best overlap: every qualifying pair is ranked by the Dice overlap 2·shared / (gold + predicted)
 * and taken when neither side is used yet. Kinds need not agree for a match; recall per type counts gold
 * claims of that gold type, precision per type counts predicted claims of that predicted kind, 'all' ignores
 * kind.
 */
import type { Actor, Analysis, Claim, ClaimKind } from '../src/engine/types';
import type { GoldActor, GoldAttribution, GoldDocument, Range } from './gold';

export const CLAIM_KINDS: readonly ClaimKind[] = ['direct', 'mixed', 'indirect'];
export type TypeKey = ClaimKind | 'all';
export const TYPE_KEYS: readonly TypeKey[] = [...CLAIM_KINDS, 'all'];
export const THRESHOLDS: readonly number[] = [0.3, 0.8];

export interface Ratio {
  hit: number;
  total: number;
}

export interface TypeTally {
  gold: number;
  predicted: number;
  /** Gold claims of this type that found a match (recall numerator). */
  goldMatched: number;
  /** Predicted claims of this kind that found a match (precision numerator). */
  predictedMatched: number;
  /** Matched claims (by gold type) whose gold has a source: is the predicted speaker right? */
  speaker: Ratio;
  /** Matched claims (by gold type) whose gold has a cue: does the predicted cue overlap it? */
  cue: Ratio;
  /** Matched claims (by gold type): does the predicted kind equal the gold type? */
  kind: Ratio;
}
export type Tally = Record<TypeKey, TypeTally>;

export interface Match {
  gold: number;
  predicted: number;
  /** Shared characters over the gold content length. */
  goldCoverage: number;
  /** Shared characters over the predicted content length. */
  predictedCoverage: number;
}

export interface QuoteSegment {
  /** Index of the gold attribution holding the segment. */
  gold: number;
  start: number;
  end: number;
  /** Index of the predicted claim covering most of the segment when it covers at least half, else null. */
  predicted: number | null;
  right: boolean;
}

export interface CanonicalCheck {
  gold: number;
  /** The matched predicted claim (30% overlap), or null when the gold claim was not found. */
  predicted: number | null;
  /** The predicted speaker's name, or null when there is none. */
  predictedName: string | null;
  right: boolean;
}

export interface ThresholdScore {
  threshold: number;
  matches: Match[];
  tally: Tally;
}

export interface DocumentScore {
  thresholds: ThresholdScore[];
  quotes: QuoteSegment[];
  /** Only for hand-made gold (attributions with `speaker`); empty otherwise. */
  canonical: CanonicalCheck[];
}

// ---- character arithmetic -------------------------------------------------------------------------------

/** Sorted, non-overlapping copy of the ranges, so shared characters are never counted twice. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([a, b]) => b > a).map(([a, b]): Range => [a, b]).sort((x, y) => x[0] - y[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

export const rangesLength = (ranges: readonly Range[]) => ranges.reduce((n, [a, b]) => n + (b - a), 0);

/** Characters of [start, end) inside the (merged) ranges. */
export function sharedLength(ranges: readonly Range[], start: number, end: number): number {
  let n = 0;
  for (const [a, b] of ranges) n += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return n;
}

/** True when the span shares at least one character with one of the ranges. */
export function touches(ranges: readonly Range[], span: { start: number; end: number } | null | undefined): boolean {
  return !!span && ranges.some(([a, b]) => Math.min(b, span.end) > Math.max(a, span.start));
}

// ---- matching -------------------------------------------------------------------------------------------

/** A claim's words as ranges; a claim from before parts existed (a saved analysis) is its whole content. */
function predictedParts(c: Claim): Range[] {
  return c.parts && c.parts.length > 0 ? c.parts.map((p) => [p.start, p.end] as Range) : [[c.content.start, c.content.end]];
}

export function matchClaims(gold: readonly GoldAttribution[], claims: readonly Claim[], threshold: number): Match[] {
  const candidates: Array<Match & { dice: number }> = [];
  gold.forEach((g, gi) => {
    const content = mergeRanges(g.content);
    const goldLength = rangesLength(content);
    if (goldLength === 0) return;
    claims.forEach((c, pi) => {
      const parts = predictedParts(c);
      const predictedLength = rangesLength(parts);
      if (predictedLength <= 0) return;
      let shared = 0;
      for (const [start, end] of parts) shared += sharedLength(content, start, end);
      const goldCoverage = shared / goldLength;
      const predictedCoverage = shared / predictedLength;
      if (shared > 0 && goldCoverage >= threshold && predictedCoverage >= threshold) {
        candidates.push({ gold: gi, predicted: pi, goldCoverage, predictedCoverage, dice: (2 * shared) / (goldLength + predictedLength) });
      }
    });
  });
  // Best overlap first; ties fall back to text order so the result is deterministic.
  candidates.sort((x, y) => y.dice - x.dice || x.gold - y.gold || x.predicted - y.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matches: Match[] = [];
  for (const { dice: _dice, ...m } of candidates) {
    if (usedGold.has(m.gold) || usedPredicted.has(m.predicted)) continue;
    usedGold.add(m.gold);
    usedPredicted.add(m.predicted);
    matches.push(m);
  }
  return matches.sort((x, y) => x.gold - y.gold);
}

/**
 * Right speaker: the predicted source, or any mention of the predicted actor, overlaps the gold source. A gold
 * claim without a source has no right speaker (callers leave it out of speaker figures).
 */
export function speakerIsRight(gold: GoldAttribution, claim: Claim, actor: Actor | undefined): boolean {
  if (gold.source.length === 0) return false;
  if (touches(gold.source, claim.source)) return true;
  return !!actor && actor.mentions.some((m) => touches(gold.source, m));
}

export function emptyTally(): Tally {
  const row = (): TypeTally => ({ gold: 0, predicted: 0, goldMatched: 0, predictedMatched: 0,
    speaker: { hit: 0, total: 0 }, cue: { hit: 0, total: 0 }, kind: { hit: 0, total: 0 } });
  return { direct: row(), mixed: row(), indirect: row(), all: row() };
}

function count(ratio: Ratio, hit: boolean): void {
  ratio.total++;
  if (hit) ratio.hit++;
}

export function tallyMatches(gold: readonly GoldAttribution[], analysis: Analysis, matches: readonly Match[]): Tally {
  const tally = emptyTally();
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  for (const g of gold) { tally[g.type].gold++; tally.all.gold++; }
  for (const c of analysis.claims) { tally[c.kind].predicted++; tally.all.predicted++; }
  for (const m of matches) {
    const g = gold[m.gold];
    const c = analysis.claims[m.predicted];
    tally[c.kind].predictedMatched++;
    tally.all.predictedMatched++;
    for (const row of [tally[g.type], tally.all]) {
      row.goldMatched++;
      if (g.source.length > 0) count(row.speaker, speakerIsRight(g, c, actors.get(c.actor ?? '')));
      if (g.cue.length > 0) count(row.cue, touches(g.cue, c.cue));
      count(row.kind, c.kind === g.type);
    }
  }
  return tally;
}

// ---- quote attribution ----------------------------------------------------------------------------------

const OPEN_TO_CLOSE: Record<string, string> = { '\u201C': '\u201D', '"': '"' };

/**
 * Quoted runs inside the content spans, quote marks included: “…” or "…". A curly quote reopened before it
 * closes (a quote running over several paragraphs) ends the run there and starts a new one; a run still open
 * at the end of a span ends with the span; a closing ” before any opener means the span began inside a quote.
 */
export function quotedSegments(text: string, content: readonly Range[]): Range[] {
  const out: Range[] = [];
  const push = (a: number, b: number) => {
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (text.slice(a, b).replace(/[\s\u201C\u201D"]/g, '').length > 0) out.push([a, b]);
  };
  for (const [start, end] of mergeRanges(content)) {
    let open = -1;
    let closer = '';
    let seenMark = false;
    for (let i = start; i < end; i++) {
      const ch = text[i];
      if (open < 0) {
        if (OPEN_TO_CLOSE[ch]) { open = i; closer = OPEN_TO_CLOSE[ch]; seenMark = true; }
        else if (ch === '\u201D' && !seenMark) { push(start, i + 1); seenMark = true; }
      } else if (ch === closer) {
        push(open, i + 1);
        open = -1;
      } else if (ch === '\u201C' && closer === '\u201D') {
        push(open, i);
        open = i;
      }
    }
    if (open >= 0) push(open, end);
  }
  return out;
}

export function scoreQuotes(doc: GoldDocument, analysis: Analysis): QuoteSegment[] {
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const out: QuoteSegment[] = [];
  doc.attributions.forEach((g, gi) => {
    if ((g.type !== 'direct' && g.type !== 'mixed') || g.source.length === 0) return;
    for (const [start, end] of quotedSegments(doc.text, g.content)) {
      // The claim holding most of the segment decides; another claim elsewhere with the right speaker does not.
      let best = -1;
      let bestShared = 0;
      analysis.claims.forEach((c, pi) => {
        const shared = Math.min(end, c.content.end) - Math.max(start, c.content.start);
        if (shared > bestShared) { best = pi; bestShared = shared; }
      });
      const predicted = best >= 0 && bestShared >= 0.5 * (end - start) ? best : null;
      const claim = predicted === null ? undefined : analysis.claims[predicted];
      const right = !!claim && speakerIsRight(g, claim, actors.get(claim.actor ?? ''));
      out.push({ gold: gi, start, end, predicted, right });
    }
  });
  return out;
}

// ---- canonical speakers (hand-made gold) ----------------------------------------------------------------

/** Lower case, no periods or possessive ’s, no leading "the", single spaces: "the White House’s" → "white house". */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[’']s\b/g, '').replace(/\./g, ' ').replace(/^\s*the\s+/, '').replace(/\s+/g, ' ').trim();
}

const lastWord = (name: string) => normalizeName(name).split(' ').pop() ?? '';

/**
 * Which gold actor a predicted actor name stands for. First an exact match (normalized) of the gold name or
 * one of its aliases ("Mr. Trump" → Donald Trump, "Trump administration" → Trump administration); failing
 * that, the gold actors whose surname (the last word of the name or of an alias) is a word of the predicted
 * name ("Dmitri Peskov" → Dmitri S. Peskov) — accepted only when exactly one gold actor qualifies.
 */
export function resolveGoldActor(predictedName: string, actors: readonly GoldActor[]): GoldActor | null {
  const name = normalizeName(predictedName);
  if (!name) return null;
  const spellings = (a: GoldActor) => [a.name, ...(a.aliases ?? [])];
  const exact = actors.find((a) => spellings(a).some((s) => normalizeName(s) === name));
  if (exact) return exact;
  const words = new Set(name.split(' '));
  const bySurname = actors.filter((a) => spellings(a).some((s) => words.has(lastWord(s))));
  return bySurname.length === 1 ? bySurname[0] : null;
}

/** Did the gold claim (found at 30% overlap) get the gold speaker, by canonical name? */
export function scoreCanonical(doc: GoldDocument, analysis: Analysis, matches: readonly Match[]): CanonicalCheck[] {
  const actors = doc.actors ?? [];
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const byGold = new Map(matches.map((m) => [m.gold, m.predicted]));
  const out: CanonicalCheck[] = [];
  doc.attributions.forEach((g, gi) => {
    if (!g.speaker) return;
    const predicted = byGold.get(gi) ?? null;
    const predictedName = predicted === null ? null : names.get(analysis.claims[predicted].actor ?? '') ?? null;
    let right = false;
    if (predictedName) {
      const goldActor = actors.find((a) => a.name === g.speaker);
      // Gold without an actor list still compares by the same rule against the bare speaker name.
      right = resolveGoldActor(predictedName, goldActor ? actors : [{ name: g.speaker }])?.name === g.speaker;
    }
    out.push({ gold: gi, predicted, predictedName, right });
  });
  return out;
}

// ---- the document, and sums over documents ----------------------------------------------------------------

export function scoreDocument(doc: GoldDocument, analysis: Analysis, thresholds: readonly number[] = THRESHOLDS): DocumentScore {
  const scored = thresholds.map((threshold) => {
    const matches = matchClaims(doc.attributions, analysis.claims, threshold);
    return { threshold, matches, tally: tallyMatches(doc.attributions, analysis, matches) };
  });
  const loosest = scored.find((s) => s.threshold === 0.3) ?? scored[0];
  return {
    thresholds: scored,
    quotes: scoreQuotes(doc, analysis),
    canonical: loosest ? scoreCanonical(doc, analysis, loosest.matches) : [],
  };
}

/** Adds `from` into `into` (micro-averaging: figures are computed from summed counts). */
export function addTally(into: Tally, from: Tally): void {
  for (const t of TYPE_KEYS) {
    const a = into[t];
    const b = from[t];
    a.gold += b.gold;
    a.predicted += b.predicted;
    a.goldMatched += b.goldMatched;
    a.predictedMatched += b.predictedMatched;
    for (const k of ['speaker', 'cue', 'kind'] as const) { a[k].hit += b[k].hit; a[k].total += b[k].total; }
  }
}

/** hit/total, or null when nothing was counted (printed as "-", never as 0% or 100%). */
export const rate = (r: Ratio): number | null => (r.total === 0 ? null : r.hit / r.total);

export interface TypeFigures {
  recall: number | null;
  precision: number | null;
  f1: number | null;
  speaker: number | null;
  cue: number | null;
  kind: number | null;
}

export function figures(row: TypeTally): TypeFigures {
  const recall = rate({ hit: row.goldMatched, total: row.gold });
  const precision = rate({ hit: row.predictedMatched, total: row.predicted });
  // No gold and no prediction: nothing to say. Otherwise a missing side counts as 0 (no predictions → F1 0).
  const [r, p] = [recall ?? 0, precision ?? 0];
  const f1 = recall === null && precision === null ? null : r + p === 0 ? 0 : (2 * r * p) / (r + p);
  return { recall, precision, f1, speaker: rate(row.speaker), cue: rate(row.cue), kind: rate(row.kind) };
}
