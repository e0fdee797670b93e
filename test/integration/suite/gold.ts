/**
 * Reads the reference article's gold (format: ../shared/fixtures/README.md) and derives what the
 * tests expect from it at run time: the quoted runs with their speakers, and each speaker's claims.
 */
// The gold format and its checking parser are the quality benchmark's: one definition serves both.
import { parseGold as parseGoldDocuments, type GoldAttribution, type GoldDocument } from '../../../bench/gold';

export type { GoldAttribution, GoldDocument };

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string;
}

/** The first document of a gold file, checked by the benchmark's parser (a malformed file fails loudly). */
export function parseGold(json: string): GoldDocument {
  const [document] = parseGoldDocuments(JSON.parse(json), 'reference gold');
  if (!document) throw new Error('the gold file holds no document');
  return document;
}

/** Opening and closing quotation marks, curly or straight. */
const QUOTED_RUN = /[“"][^“”"]*[”"]/g;

/** Every quoted run inside the content of a direct or mixed gold claim, with that claim's speaker. */
export function goldQuotes(gold: GoldDocument): GoldQuote[] {
  const quotes: GoldQuote[] = [];
  for (const attribution of gold.attributions) {
    if (attribution.type === 'indirect') continue;
    for (const [start, end] of attribution.content) {
      for (const match of gold.text.slice(start, end).matchAll(QUOTED_RUN)) {
        const quoteStart = start + (match.index ?? 0);
        quotes.push({ start: quoteStart, end: quoteStart + match[0].length, text: match[0], speaker: attribution.speaker ?? '' });
      }
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** Characters two ranges share (0 when they are disjoint). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** How many characters of a gold claim's (possibly split) content a range covers. */
export function overlapWithGold(range: { start: number; end: number }, attribution: GoldAttribution): number {
  return attribution.content.reduce((sum, [start, end]) => sum + overlap(range, { start, end }), 0);
}

/** The gold claim a range overlaps most, or undefined when it overlaps none. */
export function bestGoldMatch(range: { start: number; end: number }, gold: GoldDocument): GoldAttribution | undefined {
  let best: GoldAttribution | undefined;
  let bestOverlap = 0;
  for (const attribution of gold.attributions) {
    const shared = overlapWithGold(range, attribution);
    if (shared > bestOverlap) {
      best = attribution;
      bestOverlap = shared;
    }
  }
  return best;
}

/**
 * The names a gold actor goes by: its canonical name and its aliases. The article may never spell out the
 * canonical name ("Donald Trump" is only ever "President Trump" or "Mr. Trump" in the text), so a tree row
 * named by any of them is that actor.
 */
export function namesOf(gold: GoldDocument, speaker: string): string[] {
  const actor = gold.actors?.find((candidate) => candidate.name === speaker);
  return [speaker, ...(actor?.aliases ?? [])];
}
