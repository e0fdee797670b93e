/**
 * The reading view's renderer: article text + analysis → escaped HTML for the body and the legend,
 * plus the hover-card data. Pure (no `vscode`, no DOM), so it is unit-tested directly, and every
 * string taken from the article (text, names, roles, evidence) goes through escapeHtml.
 */
import type { Actor, Analysis, Claim } from '../../engine/types';
import { splitIntoBlocks } from './articleBlocks';
import { layoutClaims, type Piece } from './claimLayout';
import { escapeHtml } from './escapeHtml';
import type { ClaimCardData } from './protocol';
import { buildSpeakerPalette, type SpeakerPalette } from './speakerPalette';
import { claimSpeakerParts } from '../claimSpeaker';
import { renderBalance } from './balanceHtml';

/** Longest claim text repeated in an aria-label before it is cut with an ellipsis. */
const ariaContentLimit = 240;

export interface RenderedArticle {
  bodyHtml: string;
  legendHtml: string;
  /** The collapsible "Source balance" section (balanceHtml.ts). */
  balanceHtml: string;
  /** Actors listed in the legend (speakers; the "unknown speaker" row is not an actor). */
  actorCount: number;
  cards: ClaimCardData[];
}

function speakerName(palette: SpeakerPalette, claim: Claim): string {
  return palette.actorById(claim.actor)?.name ?? 'unknown speaker';
}

function ariaLabel(text: string, palette: SpeakerPalette, claim: Claim): string {
  const content = text.slice(claim.content.start, claim.content.end).replace(/\s+/g, ' ').trim();
  const shown = content.length > ariaContentLimit ? `${content.slice(0, ariaContentLimit - 1)}…` : content;
  if (claim.sourcing === 'none') return `Claim with no source given: ${shown}`;
  return `Claim by ${claim.sourcing === 'unnamed' ? 'an unnamed source, ' : ''}${speakerName(palette, claim)}: ${shown}`;
}

/** "sourcing-unnamed" or "sourcing-none": the stylesheet marks claims resting on sources a reader cannot check. */
function sourcingClass(claim: Claim): string {
  return claim.sourcing === 'unnamed' || claim.sourcing === 'none' ? ` sourcing-${claim.sourcing}` : '';
}

/**
 * Opening tag of one run of a claim; only the claim's first run is focusable and labelled. Every run carries its
 * actor's id, so the balance chart can filter the highlights to one speaker.
 */
function claimOpenTag(text: string, palette: SpeakerPalette, claim: Claim, isHead: boolean): string {
  const classes = `claim kind-${escapeHtml(claim.kind)} ${palette.slotClass(claim.actor)}${sourcingClass(claim)}${isHead ? ' claim-head' : ''}`;
  const head = isHead ? ` tabindex="0" role="button" aria-label="${escapeHtml(ariaLabel(text, palette, claim))}"` : '';
  const actor = palette.actorById(claim.actor) ? ` data-actor-id="${escapeHtml(claim.actor!)}"` : '';
  return `<span class="${classes}" data-claim-id="${escapeHtml(claim.id)}"${actor}${head}>`;
}

function speakerLabel(palette: SpeakerPalette, claim: Claim): string {
  const actor = palette.actorById(claim.actor);
  if (!actor) return '';
  // aria-hidden: the claim's aria-label already names the speaker.
  return `<span class="speaker-label ${palette.slotClass(claim.actor)}" aria-hidden="true">${escapeHtml(actor.name)}</span>`;
}

function renderPieces(text: string, palette: SpeakerPalette, pieces: readonly Piece[], headsSeen: Set<string>): string {
  let html = '';
  let openOwner: Claim | null = null;
  for (const piece of pieces) {
    if (piece.owner !== openOwner) {
      if (openOwner) html += '</span>';
      if (piece.owner) {
        const isHead = !headsSeen.has(piece.owner.id);
        headsSeen.add(piece.owner.id);
        html += claimOpenTag(text, palette, piece.owner, isHead);
      }
      openOwner = piece.owner;
    }
    const escaped = escapeHtml(text.slice(piece.start, piece.end));
    html += piece.inQuote ? `<span class="quote">${escaped}</span>` : escaped;
    if (piece.labelsAfter.length > 0) {
      // Labels sit outside the claim's run, so its underline and click target stay on the words;
      // any rest of the claim reopens as a continuation run.
      if (openOwner) html += '</span>';
      openOwner = null;
      for (const claim of piece.labelsAfter) html += speakerLabel(palette, claim);
    }
  }
  if (openOwner) html += '</span>';
  return html;
}

function renderBody(text: string, analysis: Analysis, palette: SpeakerPalette): string {
  const blocks = splitIntoBlocks(text);
  if (blocks.length === 0) return '<p class="empty-note">This article is empty.</p>';
  const headsSeen = new Set<string>();
  return layoutClaims(text.length, blocks, analysis.claims)
    .map(({ block, pieces }) =>
      `<p class="code-line" data-line="${block.line}">${renderPieces(text, palette, pieces, headsSeen)}</p>`)
    .join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

interface LegendEntry {
  slotClass: string;
  name: string;
  role: string | null;
  claimCount: number;
  /** Absent for the "Unknown speaker" row, which is no actor. */
  actor?: Actor;
}

/**
 * The entry's tooltip (a title attribute: the CSP forbids inline script, not attributes): whether the
 * text names the actor and what else it calls them. '' when there is nothing to add to the row.
 */
export function legendTitle(actor: Actor): string {
  const aliases = actor.aliases.map((alias) => alias.replace(/\s+/g, ' ').trim()).filter((alias) => alias !== '');
  const parts = actor.named ? [] : ['Unnamed source'];
  if (aliases.length > 0) parts.push(`${actor.named ? 'Also' : 'also'} called: ${aliases.join(', ')}`);
  return parts.join(' · ');
}

function legendItem({ slotClass, name, role, claimCount, actor }: LegendEntry): string {
  const roleHtml = role ? `<span class="legend-role">${escapeHtml(role)}</span>` : '';
  const title = actor ? legendTitle(actor) : '';
  const attributes = (actor ? ` data-actor-id="${escapeHtml(actor.id)}"` : '') + (title ? ` title="${escapeHtml(title)}"` : '');
  // An unnamed source says so in the row itself too: a title is invisible until hovered.
  const unnamed = actor && !actor.named;
  const unnamedHtml = unnamed ? '<span class="legend-unnamed-note">unnamed</span>' : '';
  return `<li class="legend-item${unnamed ? ' legend-unnamed' : ''}"${attributes}><span class="swatch ${slotClass}" aria-hidden="true"></span>` +
    `<span class="legend-name">${escapeHtml(name)}</span>${unnamedHtml}${roleHtml}` +
    `<span class="legend-count">${plural(claimCount, 'claim')}</span></li>`;
}

/** A legend row for a sourcing style: a sample of the mark, what it means, and how many claims have it. */
function sourcingItem(sourcing: 'unnamed' | 'none', label: string, explanation: string, claimCount: number): string {
  return `<li class="legend-sourcing-item" data-sourcing="${sourcing}" title="${escapeHtml(explanation)}">`
    + `<span class="claim sourcing-${sourcing} slot-none legend-sample" aria-hidden="true">abc</span>`
    + `<span class="legend-name">${escapeHtml(label)}</span><span class="legend-count">${plural(claimCount, 'claim')}</span></li>`;
}

/**
 * One row per speaking actor in palette order (named first), then the unknown speaker's claims; below, one entry per
 * sourcing style the article uses (unnamed source, no source) with its claim count, so the marks explain themselves.
 */
function renderLegend(palette: SpeakerPalette, analysis: Analysis): string {
  const items = palette.speakers.map(({ actor, claimCount }) =>
    legendItem({ slotClass: palette.slotClass(actor.id), name: actor.name, role: actor.role, claimCount, actor }));
  const unsourced = analysis.claims.filter((claim) => claim.sourcing === 'none').length;
  const unknown = palette.unattributedCount - analysis.claims.filter((claim) => claim.sourcing === 'none' && palette.actorById(claim.actor) === undefined).length;
  if (unknown > 0) {
    items.push(legendItem({ slotClass: palette.slotClass(null), name: 'Unknown speaker', role: null, claimCount: unknown }));
  }
  if (items.length === 0 && unsourced === 0) return '<p class="legend-empty">No attributed claims found.</p>';
  const unnamed = analysis.claims.filter((claim) => claim.sourcing === 'unnamed').length;
  // A style the article does not use explains nothing: only the marks in the text get an entry.
  const sourcing = [
    unnamed > 0 ? sourcingItem('unnamed', 'Unnamed source', 'Hatched: people or a body the article does not identify ("officials", "a person familiar with the talks")', unnamed) : '',
    unsourced > 0 ? sourcingItem('none', 'No source', 'Double underline: the article names no source at all ("reportedly", "is said to")', unsourced) : '',
  ].filter(Boolean);
  const speakers = items.length > 0 ? `<ul class="legend" aria-label="Speakers">${items.join('')}</ul>` : '';
  return sourcing.length > 0 ? `${speakers}<ul class="legend legend-sourcing" aria-label="Sourcing">${sourcing.join('')}</ul>` : speakers;
}

function cardSpeaker(claim: Claim, actor: Actor | undefined): string {
  const { prefix, name, note } = claimSpeakerParts(claim, actor);
  if (!actor && claim.sourcing !== 'none' && claim.sourcing !== 'unnamed') return 'Unknown speaker';
  return `${prefix}${name}${note && claim.sourcing !== 'none' ? ` — ${note}` : ''}`;
}

function buildCards(text: string, analysis: Analysis, palette: SpeakerPalette): ClaimCardData[] {
  return analysis.claims.map((claim) => {
    const actor = palette.actorById(claim.actor);
    const cue = claim.cue ? text.slice(claim.cue.start, claim.cue.end) || claim.cue.text : null;
    return {
      claimId: claim.id,
      // Plain text, as the editor hover presents it: an unnamed source is never passed off as a name.
      speaker: cardSpeaker(claim, actor),
      role: claim.sourcing === 'none' ? null : actor?.role ?? null,
      aliases: actor?.aliases ?? [],
      cue,
      kind: claim.kind,
      confidence: claim.confidence,
      evidence: claim.evidence,
    };
  });
}

/** The article as paragraphs with every claim marked; see claimLayout for the overlap rules. */
export function renderArticleBody(text: string, analysis: Analysis): string {
  return renderBody(text, analysis, buildSpeakerPalette(analysis));
}

export function renderArticle(text: string, analysis: Analysis): RenderedArticle {
  const palette = buildSpeakerPalette(analysis);
  return {
    bodyHtml: renderBody(text, analysis, palette),
    legendHtml: renderLegend(palette, analysis),
    balanceHtml: renderBalance(analysis, palette),
    actorCount: palette.speakers.length,
    cards: buildCards(text, analysis, palette),
  };
}
