/**
 * Text for the quality benchmark: the summary table of one gold file, and the --verbose listing of one
 * document's misses, extra claims and wrong speakers, cues and kinds. Pure formatting: returns lines.
 */
import type { Analysis, Claim } from '../src/engine/types';
import type { GoldAttribution, GoldDocument } from './gold';
import { goldSourcing, SOURCINGS, SourcingTally } from './sourcingScore';
import { SOURCING_LABELS } from './sourcingLabels';
import { DocumentScore, figures, mergeRanges, rangesLength, Ratio, rate, sharedLength, speakerIsRight, Tally, THRESHOLDS, touches, TYPE_KEYS } from './score';

/** What a gold file scored, summed over its documents. */
export interface FileSummary {
  file: string;
  documents: number;
  tallies: Array<{ threshold: number; tally: Tally }>;
  quotes: Ratio;
  /** Hand-made gold only: claims found (30%) with the right speaker by canonical name; null otherwise. */
  canonical: Ratio | null;
  /** Sourcing of the claims matched at 30% (bench/sourcingScore.ts). */
  sourcing: SourcingTally;
  /** The cue lemmas of the gold claims missed at 30%, most frequent first (bench/missedCues.ts). */
  missedCues: Array<[string, number]>;
  analyzeMs: number;
}

/** Tags of the --verbose lines, so `--only` can pick some and a terminal grep can find them. */
export const DETAIL_TAGS = ['MISS', 'EXTRA', 'SPEAKER', 'CUE', 'KIND', 'QUOTE', 'CANON', 'SOURCING'] as const;
export type DetailTag = (typeof DETAIL_TAGS)[number];

const percent = (x: number | null, width = 6) => (x === null ? '-' : (100 * x).toFixed(1)).padStart(width);
const percentText = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
const ratioText = (r: Ratio) => `${r.hit}/${r.total}${r.total ? ` (${percentText(rate(r))})` : ''}`;

export function formatSummary(s: FileSummary): string[] {
  const all = s.tallies[0]?.tally.all;
  const lines = [`${s.file}: ${s.documents} document${s.documents === 1 ? '' : 's'}, ${all?.gold ?? 0} gold claims, `
    + `${all?.predicted ?? 0} predicted; analyze ${s.analyzeMs.toFixed(0)} ms`];
  const block = 'recall  prec     F1  speak    cue';
  lines.push(`${''.padEnd(20)}${s.tallies.map((t) => ` │ ${`${t.threshold * 100}% overlap`.padEnd(block.length)}`).join('')}`);
  lines.push(`type      gold  pred${s.tallies.map(() => ` │ ${block}`).join('')}`);
  for (const type of TYPE_KEYS) {
    const row = s.tallies[0].tally[type];
    const cells = s.tallies.map(({ tally }) => {
      const f = figures(tally[type]);
      return ` │ ${percent(f.recall)}${percent(f.precision)}${percent(f.f1, 7)}${percent(f.speaker, 7)}${percent(f.cue, 7)}`;
    });
    lines.push(`${type.padEnd(8)}${String(row.gold).padStart(6)}${String(row.predicted).padStart(6)}${cells.join('')}`);
  }
  lines.push(`kind agreement on matched claims: ${s.tallies.map((t) => `${percentText(rate(t.tally.all.kind))} at ${t.threshold * 100}%`).join(', ')}`);
  lines.push(`quote attribution: ${ratioText(s.quotes)} quoted segments in a claim with the right speaker`);
  if (s.canonical) lines.push(`claims found (30% overlap) with the right speaker by canonical name: ${ratioText(s.canonical)}`);
  if (s.missedCues.length > 0) lines.push(`top missed cue lemmas (30%): ${s.missedCues.map(([lemma, n]) => `${lemma} ${n}`).join(', ')}`);
  return [...lines, ...formatSourcing(s.sourcing)];
}

const f1Of = (recall: Ratio, precision: Ratio): number | null => {
  const r = rate(recall);
  const p = rate(precision);
  return r === null || p === null ? null : r + p === 0 ? 0 : (2 * r * p) / (r + p);
};

/** Sourcing recall and precision over the matched claims, and how many no-source claims are found at all. */
function formatSourcing(t: SourcingTally): string[] {
  const rows = SOURCINGS.map((k) => `  ${k.padEnd(8)} recall ${ratioText(t.recall[k]).padEnd(18)} precision ${ratioText(t.precision[k])}`);
  const lines = [`sourcing of matched claims (30%; ${t.leftOut} with a pronoun or other context-bound source left out):`, ...rows,
    `no-source claims found at all (30%): ${ratioText(t.noSourceFound)}`,
    `no-source claims as such (30%, sourcing "none"): recall ${ratioText(t.noSource.recall)}, precision ${ratioText(t.noSource.precision)}, F1 ${percentText(f1Of(t.noSource.recall, t.noSource.precision))}`];
  if (t.unlabelled.size > 0) lines.push(`unlabelled source phrases without a proper name (counted as named): ${[...t.unlabelled].slice(0, 12).map((p) => JSON.stringify(p)).join(', ')}${t.unlabelled.size > 12 ? ', …' : ''}`);
  return lines;
}

/** One line of text, at most `max` characters, keeping both ends. */
export function excerpt(text: string, start: number, end: number, max = 90): string {
  const flat = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const tail = Math.floor(max / 3);
  return `${flat.slice(0, max - tail - 3)} … ${flat.slice(flat.length - tail)}`;
}

const quoted = (s: string | null | undefined) => (s ? JSON.stringify(s.replace(/\s+/g, ' ')) : '∅');

function goldExcerpt(doc: GoldDocument, g: GoldAttribution): string {
  const [first] = mergeRanges(g.content);
  const last = mergeRanges(g.content).pop()!;
  return excerpt(doc.text, first[0], last[1]);
}

/** The predicted claim sharing most characters with the gold content, for "nearest" hints on misses. */
function nearest(g: GoldAttribution, claims: readonly Claim[]): { claim: Claim; ofGold: number; ofClaim: number } | null {
  const content = mergeRanges(g.content);
  const goldLength = rangesLength(content);
  let best: { claim: Claim; ofGold: number; ofClaim: number } | null = null;
  let bestShared = 0;
  for (const c of claims) {
    const shared = sharedLength(content, c.content.start, c.content.end);
    if (shared > bestShared) {
      bestShared = shared;
      best = { claim: c, ofGold: shared / goldLength, ofClaim: shared / Math.max(1, c.content.end - c.content.start) };
    }
  }
  return best;
}

/**
 * The --verbose listing for one document, at the loosest threshold: gold claims missed (with the nearest
 * prediction), predictions matching nothing, matched claims with the wrong speaker, cue or kind, quoted
 * segments not attributed right, and (hand-made gold) wrong canonical speakers.
 */
export function formatDetails(doc: GoldDocument, analysis: Analysis, score: DocumentScore, only?: ReadonlySet<DetailTag>): string[] {
  const out: string[] = [];
  const add = (tag: DetailTag, line: string) => { if (!only || only.has(tag)) out.push(`  ${tag.padEnd(7)} ${line}`); };
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const who = (c: Claim) => `${c.id} ${actors.get(c.actor ?? '')?.name ?? 'no speaker'} via ${quoted(c.source?.text)}`;
  const claimText = (c: Claim) => excerpt(doc.text, c.content.start, c.content.end);
  const { matches } = score.thresholds.find((t) => t.threshold === THRESHOLDS[0]) ?? score.thresholds[0];
  const matchedGold = new Set(matches.map((m) => m.gold));
  const matchedClaims = new Set(matches.map((m) => m.predicted));

  doc.attributions.forEach((g, gi) => {
    if (matchedGold.has(gi)) return;
    const near = nearest(g, analysis.claims);
    const hint = near ? ` (nearest ${near.claim.id} ${near.claim.kind}: ${percentText(near.ofGold)} of gold, ${percentText(near.ofClaim)} of claim)` : ' (no claim overlaps)';
    add('MISS', `${g.type} @${g.content[0][0]} src ${quoted(g.sourceText)} cue ${quoted(g.cueText)}: ${goldExcerpt(doc, g)}${hint}`);
  });
  analysis.claims.forEach((c, pi) => {
    if (!matchedClaims.has(pi)) add('EXTRA', `${c.kind} @${c.content.start} ${who(c)} cue ${quoted(c.cue?.text)}: ${claimText(c)} [${c.evidence}]`);
  });
  for (const m of matches) {
    const g = doc.attributions[m.gold];
    const c = analysis.claims[m.predicted];
    if (g.source.length > 0 && !speakerIsRight(g, c, actors.get(c.actor ?? ''))) {
      add('SPEAKER', `@${c.content.start} gold ${quoted(g.sourceText)}${g.speaker ? ` (${g.speaker})` : ''}, predicted ${who(c)} [${c.evidence}]: ${claimText(c)}`);
    }
    if (g.cue.length > 0 && !touches(g.cue, c.cue)) {
      add('CUE', `@${c.content.start} gold ${quoted(g.cueText)}, predicted ${c.id} ${quoted(c.cue?.text)}: ${claimText(c)}`);
    }
    if (c.kind !== g.type) add('KIND', `@${c.content.start} gold ${g.type}, predicted ${c.id} ${c.kind}: ${claimText(c)}`);
    const sourcing = goldSourcing(g, SOURCING_LABELS);
    if (sourcing !== null && sourcing !== c.sourcing) {
      add('SOURCING', `@${c.content.start} gold ${sourcing} ${quoted(g.sourceText)}, predicted ${c.sourcing} ${who(c)}: ${claimText(c)}`);
    }
  }
  for (const q of score.quotes) {
    if (q.right) continue;
    const g = doc.attributions[q.gold];
    const where = q.predicted === null ? 'no claim holds half of it' : `in ${who(analysis.claims[q.predicted])}`;
    add('QUOTE', `@${q.start} gold ${quoted(g.sourceText)}, ${where}: ${excerpt(doc.text, q.start, q.end, 70)}`);
  }
  for (const k of score.canonical) {
    if (k.right) continue;
    const g = doc.attributions[k.gold];
    add('CANON', `@${g.content[0][0]} gold ${g.speaker}, ${k.predicted === null ? 'claim not found' : `predicted ${k.predictedName ?? 'no speaker'}`}: ${goldExcerpt(doc, g)}`);
  }
  return out;
}
