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

/** Longest claim text repeated in an aria-label before it is cut with an ellipsis. */
const ariaContentLimit = 240;

export interface RenderedArticle {
  bodyHtml: string;
  legendHtml: string;
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
  return `Claim by ${speakerName(palette, claim)}: ${shown}`;
}

/** Opening tag of one run of a claim; only the claim's first run is focusable and labelled. */
function claimOpenTag(text: string, palette: SpeakerPalette, claim: Claim, isHead: boolean): string {
  const classes = `claim kind-${escapeHtml(claim.kind)} ${palette.slotClass(claim.actor)}${isHead ? ' claim-head' : ''}`;
  const head = isHead ? ` tabindex="0" role="button" aria-label="${escapeHtml(ariaLabel(text, palette, claim))}"` : '';
  return `<span class="${classes}" data-claim-id="${escapeHtml(claim.id)}"${head}>`;
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

/** One row per speaking actor in palette order (named first), then the unknown speaker's claims. */
function renderLegend(palette: SpeakerPalette): string {
  const items = palette.speakers.map(({ actor, claimCount }) =>
    legendItem({ slotClass: palette.slotClass(actor.id), name: actor.name, role: actor.role, claimCount, actor }));
  if (palette.unattributedCount > 0) {
    items.push(legendItem({ slotClass: palette.slotClass(null), name: 'Unknown speaker', role: null, claimCount: palette.unattributedCount }));
  }
  if (items.length === 0) return '<p class="legend-empty">No attributed claims found.</p>';
  return `<ul class="legend" aria-label="Speakers">${items.join('')}</ul>`;
}

function buildCards(text: string, analysis: Analysis, palette: SpeakerPalette): ClaimCardData[] {
  return analysis.claims.map((claim) => {
    const actor = palette.actorById(claim.actor);
    const cue = claim.cue ? text.slice(claim.cue.start, claim.cue.end) || claim.cue.text : null;
    return {
      claimId: claim.id,
      // Plain text, as the editor hover presents it: an unnamed source is never passed off as a name.
      speaker: actor ? (actor.named ? actor.name : `Unnamed source: ${actor.name}`) : 'Unknown speaker',
      role: actor?.role ?? null,
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
    legendHtml: renderLegend(palette),
    actorCount: palette.speakers.length,
    cards: buildCards(text, analysis, palette),
  };
}
