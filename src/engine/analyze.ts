/**
 * The pipeline: text → tokens and quotes → quote-aware sentences → draft claims → actors and speakers →
 * the output format of types.ts.
 */
import type { Actor, Analysis, AnalyzeOptions, Claim, ClaimKind, Span } from './types';
import { tokenize, Token } from './tokens';
import { findQuotes, Quote } from './quotes';
import { buildSentences, markQuotedTokens, Sentence } from './units';
import { draftSentenceClaims, DraftClaim } from './claims';
import { ActorBuilder, Entity, pronounGender } from './actors';
import { joinTokens } from './names';

const DEFAULT_MAX_LENGTH = 20_000_000;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
  if (text.length === 0 || text.length > (options.maxLength ?? DEFAULT_MAX_LENGTH)) return { actors: [], claims: [] };
  const { tokens, sentences: winkSentences } = tokenize(text);
  const quotes = findQuotes(text);
  markQuotedTokens(tokens, quotes);
  const sentences = buildSentences(text, tokens, winkSentences, quotes);
  const drafts: DraftClaim[] = [];
  sentences.forEach((s, i) => drafts.push(...draftSentenceClaims(tokens, quotes, s, i, sentences[i + 1])));
  const builder = new ActorBuilder(tokens, sentences);
  builder.collectNames();
  const resolved = resolveSpeakers(drafts, tokens, sentences, builder);
  addContinuations(resolved, tokens, quotes, sentences, builder);
  resolvePronounMentions(tokens, sentences, builder, resolved);
  return assemble(text, resolved, builder, quotes);
}

interface Resolved {
  draft: DraftClaim;
  entity: Entity | null;
  confidence: number;
  evidence: string;
}

function sourceText(tokens: Token[], d: DraftClaim): string {
  return d.head ? joinTokens(tokens, d.head.first, d.head.last) : '';
}

function resolveSpeakers(drafts: DraftClaim[], tokens: Token[], sentences: Sentence[], builder: ActorBuilder): Resolved[] {
  const out: Resolved[] = [];
  const byDraft = new Map<DraftClaim, Resolved>();
  for (const d of drafts) {
    let r: Resolved;
    const cueText = d.cue ? joinTokens(tokens, d.cue.first, d.cue.last) : '';
    if (d.continues) {
      const prev = byDraft.get(d.continues);
      r = { draft: d, entity: prev?.entity ?? null, confidence: prev ? prev.confidence * 0.9 : 0.3,
        evidence: `continues the sentence's speaker through “${cueText}”` };
      if (prev?.draft.source) d.source = prev.draft.source;
    } else if (!d.head) {
      r = { draft: d, entity: null, confidence: 0.3, evidence: d.pattern === 'passive' ? `passive “${cueText}” names no speaker` : 'no speaker found' };
    } else if (tokens[d.head.last].pos === 'PRON' && d.head.first === d.head.last) {
      r = resolvePronounSource(d, tokens, sentences, builder, out, cueText);
    } else {
      const entity = builder.entityForSource(d.head, d.appositive, d.sentence);
      const how = d.pattern === 'inverted' ? `named after the quote: “${cueText} ${sourceText(tokens, d)}”`
        : d.pattern === 'according' ? `“${cueText} ${sourceText(tokens, d)}”`
          : d.pattern === 'colon' ? `named before the colon`
            : d.pattern === 'quoted' ? `subject of “${cueText}”, the clause that holds the quote`
              : `subject of “${cueText}”`;
      const base = d.pattern === 'quoted' ? 0.6 : entity?.kind === 'person' ? 0.9 : 0.8;
      r = { draft: d, entity, confidence: base, evidence: how };
    }
    byDraft.set(d, r);
    out.push(r);
  }
  return out;
}

function resolvePronounSource(d: DraftClaim, tokens: Token[], sentences: Sentence[], builder: ActorBuilder, done: Resolved[], cueText: string): Resolved {
  const pronoun = tokens[d.head!.first];
  const kind = pronounGender(pronoun.lower);
  const paragraph = pronoun.paragraph;
  if (kind === 'first' || kind === 'second') {
    return { draft: d, entity: null, confidence: 0.4, evidence: `“${pronoun.text}” speaks: the writer, not a named actor` };
  }
  // A lone capitalised word of unknown kind ("Twitter") is too weak an antecedent for "he" or "she".
  const personLike = (e: Entity) => e.kind === 'person' && (!e.gender || kind === undefined || e.gender === kind);
  const groupLike = (e: Entity) => e.kind === 'organization' || e.kind === 'group' || e.kind === 'place';
  const accept = kind === 'plural' || kind === 'neuter' ? groupLike : personLike;
  let recentClaim: Resolved | undefined;
  // Speakers further back than a few dozen claims are out of reach anyway; the bound keeps this linear.
  for (let k = done.length - 1; k >= 0 && k >= done.length - 40 && !recentClaim; k--) {
    const r = done[k];
    if (r.entity && accept(r.entity) && paragraph - tokens[sentences[r.draft.sentence].first].paragraph <= 2) recentClaim = r;
  }
  // Within that sentence, the main clause's speaker (whose source comes first) over one reported inside it.
  for (let k = done.length - 1; recentClaim && k >= 0 && k >= done.length - 40; k--) {
    const r = done[k];
    if (r.draft.sentence !== recentClaim.draft.sentence) { if (r.draft.sentence < recentClaim.draft.sentence) break; continue; }
    if (r.entity && accept(r.entity) && r.draft.source && recentClaim.draft.source && r.draft.source.first < recentClaim.draft.source.first) recentClaim = r;
  }
  const previousSentenceHasClaim = recentClaim && d.sentence - recentClaim.draft.sentence <= 1;
  const opening = builder.openingSubject(d.sentence, d.head!.first, accept);
  let entity: Entity | null = null;
  let evidence = '';
  if (opening) {
    entity = opening;
    evidence = `“${pronoun.text}” refers to the sentence's subject, ${entity.name}`;
  } else if (previousSentenceHasClaim) {
    entity = recentClaim!.entity;
    evidence = `“${pronoun.text}” continues the previous speaker, ${entity!.name}`;
  } else {
    const sameSentenceSubject = builder.recentNamed(d.head!.first, d.sentence, accept, 0);
    const previousSubject = d.sentence > 0 ? builder.subjectOf(d.sentence - 1, accept) : null;
    if (recentClaim && (!previousSubject || previousSubject === recentClaim.entity)) {
      entity = recentClaim.entity;
      evidence = `“${pronoun.text}” refers to the last speaker, ${entity!.name}`;
    } else if (previousSubject && !sameSentenceSubject) {
      entity = previousSubject;
      evidence = `“${pronoun.text}” refers to the previous sentence's subject, ${entity.name}`;
    } else {
      entity = sameSentenceSubject ?? builder.recentNamed(d.head!.first, d.sentence, accept, 4) ?? recentClaim?.entity ?? null;
      if (entity) evidence = `“${pronoun.text}” refers to the nearest compatible name, ${entity.name}`;
    }
  }
  if (entity) entity.mentions.push([pronoun.start, pronoun.end]);
  return { draft: d, entity, confidence: entity ? 0.75 : 0.3, evidence: entity ? `${evidence} (cue “${cueText}”)` : `“${pronoun.text}” could not be resolved` };
}

/** Quotes that stand alone, with no cue of their own, continue the turn of the speaker before them. */
function addContinuations(resolved: Resolved[], tokens: Token[], quotes: Quote[], sentences: Sentence[], builder: ActorBuilder): void {
  const index = new Map<Resolved, number>(resolved.map((r, i) => [r, i]));
  const owner = new Int32Array(quotes.length).fill(-1);
  let r = 0;
  const sorted = [...resolved].sort((a, b) => a.draft.contentStart - b.draft.contentStart);
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

  const sentenceOf = (offset: number): number => {
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[sentences[mid].first].start <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const paragraphAt = (offset: number) => tokens[sentences[sentenceOf(Math.max(0, offset))].first].paragraph;
  const quoteEnds = new Set(quotes.map((x) => x.end));
  // Among claims ending together, the outermost comes last: "Hale said that critics had predicted …" hands
  // a following quote to Hale, not to the critics.
  const endSorted = [...resolved].sort((a, b) => a.draft.contentEnd - b.draft.contentEnd || b.draft.contentStart - a.draft.contentStart);
  let byEnd = 0;
  let lastOwned: Resolved | null = null;
  let lastOwnedEnd = -1;
  const added: Resolved[] = [];
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q];
    if (owner[q] >= 0) {
      const o = resolved[owner[q]];
      if (o.draft.contentEnd > lastOwnedEnd) { lastOwned = o; lastOwnedEnd = o.draft.contentEnd; }
      if (!quote.continued || overlap(o.draft.contentStart, o.draft.contentEnd, quote.start, quote.end) > 0) continue;
    }
    if (sentences.length === 0) continue;
    const s = sentences[sentenceOf(quote.start)];
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
    const before = sentenceOf(quote.start) - 1;
    if (owner[q] < 0 && before >= 0 && tokens[sentences[before].first].paragraph === quoteParagraph &&
        (!candidate || candidate.draft.contentEnd <= tokens[sentences[before].first].start)) {
      const named = builder.openingSubject(before, sentences[before].last, (e) => e.kind === 'person');
      if (named) {
        const draft: DraftClaim = {
          contentStart: quote.start, contentEnd: quote.end, cue: null, source: null, head: null, appositive: null,
          sentence: tokens[s.first].sentence, pattern: 'continuation',
        };
        const c: Resolved = { draft, entity: named, confidence: 0.6, evidence: `no cue of its own: follows a sentence about ${named.name}` };
        added.push(c);
        owner[q] = resolved.length + added.length - 1;
        index.set(c, owner[q]);
        lastOwned = c;
        lastOwnedEnd = quote.end;
        continue;
      }
    }
    const speaker = owner[q] >= 0 ? (resolved[owner[q]] ?? added[owner[q] - resolved.length]) : candidate;
    if (!speaker || !speaker.entity) continue;
    const speakerParagraph = tokens[sentences[sentenceOf(Math.max(0, speaker.draft.contentEnd - 1))].first].paragraph;
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
    const draft: DraftClaim = {
      contentStart: quote.start, contentEnd: quote.end, cue: null, source: null, head: null, appositive: null,
      sentence: tokens[s.first].sentence, pattern: 'continuation',
    };
    const c: Resolved = {
      draft, entity: speaker.entity, confidence: Math.min(0.7, speaker.confidence),
      evidence: quote.continued ? `continues ${speaker.entity.name}'s quote from the paragraph before`
        : `no cue of its own: continues ${speaker.entity.name}'s turn`,
    };
    added.push(c);
    owner[q] = resolved.length + added.length - 1;
    index.set(c, owner[q]);
    lastOwned = c;
    lastOwnedEnd = quote.end;
  }
  resolved.push(...added);
}

/**
 * Third-person pronouns outside quotes, as mentions of the person most recently mentioned: by name, or by a
 * pronoun already resolved (a speaking "he" keeps its speaker for the "he" and "his" after it).
 */
function resolvePronounMentions(tokens: Token[], sentences: Sentence[], builder: ActorBuilder, resolved: Resolved[]): void {
  const owner = new Map<number, Entity>();
  for (const e of builder.entities) for (const [start] of e.mentions) owner.set(start, e);
  // Speakers resolved from pronouns are mentions too, at their pronoun.
  for (const r of resolved) if (r.entity && r.draft.head && r.draft.head.first === r.draft.head.last) owner.set(tokens[r.draft.head.first].start, r.entity);
  const recent: { male?: [Entity, number]; female?: [Entity, number] } = {};
  const isPerson = (e: Entity) => e.kind === 'person' || e.kind === 'unknown';
  sentences.forEach((s, index) => {
    for (let i = s.first; i <= s.last; i++) {
      const t = tokens[i];
      const known = owner.get(t.start);
      if (known) {
        if (!isPerson(known)) continue;
        // A named person of unknown gender stays a candidate for either pronoun.
        if (known.gender !== 'female') recent.male = [known, index];
        if (known.gender !== 'male') recent.female = [known, index];
        continue;
      }
      if (t.pos !== 'PRON' || t.quote >= 0) continue;
      const gender = pronounGender(t.lower);
      if (gender !== 'male' && gender !== 'female') continue;
      const candidate = recent[gender];
      if (!candidate || index - candidate[1] > 2) continue;
      candidate[0].mentions.push([t.start, t.end]);
      candidate[1] = index;
    }
  });
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** "BRUSSELS —", "WASHINGTON (AP) —": a dateline opening a paragraph is where, not what was said. */
const DATELINE = /^[\p{Lu}][\p{Lu} .,'-]{2,40}(\([^)]{1,20}\))?\s*[\u2014\u2013\u2015-]{1,2}\s*/u;

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  if (start === 0 || text[start - 1] === '\n') {
    const dateline = DATELINE.exec(text.slice(start, Math.min(end, start + 80)));
    if (dateline && dateline[0].length < end - start) start += dateline[0].length;
  }
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * No claim's content runs past MAX_CONTENT characters: real turns stay far below it, and hostile input such as
 * "X said that Y said that …" over a megabyte must not make the output grow with the square of the text.
 */
const MAX_CONTENT = 5000;

function capped(text: string, start: number, end: number): number {
  if (end - start <= MAX_CONTENT) return end;
  let cut = text.lastIndexOf(' ', start + MAX_CONTENT);
  if (cut <= start) cut = start + MAX_CONTENT;
  const code = text.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}

function claimKind(start: number, end: number, inside: Span[], cue: Span | null): ClaimKind {
  if (inside.length === 0) return 'indirect';
  let quoted = 0;
  for (const q of inside) quoted += q.end - q.start;
  let total = end - start;
  // “A,” she said. “B.” — the cue between two quotes of one turn is not part of what was said.
  if (cue && cue.start > start && cue.end < end) {
    const before = inside.filter((q) => q.end <= cue.start).pop();
    const after = inside.find((q) => q.start >= cue.end);
    if (before && after) total -= after.start - before.end;
  }
  return quoted / Math.max(1, total) >= 0.9 ? 'direct' : 'mixed';
}

/**
 * "He said he'd support the mayor": a stance or intention reported inside someone's words is part of what they
 * said, not an attribution of its own. Speech inside speech ("she said he told her …") stays.
 */
function dropNestedStances(resolved: Resolved[]): Resolved[] {
  const byStart = [...resolved].sort((a, b) => a.draft.contentStart - b.draft.contentStart || b.draft.contentEnd - a.draft.contentEnd);
  const kept: Resolved[] = [];
  let outerEnd = -1;
  for (const r of byStart) {
    const stance = r.draft.cue !== null && r.draft.cue.cueClass !== 'speech' && r.draft.pattern !== 'quoted';
    if (stance && r.draft.contentEnd <= outerEnd) continue;
    kept.push(r);
    outerEnd = Math.max(outerEnd, r.draft.contentEnd);
  }
  return kept;
}

function assemble(text: string, all: Resolved[], builder: ActorBuilder, quotes: Quote[]): Analysis {
  const resolved = dropNestedStances(all);
  resolved.sort((a, b) => a.draft.contentStart - b.draft.contentStart || a.draft.contentEnd - b.draft.contentEnd);
  const speaking = new Set<Entity>();
  for (const r of resolved) if (r.entity) speaking.add(r.entity);
  const kept = builder.entities.filter((e) => (e.kind !== 'unknown' || speaking.has(e)) && e.mentions.length > 0);
  kept.sort((a, b) => a.firstMention - b.firstMention);
  const ids = new Map<Entity, string>();
  const actors: Actor[] = kept.map((e, i) => {
    ids.set(e, `a${i + 1}`);
    const mentions = dedupe(e.mentions).map(([s, en]) => span(text, s, en));
    return { id: `a${i + 1}`, name: e.name, kind: e.kind === 'unknown' ? 'person' : e.kind, role: e.role, mentions };
  });
  const claims: Claim[] = [];
  const seen = new Set<string>();
  let q = 0;
  for (const r of resolved) {
    const [start, fullEnd] = trimmed(text, r.draft.contentStart, r.draft.contentEnd);
    const end = capped(text, start, fullEnd);
    if (end <= start) continue;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    while (q < quotes.length && quotes[q].end <= start) q++;
    const inside: Span[] = [];
    for (let k = q; k < quotes.length && quotes[k].start < end; k++) {
      const a = Math.max(start, quotes[k].start);
      const b = Math.min(end, quotes[k].end);
      if (b > a) inside.push(span(text, a, b));
    }
    const d = r.draft;
    const tokens = builder.tokens;
    const cue = d.cue ? span(text, tokens[d.cue.first].start, tokens[d.cue.last].end) : null;
    const source = d.source ? span(text, tokens[d.source.first].start, tokens[d.source.last].end) : null;
    claims.push({
      id: `c${claims.length + 1}`, actor: r.entity ? ids.get(r.entity) ?? null : null,
      kind: claimKind(start, end, inside, cue), content: span(text, start, end), quotes: inside, cue, source,
      confidence: Math.round(r.confidence * 100) / 100, evidence: r.evidence,
    });
  }
  return { actors, claims };
}

function dedupe(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] >= last[0] && r[1] <= last[1]) continue;
    out.push(r);
  }
  return out;
}
