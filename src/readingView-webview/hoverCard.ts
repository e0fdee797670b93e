/**
 * The reading view's own hover card for a claim: speaker, role, cue, kind, confidence, evidence.
 * Built with textContent only, so nothing from the article is ever parsed as HTML here. Shown on
 * mouse hover and on keyboard focus (then it also describes the focused claim for screen readers).
 */
import type { ClaimCardData } from '../extension/readingView/protocol';
import { cardRows } from './cardContent';

const margin = 8;

export class HoverCard {
  private anchor: HTMLElement | undefined;

  constructor(private readonly element: HTMLElement) {}

  show(card: ClaimCardData, anchor: HTMLElement): void {
    this.hide();
    const title = document.createElement('div');
    title.className = 'claim-card-title';
    title.textContent = card.speaker;
    const list = document.createElement('dl');
    for (const row of cardRows(card)) {
      const term = document.createElement('dt');
      term.textContent = row.label;
      const value = document.createElement('dd');
      value.textContent = row.value;
      list.append(term, value);
    }
    this.element.replaceChildren(title, list);
    this.element.hidden = false;
    this.anchor = anchor;
    anchor.setAttribute('aria-describedby', this.element.id);
    this.place(anchor);
  }

  hide(): void {
    this.element.hidden = true;
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = undefined;
  }

  isShownFor(anchor: Element): boolean {
    return this.anchor === anchor && !this.element.hidden;
  }

  /** Below the claim's first line box, kept inside the viewport; above it if there is no room below. */
  private place(anchor: HTMLElement): void {
    const box = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    const left = Math.max(margin, Math.min(box.left, window.innerWidth - width - margin));
    const below = box.bottom + 4;
    const top = below + height > window.innerHeight && box.top - height - 4 > 0 ? box.top - height - 4 : below;
    // CSSOM writes are allowed by the CSP (only inline style attributes are not).
    this.element.style.left = `${left + window.scrollX}px`;
    this.element.style.top = `${top + window.scrollY}px`;
  }
}
