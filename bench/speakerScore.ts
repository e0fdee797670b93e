/**
 * Scoring rules of the real-news speaker benchmark (`npm run bench:speakers`), as the wild-dev README states
 * them: per quote, whether the claim that holds the quote's opening is given to an actor whose canonical name
 * matches the gold speaker; per file, whether the actors that hold claims are the real speaking actors, one
 * each. Pure functions over an Analysis, so the unit tests check them on invented data.
 */
import type { Analysis } from '../src/engine/types';

/** One quoted passage: the text from its opening mark on, the speaker's name pattern, and its category. */
export type GoldQuote = [anchor: string, speakerRegex: string, category: string];

export interface GoldSpeaker { name: string; regex: string; kind: string; named: boolean }

export interface QuoteResult {
  anchor: string;
  category: string;
  expected: string;
  /** The predicted speaker's canonical name, null when no claim holds the quote or it has no actor. */
  predicted: string | null;
  right: boolean;
  /** Why it is wrong, for the misses list. */
  problem?: 'anchor not found' | 'no claim' | 'no speaker' | 'wrong speaker';
}

export interface ActorResult {
  /** Predicted speaking actors (those holding a claim), each with the gold entry it maps to, or -1 (junk). */
  predicted: Array<{ name: string; kind: string; entry: number }>;
  /** Gold entries with at least one predicted actor. */
  found: number;
  entries: number;
  /** Predicted actors beyond the first mapped to the same entry. */
  splits: number;
}

export function scoreQuotes(text: string, analysis: Analysis, gold: GoldQuote[]): QuoteResult[] {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  return gold.map(([anchor, regex, category]) => {
    const base = { anchor, category, expected: regex };
    const at = text.indexOf(anchor);
    if (at < 0) return { ...base, predicted: null, right: false, problem: 'anchor not found' as const };
    const probe = at + 2;
    const inside = (s: { start: number; end: number }) => s.start <= probe && probe < s.end;
    const claim = analysis.claims.find((c) => inside(c.content) || c.quotes.some(inside));
    if (!claim) return { ...base, predicted: null, right: false, problem: 'no claim' as const };
    const name = claim.actor ? names.get(claim.actor) ?? null : null;
    if (name === null) return { ...base, predicted: null, right: false, problem: 'no speaker' as const };
    const right = new RegExp(regex, 'i').test(name);
    return { ...base, predicted: name, right, ...(right ? {} : { problem: 'wrong speaker' as const }) };
  });
}

export function scoreActors(analysis: Analysis, gold: GoldSpeaker[]): ActorResult {
  const speaking = new Set(analysis.claims.map((c) => c.actor).filter((a): a is string => a !== null));
  const patterns = gold.map((g) => new RegExp(g.regex, 'i'));
  const predicted = analysis.actors.filter((a) => speaking.has(a.id))
    .map((a) => ({ name: a.name, kind: a.kind, entry: patterns.findIndex((p) => p.test(a.name)) }));
  const perEntry = new Map<number, number>();
  for (const p of predicted) if (p.entry >= 0) perEntry.set(p.entry, (perEntry.get(p.entry) ?? 0) + 1);
  let splits = 0;
  for (const n of perEntry.values()) splits += n - 1;
  return { predicted, found: perEntry.size, entries: gold.length, splits };
}

export interface SpeakerTotals {
  quotes: number;
  right: number;
  byCategory: Map<string, { right: number; total: number }>;
  predicted: number;
  mapped: number;
  found: number;
  entries: number;
  splits: number;
}

export function emptyTotals(): SpeakerTotals {
  return { quotes: 0, right: 0, byCategory: new Map(), predicted: 0, mapped: 0, found: 0, entries: 0, splits: 0 };
}

export function addToTotals(totals: SpeakerTotals, quotes: QuoteResult[], actors: ActorResult): void {
  for (const q of quotes) {
    totals.quotes++;
    if (q.right) totals.right++;
    const c = totals.byCategory.get(q.category) ?? { right: 0, total: 0 };
    c.total++;
    if (q.right) c.right++;
    totals.byCategory.set(q.category, c);
  }
  totals.predicted += actors.predicted.length;
  totals.mapped += actors.predicted.filter((p) => p.entry >= 0).length;
  totals.found += actors.found;
  totals.entries += actors.entries;
  totals.splits += actors.splits;
}

/** Precision, recall and splits as the README defines them (splits as a share of the gold entries). */
export function actorFigures(t: SpeakerTotals): { precision: number; recall: number; splits: number } {
  return {
    precision: t.predicted ? t.mapped / t.predicted : 1,
    recall: t.entries ? t.found / t.entries : 1,
    splits: t.entries ? t.splits / t.entries : 0,
  };
}
