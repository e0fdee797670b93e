/**
 * The reading view's "Source balance" section (issue 7) as escaped HTML: a collapsible <details> holding an SVG bar
 * chart with one row per speaking actor (words quoted, words paraphrased, claims), two share bars (by sourcing and
 * by speaker kind), and the same figures as tables for screen readers. Plain SVG, coloured only by the stylesheet's
 * theme variables; sizes are SVG attributes, never inline styles, so the strict CSP holds. Each actor's bar is a
 * focusable button (data-actor-id) that the webview turns into a highlight filter. Pure: no vscode, no DOM.
 */
import { percent, sourceBalance, type ActorBalance, type Share } from '../../engine/balance';
import type { Analysis } from '../../engine/types';
import { escapeHtml } from './escapeHtml';
import type { SpeakerPalette } from './speakerPalette';

/** Chart geometry in SVG user units; the viewBox scales it to the view's width. */
const LABEL_WIDTH = 190;
const BAR_WIDTH = 330;
const COUNT_WIDTH = 110;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const CHART_WIDTH = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH;
/** Longest name drawn beside a bar; the table and the bar's label carry the full name. */
const NAME_LIMIT = 26;

export const SOURCING_LABELS: Record<string, string> = { named: 'Named', unnamed: 'Unnamed source', none: 'No source' };
export const KIND_LABELS: Record<string, string> = { person: 'Person', organization: 'Organization', group: 'Group', place: 'Place', none: 'No speaker' };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const shortName = (name: string) => {
  const flat = name.replace(/\s+/g, ' ').trim();
  return flat.length > NAME_LIMIT ? `${flat.slice(0, NAME_LIMIT - 1)}…` : flat;
};

function barLabel(row: ActorBalance): string {
  const who = row.named ? row.name : `${row.name} (unnamed)`;
  return `${who}: ${plural(row.quotedWords, 'word')} quoted, ${plural(row.paraphrasedWords, 'word')} paraphrased, ${plural(row.claims, 'claim')}. `
    + 'Press to show only these claims.';
}

function actorRow(row: ActorBalance, index: number, scale: number, slotClass: string): string {
  const y = index * ROW_HEIGHT;
  const quoted = Math.round(row.quotedWords * scale);
  const paraphrased = Math.round(row.paraphrasedWords * scale);
  const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const textY = y + ROW_HEIGHT / 2 + 4;
  return `<g class="balance-bar ${slotClass}${row.named ? '' : ' balance-unnamed'}" data-actor-id="${escapeHtml(row.actorId)}" tabindex="0" role="button" aria-pressed="false" aria-label="${escapeHtml(barLabel(row))}">`
    + `<rect class="bar-hit" x="0" y="${y}" width="${CHART_WIDTH}" height="${ROW_HEIGHT}"></rect>`
    + `<text class="bar-name" x="${LABEL_WIDTH - 8}" y="${textY}" text-anchor="end">${escapeHtml(shortName(row.name))}</text>`
    + `<rect class="bar-quoted" x="${LABEL_WIDTH}" y="${barY}" width="${quoted}" height="${BAR_HEIGHT}"></rect>`
    + `<rect class="bar-paraphrased" x="${LABEL_WIDTH + quoted}" y="${barY}" width="${paraphrased}" height="${BAR_HEIGHT}"></rect>`
    + `<text class="bar-count" x="${LABEL_WIDTH + quoted + paraphrased + 6}" y="${textY}">${plural(row.claims, 'claim')}</text>`
    + '</g>';
}

/** One 100% bar split by share, each part labelled in the text beside it (colour is never the only cue). */
function shareBar<K extends string>(title: string, shares: Array<Share<K>>, labels: Record<string, string>, classPrefix: string): string {
  let x = 0;
  const parts = shares.filter((s) => s.claims > 0).map((s) => {
    const width = Math.round(s.share * BAR_WIDTH);
    const rect = `<rect class="${classPrefix}-${escapeHtml(s.key)}" x="${LABEL_WIDTH + x}" y="4" width="${width}" height="${BAR_HEIGHT}"></rect>`;
    x += width;
    return rect;
  }).join('');
  const legend = shares.filter((s) => s.claims > 0).map((s) => `${labels[s.key]} ${percent(s.share)}`).join(' · ');
  return `<svg class="share-chart" width="100%" viewBox="0 0 ${CHART_WIDTH} ${BAR_HEIGHT + 8}" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">`
    + `<text class="bar-name" x="${LABEL_WIDTH - 8}" y="${BAR_HEIGHT}" text-anchor="end">${escapeHtml(title)}</text>${parts}</svg>`
    + `<p class="share-legend" aria-hidden="true">${escapeHtml(legend)}</p>`;
}

function actorTable(rows: ActorBalance[]): string {
  const body = rows.map((row) => `<tr><th scope="row">${escapeHtml(row.name)}${row.named ? '' : ' (unnamed)'}</th>`
    + `<td>${row.quotedWords}</td><td>${row.paraphrasedWords}</td><td>${row.claims}</td></tr>`).join('');
  return '<table class="balance-table"><caption>Words and claims per speaker</caption>'
    + '<thead><tr><th scope="col">Speaker</th><th scope="col">Words quoted</th><th scope="col">Words paraphrased</th><th scope="col">Claims</th></tr></thead>'
    + `<tbody>${body}</tbody></table>`;
}

function shareTable<K extends string>(caption: string, heading: string, shares: Array<Share<K>>, labels: Record<string, string>): string {
  const body = shares.map((s) => `<tr><th scope="row">${escapeHtml(labels[s.key])}</th><td>${s.claims}</td><td>${percent(s.share)}</td></tr>`).join('');
  return `<table class="balance-table"><caption>${escapeHtml(caption)}</caption>`
    + `<thead><tr><th scope="col">${escapeHtml(heading)}</th><th scope="col">Claims</th><th scope="col">Share</th></tr></thead>`
    + `<tbody>${body}</tbody></table>`;
}

/** The section, collapsed or open as the reader left it (the webview keeps the state across renders). */
export function renderBalance(analysis: Analysis, palette: SpeakerPalette): string {
  const balance = sourceBalance(analysis);
  if (balance.totalClaims === 0) {
    return '<details id="balance" class="balance"><summary>Source balance</summary><p class="legend-empty">No claims to weigh.</p></details>';
  }
  const most = Math.max(1, ...balance.actors.map((row) => row.quotedWords + row.paraphrasedWords));
  const scale = BAR_WIDTH / most;
  const rows = balance.actors.map((row, index) => actorRow(row, index, scale, palette.slotClass(row.actorId))).join('');
  const height = Math.max(1, balance.actors.length) * ROW_HEIGHT;
  const chart = balance.actors.length === 0 ? '<p class="legend-empty">No claim has a speaker.</p>'
    : `<svg class="balance-chart" width="100%" viewBox="0 0 ${CHART_WIDTH} ${height}" preserveAspectRatio="xMinYMin meet" role="group" aria-label="Words quoted and paraphrased per speaker">${rows}</svg>`;
  const key = '<p class="balance-key" aria-hidden="true"><span class="key-quoted"></span>words quoted <span class="key-paraphrased"></span>words paraphrased'
    + ' · select a bar to show only that speaker\'s claims</p>';
  return '<details id="balance" class="balance"><summary>Source balance</summary>'
    + `${key}${chart}<p class="balance-filter" hidden><span class="balance-filter-text"></span> <button type="button" class="balance-clear">Show all claims</button></p>`
    + shareBar('By sourcing', balance.bySourcing, SOURCING_LABELS, 'share-sourcing')
    + shareBar('By speaker kind', balance.byKind, KIND_LABELS, 'share-kind')
    + actorTable(balance.actors)
    + shareTable('Claims by sourcing', 'Sourcing', balance.bySourcing, SOURCING_LABELS)
    + shareTable('Claims by speaker kind', 'Speaker kind', balance.byKind, KIND_LABELS)
    + '</details>';
}

