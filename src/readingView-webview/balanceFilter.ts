/**
 * The "Source balance" section in the webview: inserts the host's escaped HTML, keeps the section open or closed
 * and the chosen speaker across re-renders, and filters the article's highlights to one speaker when a bar is
 * clicked or pressed with Enter or Space (again, "Show all claims" or Escape shows every claim). Only classes and
 * attributes change, never inline styles, so the strict CSP holds.
 */
export class BalanceFilter {
  private open = false;
  private actorId: string | undefined;

  constructor(private readonly section: HTMLElement, private readonly article: HTMLElement) {
    section.addEventListener('toggle', () => { this.open = this.details()?.open ?? false; }, true);
    section.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('.balance-clear')) { this.clear(); return; }
      const bar = this.barAt(target);
      if (bar) this.toggle(bar.dataset.actorId);
    });
    section.addEventListener('keydown', (event) => {
      const bar = this.barAt(event.target instanceof Element ? event.target : null);
      if (!bar || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      event.stopPropagation();
      this.toggle(bar.dataset.actorId);
    });
  }

  /** After the article is rendered: the new section, with the reader's open state and filter kept where they still apply. */
  render(html: string): void {
    this.section.innerHTML = html;
    const details = this.details();
    if (details) details.open = this.open;
    if (this.actorId !== undefined && !this.bars().some((bar) => bar.dataset.actorId === this.actorId)) this.actorId = undefined;
    this.apply();
  }

  /** Bars drawn, one per speaking actor. */
  barCount(): number {
    return this.bars().length;
  }

  isFiltering(): boolean {
    return this.actorId !== undefined;
  }

  clear(): void {
    this.actorId = undefined;
    this.apply();
  }

  private toggle(actorId: string | undefined): void {
    this.actorId = actorId === this.actorId ? undefined : actorId;
    this.apply();
  }

  private apply(): void {
    const id = this.actorId;
    this.article.classList.toggle('filtering', id !== undefined);
    for (const element of this.article.querySelectorAll<HTMLElement>('[data-claim-id]')) {
      element.classList.toggle('filtered-out', id !== undefined && element.dataset.actorId !== id);
    }
    let chosenName = '';
    for (const bar of this.bars()) {
      const chosen = id !== undefined && bar.dataset.actorId === id;
      bar.setAttribute('aria-pressed', String(chosen));
      bar.classList.toggle('selected', chosen);
      bar.classList.toggle('dimmed', id !== undefined && !chosen);
      if (chosen) chosenName = bar.querySelector('.bar-name')?.textContent ?? '';
    }
    const note = this.section.querySelector<HTMLElement>('.balance-filter');
    const text = this.section.querySelector<HTMLElement>('.balance-filter-text');
    if (note && text) {
      note.hidden = id === undefined;
      text.textContent = id === undefined ? '' : `Showing only the claims of ${chosenName}.`;
    }
  }

  private details(): HTMLDetailsElement | null {
    return this.section.querySelector('details');
  }

  private bars(): HTMLElement[] {
    return Array.from(this.section.querySelectorAll<HTMLElement>('.balance-bar[data-actor-id]'));
  }

  private barAt(target: Element | null): HTMLElement | undefined {
    const bar = target?.closest<HTMLElement>('.balance-bar[data-actor-id]');
    return bar && this.section.contains(bar) ? bar : undefined;
  }
}
