/**
 * Finding claims in the rendered article. A claim may be rendered in several runs (split across
 * paragraphs or around a nested claim); its first run is the "head": focusable and labelled.
 */
export function claimHeads(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.claim-head[data-claim-id]'));
}

/** Compared through dataset rather than a selector, so no claim id needs escaping. */
export function findClaimHead(root: ParentNode, claimId: string): HTMLElement | undefined {
  return claimHeads(root).find((element) => element.dataset.claimId === claimId);
}

/** The claim element an event happened in, if any. */
export function claimElementAt(target: EventTarget | null): HTMLElement | undefined {
  return target instanceof Element ? (target.closest<HTMLElement>('[data-claim-id]') ?? undefined) : undefined;
}

/** Distinct claims with at least one element in the DOM: what the host reports as rendered. */
export function countRenderedClaims(root: ParentNode): number {
  const ids = new Set<string>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-claim-id]')) {
    if (element.dataset.claimId !== undefined) ids.add(element.dataset.claimId);
  }
  return ids.size;
}

export function firstVisibleIndex(heads: readonly HTMLElement[]): number {
  const index = heads.findIndex((element) => element.getBoundingClientRect().bottom >= 0);
  return index < 0 ? heads.length - 1 : index;
}
