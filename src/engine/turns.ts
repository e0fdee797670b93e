/**
 * Quotes that stand alone, with no cue of their own, continue the turn of the speaker before them.
 */
import type { Token } from './tokens';
import type { Quote } from './quotes';
import { sentenceIndexAt, type Sentence } from './units';
import type { DraftClaim } from './claims';
import type { ActorBuilder, Entity } from './actors';
import { byContentStart, type Resolved } from './speakers';
import { appendAll, sortedCopy } from './arrays';

/** Quotes that stand alone, with no cue of their own, continue the turn of the speaker before them. */
export function addContinuations(resolved: Resolved[], tokens: Token[], quotes: Quote[], sentences: Sentence[], builder: ActorBuilder): void {
  // Without a quote there is no turn to continue: nothing to index or sort.
  if (quotes.length === 0) return;
  // (Filled by a loop: no array of pairs is built to fill it.)
  const index = new Map<Resolved, number>();
  for (let i = 0; i < resolved.length; i++) index.set(resolved[i], i);
  const owner = new Int32Array(quotes.length).fill(-1);
  let r = 0;
  const sorted = sortedCopy(resolved, byContentStart);
  for (let q = 0; q < quotes.length; q++) {
    while (r < sorted.length && sorted[r].draft.contentEnd <= quotes[q].start) r++;
    for (let k = r; k < sorted.length && sorted[k].draft.contentStart < quotes[q].end; k++) {
      if (overlap(sorted[k].draft.contentStart, sorted[k].draft.contentEnd, quotes[q].start, quotes[q].end) > 0) {
        owner[q] = index.get(sorted[k]) ?? -1;
        break;
      }
    }
  }
  // A quote split over paragraphs belongs to whoever speaks any of its parts.
  for (let q = 1; q < quotes.length; q++) if (quotes[q].continued && owner[q] < 0 && owner[q - 1] >= 0) owner[q] = owner[q - 1];
  for (let q = quotes.length - 2; q >= 0; q--) if (quotes[q + 1].continued && owner[q] < 0 && owner[q + 1] >= 0) owner[q] = owner[q + 1];

  const sentenceOf = (offset: number): number => sentenceIndexAt(tokens, sentences, offset);
  const paragraphAt = (offset: number) => tokens[sentences[sentenceOf(Math.max(0, offset))].first].paragraph;
  const quoteEnds = new Set(quotes.map((x) => x.end));
  // Among claims ending together, the outermost comes last: "Hale said that critics had predicted …" hands
  // a following quote to Hale, not to the critics.
  const endSorted = sortedCopy(resolved, byEndOuterLast);
  let byEnd = 0;
  let lastOwned: Resolved | null = null;
  let lastOwnedEnd = -1;
  const added: Resolved[] = [];
  /** A claim of its own for quote `q`, spoken by `entity`: the quote becomes the paragraph's latest turn. */
  const addTurn = (q: number, s: Sentence, entity: Entity, confidence: number, evidence: string): void => {
    const draft: DraftClaim = {
      contentStart: quotes[q].start, contentEnd: quotes[q].end, cue: null, source: null, head: null, appositive: null,
      sentence: tokens[s.first].sentence, pattern: 'continuation', continues: undefined, answer: undefined,
    };
    const turn: Resolved = { draft, entity, confidence, evidence };
    added.push(turn);
    owner[q] = resolved.length + added.length - 1;
    index.set(turn, owner[q]);
    lastOwned = turn;
    lastOwnedEnd = quotes[q].end;
  };
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q];
    if (owner[q] >= 0) {
      const o = resolved[owner[q]];
      if (o.draft.contentEnd > lastOwnedEnd) { lastOwned = o; lastOwnedEnd = o.draft.contentEnd; }
      // A part of a quote split over paragraphs that its owner's claim does not cover gets a turn of its own:
      // the part after the paragraph break, or the part before it ("“A. ¶ “B,” she said.").
      if (overlap(o.draft.contentStart, o.draft.contentEnd, quote.start, quote.end) > 0 || (!quote.continued && !quote.runsOn)) continue;
    }
    if (sentences.length === 0) continue;
    const at = sentenceOf(quote.start);
    const s = sentences[at];
    const sentenceChars = tokens[s.last].end - tokens[s.first].start;
    const quoteChars = Math.min(quote.end, tokens[s.last].end) - Math.max(quote.start, tokens[s.first].start);
    if (sentenceChars <= 0 || quoteChars / sentenceChars < 0.6) continue;
    // Without a quoted turn before it, a lone quote continues the latest claim that ends before it.
    while (byEnd < endSorted.length && endSorted[byEnd].draft.contentEnd <= quote.start) byEnd++;
    const latest = byEnd > 0 ? endSorted[byEnd - 1] : null;
    // The last quoted turn wins over later claims of its own paragraph ("“A,” Ruiz said, citing a group called
    // Fair Streets. “B.”").
    const sameParagraph = lastOwned !== null && paragraphAt(lastOwnedEnd - 1) === tokens[s.first].paragraph;
    const candidate = lastOwned && (!latest || sameParagraph || lastOwnedEnd >= latest.draft.contentEnd) ? lastOwned : latest;
    const quoteParagraph = tokens[s.first].paragraph;
    // "On “Morning Desk,” Sen. Ruiz described …. “Young voters …”": a lone quote after a sentence
    // of its own paragraph that claims nothing goes to the person that sentence opens with.
    const before = at - 1;
    if (owner[q] < 0 && before >= 0 && tokens[sentences[before].first].paragraph === quoteParagraph &&
        (!candidate || candidate.draft.contentEnd <= tokens[sentences[before].first].start)) {
      const named = builder.openingSubject(before, sentences[before].last, (e) => e.kind === 'person');
      if (named) {
        addTurn(q, s, named, 0.6, `no cue of its own: follows a sentence about ${named.name}`);
        continue;
      }
    }
    // "But Ana Ruiz showed up anyway. ¶ “I'm a senior,” …": a paragraph that opens with a quote no cue explains,
    // after a paragraph in which nobody spoke, goes to the person that paragraph is about.
    // The text's first paragraph is often its headline: it tells what the story is about, not who speaks.
    if (owner[q] < 0 && before >= 0 && tokens[sentences[before].first].paragraph === quoteParagraph - 1 && quoteParagraph - 1 > tokens[0].paragraph &&
        tokens[s.first].start >= quote.start - 1 &&
        (!candidate || paragraphAt(candidate.draft.contentEnd - 1) < quoteParagraph - 1)) {
      let about: Entity | null = null;
      for (let k = before; k >= 0 && k >= before - 2 && tokens[sentences[k].first].paragraph === quoteParagraph - 1 && !about; k--) {
        // A headline (no full stop) is not a paragraph about someone.
        if (/^[.!?]$/.test(tokens[sentences[k].last].text)) about = builder.clauseSubject(k, sentences[k].last + 1, (e) => e.kind === 'person' && e.proper);
      }
      if (about) {
        addTurn(q, s, about, 0.5, `no cue of its own: opens the paragraph after one about ${about.name}`);
        continue;
      }
    }
    const speaker = owner[q] >= 0 ? (resolved[owner[q]] ?? added[owner[q] - resolved.length]) : candidate;
    if (!speaker || !speaker.entity) continue;
    const speakerParagraph = paragraphAt(speaker.draft.contentEnd - 1);
    // A lone quote continues a turn from its own paragraph or one of the two before it.
    if (owner[q] < 0 && quoteParagraph - speakerParagraph > 2) continue;
    // “A,” she said. “B.” — in one paragraph, the second quote is the same turn: one claim holds both.
    if (owner[q] < 0 && quoteParagraph === speakerParagraph && speaker.draft.pattern !== 'continuation' &&
        (quoteEnds.has(speaker.draft.contentEnd) || quoteEnds.has(speaker.draft.contentEnd + 1))) {
      speaker.draft.contentEnd = quote.end;
      owner[q] = index.get(speaker) ?? -1;
      lastOwnedEnd = quote.end;
      continue;
    }
    const opensIt = speaker.draft.contentStart >= quote.end;
    // “A. ¶ “B,” she said. — the part before the break joins her claim: one quote, one claim.
    if (opensIt && owner[q] >= 0 && quotes[q + 1]?.continued && quotes[q + 1].start <= speaker.draft.contentStart + 1 && speaker.draft.pattern !== 'continuation') {
      speaker.draft.contentStart = quote.start;
      continue;
    }
    addTurn(q, s, speaker.entity, Math.min(0.7, speaker.confidence), opensIt
      ? `opens the quote ${speaker.entity.name} goes on with in the next paragraph`
      : quote.continued
      ? `continues ${speaker.entity.name}'s quote from the paragraph before`
      : `no cue of its own: continues ${speaker.entity.name}'s turn`);
  }
  appendAll(resolved, added);
}

/** Claims by where their content ends, and of two ending together the outer (earlier starting) last. */
const byEndOuterLast = (a: Resolved, b: Resolved) => a.draft.contentEnd - b.draft.contentEnd || b.draft.contentStart - a.draft.contentStart;

export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}
