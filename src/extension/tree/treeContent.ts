/**
 * What the Actors tree shows, decided without vscode so it is unit-tested: which actors come first,
 * the labels, descriptions, tooltips (markdown text) and screen-reader labels of actors and claims.
 */
import type { Actor, Analysis, Claim } from '../../engine/types';
import { claimsBy, findActor } from '../analysisLookup';
import { confidencePercent, KIND_LABELS } from '../hover/hoverContent';
import { escapeMarkdown } from '../markdownEscape';

export interface SpeakerEntry {
  actor: Actor;
  claims: Claim[];
}

export interface ActorsTreeModel {
  /** Actors with claims: most claims first, ties in order of first mention. */
  speakers: SpeakerEntry[];
  /** Actors the text mentions who say nothing, in order of first mention. */
  mentionedOnly: Actor[];
  /** Claims the engine found no speaker for. */
  unattributed: Claim[];
}

function firstOffset(actor: Actor, claims: Claim[]): number {
  return Math.min(actor.mentions[0]?.start ?? Infinity, claims[0]?.content.start ?? Infinity);
}

export function buildActorsTreeModel(analysis: Analysis): ActorsTreeModel {
  const entries = analysis.actors.map((actor) => ({ actor, claims: claimsBy(analysis, actor.id) }));
  const byFirstMention = (a: SpeakerEntry, b: SpeakerEntry) => firstOffset(a.actor, a.claims) - firstOffset(b.actor, b.claims);
  const speakers = entries.filter((entry) => entry.claims.length > 0)
    .sort((a, b) => b.claims.length - a.claims.length || byFirstMention(a, b));
  const mentionedOnly = entries.filter((entry) => entry.claims.length === 0).sort(byFirstMention).map((entry) => entry.actor);
  const unattributed = analysis.claims.filter((claim) => findActor(analysis, claim.actor) === undefined);
  return { speakers, mentionedOnly, unattributed };
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

export function actorAccessibilityLabel(actor: Actor, claimCount: number): string {
  return [collapse(actor.name), actor.role ? collapse(actor.role) : actor.kind, claimCount > 0 ? countLabel(claimCount, 'claim') : 'no claims'].join(', ');
}

/** The cue as the claim's description: how it was said ("stated", "according to"). */
export function claimDescription(claim: Claim): string {
  return claim.cue ? collapse(claim.cue.text) : '';
}

/** The whole claim, who said it and how sure the engine is. */
export function claimTooltipMarkdown(claim: Claim, actor: Actor | undefined): string {
  const speaker = actor ? `**${escapeMarkdown(actor.name)}**${actor.role ? ` — ${escapeMarkdown(actor.role)}` : ''}` : '**Unattributed**';
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
