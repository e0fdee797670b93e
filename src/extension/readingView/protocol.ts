/**
 * The message protocol between the reading view's host (extension side) and its webview, typed in
 * one place and bundled into both. Messages are unions discriminated on `type`; every message
 * carries the `uri` of the article it is about so that either side can drop messages meant for
 * another document (a panel revived for a different file, a late message after a switch).
 *
 * This file must stay free of `vscode` and DOM imports: the webview bundle and the unit tests use it.
 */
import type { ClaimKind } from '../../engine/types';

/** What the hover card shows for one claim; plain strings, the webview sets them as textContent. */
export interface ClaimCardData {
  claimId: string;
  speaker: string;
  role: string | null;
  /** The other names the text uses for the speaker (the engine's aliases), shown as "Also called". */
  aliases: string[];
  cue: string | null;
  kind: ClaimKind;
  /** 0..1 */
  confidence: number;
  evidence: string;
}

/** The webview's persisted state (vscode.setState), read back by the panel serializer after a reload. */
export interface ReadingViewState {
  uri: string;
  /** The editor line (possibly fractional) at the top of the view. */
  line: number;
}

// ---- host → webview -------------------------------------------------------------------------

export interface RenderMessage {
  type: 'render';
  uri: string;
  version: number;
  /** Escaped, ready-made HTML of the article body; the only HTML the webview ever inserts. */
  bodyHtml: string;
  /** Escaped, ready-made HTML of the actor legend. */
  legendHtml: string;
  /** Escaped, ready-made HTML of the "Source balance" section. */
  balanceHtml: string;
  /** Hover-card data by claim id. */
  cards: ClaimCardData[];
  /** A one-line note above the article (plain text), e.g. when the document is not an article. */
  notice: string | null;
}

export interface ScrollToLineMessage {
  type: 'scrollToLine';
  uri: string;
  line: number;
}

export interface FocusClaimMessage {
  type: 'focusClaim';
  uri: string;
  claimId: string;
}

export type ToWebviewMessage = RenderMessage | ScrollToLineMessage | FocusClaimMessage;

// ---- webview → host -------------------------------------------------------------------------

export interface ReadyMessage {
  type: 'ready';
  uri: string;
}

export interface DidClickClaimMessage {
  type: 'didClickClaim';
  uri: string;
  claimId: string;
}

export interface DidScrollMessage {
  type: 'didScroll';
  uri: string;
  line: number;
}

export interface DidRenderMessage {
  type: 'didRender';
  uri: string;
  version: number;
  /** Distinct claims that have at least one element in the DOM after rendering. */
  claimCount: number;
  /** Actor entries in the legend's DOM after rendering. */
  actorCount: number;
  /** Actor bars in the "Source balance" chart's DOM after rendering. */
  balanceBars: number;
}

export type FromWebviewMessage = ReadyMessage | DidClickClaimMessage | DidScrollMessage | DidRenderMessage;

// ---- validation -----------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Narrows an untrusted message from the webview. The webview runs article-derived HTML, so the
 * host treats whatever it receives as input to check, never as a trusted object.
 */
export function parseFromWebview(value: unknown): FromWebviewMessage | undefined {
  if (!isRecord(value) || typeof value.uri !== 'string') return undefined;
  const uri = value.uri;
  switch (value.type) {
    case 'ready':
      return { type: 'ready', uri };
    case 'didClickClaim':
      return typeof value.claimId === 'string' ? { type: 'didClickClaim', uri, claimId: value.claimId } : undefined;
    case 'didScroll':
      return isFiniteNumber(value.line) && value.line >= 0 ? { type: 'didScroll', uri, line: value.line } : undefined;
    case 'didRender':
      if (!isFiniteNumber(value.version) || !isFiniteNumber(value.claimCount) || !isFiniteNumber(value.actorCount)) {
        return undefined;
      }
      return { type: 'didRender', uri, version: value.version, claimCount: value.claimCount, actorCount: value.actorCount,
        balanceBars: isFiniteNumber(value.balanceBars) ? value.balanceBars : 0 };
    default:
      return undefined;
  }
}

/** Narrows a persisted webview state (it survives reloads and may come from an older version). */
export function parseState(value: unknown): ReadingViewState | undefined {
  if (!isRecord(value) || typeof value.uri !== 'string' || value.uri === '') return undefined;
  const line = isFiniteNumber(value.line) && value.line >= 0 ? value.line : 0;
  return { uri: value.uri, line };
}
