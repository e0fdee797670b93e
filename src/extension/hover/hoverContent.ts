/**
 * What a hover says, as markdown text: a claim card (who, how, how sure, why, and links to the other
 * views) or an actor card. Pure (no vscode), so the wording and the escaping are unit-tested; the
 * provider only wraps the string in a MarkdownString.
 */
import type { Actor, Analysis, Claim, ClaimKind, Span } from '../../engine/types';
import { claimAt, claimsBy, claimWithCueAt, findActor, mentionAt } from '../analysisLookup';
import { commandUri, type ClaimRef } from '../claimRef';
import { escapeMarkdown } from '../markdownEscape';
import { claimSpeakerParts } from '../claimSpeaker';

/** The only commands hover links may run (MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS = ['attributionLens.showInActors', 'attributionLens.showInReadingView'] as const;

export const KIND_LABELS: Record<ClaimKind, string> = {
  direct: 'direct quote',
  mixed: 'mixed (partly quoted)',
  indirect: 'indirect (paraphrase)',
};

export type HoverTarget =
  | { type: 'claim'; claim: Claim; actor: Actor | undefined; span: Span }
  | { type: 'actor'; actor: Actor; span: Span };

/**
 * What the offset is over. Inside a claim's content the claim wins (a name quoted inside it is part of
 * what was said); outside, a mention of an actor (the source "Mr. Peskov", a pronoun) gives the actor's
 * card, and the reporting cue ("stated") gives its claim.
 */
export function hoverTargetAt(analysis: Analysis, offset: number): HoverTarget | undefined {
  const claim = claimAt(analysis, offset);
  if (claim) return { type: 'claim', claim, actor: findActor(analysis, claim.actor), span: claim.content };
  const mention = mentionAt(analysis, offset);
  if (mention) return { type: 'actor', actor: mention.actor, span: mention.mention };
  const cued = claimWithCueAt(analysis, offset);
  if (cued?.cue) return { type: 'claim', claim: cued, actor: findActor(analysis, cued.actor), span: cued.cue };
  return undefined;
}

/**
 * "**Name** — role", the heading both cards share. An actor the text never names gets its
 * description presented as such ("Unnamed source: **neighbors**"), so a reader never takes "a
 * senior official" for a name; "source" only when it says something, since a silent one is none.
 */
export function actorHeading(actor: Actor, speaks = true): string {
  const role = actor.role ? ` — ${escapeMarkdown(actor.role)}` : '';
  const heading = `**${escapeMarkdown(actor.name)}**${role}`;
  return actor.named ? heading : `Unnamed ${speaks ? 'source' : 'actor'}: ${heading}`;
}

/**
 * "Also called: “Ruiz”, “the mayor”" from the engine's aliases (the other name forms, pronouns
 * excluded), capped so a long article cannot make the card scroll; '' when there are none.
 */
export function aliasesMarkdown(actor: Actor, limit = 8): string {
  const aliases = actor.aliases.map((alias) => alias.replace(/\s+/g, ' ').trim()).filter((alias) => alias !== '');
  if (aliases.length === 0) return '';
  const shown = aliases.slice(0, limit).map((alias) => `“${escapeMarkdown(alias)}”`);
  return `Also called: ${shown.join(', ')}${aliases.length > limit ? ', …' : ''}`;
}

export function confidencePercent(confidence: number): string {
  const clamped = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0;
  return `${Math.round(clamped * 100)}%`;
}

/**
 * The speaker line of a claim card, by the claim's sourcing (see claimSpeaker.ts): "**No source given** — …",
 * "Unnamed source: **county officials** — for Riverton County", or the actor's name and role.
 */
export function claimSpeakerHeading(claim: Claim, actor: Actor | undefined): string {
  const { prefix, name, role, note } = claimSpeakerParts(claim, actor);
  const details = [role, note].filter((part): part is string => !!part).map((part) => ` — ${escapeMarkdown(part)}`).join('');
  return `${prefix}**${escapeMarkdown(name)}**${details}`;
}

export function claimHoverMarkdown(claim: Claim, actor: Actor | undefined, documentUri: string): string {
  const ref: ClaimRef = { uri: documentUri, claimId: claim.id };
  const speaker = claimSpeakerHeading(claim, actor);
  const aliases = actor ? aliasesMarkdown(actor) : '';
  const cue = claim.cue ? ` · cue “${escapeMarkdown(claim.cue.text)}”` : '';
  const facts = `*${KIND_LABELS[claim.kind]}*${cue} · confidence ${confidencePercent(claim.confidence)}`;
  const evidence = claim.evidence ? `Evidence: ${escapeMarkdown(claim.evidence)}` : '';
  const links = [
    `[Show in Actors](${commandUri(HOVER_COMMANDS[0], [ref])} "Reveal this claim in the Actors view")`,
    `[Show in Reading View](${commandUri(HOVER_COMMANDS[1], [ref])} "Open the reading view at this claim")`,
  ].join(' · ');
  return [speaker, aliases, facts, evidence, links].filter((part) => part !== '').join('\n\n');
}

function plural(count: number, noun: string): string {
  return count === 0 ? `no ${noun}s` : `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function actorCardMarkdown(analysis: Analysis, actor: Actor): string {
  const claimCount = claimsBy(analysis, actor.id).length;
  const facts = `*${actor.kind}* · ${plural(claimCount, 'claim')} · ${plural(actor.mentions.length, 'mention')}`;
  return [actorHeading(actor, claimCount > 0), facts, aliasesMarkdown(actor)].filter((part) => part !== '').join('\n\n');
}

export function hoverMarkdown(analysis: Analysis, target: HoverTarget, documentUri: string): string {
  return target.type === 'claim'
    ? claimHoverMarkdown(target.claim, target.actor, documentUri)
    : actorCardMarkdown(analysis, target.actor);
}
