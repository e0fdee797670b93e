/**
 * Entity resolution, a multi-pass sieve in the manner of Stanford's deterministic coreference (Raghunathan et al.
 * 2010; Lee et al. 2013): passes run from the most precise to the least, and each merges clusters of entities.
 *
 *   after names are collected:   1. exact and alias names (nameMatch)   2a. acronyms (acronyms)
 *   after claims have speakers:  2b. short forms of named bodies (shortForms)   3. nominals (nominals)
 *                                documents to their issuers (documents), then what cannot speak (notActors)
 *   then pronoun mentions are resolved on top of the clusters (speakers.ts).
 *
 * Every pass reads and merges root clusters only, and each is linear in the number of entities times their
 * mentions (candidates are indexed by name or scanned once per description).
 */
import type { ActorBuilder, Entity } from '../actors';
import type { Resolved } from '../speakers';
import type { Token } from '../tokens';
import { sentenceIndexAt, type Sentence } from '../units';
import { rootOf } from './clusters';
import { mergeExactNames, mergeGivenNames, NormalizedNames } from './nameMatch';
import { mergeAcronyms } from './acronyms';
import { GENERIC_BODY_NOUNS, mergeShortForms, mostProminent } from './shortForms';
import { mergePersonNominals, mergeUnnamedDescriptions } from './nominals';
import { assignDocumentIssuers } from './documents';
import { canSpeak, isPeopleNoun } from './notActors';
import { nameWords } from './descriptions';
import { salientActor } from '../speakers';
import { nounPhraseStartingAt } from '../phrases';

export { rootOf } from './clusters';
export { canonicalNaming } from './canonical';

/** The passes over proper names, run before speakers are resolved so that pronouns see whole clusters. */
export interface NamePasses { end: number; index: Map<string, Entity> }

export function resolveNames(builder: ActorBuilder): NamePasses {
  const names = new NormalizedNames(builder.entities);
  const index = mergeExactNames(builder.entities, 0, new Map(), names);
  mergeGivenNames(builder.entities, names);
  mergeAcronyms(builder.entities);
  return { end: builder.entities.length, index };
}

/** The passes over descriptions and documents, once every claim has its speaker; then speakers that are no actors. */
export function resolveDescriptions(resolved: Resolved[], builder: ActorBuilder, tokens: Token[], sentences: Sentence[], text: string, names?: NamePasses): void {
  const entities = builder.entities;
  // Descriptions met while resolving speakers ("police", "Officials") against the names and each other.
  mergeExactNames(entities, names?.end ?? 0, names?.index);
  const speaking = new Set<Entity>();
  for (const r of resolved) if (r.entity) speaking.add(rootOf(r.entity));
  const sentenceAt = (offset: number): number => sentenceIndexAt(tokens, sentences, offset);
  mergeShortForms(entities, speaking, {
    sentenceOf: sentenceAt,
    opensSentence: (offset) => {
      const first = tokens[sentences[sentenceAt(offset)].first];
      return offset === first.start || (first.lower === 'the' && offset - first.end <= 1 && offset > first.start);
    },
  });
  const isPerson = (e: Entity) => e.kind === 'person' && e.proper;
  let lowerText: string | null = null;
  mergePersonNominals(entities, {
    personNoun: isPeopleNoun,
    firstUse: (description, fallback) => {
      if (description.length < 4) return fallback;
      lowerText ??= text.toLowerCase();
      const at = lowerText.indexOf(description);
      return at >= 0 && at < fallback ? at : fallback;
    },
    recentSubject: (at) => {
      const s = sentenceAt(at);
      // An epithet ("the 31-year-old") points at someone mentioned just before: four sentences back at most.
      return salientActor(s, tokenAt(tokens, sentences[s], at), tokens, sentences, builder, resolved.filter((r) => r.draft.sentence < s), isPerson, NOMINAL_WINDOW);
    },
  });
  mergeUnnamedDescriptions(entities);
  assignDocumentIssuers(resolved, (r) => {
    const source = r.draft.source;
    if (!source) return issuerNamedBefore(r, tokens, sentences, builder);
    // "a report filed by Officer Ana Ruiz", "a statement from the council": the issuer may follow the source phrase.
    let last = source.last;
    for (let k = source.last + 1; k <= source.last + 4 && k < tokens.length; k++) if (tokens[k].lower === 'by' || tokens[k].lower === 'from') last = k + 6;
    const inPhrase = (builder.named[r.draft.sentence] ?? []).filter((n) => n.first >= source.first && n.last <= last).map((n) => n.entity);
    if (inPhrase.length > 0) return inPhrase;
    const introduced = issuerNamedBefore(r, tokens, sentences, builder);
    if (introduced.length > 0) return introduced;
    // "a statement from the space agency": the body the story is most about.
    for (let k = source.first; k < last && k + 2 < tokens.length; k++) {
      const phraseLast = tokens[k].lower === 'from' || tokens[k].lower === 'by' ? nounPhraseStartingAt(tokens, k + 1, Math.min(last, tokens.length - 1)) : -1;
      if (phraseLast > k + 1 && tokens[k + 1].pos === 'DET' && GENERIC_BODY_NOUNS.has(tokens[phraseLast].lower)) {
        const bodies = entities.filter((e) => rootOf(e) === e && e.proper && e.kind === 'organization');
        // ("a statement from the company": a body whose name says "Company" before the one most named.)
        const noun = tokens[phraseLast].lower;
        const saysSo = bodies.filter((e) => nameWords(e.name).has(noun));
        const body = mostProminent(saysSo.length > 0 ? saysSo : bodies, tokens[k].start, speaking);
        return body ? [body] : [];
      }
    }
    return [];
  }, (r) => [tokens[r.draft.head?.first ?? r.draft.source!.first].start, tokens[r.draft.head?.last ?? r.draft.source!.last].end]);
  for (const r of resolved) {
    r.entity = rootOf(r.entity);
    if (r.entity && !canSpeak(r.entity)) {
      r.evidence = `“${r.entity.name}” is not an actor: ${r.evidence}`;
      r.entity = null;
    }
  }
}

const NOMINAL_WINDOW = 4;

/** How many sentences back "a statement from X" is looked for when "the statement" speaks. */
const ISSUER_SENTENCES = 5;

/**
 * "In a statement from the Riverton Water Board, … The statement said": the body named after "from" or "by"
 * where the same document noun was last introduced, a few sentences before the claim.
 */
function issuerNamedBefore(r: Resolved, tokens: Token[], sentences: Sentence[], builder: ActorBuilder): Entity[] {
  const document = rootOf(r.entity);
  if (!document?.head) return [];
  for (let s = r.draft.sentence; s >= 0 && s >= r.draft.sentence - ISSUER_SENTENCES; s--) {
    const sentence = sentences[s];
    for (let k = sentence.last - 1; k >= sentence.first; k--) {
      if (tokens[k].lower !== document.head || (tokens[k + 1].lower !== 'from' && tokens[k + 1].lower !== 'by')) continue;
      const named = (builder.named[s] ?? []).find((n) => n.first > k + 1 && n.first <= k + 3);
      if (named) return [named.entity];
    }
  }
  return [];
}

/** The first token of sentence `s` at or after character `at`. */
function tokenAt(tokens: Token[], s: Sentence, at: number): number {
  for (let k = s.first; k <= s.last; k++) if (tokens[k].start >= at) return k;
  return s.last + 1;
}
