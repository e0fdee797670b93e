/**
 * Keeps one reading view's scroll position in step with the editors showing its document, both
 * ways, as the markdown preview does. Editor → view is throttled; view → editor reveals the line at
 * the top of every visible editor of the document. Each side ignores the echo of its own move
 * (here: editor scroll events shortly after we revealed; in the webview: scroll events shortly
 * after a scrollToLine), which is what stops the two from chasing each other.
 */
import * as vscode from 'vscode';
import { throttle, type Throttled } from './throttle';

/** How long editor scroll events are taken as the echo of our own reveal. */
const echoWindowMs = 300;
const throttleMs = 50;

export class EditorScrollSync implements vscode.Disposable {
  private ignoreEditorUntil = 0;
  private readonly postLine: Throttled<[number]>;

  constructor(private readonly documentUri: string, post: (line: number) => void) {
    this.postLine = throttle(post, throttleMs);
  }

  /** An editor of this document scrolled; `line` is its top visible line. */
  editorScrolled(line: number): void {
    if (Date.now() < this.ignoreEditorUntil) return;
    this.postLine(line);
  }

  /** The webview scrolled to `line` (possibly fractional). */
  webviewScrolled(line: number): void {
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === this.documentUri);
    if (editors.length === 0) return;
    const target = Math.max(0, Math.floor(line));
    this.ignoreEditorUntil = Date.now() + echoWindowMs;
    for (const editor of editors) {
      const clamped = Math.min(target, Math.max(0, editor.document.lineCount - 1));
      editor.revealRange(new vscode.Range(clamped, 0, clamped, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  dispose(): void {
    this.postLine.cancel();
  }
}
