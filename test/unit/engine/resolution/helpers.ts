/**
 * Shared by the resolution tests: hand-built entities for the passes that work on clusters alone, the name chunks
 * of a text as analyze() finds them, and look-ups into an analysis. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import type { Entity } from '../../../../src/engine/actors';
import type { Actor, Analysis, Claim } from '../../../../src/engine/types';
import { findNames, NameChunk } from '../../../../src/engine/names';
import { tokenize, Token } from '../../../../src/engine/tokens';
import { findQuotes } from '../../../../src/engine/quotes';
import { buildSentences, markQuotedTokens, Sentence } from '../../../../src/engine/units';

/**
 * An entity as ActorBuilder makes one. A proper entity lists `name` among its forms; a description (proper: false)
 * lists it, lowercased, among its descriptions, and by default has the last word as its head noun.
 */
export function entity(name: string, fields: Partial<Entity> = {}): Entity {
  const proper = fields.proper ?? true;
  const mentions = fields.mentions ?? [[0, name.length]];
  return {
    key: `${proper ? 'test' : 'description'}:${name.toLowerCase()}`,
    kind: 'unknown',
    name,
    forms: proper ? [name] : [],
    described: proper ? [] : [name.toLowerCase()],
    proper,
    head: proper ? null : name.toLowerCase().split(' ').pop()!,
    definite: false,
    mergedInto: null,
    role: null,
    gender: undefined,
    titled: false,
    capitalWhereWritten: false,
    firstMention: mentions.length > 0 ? mentions[0][0] : 0,
    ...fields,
    mentions,
  };
}

/** A proper entity mentioned once at `at`. */
export function named(name: string, kind: Entity['kind'], at: number, fields: Partial<Entity> = {}): Entity {
  return entity(name, { kind, mentions: [[at, at + name.length]], firstMention: at, ...fields });
}

/** A description ("chief", "department") mentioned once at `at`. */
export function described(text: string, kind: Entity['kind'], at: number, fields: Partial<Entity> = {}): Entity {
  return entity(text, { proper: false, kind, mentions: [[at, at + text.length]], firstMention: at, ...fields });
}

/** The tokens and quote-aware sentences of a text, as analyze() reads them. */
export function read(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const { tokens, sentences: rawSentences } = tokenize(text);
  const quotes = findQuotes(text);
  markQuotedTokens(tokens, quotes);
  return { tokens, sentences: buildSentences(text, tokens, rawSentences, quotes) };
}

/** The name chunks findNames() gives for every sentence of a text. */
export function nameChunks(text: string): NameChunk[] {
  const { tokens, sentences } = read(text);
  return sentences.flatMap((s) => findNames(tokens, s.first, s.last));
}

/** The analysis's actors as a failure message lists them: "Ana Ruiz (person), Riverton (place)". */
export function actorList(a: Analysis): string {
  return a.actors.map((x) => `${x.name} (${x.kind})`).join(', ');
}

export function actorCalled(a: Analysis, name: string): Actor {
  const actor = a.actors.find((x) => x.name === name);
  assert.ok(actor, `no actor “${name}”; actors: ${actorList(a)}`);
  return actor;
}

export function claimHolding(a: Analysis, fragment: string): Claim {
  const claim = a.claims.find((c) => c.content.text.includes(fragment));
  assert.ok(claim, `no claim holds “${fragment}”; claims: ${a.claims.map((c) => c.content.text).join(' | ')}`);
  return claim;
}

/** The canonical name of the actor that speaks the claim holding `fragment`, or null when nobody does. */
export function speakerOf(a: Analysis, fragment: string): string | null {
  const claim = claimHolding(a, fragment);
  if (claim.actor === null) return null;
  const actor = a.actors.find((x) => x.id === claim.actor);
  assert.ok(actor, `claim ${claim.id} names actor ${claim.actor}, which is not listed`);
  return actor.name;
}

/** The mention texts of an actor, in order. */
export function mentionTexts(actor: Actor): string[] {
  return actor.mentions.map((m) => m.text);
}
