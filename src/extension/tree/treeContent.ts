/**
 * What the Actors tree shows, decided without vscode so it is unit-tested: which actors come first,
 * the labels, descriptions, tooltips (markdown text) and screen-reader labels of actors and claims.
 */
import type { Actor, Analysis, Claim } from '../../engine/types';
import { claimsBy, findActor } from '../analysisLookup';
import { claimSpeakerHeading, confidencePercent, KIND_LABELS } from '../hover/hoverContent';
import { escapeMarkdown } from '../markdownEscape';

export interface SpeakerEntry {
  actor: Actor;
  claims: Claim[];
}

export interface ActorsTreeModel {
  /** Actors with claims whose sourcing is named: most such claims first, ties in order of first mention. */
  speakers: SpeakerEntry[];
  /** Named actors the text mentions who say nothing, in order of first mention. */
  mentionedOnly: Actor[];
  /**
   * Unnamed sources, listed after every named actor so a reader sees who is on the record first: each actor with its
   * claims whose sourcing is unnamed ("officials", or "county officials" speaking for a named county), ordered as
   * above, then the actors the text never names who say nothing.
   */
  unnamed: SpeakerEntry[];
  /** Claims with a source phrase the engine could not resolve to an actor. */
  unattributed: Claim[];
  /** Claims the article gives no source for ("reportedly", "is said to"). */
  unsourced: Claim[];
}

function firstOffset(actor: Actor, claims: Claim[]): number {
  return Math.min(actor.mentions[0]?.start ?? Infinity, claims[0]?.content.start ?? Infinity);
}

export function buildActorsTreeModel(analysis: Analysis): ActorsTreeModel {
  const byFirstMention = (a: SpeakerEntry, b: SpeakerEntry) => firstOffset(a.actor, a.claims) - firstOffset(b.actor, b.claims);
  const byClaims = (a: SpeakerEntry, b: SpeakerEntry) => b.claims.length - a.claims.length || byFirstMention(a, b);
  const onRecord: SpeakerEntry[] = [];
  const offRecord: SpeakerEntry[] = [];
  const silent: SpeakerEntry[] = [];
  for (const actor of analysis.actors) {
    const claims = claimsBy(analysis, actor.id);
    const named = claims.filter((claim) => claim.sourcing !== 'unnamed');
    const unnamed = claims.filter((claim) => claim.sourcing === 'unnamed');
    if (named.length > 0) onRecord.push({ actor, claims: named });
    if (unnamed.length > 0) offRecord.push({ actor, claims: unnamed });
    if (claims.length === 0) silent.push({ actor, claims });
  }
  silent.sort(byFirstMention);
  const orphans = analysis.claims.filter((claim) => findActor(analysis, claim.actor) === undefined);
  return {
    speakers: onRecord.sort(byClaims),
    mentionedOnly: silent.filter((entry) => entry.actor.named).map((entry) => entry.actor),
    unnamed: [...offRecord.sort(byClaims), ...silent.filter((entry) => !entry.actor.named)],
    unattributed: orphans.filter((claim) => claim.sourcing !== 'none'),
    unsourced: orphans.filter((claim) => claim.sourcing === 'none'),
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

/**
 * "Kremlin spokesperson · 9 claims": the role as the description, with the claim count as a badge; "through
 * unnamed people · 2 claims" for a named body's claims that its unidentified people make.
 */
export function actorDescription(actor: Actor, claimCount: number, throughUnnamed = false): string {
  const count = claimCount > 0 ? countLabel(claimCount, 'claim') : 'no claims';
  const what = throughUnnamed ? 'through unnamed people' : actor.role ? collapse(actor.role) : '';
  return what ? `${what} · ${count}` : count;
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
  const speaker = claimSpeakerHeading(claim, actor);
  const cue = claim.cue ? ` · “${escapeMarkdown(claim.cue.text)}”` : '';
  return [
    speaker,
    `*${KIND_LABELS[claim.kind]}*${cue} · confidence ${confidencePercent(claim.confidence)}`,
    escapeMarkdown(claim.content.text),
  ].join('\n\n');
}

export function claimAccessibilityLabel(claim: Claim, actor: Actor | undefined): string {
  const text = collapse(claim.content.text);
  const shown = text.length > 240 ? `${text.slice(0, 240)} …` : text;
  if (claim.sourcing === 'none') return `${KIND_LABELS[claim.kind]} with no source given: ${shown}`;
  const unnamed = claim.sourcing === 'unnamed' ? 'an unnamed source, ' : '';
  return `${KIND_LABELS[claim.kind]} by ${unnamed}${actor ? collapse(actor.name) : 'no speaker found'}: ${shown}`;
}
