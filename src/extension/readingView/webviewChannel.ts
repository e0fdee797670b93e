/**
 * The host's end of one webview's message channel. It enforces the ready handshake (as in GitHub
 * Pull Requests' WebviewBase: nothing is posted before the webview said `ready`, or it would be
 * lost), validates every incoming message, drops messages about another document, and refuses to
 * post after dispose. With retainContextWhenHidden off, a hidden webview is destroyed and reloads
 * when shown again, so hiding resets readiness and the next `ready` triggers a fresh render.
 */
import * as vscode from 'vscode';
import { parseFromWebview, type FromWebviewMessage, type ToWebviewMessage } from './protocol';
import type { Logger } from '../log';

export type WebviewEventMessage = Exclude<FromWebviewMessage, { type: 'ready' }>;

export class WebviewChannel implements vscode.Disposable {
  private ready = false;
  private disposed = false;
  private readonly readyEmitter = new vscode.EventEmitter<void>();
  private readonly messageEmitter = new vscode.EventEmitter<WebviewEventMessage>();
  private readonly disposables: vscode.Disposable[] = [this.readyEmitter, this.messageEmitter];

  /** Fires each time the webview (re)loads and is ready for messages. */
  readonly onDidBecomeReady = this.readyEmitter.event;
  readonly onDidReceiveMessage = this.messageEmitter.event;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly documentUri: string,
    private readonly log: Logger,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (!webviewPanel.visible) this.ready = false;
      }),
    );
  }

  get isReady(): boolean {
    return this.ready && !this.disposed;
  }

  /** Posts if the webview is ready; returns false otherwise (the caller re-sends on the next ready). */
  post(message: ToWebviewMessage): boolean {
    if (!this.isReady) return false;
    this.panel.webview.postMessage(message).then(undefined, (error: unknown) => {
      this.log.trace(`reading view: posting ${message.type} failed: ${String(error)}`);
    });
    return true;
  }

  private receive(raw: unknown): void {
    if (this.disposed) return;
    const message = parseFromWebview(raw);
    if (!message) {
      this.log.trace('reading view: dropped a malformed message from the webview');
      return;
    }
    if (message.uri !== this.documentUri) {
      this.log.trace(`reading view: dropped ${message.type} about ${message.uri} (this view shows ${this.documentUri})`);
      return;
    }
    if (message.type === 'ready') {
      this.ready = true;
      this.readyEmitter.fire();
    } else {
      this.messageEmitter.fire(message);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.ready = false;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
