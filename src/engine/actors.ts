/**
 * Who is who: groups name mentions into actors (by surname for people, by name for organisations and places),
 * reads their roles from titles and appositives, and resolves the pronouns and descriptions that speak.
 */
import type { ActorKind } from './types';
import type { Token } from './tokens';
import { findNames, joinTokens, NameChunk, Gender } from './names';
import { GROUP_HEADS, PERSON_PRONOUNS, PLACES, ROLE_HEADS, SUBJECT_PRONOUNS, TITLES } from './lexicon/names';
import { SPEECH_NOUNS } from './lexicon/cues';
import { nounPhraseStartingAt } from './phrases';
import type { Sentence } from './units';
import type { TokenRange } from './claims';

export interface Entity {
  key: string;
  kind: ActorKind | 'unknown';
  name: string;
  role: string | null;
  gender: Gender;
  /** Character ranges of every mention, in text order once sorted. */
  mentions: Array<[number, number]>;
  firstMention: number;
}

function canonicalPlace(core: string): string {
  return PLACES.get(core.toLowerCase()) ?? core;
}

function stripDeterminer(tokens: Token[], r: TokenRange): TokenRange {
  let first = r.first;
  while (first <= r.last && (tokens[first].pos === 'DET' || (tokens[first].pos === 'PRON' && tokens[first].lower !== 'he' && tokens[first].lower !== 'she'))) first++;
  // Drop a possessor: "Mr. Trump’s national security adviser" → "national security adviser".
  for (let k = r.last; k > first; k--) {
    if (tokens[k].lower === "'s" || tokens[k].lower === '\u2019s') { first = k + 1; break; }
  }
  return { first, last: r.last };
}

/** A role when the range is a description headed by a role noun ("the Kremlin spokesperson"). */
export function roleOf(tokens: Token[], r: TokenRange): string | null {
  if (r.first > r.last) return null;
  const head = tokens[r.last];
  if (!ROLE_HEADS.has(head.lower) && !TITLES.has(head.lower)) return null;
  const stripped = stripDeterminer(tokens, r);
  if (stripped.first > stripped.last) return null;
  return joinTokens(tokens, stripped.first, stripped.last);
}

export class ActorBuilder {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity>();
  private readonly byDescription = new Map<string, Entity>();
  /** Per sentence: the entities named there, with token ranges (for pronouns and sources). */
  readonly named: Array<Array<{ entity: Entity; first: number; last: number }>> = [];

  constructor(readonly tokens: Token[], private readonly sentences: Sentence[]) {}

  private entity(key: string, kind: Entity['kind'], name: string, at: number): Entity {
    let e = this.byKey.get(key);
    if (!e) {
      e = { key, kind, name, role: null, gender: undefined, mentions: [], firstMention: at };
      this.byKey.set(key, e);
      this.entities.push(e);
    }
    return e;
  }

  /** First pass: every name chunk of every sentence, grouped into entities. */
  collectNames(): void {
    const chunksBySentence: NameChunk[][] = this.sentences.map((s) => findNames(this.tokens, s.first, s.last));
    // Full names first, so that a lone surname met before its full name still finds it.
    // Two- and three-word names first: a four-word run is more often a headline than a name.
    for (const longest of [3, 4]) {
      for (const chunks of chunksBySentence) {
        for (const c of chunks) {
          const words = c.coreLast - c.coreFirst + 1;
          if (c.kind !== 'person' || words < 2 || words > longest) continue;
          const surname = this.tokens[c.coreLast].lower;
          if (!this.bySurname.has(surname)) {
            this.bySurname.set(surname, this.entity(`person:${c.core.toLowerCase()}`, 'person', c.core, this.tokens[c.first].start));
          }
        }
      }
    }
    chunksBySentence.forEach((chunks, s) => {
      const list: Array<{ entity: Entity; first: number; last: number }> = [];
      for (const c of chunks) {
        const e = this.entityForChunk(c);
        if (!e) continue;
        e.mentions.push([this.tokens[c.first].start, this.tokens[c.last].end]);
        if (c.gender && !e.gender) e.gender = c.gender;
        if (c.title && c.hasTitle && !e.role && c.kind !== 'place') e.role = c.title;
        this.readAppositive(e, c.last, this.sentences[s]);
        list.push({ entity: e, first: c.first, last: c.last });
      }
      this.named.push(list);
    });
  }

  private entityForChunk(c: NameChunk): Entity | null {
    const at = this.tokens[c.first].start;
    const lower = c.core.toLowerCase().replace(/^the /, '');
    if (c.kind === 'place') return this.entity(`place:${canonicalPlace(c.core)}`, 'place', canonicalPlace(c.core), at);
    if (c.kind === 'organization') return this.entity(`org:${lower}`, 'organization', c.core.replace(/^the /i, ''), at);
    const surname = this.tokens[c.coreLast].lower;
    const known = this.bySurname.get(surname);
    if (c.kind === 'person' && c.coreLast > c.coreFirst) {
      const full = this.entity(`person:${lower}`, 'person', c.core, at);
      // A longer spelling of the same person ("Vladimir V. Putin" after "Vladimir Putin") becomes the name.
      if (known && known !== full && known.name.split(' ')[0] === c.core.split(' ')[0]) {
        if (c.core.length > known.name.length) known.name = c.core;
        return known;
      }
      return full;
    }
    if (known) return known;
    if (c.kind === 'person') return this.entity(`person:${lower}`, 'person', c.core, at);
    if (c.kind === 'group') return this.entity(`group:${lower}`, 'group', c.core, at);
    return this.entity(`unknown:${lower}`, 'unknown', c.core, at);
  }

  private readAppositive(e: Entity, chunkLast: number, s: Sentence): void {
    const t = this.tokens;
    if (e.kind !== 'person' && e.kind !== 'unknown') return;
    if (chunkLast + 2 > s.last || t[chunkLast + 1].text !== ',') return;
    const first = chunkLast + 2;
    if (t[first].pos !== 'DET' && !(t[first].pos === 'PROPN' || t[first].pos === 'ADJ' || t[first].pos === 'NOUN')) return;
    const last = nounPhraseStartingAt(t, first, s.last);
    if (last < 0) return;
    const after = t[last + 1];
    if (after && after.text !== ',' && after.text !== '.' && after.pos !== 'VERB' && after.pos !== 'AUX') return;
    const role = roleOf(t, { first, last });
    if (!role) return;
    if (!e.role) e.role = role;
    if (e.kind === 'unknown') e.kind = 'person';
    e.mentions.push([t[first].start, t[last].end]);
    this.byDescription.set(joinTokens(t, first, last).toLowerCase().replace(/^(the|a|an) /, ''), e);
  }

  /** The entity a source noun phrase names, or a new description entity. Pronouns are resolved by the caller. */
  entityForSource(head: TokenRange, appositive: TokenRange | null, sentence: number): Entity | null {
    const named = this.named[sentence] ?? [];
    const inRange = (r: TokenRange | null) => r ? named.filter((n) => n.first >= r.first && n.last <= r.last && n.entity.kind !== 'place') : [];
    const direct = inRange(head);
    const pick = direct.length > 0 ? direct[direct.length - 1] : inRange(appositive)[0];
    if (pick) {
      if (pick.entity.kind === 'unknown') pick.entity.kind = 'person';
      return pick.entity;
    }
    const places = named.filter((n) => n.first >= head.first && n.last <= head.last);
    if (places.length > 0 && places[places.length - 1].last === head.last) return places[places.length - 1].entity;
    const t = this.tokens;
    const headToken = t[head.last];
    // A lone pronoun is resolved by the caller; "most of them" is a group of its own.
    if (headToken.pos === 'PRON' && head.first === head.last) return null;
    const stripped = stripDeterminer(t, head);
    if (stripped.first > stripped.last) return null;
    const text = joinTokens(t, stripped.first, stripped.last);
    const known = this.byDescription.get(text.toLowerCase());
    if (known) { known.mentions.push([t[head.first].start, t[head.last].end]); return known; }
    const lower = headToken.lower;
    // A description is a person only when a role noun heads it ("the spokeswoman"); plural nouns are groups;
    // anything else that speaks ("a draft", "the poll", "the ministry") is a body or a document.
    const plural = GROUP_HEADS.has(lower) || lower === 'them' || lower === 'us' || (lower.endsWith('s') && headToken.pos === 'NOUN' && !ROLE_HEADS.has(lower) && !SPEECH_NOUNS.has(lower));
    const kind: ActorKind = ROLE_HEADS.has(lower) ? 'person' : plural ? 'group' : 'organization';
    const e = this.entity(`description:${text.toLowerCase()}`, kind, text, t[head.first].start);
    e.mentions.push([t[head.first].start, t[head.last].end]);
    if (kind === 'person') e.role ??= roleOf(t, head);
    return e;
  }

  /** Most recent entity of a kind named before token `before`, looking back a few sentences. */
  recentNamed(before: number, sentence: number, accept: (e: Entity) => boolean, lookBack = 3): Entity | null {
    for (let s = sentence; s >= 0 && s >= sentence - lookBack; s--) {
      const list = this.named[s] ?? [];
      for (let k = list.length - 1; k >= 0; k--) {
        if (list[k].last < before && accept(list[k].entity)) return list[k].entity;
      }
    }
    return null;
  }

  /** The entity named at the very start of a sentence (after at most one word such as "But"), before token
   * `before`: the sentence's subject. A name after an opening phrase ("Asked about the budget, Lund said …") is not it. */
  openingSubject(sentence: number, before: number, accept: (e: Entity) => boolean): Entity | null {
    const start = this.sentences[sentence]?.first ?? 0;
    for (const n of this.named[sentence] ?? []) {
      if (n.first > start + 1 || n.last >= before) break;
      // A name inside a quote at the sentence's start is quoted, not the subject.
      if (this.tokens[n.first].quote < 0 && accept(n.entity)) return n.entity;
    }
    return null;
  }

  /** The first person named in a sentence: its likely subject. */
  subjectOf(sentence: number, accept: (e: Entity) => boolean): Entity | null {
    const list = this.named[sentence] ?? [];
    for (const n of list) if (accept(n.entity)) return n.entity;
    return null;
  }
}

export function pronounGender(lower: string): Gender | 'plural' | 'neuter' | 'first' | 'second' | undefined {
  return PERSON_PRONOUNS.get(lower) ?? SUBJECT_PRONOUNS.get(lower);
}
