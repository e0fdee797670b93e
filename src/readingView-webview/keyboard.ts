/**
 * Keyboard navigation between claims, DOM-free. j / n go to the next claim and k / p to the
 * previous one anywhere in the view; the arrow keys do so only while a claim has focus, so that
 * outside claims they keep scrolling the page as readers expect. No wrap-around: at the last claim
 * "next" stays put, which tells the reader they reached the end.
 */
export type Step = 1 | -1;

export function navigationStep(key: string, focusOnClaim: boolean): Step | undefined {
  switch (key) {
    case 'j':
    case 'n':
      return 1;
    case 'k':
    case 'p':
      return -1;
    case 'ArrowDown':
      return focusOnClaim ? 1 : undefined;
    case 'ArrowUp':
      return focusOnClaim ? -1 : undefined;
    default:
      return undefined;
  }
}

/**
 * The claim to focus. With no claim focused, navigation starts from the first claim on screen
 * (`firstVisible`) rather than the top of the article.
 */
export function nextClaimIndex(current: number | undefined, count: number, step: Step, firstVisible: number): number | undefined {
  if (count <= 0) return undefined;
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index));
  return current === undefined ? clamp(firstVisible) : clamp(current + step);
}
