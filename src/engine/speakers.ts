/**
 * Who speaks each draft claim: the entity its source names, or the person a pronoun refers to; and every
 * third-person pronoun as a mention of the person it most likely refers to.
 */
import type { Token } from './tokens';
import { sentenceIndexAt, type Sentence } from './units';
import type { DraftClaim } from './claims';
import { ActorBuilder, Entity, pronounGender } from './actors';
import { joinTokens } from './names';
import { inflect } from './lexicon/inflect';
import { rootOf } from './resolution/clusters';
import { answerParagraphs, firstQuestion } from './claims/interview';

export interface Resolved {
  draft: DraftClaim;
  entity: Entity | null;
  confidence: number;
  evidence: string;
}

/** Claims by where their content starts. */
export const byContentStart = (a: Resolved, b: Resolved): number => a.draft.contentStart - b.draft.contentStart;

export function sourceText(tokens: Token[], d: DraftClaim): string {
  return d.head ? joinTokens(tokens, d.head.first, d.head.last) : '';
}

export function resolveSpeakers(drafts: DraftClaim[], tokens: Token[], sentences: Sentence[], builder: ActorBuilder): Resolved[] {
  const out: Resolved[] = [];
  const byDraft = new Map<DraftClaim, Resolved>();
  for (const d of drafts) {
    let r: Resolved;
    // "A: … We will publish our numbers": in an interview's answer, "I" and "we" are the person interviewed.
    const firstPersonInAnswer = d.head !== null && d.head.first === d.head.last && pronounGender(tokens[d.head.first].lower) === 'first' &&
      answerParagraphs(tokens).has(tokens[d.head.first].paragraph);
    const answerer = firstPersonInAnswer ? interviewee(tokens, builder) : null;
    const cueText = d.cue ? joinTokens(tokens, d.cue.first, d.cue.last) : '';
    if (d.continues) {
      const prev = byDraft.get(d.continues);
      r = { draft: d, entity: prev?.entity ?? null, confidence: prev ? prev.confidence * 0.9 : 0.3,
        evidence: `continues the sentence's speaker through “${cueText}”` };
      if (prev?.draft.source) d.source = prev.draft.source;
    } else if (d.answer) {
      const entity = interviewee(tokens, builder);
      r = { draft: d, entity, confidence: entity ? 0.8 : 0.3, evidence: entity ? `answers the interview's questions: ${entity.name}` : 'an answer whose interviewee is not named' };
    } else if (answerer) {
      r = { draft: d, entity: answerer, confidence: 0.7, evidence: `“${tokens[d.head!.first].text}” in an answer is the person interviewed, ${answerer.name}` };
    } else if (!d.head) {
      r = { draft: d, entity: null, confidence: 0.3, evidence: d.pattern === 'passive' ? `passive “${cueText}” names no speaker` : 'no speaker found' };
    } else if (tokens[d.head.last].pos === 'PRON' && d.head.first === d.head.last) {
      r = resolvePronounSource(d, tokens, sentences, builder, out, cueText);
    } else {
      const entity = builder.entityForSource(d.head, d.appositive, d.sentence, d.source);
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

/** How many sentences before an interview's first question its introduction may name the person interviewed. */
const INTRODUCTION_SENTENCES = 6;

/** The person interviewed: the one the article names last before its first question ("Q: …"), or null. */
function interviewee(tokens: Token[], builder: ActorBuilder): Entity | null {
  const question = firstQuestion(tokens);
  return question > 0 ? builder.recentNamed(question, tokens[question].sentence, (e) => e.kind === 'person', INTRODUCTION_SENTENCES) : null;
}

/** Spokespeople by the pronoun that can stand for them. */
const SPOKESPEOPLE_BY_GENDER: Record<string, 'male' | 'female' | undefined> = {
  spokeswoman: 'female', spokesman: 'male', spokesperson: undefined, representative: undefined,
};

/**
 * "A spokeswoman for the Riverton Health Board said … The board will meet on Friday, she said.": "she" is the
 * spokeswoman, who speaks for the board, when the claim just before (in the same paragraph) was hers.
 */
function spokespersonJustBefore(done: Resolved[], tokens: Token[], sentences: Sentence[], paragraph: number, kind: string | undefined): Entity | null {
  if (kind !== 'male' && kind !== 'female') return null;
  const last = done[done.length - 1];
  if (!last?.entity || !last.draft.head || tokens[sentences[last.draft.sentence].first].paragraph !== paragraph) return null;
  const head = tokens[last.draft.head.last].lower;
  if (!(head in SPOKESPEOPLE_BY_GENDER) || (SPOKESPEOPLE_BY_GENDER[head] !== undefined && SPOKESPEOPLE_BY_GENDER[head] !== kind)) return null;
  const body = rootOf(last.entity);
  return body.kind === 'organization' || body.kind === 'group' || body.kind === 'place' ? body : null;
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
  // “… Hale and Ruiz are leading the way,” he said: whoever the quote names in the third person is not its speaker.
  const namedInside = namedInsideQuotes(d, tokens, sentences, builder);
  const fits = kind === 'plural' || kind === 'neuter' ? groupLike : personLike;
  const accept = namedInside.size === 0 ? fits : (e: Entity) => fits(e) && !namedInside.has(rootOf(e)!);
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
  const spokesperson = spokespersonJustBefore(done, tokens, sentences, paragraph, kind);
  const blamed = spokesperson ? null : objectOfBlame(tokens, sentences[d.sentence], d.head!.first, builder, d.sentence, accept);
  const opening = blamed || spokesperson ? null : builder.openingSubject(d.sentence, d.head!.first, accept);
  let entity: Entity | null = null;
  let evidence = '';
  if (spokesperson) {
    entity = spokesperson;
    evidence = `“${pronoun.text}” is the spokesperson who spoke for ${entity.name} just before`;
  } else if (blamed) {
    entity = blamed;
    evidence = `“${pronoun.text}” in a clause of cause or time after “${blamed.name}” was blamed or praised refers to them`;
  } else if (opening) {
    entity = opening;
    evidence = `“${pronoun.text}” refers to the sentence's subject, ${entity.name}`;
  } else {
    entity = mostSalient(d, tokens, sentences, builder, done, accept);
    if (entity) evidence = `“${pronoun.text}” refers to the most salient compatible actor before it, ${entity.name}`;
    else if (recentClaim?.entity) {
      entity = rootOf(recentClaim.entity);
      evidence = `“${pronoun.text}” refers to the last speaker, ${entity.name}`;
    }
  }
  if (entity) entity.mentions.push([pronoun.start, pronoun.end]);
  return { draft: d, entity, confidence: entity ? 0.75 : 0.3, evidence: entity ? `${evidence} (cue “${cueText}”)` : `“${pronoun.text}” could not be resolved` };
}

/** The entities named inside the quotes of a claim's content (none for a claim with no quote). */
function namedInsideQuotes(d: DraftClaim, tokens: Token[], sentences: Sentence[], builder: ActorBuilder): Set<Entity> {
  const inside = new Set<Entity>();
  const first = sentenceIndexAt(tokens, sentences, d.contentStart);
  for (let s = Math.max(first, d.sentence - MAX_QUOTE_SENTENCES); s <= d.sentence; s++) {
    for (const n of builder.named[s] ?? []) {
      const t = tokens[n.first];
      if (t.quote >= 0 && t.start >= d.contentStart && t.end <= d.contentEnd) inside.add(rootOf(n.entity)!);
    }
  }
  return inside;
}

/** How many sentences before its cue a quote's names are read (a bound that keeps long quotes linear). */
const MAX_QUOTE_SENTENCES = 8;

/**
 * Verbs of implicit causality biased to their object (Garvey and Caramazza 1974): in "Ruiz blamed Hale because he
 * …" or "Ruiz accused Hale of lying, after he called her …", the pronoun of the clause of cause or time is the
 * one blamed, accused or praised.
 */
const OBJECT_BIASED = new Set(['accuse', 'blame', 'criticize', 'criticise', 'praise', 'thank', 'condemn', 'rebuke', 'scold', 'fault', 'sue', 'fire', 'sack', 'slam', 'congratulate', 'applaud', 'commend', 'reprimand', 'chide']
  .flatMap((base) => inflect(base).map(([form]) => form)));
const CAUSE_OR_TIME = new Set(['after', 'because', 'when', 'since', 'as']);

function objectOfBlame(tokens: Token[], s: Sentence, pronoun: number, builder: ActorBuilder, sentence: number, accept: (e: Entity) => boolean): Entity | null {
  if (pronoun - 1 < s.first || !CAUSE_OR_TIME.has(tokens[pronoun - 1].lower)) return null;
  let verb = -1;
  for (let k = pronoun - 2; k >= s.first && k >= pronoun - 25 && verb < 0; k--) if (OBJECT_BIASED.has(tokens[k].lower) && tokens[k].quote < 0) verb = k;
  if (verb < 0) return null;
  // The first fitting name right after the verb is its object ("accused council member Tom Hale of …"; a body
  // before it, "accused Vantrell chief Tom Hale", is his affiliation).
  for (const n of builder.named[sentence] ?? []) {
    if (n.first <= verb) continue;
    if (n.first > verb + 5 || n.last >= pronoun) break;
    const e = rootOf(n.entity);
    if (accept(e)) return e;
  }
  return null;
}

/** How many sentences back a speaking pronoun's antecedent is looked for. */
const SALIENCE_WINDOW = 5;

/**
 * The antecedent of a speaking pronoun by salience, in the manner of Lappin and Leass (1994): every compatible
 * actor mentioned outside quotes in the pronoun's sentence (before it) and the few sentences before scores for
 * each mention, halved per sentence of distance, with a bonus when the mention is its clause's subject (before
 * the sentence's first verb) and when the actor spoke there. Names inside quotes are the speaker's words, not
 * antecedents. Linear: a bounded window of sentences and of claims.
 */
function mostSalient(d: DraftClaim, tokens: Token[], sentences: Sentence[], builder: ActorBuilder, done: Resolved[], accept: (e: Entity) => boolean): Entity | null {
  return salientActor(d.sentence, d.head!.first, tokens, sentences, builder, done, accept);
}

/** The most salient accepted actor before token `before` of sentence `sentence` (see mostSalient). */
export function salientActor(sentence: number, before: number, tokens: Token[], sentences: Sentence[], builder: ActorBuilder, done: Resolved[], accept: (e: Entity) => boolean, window = SALIENCE_WINDOW): Entity | null {
  const scores = new Map<Entity, number>();
  const add = (raw: Entity | null, points: number) => {
    const e = rootOf(raw);
    if (!e || !accept(e)) return;
    scores.set(e, (scores.get(e) ?? 0) + points);
  };
  for (let s = sentence; s >= 0 && s >= sentence - window; s--) {
    const decay = 0.5 ** (sentence - s);
    const verb = builder.firstVerbOf(s);
    for (const n of builder.named[s] ?? []) {
      if (s === sentence && n.last >= before) break;
      if (tokens[n.first].quote >= 0) continue;
      add(n.entity, 100 * decay + (n.last < verb ? 80 * decay : 0));
    }
  }
  for (let k = done.length - 1; k >= 0 && k >= done.length - 40; k--) {
    const r = done[k];
    const distance = sentence - r.draft.sentence;
    if (distance > window) break;
    if (distance >= 0) add(r.entity, 60 * 0.5 ** distance);
  }
  // The person a lead opens with is the story's protagonist: "he" three paragraphs on is most often them.
  const lead = leadSubject(tokens, sentences, builder);
  if (lead && scores.has(rootOf(lead))) add(lead, LEAD_BONUS);
  let best: Entity | null = null;
  let bestScore = 0;
  for (const [e, score] of scores) if (score > bestScore) { best = e; bestScore = score; }
  return best;
}

const LEAD_BONUS = 40;
const leads = new WeakMap<ActorBuilder, Entity | null>();

/** The first person the article's opening sentences name outside quotes. */
function leadSubject(tokens: Token[], sentences: Sentence[], builder: ActorBuilder): Entity | null {
  // (One probe of the table: an article without a lead is stored as null, never undefined.)
  const known = leads.get(builder);
  if (known !== undefined) return known;
  let lead: Entity | null = null;
  for (let s = 0; s < sentences.length && s < 3 && !lead; s++) {
    // The first person named (a headline word tagged as a verb may stand before the subject).
    for (const n of builder.named[s] ?? []) {
      if (tokens[n.first].quote < 0 && rootOf(n.entity).kind === 'person') { lead = rootOf(n.entity); break; }
    }
  }
  leads.set(builder, lead);
  return lead;
}


/**
 * Third-person pronouns outside quotes, as mentions of the person most recently mentioned: by name, or by a
 * pronoun already resolved (a speaking "he" keeps its speaker for the "he" and "his" after it).
 */
export function resolvePronounMentions(tokens: Token[], sentences: Sentence[], builder: ActorBuilder, resolved: Resolved[]): void {
  const owner = new Map<number, Entity>();
  for (const e of builder.entities) {
    if (e.mentions.length === 0) continue;
    // (The root once per entity, not once per mention.)
    const root = rootOf(e);
    for (const mention of e.mentions) owner.set(mention[0], root);
  }
  // Speakers resolved from pronouns are mentions too, at their pronoun.
  for (const r of resolved) if (r.entity && r.draft.head && r.draft.head.first === r.draft.head.last) owner.set(tokens[r.draft.head.first].start, rootOf(r.entity));
  const recent: { male?: [Entity, number]; female?: [Entity, number] } = {};
  const isPerson = (e: Entity) => e.kind === 'person' || e.kind === 'unknown';
  // Mention starts in text order, walked beside the tokens: no map look-up for the many tokens that start none.
  const starts = new Float64Array(owner.size);
  let filled = 0;
  for (const start of owner.keys()) starts[filled++] = start;
  starts.sort();
  let next = 0;
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index];
    for (let i = s.first; i <= s.last; i++) {
      const t = tokens[i];
      while (next < starts.length && starts[next] < t.start) next++;
      const known = next < starts.length && starts[next] === t.start ? owner.get(t.start) : undefined;
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
  }
}
