/**
 * Who speaks each draft claim: the entity its source names, or the person a pronoun refers to; and every
 * third-person pronoun as a mention of the person it most likely refers to.
 */
import type { Token } from './tokens';
import type { Sentence } from './units';
import type { DraftClaim } from './claims';
import { ActorBuilder, Entity, pronounGender } from './actors';
import { joinTokens } from './names';
import { rootOf } from './resolution/clusters';

export interface Resolved {
  draft: DraftClaim;
  entity: Entity | null;
  confidence: number;
  evidence: string;
}

export function sourceText(tokens: Token[], d: DraftClaim): string {
  return d.head ? joinTokens(tokens, d.head.first, d.head.last) : '';
}

export function resolveSpeakers(drafts: DraftClaim[], tokens: Token[], sentences: Sentence[], builder: ActorBuilder): Resolved[] {
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

export function resolvePronounSource(d: DraftClaim, tokens: Token[], sentences: Sentence[], builder: ActorBuilder, done: Resolved[], cueText: string): Resolved {
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

/**
 * Third-person pronouns outside quotes, as mentions of the person most recently mentioned: by name, or by a
 * pronoun already resolved (a speaking "he" keeps its speaker for the "he" and "his" after it).
 */
export function resolvePronounMentions(tokens: Token[], sentences: Sentence[], builder: ActorBuilder, resolved: Resolved[]): void {
  const owner = new Map<number, Entity>();
  for (const e of builder.entities) for (const [start] of e.mentions) owner.set(start, rootOf(e));
  // Speakers resolved from pronouns are mentions too, at their pronoun.
  for (const r of resolved) if (r.entity && r.draft.head && r.draft.head.first === r.draft.head.last) owner.set(tokens[r.draft.head.first].start, rootOf(r.entity));
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
