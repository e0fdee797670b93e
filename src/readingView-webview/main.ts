/**
 * The reading view's webview script (bundled into media/readingView.js). It says `ready`, renders
 * what the host sends, reports what it rendered, and turns clicks, keys and scrolling into
 * messages. The only HTML it inserts is the body and legend the host already escaped.
 */
import type { ClaimCardData, FocusClaimMessage, RenderMessage, ToWebviewMessage } from '../extension/readingView/protocol';
import { claimElementAt, claimHeads, countRenderedClaims, findClaimHead, firstVisibleIndex } from './claimElements';
import { connectToHost } from './hostConnection';
import { HoverCard } from './hoverCard';
import { navigationStep, nextClaimIndex } from './keyboard';
import { ScrollSync } from './scrollSync';
import { BalanceFilter } from './balanceFilter';

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`reading view: the page has no #${id}`);
  return element;
}

const data = requireElement('attribution-lens-data');
const documentUri = data.dataset.uri ?? '';
const article = requireElement('article');
const legend = requireElement('legend');
const notice = requireElement('notice');
const balance = new BalanceFilter(requireElement('balance-section'), article);
const hoverCard = new HoverCard(requireElement('claim-card'));
const host = connectToHost();

const cards = new Map<string, ClaimCardData>();
let restoreLine = host.savedState(documentUri)?.line ?? (Number(data.dataset.line) || 0);
let hasRendered = false;
host.saveState({ uri: documentUri, line: restoreLine });

const scrollSync = new ScrollSync(article, (line) => {
  host.saveState({ uri: documentUri, line });
  host.post({ type: 'didScroll', uri: documentUri, line });
});

function focusedClaimId(): string | undefined {
  return claimElementAt(document.activeElement)?.dataset.claimId;
}

function render(message: RenderMessage): void {
  const keepFocus = focusedClaimId();
  hoverCard.hide();
  cards.clear();
  for (const card of message.cards) cards.set(card.claimId, card);
  article.innerHTML = message.bodyHtml;
  legend.innerHTML = message.legendHtml;
  balance.render(message.balanceHtml);
  notice.textContent = message.notice ?? '';
  notice.hidden = !message.notice;
  article.setAttribute('aria-busy', 'false');
  scrollSync.invalidate();

  // First render after a (re)load: back to where the reader was. Later renders keep the page's
  // own scroll position, and the claim that had focus keeps it across edits.
  if (!hasRendered) {
    hasRendered = true;
    scrollSync.scrollToLine(restoreLine);
  }
  if (keepFocus !== undefined) findClaimHead(article, keepFocus)?.focus({ preventScroll: true });

  host.post({
    type: 'didRender',
    uri: documentUri,
    version: message.version,
    claimCount: countRenderedClaims(article),
    actorCount: legend.querySelectorAll('.legend-item[data-actor-id]').length,
    balanceBars: balance.barCount(),
  });
}

function focusClaim(message: FocusClaimMessage): void {
  const head = findClaimHead(article, message.claimId);
  if (!head) return;
  head.focus({ preventScroll: true });
  head.scrollIntoView({ block: 'center' });
  // Restart the highlight animation even if the same claim is focused twice.
  head.classList.remove('flash');
  void head.offsetWidth;
  head.classList.add('flash');
}

function activate(element: HTMLElement): void {
  const claimId = element.dataset.claimId;
  if (claimId !== undefined) host.post({ type: 'didClickClaim', uri: documentUri, claimId });
}

function showCard(element: HTMLElement): void {
  const card = element.dataset.claimId === undefined ? undefined : cards.get(element.dataset.claimId);
  if (card && !hoverCard.isShownFor(element)) hoverCard.show(card, element);
}

window.addEventListener('message', (event: MessageEvent<ToWebviewMessage>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null || message.uri !== documentUri) return;
  switch (message.type) {
    case 'render':
      render(message);
      break;
    case 'scrollToLine':
      restoreLine = message.line;
      host.saveState({ uri: documentUri, line: message.line });
      scrollSync.scrollToLine(message.line);
      break;
    case 'focusClaim':
      focusClaim(message);
      break;
  }
});

article.addEventListener('mouseover', (event) => {
  const element = claimElementAt(event.target);
  if (element) showCard(element);
});
article.addEventListener('mouseout', (event) => {
  const from = claimElementAt(event.target);
  if (from && claimElementAt(event.relatedTarget) !== from && from !== document.activeElement) hoverCard.hide();
});
article.addEventListener('focusin', (event) => {
  const element = claimElementAt(event.target);
  if (element) showCard(element);
});
article.addEventListener('focusout', () => hoverCard.hide());

article.addEventListener('click', (event) => {
  const element = claimElementAt(event.target);
  // A reader selecting text to copy is not asking to jump to the editor.
  if (element && (window.getSelection()?.isCollapsed ?? true)) activate(element);
});

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const current = claimElementAt(document.activeElement);
  if (event.key === 'Escape') {
    hoverCard.hide();
    balance.clear();
    return;
  }
  if (current && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    activate(current);
    return;
  }
  const step = navigationStep(event.key, current !== undefined);
  if (step === undefined) return;
  // With the highlights filtered to one speaker, j / k move between that speaker's claims only.
  const heads = claimHeads(article).filter((head) => !head.classList.contains('filtered-out'));
  const currentIndex = current ? heads.findIndex((head) => head.dataset.claimId === current.dataset.claimId) : -1;
  const target = nextClaimIndex(currentIndex < 0 ? undefined : currentIndex, heads.length, step, firstVisibleIndex(heads));
  if (target === undefined) return;
  event.preventDefault();
  heads[target].focus({ preventScroll: true });
  heads[target].scrollIntoView({ block: 'nearest' });
});

host.post({ type: 'ready', uri: documentUri });
