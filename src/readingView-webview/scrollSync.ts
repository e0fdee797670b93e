/**
 * The webview's half of scroll sync. User scrolling reports the editor line at the top (throttled);
 * a scrollToLine from the host moves the page and ignores the scroll events that move causes, so
 * the host is not told to scroll the editor back (the loop the markdown preview also guards).
 */
import { throttle } from '../extension/readingView/throttle';
import { lineAtOffset, offsetForLine, type BlockPosition } from './scrollMath';

const throttleMs = 50;
const echoWindowMs = 150;

export class ScrollSync {
  private ignoreUntil = 0;
  private positions: BlockPosition[] | undefined;

  constructor(private readonly root: HTMLElement, onUserScroll: (line: number) => void) {
    const report = throttle(() => {
      if (Date.now() < this.ignoreUntil) return;
      onUserScroll(this.currentLine());
    }, throttleMs);
    window.addEventListener('scroll', () => report(), { passive: true });
    window.addEventListener('resize', () => this.invalidate());
  }

  /** Paragraph positions change on every render and resize. */
  invalidate(): void {
    this.positions = undefined;
  }

  currentLine(): number {
    return lineAtOffset(this.measure(), window.scrollY);
  }

  scrollToLine(line: number): void {
    this.ignoreUntil = Date.now() + echoWindowMs;
    window.scrollTo(0, offsetForLine(this.measure(), line));
  }

  private measure(): BlockPosition[] {
    if (!this.positions) {
      this.positions = Array.from(this.root.querySelectorAll<HTMLElement>('.code-line[data-line]'), (element) => {
        const box = element.getBoundingClientRect();
        return { line: Number(element.dataset.line), top: box.top + window.scrollY, height: box.height };
      }).filter((position) => Number.isFinite(position.line));
    }
    return this.positions;
  }
}
