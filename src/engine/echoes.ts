/**
 * Headlines, kickers and leads quote words the story attributes further down ("Mayor hails ‘historic’ deal" … “It is a
 * historic day,” said Ruiz). A quote that no speaker holds, whose words are quoted again elsewhere by a speaker,
 * goes to that speaker: the repeat is the evidence. Words must match whole (case and punctuation aside); a single
 * word needs five letters or more, so "yes" or "no" never echo.
 */
import type { Quote } from './quotes';
import type { DraftClaim } from './claims';
import type { Entity } from './actors';
import { byContentStart, type Resolved } from './speakers';
import type { Token } from './tokens';
import { sentenceIndexAt, type Sentence } from './units';
import { sortedCopy } from './arrays';

/** How many speakerless quotes are checked: headlines hold few, and the bound keeps hostile text linear. */
const MAX_ECHOES = 50;
/** Paragraphs after the first that count as the headline, kicker and lead. */
const LEAD_PARAGRAPHS = 1;
const LEAD_SENTENCES = 4;
/** Longest quote (characters) looked up: echoes are short phrases. */
const MAX_ECHO_LENGTH = 120;

function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

export function addEchoes(resolved: Resolved[], quotes: Quote[], text: string, tokens: Token[], sentences: Sentence[]): void {
  // Most articles have no quote in their first paragraphs: then there is nothing to echo and nothing to index.
  const leadEnd = leadEndOffset(tokens, sentences);
  if (quotes.length === 0 || quotes[0].start >= leadEnd) return;
  // Which claim holds each quote (a sweep over claims sorted by start, as turns.ts does).
  const sorted = sortedCopy(resolved, byContentStart);
  const holder: Array<Resolved | null> = new Array(quotes.length).fill(null);
  let r = 0;
  for (let q = 0; q < quotes.length; q++) {
    while (r < sorted.length && sorted[r].draft.contentEnd <= quotes[q].start) r++;
    for (let k = r; k < sorted.length && sorted[k].draft.contentStart < quotes[q].end; k++) {
      if (sorted[k].draft.contentEnd > quotes[q].start && (!holder[q] || sorted[k].entity)) holder[q] = sorted[k];
    }
  }
  // Only a lead quote no speaker holds (or holds by a guess) can be an echo: without one, nothing to index.
  const isCandidate = (q: number) => (!holder[q]?.entity || holder[q]!.draft.pattern === 'continuation') && quotes[q].end - quotes[q].start <= MAX_ECHO_LENGTH;
  let any = false;
  for (let q = 0; q < quotes.length && quotes[q].start < leadEnd && !any; q++) any = isCandidate(q);
  if (!any) return;
  // The words of every quote a speaker holds, each with its speaker, in one string searched by position.
  let spoken = '';
  const speakerAt: Array<[number, Entity]> = [];
  const ownAt = new Int32Array(quotes.length).fill(-1);
  quotes.forEach((quote, q) => {
    const entity = holder[q]?.entity;
    if (!entity) return;
    ownAt[q] = spoken.length;
    speakerAt.push([spoken.length, entity]);
    spoken += words(text.slice(quote.start, quote.end));
  });
  if (speakerAt.length === 0) return;
  const speakerOf = (offset: number): Entity => {
    let lo = 0, hi = speakerAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (speakerAt[mid][0] <= offset) lo = mid; else hi = mid - 1;
    }
    return speakerAt[lo][1];
  };
  let checked = 0;
  for (let q = 0; q < quotes.length && checked < MAX_ECHOES; q++) {
    // A cue-less turn is a guess; a repeat of someone's quoted words is evidence, so it may override one.
    if (!isCandidate(q)) continue;
    // Only a headline, kicker or lead repeats what the body attributes; further down, a repeated phrase is
    // more often a scare quote or a term the writer takes up.
    if (quotes[q].start >= leadEnd) break;
    checked++;
    const key = words(text.slice(quotes[q].start, quotes[q].end));
    const letters = key.replace(/ /g, '');
    if (letters.length < 5) continue;
    // Not the quote's own words: another quote's.
    let at = spoken.indexOf(key);
    if (at >= 0 && at === ownAt[q]) at = spoken.indexOf(key, at + 1);
    if (at < 0) continue;
    const entity = speakerOf(at);
    const evidence = `repeats words ${entity.name} is quoted saying elsewhere`;
    const claim = holder[q];
    if (claim && claim.entity === entity) continue;
    if (claim) { claim.entity = entity; claim.confidence = 0.5; claim.evidence = `${evidence}: ${claim.evidence}`; continue; }
    const draft: DraftClaim = {
      contentStart: quotes[q].start, contentEnd: quotes[q].end, cue: null, source: null, head: null, appositive: null,
      sentence: tokens[sentences[sentenceIndexAt(tokens, sentences, quotes[q].start)].first].sentence, pattern: 'continuation', continues: undefined, answer: undefined,
    };
    resolved.push({ draft, entity, confidence: 0.5, evidence });
  }
}

/** Where the lead ends: past the headline and the paragraph after it, and at most LEAD_SENTENCES sentences in
 * (text with no paragraph breaks has a lead too). */
function leadEndOffset(tokens: Token[], sentences: Sentence[]): number {
  const last = tokens[0].paragraph + LEAD_PARAGRAPHS;
  for (let k = 0; k < sentences.length; k++) {
    if (tokens[sentences[k].first].paragraph > last || k >= LEAD_SENTENCES) return tokens[sentences[k].first].start;
  }
  return Infinity;
}

