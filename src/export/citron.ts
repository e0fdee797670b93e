/**
 * The citron export: BBC citron's annotation format (its docs/data_format.md), so that citron's
 * evaluation and training tools, and its users, can read our analysis of a document:
 *
 *   { "text", "quotes": [ { "cue", "sources": [span], "contents": [span], "id", "confidence" } ],
 *     "coreference_groups": [ [span, …] ] }        where a span is { "start", "end", "text" }
 *
 * Choices, each forced by the format or by citron reading it in Python:
 * - Offsets count code points (Python's str indices), not the engine's UTF-16 units; the two agree on
 *   text without characters beyond U+FFFF. `span.text` is always the text between them.
 * - Every citron quote has a cue span, so a claim without a cue (a quote that continues the speaker
 *   before it, a colon-introduced claim) is left out.
 * - A quote's contents are its claim's parts: the content without the attribution that interrupts it, as
 *   citron splits “…,” she said, “…” into two contents.
 * - The coreference groups are the actors' mentions, one group per actor.
 */
import type { Analysis, Claim, Span } from '../engine/types';
import { codePointOffsets } from './codePoints';

export interface CitronSpan {
  start: number;
  end: number;
  text: string;
}

export interface CitronQuote {
  cue: CitronSpan;
  sources: CitronSpan[];
  contents: CitronSpan[];
  /** Optional in the format; the claim's id. */
  id: string;
  /** Optional in the format; how sure the engine is of the speaker (0..1). */
  confidence: number;
}

export interface CitronDocument {
  text: string;
  quotes: CitronQuote[];
  coreference_groups: CitronSpan[][];
}

/** A content part citron can score holds a word; the engine keeps a part of punctuation alone only as a whole content. */
const HAS_WORD = /[\p{L}\p{N}]/u;

export function toCitron(text: string, analysis: Analysis): CitronDocument {
  const toCodePoint = codePointOffsets(text);
  const span = (range: { start: number; end: number }): CitronSpan => ({ start: toCodePoint(range.start), end: toCodePoint(range.end), text: text.slice(range.start, range.end) });
  const quotes = analysis.claims
    .filter((claim): claim is Claim & { cue: Span } => claim.cue !== null)
    .map((claim) => ({
      cue: span(claim.cue),
      sources: claim.source ? [span(claim.source)] : [],
      contents: claim.parts.filter((part) => HAS_WORD.test(part.text)).map(span),
      id: claim.id,
      confidence: claim.confidence,
    }))
    // A claim whose words are all cue and source has nothing citron could score as content.
    .filter((quote) => quote.contents.length > 0);
  const groups = analysis.actors.filter((actor) => actor.mentions.length > 0).map((actor) => actor.mentions.map(span));
  return { text, quotes, coreference_groups: groups };
}

/** The document as citron reads it from a file: one JSON object. */
export function formatCitron(text: string, analysis: Analysis): string {
  return `${JSON.stringify(toCitron(text, analysis), null, 2)}\n`;
}
