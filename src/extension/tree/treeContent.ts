/**
 * What the Actors tree shows, decided without vscode so it is unit-tested: which actors come first,
 * the labels, descriptions, tooltips (markdown text) and screen-reader labels of actors and claims.
 */
import type { Actor, Analysis, Claim } from '../../engine/types';
import { claimsBy, findActor } from '../analysisLookup';
import { actorHeading, confidencePercent, KIND_LABELS } from '../hover/hoverContent';
import { escapeMarkdown } from '../markdownEscape';

export interface SpeakerEntry {
  actor: Actor;
  claims: Claim[];
}

export interface ActorsTreeModel {
  /** Named actors with claims: most claims first, ties in order of first mention. */
  speakers: SpeakerEntry[];
  /** Named actors the text mentions who say nothing, in order of first mention. */
  mentionedOnly: Actor[];
  /**
   * Actors the text never names ("a neighbor", "officials"), listed after every named actor so a
   * reader sees who is on the record first: speakers ordered as above, then the silent ones.
   */
  unnamed: SpeakerEntry[];
  /** Claims the engine found no speaker for. */
  unattributed: Claim[];
}

function firstOffset(actor: Actor, claims: Claim[]): number {
  return Math.min(actor.mentions[0]?.start ?? Infinity, claims[0]?.content.start ?? Infinity);
}

export function buildActorsTreeModel(analysis: Analysis): ActorsTreeModel {
  const entries = analysis.actors.map((actor) => ({ actor, claims: claimsBy(analysis, actor.id) }));
  const byFirstMention = (a: SpeakerEntry, b: SpeakerEntry) => firstOffset(a.actor, a.claims) - firstOffset(b.actor, b.claims);
  const speaking = entries.filter((entry) => entry.claims.length > 0)
    .sort((a, b) => b.claims.length - a.claims.length || byFirstMention(a, b));
  const silent = entries.filter((entry) => entry.claims.length === 0).sort(byFirstMention);
  const isNamed = (entry: SpeakerEntry) => entry.actor.named;
  return {
    speakers: speaking.filter(isNamed),
    mentionedOnly: silent.filter(isNamed).map((entry) => entry.actor),
    unnamed: [...speaking, ...silent].filter((entry) => !isNamed(entry)),
    unattributed: analysis.claims.filter((claim) => findActor(analysis, claim.actor) === undefined),
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The opening words of the claim, as it reads in the text (quote marks included), with … if cut. */
export function claimLabel(claim: Claim, maxWords = 8): string {
  const words = collapse(claim.content.text).split(' ');
  return words.length <= maxWords ? words.join(' ') : `${words.slice(0, maxWords).join(' ')} …`;
}

export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Kremlin spokesperson · 9 claims": the role as the description, with the claim count as a badge. */
export function actorDescription(actor: Actor, claimCount: number): string {
  const count = claimCount > 0 ? countLabel(claimCount, 'claim') : 'no claims';
  return actor.role ? `${collapse(actor.role)} · ${count}` : count;
}

/** "Ana Ruiz, mayor, 2 claims"; an unnamed actor says so, as its group heading does for sighted readers. */
export function actorAccessibilityLabel(actor: Actor, claimCount: number): string {
  const unnamed = actor.named ? [] : ['not named in the article'];
  return [collapse(actor.name), actor.role ? collapse(actor.role) : actor.kind, ...unnamed, claimCount > 0 ? countLabel(claimCount, 'claim') : 'no claims'].join(', ');
}

/** The cue as the claim's description: how it was said ("stated", "according to"). */
export function claimDescription(claim: Claim): string {
  return claim.cue ? collapse(claim.cue.text) : '';
}

/** The whole claim, who said it and how sure the engine is. */
export function claimTooltipMarkdown(claim: Claim, actor: Actor | undefined): string {
  const speaker = actor ? actorHeading(actor) : '**Unattributed**';
  const cue = claim.cue ? ` · “${escapeMarkdown(claim.cue.text)}”` : '';
  return [
    speaker,
    `*${KIND_LABELS[claim.kind]}*${cue} · confidence ${confidencePercent(claim.confidence)}`,
    escapeMarkdown(claim.content.text),
  ].join('\n\n');
}

export function claimAccessibilityLabel(claim: Claim, actor: Actor | undefined): string {
  const who = actor ? collapse(actor.name) : 'no speaker found';
  const text = collapse(claim.content.text);
  const shown = text.length > 240 ? `${text.slice(0, 240)} …` : text;
  return `${KIND_LABELS[claim.kind]} by ${who}: ${shown}`;
}
