/**
 * The output: actors with ids and mentions, claims with trimmed and bounded content, quotes and kinds.
 */
import type { Actor, Analysis, Claim, ClaimKind, Span } from './types';
import type { Quote } from './quotes';
import type { ActorBuilder, Entity } from './actors';
import type { Resolved } from './speakers';
import { canonicalNaming, rootOf } from './resolution';
import { DOCUMENT_NOUNS, isDocument } from './resolution/documents';
import { sourcingOf } from './sourcing';
import { isFirstName } from './lexicon/firstNames';
import { GROUP_HEADS, PERSON_PRONOUNS, ROLE_HEADS, TITLES } from './lexicon/names';
import { ORGANISATION_NOUNS } from './resolution/shortForms';
import { contentParts } from './contentParts';
import { CharRange, claimWords, sharesWords } from './claimWords';
import { isAsciiUpper, isSpaceAt } from './letters';
import { isInOrder, sortedCopy, sortInPlace, sortStably } from './arrays';

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** "BRUSSELS —", "WASHINGTON (AP) —": a dateline opening a paragraph is where, not what was said. */
// ("RIVERTON, Ont. —", "KESTREL FALLS, Iowa —": the state or province after the comma may be written in lower case.)
export const DATELINE = /^[\p{Lu}][\p{Lu} .,'-]{2,40}(,\s*\p{Lu}[\p{L}.]{1,14}(\s\p{Lu}[\p{L}.]{1,14})?)?\s*(\([^)]{1,20}\))?\s*[\u2014\u2013\u2015-]{1,2}\s*/u;

export function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpaceAt(text, start)) start++;
  if ((start === 0 || text[start - 1] === '\n') && mayOpenDateline(text, start, end)) {
    const dateline = DATELINE.exec(text.slice(start, Math.min(end, start + 80)));
    if (dateline && dateline[0].length < end - start) start += dateline[0].length;
  }
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return [start, end];
}

/**
 * Whether the text at `start` may open a DATELINE, by its first two code units when they are ASCII: a capital, then a
 * capital, a space or one of . , ' -. Most paragraphs open with a quotation mark or a word in lower case after its
 * capital ("The"), and are not sliced and matched. (Any other character is left to the expression.)
 */
function mayOpenDateline(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first >= 128) return true;
  if (!isAsciiUpper(first)) return false;
  if (start + 1 >= end) return true;
  const second = text.charCodeAt(start + 1);
  return second >= 128 || isAsciiUpper(second) || DATELINE_SECOND_CHARACTERS.includes(second);
}

/** ' ', '.', ',', "'" and '-': after the first capital, what DATELINE's [\p{Lu} .,'-] allows besides a capital. */
const DATELINE_SECOND_CHARACTERS = [32, 46, 44, 39, 45];

/**
 * No claim's content runs past MAX_CONTENT characters: real turns stay far below it, and hostile input such as
 * "X said that Y said that …" over a megabyte must not make the output grow with the square of the text.
 */
export const MAX_CONTENT = 5000;

export function capped(text: string, start: number, end: number): number {
  if (end - start <= MAX_CONTENT) return end;
  let cut = text.lastIndexOf(' ', start + MAX_CONTENT);
  if (cut <= start) cut = start + MAX_CONTENT;
  const code = text.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}

export function claimKind(start: number, end: number, inside: Span[], cue: Span | null): ClaimKind {
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

const agentless = (r: Resolved) => (r.draft.pattern === 'agentless' ? 1 : 0);
/** By start, the longer first, and of two with the same words the one that names a source first. */
const outerFirst = (a: Resolved, b: Resolved) => a.draft.contentStart - b.draft.contentStart || b.draft.contentEnd - a.draft.contentEnd ||
  agentless(a) - agentless(b);

/**
 * "He said he'd support the mayor", "Ruiz said Hale told her the bridge was unsafe": an attribution reported inside
 * someone's words is part of what they said, not one of its own; careful annotators mark the outer one. A report
 * passed on by a wire or paper stays ("KRVT reports that the ministry confirmed …": the ministry is the one who
 * speaks), and so does a quote a sentence gives to the subject of its clause.
 */
export function dropNestedAttributions(resolved: Resolved[], wordsOf?: (r: Resolved) => CharRange[], spokenByDocument?: (r: Resolved) => boolean): Resolved[] {
  // Of two claims with the same words, the one that names a source holds the other: "Ruiz is expected to back the
  // plan, sources said" is the sources' claim, not an unsourced expectation.
  const byStart = sortedCopy(resolved, outerFirst);
  const kept: Resolved[] = [];
  let outer: Resolved | null = null;
  for (const r of byStart) {
    const nested = outer !== null && r.draft.contentEnd <= outer.draft.contentEnd;
    // ("…, bystanders reported a man had jumped, the officer's report indicated": a document relays too.)
    const relayed = nested && (outer!.draft.cue?.base === 'report' || (spokenByDocument?.(outer!) ?? false)) && r.draft.cue?.cueClass === 'speech';
    // "Searchers used phone data, believing that she was alive, according to police": the participle's own subject
    // holds the belief; the source after "according to" only relays the clause it sits in.
    const ownBelief = nested && outer!.draft.pattern === 'according' && r.draft.pattern === 'participle' && r.draft.source !== null;
    // An interview's answer is a transcript: what the person interviewed reports inside it stays a claim of its own.
    const inAnswer = nested && outer!.draft.answer === true;
    // "“We are ready,” she said, adding that …. “It will pass.”": inside the outer claim's span but outside its words
    // (the writer's words between its quotes), the participle's claim is no part of what the outer speaker said.
    const besideWords = nested && wordsOf !== undefined && !sharesWords(wordsOf(outer!), r.draft.contentStart, r.draft.contentEnd);
    if (nested && r.draft.cue !== null && r.draft.pattern !== 'quoted' && !relayed && !ownBelief && !inAnswer && !besideWords) continue;
    kept.push(r);
    if (outer === null || r.draft.contentEnd > outer.draft.contentEnd) outer = r;
  }
  return kept;
}

// (Comparators as module constants: an arrow written in the call is a new closure for every article.)
const byFirstMention = (a: Entity, b: Entity) => a.firstMention - b.firstMention;
const byContent = (a: Resolved, b: Resolved) => a.draft.contentStart - b.draft.contentStart || a.draft.contentEnd - b.draft.contentEnd;

export function assemble(text: string, all: Resolved[], builder: ActorBuilder, quotes: Quote[]): Analysis {
  // Each outer claim's words are worked out once, however many claims its span holds.
  const words = new Map<Resolved, CharRange[]>();
  const wordsOf = (r: Resolved) => {
    let w = words.get(r);
    if (!w) {
      const [start, end] = trimmed(text, r.draft.contentStart, r.draft.contentEnd);
      w = claimWords(text, builder.tokens, quotes, r.draft, start, end);
      words.set(r, w);
    }
    return w;
  };
  const tokens = builder.tokens;
  const spokenByDocument = (r: Resolved) => r.draft.head !== null && DOCUMENT_NOUNS.has(tokens[r.draft.head.last].lower);
  const resolved = dropNestedAttributions(all, wordsOf, spokenByDocument);
  sortInPlace(resolved, byContent);
  const speaking = new Set<Entity>();
  for (const r of resolved) if (r.entity) speaking.add(rootOf(r.entity));
  // One actor per cluster root; things and words of unknown kind are listed only when they speak.
  // Documents ("a statement") are how their issuers speak: never actors of their own.
  // A silent person is listed only on evidence that it is one: "Quarrow Rovers" or "Nova Tablet" is two capitalised
  // words, the shape of a name, and nothing more. A description that speaks nowhere ("the flames", "an ambush", a
  // subject whose claim went to someone else) is no actor of the article at all.
  const kept = builder.entities.filter((e) => rootOf(e) === e && !isDocument(e) && e.mentions.length > 0 &&
    (speaking.has(e) || (e.proper && e.kind !== 'unknown' && e.kind !== 'thing' && !isCommonNounName(e) && (e.kind !== 'person' || isEvidentlyPerson(e, text)))));
  sortStably(kept, byFirstMention);
  const actorOf = new Map<Entity, Actor>();
  const actors: Actor[] = kept.map((e, i) => {
    const mentions = dedupe(e.mentions).map(([s, en]) => span(text, s, en));
    const kind = e.kind === 'unknown' ? 'person' : e.kind === 'thing' ? 'place' : e.kind;
    // The naming's fields one by one, in the order a spread gave them: a spread in the middle of an object literal
    // copies its properties by a generic run-time call, for every actor.
    const naming = canonicalNaming(e);
    const actor: Actor = { id: `a${i + 1}`, name: naming.name, aliases: naming.aliases, named: naming.named, kind, role: e.role, mentions };
    actorOf.set(e, actor);
    return actor;
  });
  const claims: Claim[] = [];
  // Claims already output, by span: start and end in one number, exact while the text's length squared stays
  // below 2^53 (about 94 million characters; a longer text, allowed only by the maxLength option, uses strings).
  const stride = text.length + 1;
  const exact = stride < 94_000_000;
  const seen = new Set<number | string>();
  let q = 0;
  for (const r of resolved) {
    const [start, fullEnd] = trimmed(text, r.draft.contentStart, r.draft.contentEnd);
    const end = capped(text, start, fullEnd);
    if (end <= start) continue;
    const key = exact ? start * stride + end : `${start}:${end}`;
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
    const cue = d.cue ? span(text, tokens[d.cue.first].start, tokens[d.cue.last].end) : null;
    const source = d.source ? span(text, tokens[d.source.first].start, tokens[d.source.last].end) : null;
    const speaker = r.entity ? actorOf.get(rootOf(r.entity)) : undefined;
    const parts = contentParts(text, { start, end }, inside, cue, source).map((p) => span(text, p.start, p.end));
    claims.push({
      id: `c${claims.length + 1}`, actor: speaker ? speaker.id : null,
      kind: claimKind(start, end, inside, cue), sourcing: sourcingOf(speaker, r.draft.answer ? null : source, text),
      content: span(text, start, end), parts, quotes: inside, cue, source,
      confidence: Math.round(r.confidence * 100) / 100,
      evidence: d.pattern === 'agentless' && cue ? `“${cue.text}” names no source` : r.evidence,
    });
  }
  return { actors, claims };
}

/**
 * "Governor", "the Board", "Government": a one-word name that is a title or a common noun for people or a body,
 * capitalised as some styles do. Silent, it tells the reader nothing the article's named actors do not.
 */
function isCommonNounName(e: Entity): boolean {
  if (e.forms.length !== 1 || e.name.includes(' ')) return false;
  const lower = e.name.toLowerCase();
  return TITLES.has(lower) || ROLE_HEADS.has(lower) || GROUP_HEADS.has(lower) || ORGANISATION_NOUNS.has(lower);
}

/**
 * Evidence that a proper name is a person's: a role or honorific, a given name opening one of its forms, a second
 * form ("Ruiz" beside "Ana Ruiz"), or a pronoun the text uses for it.
 */
function isEvidentlyPerson(e: Entity, text: string): boolean {
  if (e.role || e.gender || e.titled || e.forms.length >= 2) return true;
  if (e.forms.some((form) => isFirstName(form.slice(0, form.indexOf(' ') >>> 0)))) return true;
  // (Only mentions of a short pronoun's length are read: he, she, him, her, his, hers.)
  return e.mentions.some(([start, end]) => end - start <= 4 && PERSON_PRONOUNS.has(text.slice(start, end).toLowerCase()));
}

const byStartThenLongest = (a: [number, number], b: [number, number]) => a[0] - b[0] || b[1] - a[1];

export function dedupe(ranges: Array<[number, number]>): Array<[number, number]> {
  // Mentions most often come in text order already: a copy and a sort only when they do not.
  const sorted = isInOrder(ranges, byStartThenLongest) ? ranges : sortStably(ranges.slice(), byStartThenLongest);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] >= last[0] && r[1] <= last[1]) continue;
    out.push(r);
  }
  return out;
}
