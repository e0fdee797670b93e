/**
 * Scores an Analysis against gold attributions (format: ../shared/fixtures/README.md). Pure: no I/O.
 * A predicted claim matches a gold claim when their shared characters cover at least `threshold` of both
 * contents; matching is one-to-one, each gold claim taking the unused prediction it shares most with.
 */
import type { Analysis, Claim } from '../src/engine';

export type Offsets = Array<[number, number]>;
export interface GoldAttribution {
  type: 'direct' | 'mixed' | 'indirect';
  content: Offsets;
  source: Offsets;
  cue: Offsets;
  sourceText?: string | null;
  cueText?: string | null;
  speaker?: string;
}
export interface GoldDocument { id: string; text: string; attributions: GoldAttribution[] }

export const TYPES = ['direct', 'mixed', 'indirect', 'all'] as const;
export type TypeKey = (typeof TYPES)[number];

export interface Counts {
  gold: number; predicted: number; matched: number;
  speakerChecked: number; speakerRight: number; cueChecked: number; cueRight: number;
}
export interface DocumentScore {
  counts: Record<TypeKey, Counts>;
  quoteSegments: number;
  quotesRight: number;
  /** Gold claims with a hand-made speaker that were found with that speaker. */
  speakerClaims: number;
  speakerClaimsRight: number;
  missed: GoldAttribution[];
  falsePositives: Claim[];
  wrongSpeaker: Array<{ gold: GoldAttribution; claim: Claim }>;
}

const empty = (): Counts => ({ gold: 0, predicted: 0, matched: 0, speakerChecked: 0, speakerRight: 0, cueChecked: 0, cueRight: 0 });

function shared(spans: Offsets, start: number, end: number): number {
  let n = 0;
  for (const [a, b] of spans) n += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return n;
}
const length = (spans: Offsets) => spans.reduce((n, [a, b]) => n + b - a, 0);
const overlaps = (spans: Offsets, s: { start: number; end: number } | null | undefined) =>
  !!s && spans.some(([a, b]) => Math.min(b, s.end) > Math.max(a, s.start));

/** Right speaker: the predicted source, or any mention of the predicted actor, overlaps the gold source. */
export function speakerIsRight(analysis: Analysis, gold: GoldAttribution, claim: Claim): boolean {
  if (overlaps(gold.source, claim.source)) return true;
  const actor = analysis.actors.find((a) => a.id === claim.actor);
  return !!actor && actor.mentions.some((m) => overlaps(gold.source, m));
}

/** Quoted runs (between “…” or "…") inside the gold content spans. */
export function quotedSegments(text: string, content: Offsets): Offsets {
  const out: Offsets = [];
  for (const [a, b] of content) {
    const re = /[\u201C"][^\u201C\u201D"]*[\u201D"]/g;
    const part = text.slice(a, b);
    let m: RegExpExecArray | null;
    while ((m = re.exec(part))) out.push([a + m.index, a + m.index + m[0].length]);
  }
  return out;
}

export function scoreDocument(doc: GoldDocument, analysis: Analysis, threshold: number, actorNames?: Map<string, string>): DocumentScore {
  const counts = Object.fromEntries(TYPES.map((t) => [t, empty()])) as Record<TypeKey, Counts>;
  const used = new Set<Claim>();
  const result: DocumentScore = { counts, quoteSegments: 0, quotesRight: 0, speakerClaims: 0, speakerClaimsRight: 0, missed: [], falsePositives: [], wrongSpeaker: [] };
  for (const c of analysis.claims) { counts[c.kind].predicted++; counts.all.predicted++; }
  for (const g of doc.attributions) {
    counts[g.type].gold++; counts.all.gold++;
    const goldLength = length(g.content);
    let best: Claim | null = null;
    let bestShared = 0;
    for (const c of analysis.claims) {
      if (used.has(c)) continue;
      const n = shared(g.content, c.content.start, c.content.end);
      if (n >= threshold * goldLength && n >= threshold * (c.content.end - c.content.start) && n > bestShared) { best = c; bestShared = n; }
    }
    if (!best) { result.missed.push(g); if (g.speaker) result.speakerClaims++; continue; }
    used.add(best);
    for (const key of [g.type, 'all'] as TypeKey[]) {
      // Precision per type counts predictions of that kind, so a match counts for the type when kinds agree.
      if (key === 'all' || best.kind === g.type) counts[key].matched++;
      if (g.source.length > 0) {
        counts[key].speakerChecked++;
        if (speakerIsRight(analysis, g, best)) counts[key].speakerRight++;
      }
      if (g.cue.length > 0) { counts[key].cueChecked++; if (overlaps(g.cue, best.cue)) counts[key].cueRight++; }
    }
    if (g.source.length > 0 && !speakerIsRight(analysis, g, best)) result.wrongSpeaker.push({ gold: g, claim: best });
    if (g.speaker && actorNames) {
      result.speakerClaims++;
      if (sameSpeaker(actorNames.get(best.actor ?? '') ?? '', g.speaker)) result.speakerClaimsRight++;
    } else if (g.speaker) result.speakerClaims++;
  }
  for (const c of analysis.claims) if (!used.has(c)) result.falsePositives.push(c);
  // Quote attribution: each quoted segment of a sourced direct/mixed gold claim must sit (≥ half of it) in a
  // predicted claim whose speaker is right.
  for (const g of doc.attributions) {
    if ((g.type !== 'direct' && g.type !== 'mixed') || g.source.length === 0) continue;
    for (const [qa, qb] of quotedSegments(doc.text, g.content)) {
      result.quoteSegments++;
      const ok = analysis.claims.some((c) => Math.min(qb, c.content.end) - Math.max(qa, c.content.start) >= 0.5 * (qb - qa) && speakerIsRight(analysis, g, c));
      if (ok) result.quotesRight++;
    }
  }
  return result;
}

/**
 * Canonical-name agreement for hand-made gold: the predicted actor's name equals the gold speaker, or they share
 * the surname (the last word), since the text may never spell out a first name ("Mr. Trump" → "Trump").
 */
export function sameSpeaker(predicted: string, gold: string): boolean {
  if (!predicted) return false;
  if (predicted === gold) return true;
  const last = (s: string) => s.split(/\s+/).pop()!.toLowerCase();
  return last(predicted) === last(gold);
}

export function addCounts(into: Record<TypeKey, Counts>, from: Record<TypeKey, Counts>): void {
  for (const t of TYPES) for (const k of Object.keys(into[t]) as Array<keyof Counts>) into[t][k] += from[t][k];
}
