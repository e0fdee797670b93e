/**
 * One reading view: a webview panel showing one document. It renders analyses it is given (newest
 * version only), re-sends its last render whenever the webview (re)loads, forwards clicks to the
 * editor and the Actors tree, and reports what the webview rendered.
 */
import * as vscode from 'vscode';
import type { ReadingViewRenderEvent } from '../api';
import type { Analysis } from '../../engine/types';
import { EditorScrollSync } from './editorScrollSync';
import type { ClaimRef } from '../claimRef';
import type { Logger } from '../log';
import { buildReadingViewPage, type PageResources } from './pageHtml';
import type { RenderMessage } from './protocol';
import { renderArticle } from './renderArticle';
import { WebviewChannel, type WebviewEventMessage } from './webviewChannel';

export const readingViewType = 'attributionLens.readingView';

export interface PanelDependencies {
  extensionUri: vscode.Uri;
  log: Logger;
  reportRender(event: ReadingViewRenderEvent): void;
}

export function readingViewTitle(documentUri: vscode.Uri): string {
  const name = documentUri.path.split('/').filter(Boolean).pop() ?? documentUri.toString();
  return `Reading: ${name}`;
}

/** Options for new and revived panels alike: scripts on, resources from media/ only. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export function mediaResources(webview: vscode.Webview, extensionUri: vscode.Uri): PageResources {
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
  return { cspSource: webview.cspSource, scriptUri: media('readingView.js'), styleUri: media('readingView.css') };
}

export class ReadingViewPanel implements vscode.Disposable {
  readonly documentKey: string;
  private readonly channel: WebviewChannel;
  private readonly scrollSync: EditorScrollSync;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private lastRender: RenderMessage | undefined;
  private pendingFocus: string | undefined;
  private disposed = false;

  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly documentUri: vscode.Uri,
    private readonly dependencies: PanelDependencies,
    initialLine: number,
  ) {
    this.documentKey = documentUri.toString();
    const { webview } = panel;
    webview.options = webviewOptions(dependencies.extensionUri);
    webview.html = buildReadingViewPage(
      mediaResources(webview, dependencies.extensionUri), this.documentKey, readingViewTitle(documentUri), initialLine);
    panel.title = readingViewTitle(documentUri);

    this.channel = new WebviewChannel(panel, this.documentKey, dependencies.log);
    this.scrollSync = new EditorScrollSync(this.documentKey, (line) => {
      this.channel.post({ type: 'scrollToLine', uri: this.documentKey, line });
    });
    this.disposables.push(
      this.channel,
      this.scrollSync,
      this.disposeEmitter,
      this.channel.onDidBecomeReady(() => this.sendCurrentState()),
      this.channel.onDidReceiveMessage((message) => this.handleMessage(message)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /**
   * Shows this analysis of `text` at `version`. The manager only calls this for the document's
   * current version, so a stale analysis never gets here.
   */
  render(text: string, version: number, analysis: Analysis | undefined, notice: string | null): void {
    if (this.disposed) return;
    const { bodyHtml, legendHtml, balanceHtml, cards } = renderArticle(text, analysis ?? { actors: [], claims: [] });
    this.lastRender = { type: 'render', uri: this.documentKey, version, bodyHtml, legendHtml, balanceHtml, cards, notice };
    this.channel.post(this.lastRender);
  }

  focusClaim(claimId: string): void {
    this.pendingFocus = claimId;
    if (this.lastRender && this.channel.post({ type: 'focusClaim', uri: this.documentKey, claimId })) {
      this.pendingFocus = undefined;
    }
  }

  reveal(): void {
    if (!this.disposed) this.panel.reveal(undefined, true);
  }

  editorScrolled(topLine: number): void {
    if (!this.disposed) this.scrollSync.editorScrolled(topLine);
  }

  /** After every (re)load of the webview: the last render, then any claim waiting to be focused. */
  private sendCurrentState(): void {
    if (!this.lastRender) return;
    this.channel.post(this.lastRender);
    if (this.pendingFocus !== undefined) this.focusClaim(this.pendingFocus);
  }

  private handleMessage(message: WebviewEventMessage): void {
    switch (message.type) {
      case 'didClickClaim':
        void this.revealClaim({ uri: this.documentKey, claimId: message.claimId });
        break;
      case 'didScroll':
        this.scrollSync.webviewScrolled(message.line);
        break;
      case 'didRender': {
        const { uri, version, claimCount, actorCount, balanceBars } = message;
        this.dependencies.log.trace(`reading view: rendered version ${version} with ${claimCount} claims, ${actorCount} actors, ${balanceBars} balance bars`);
        this.dependencies.reportRender({ uri, version, claimCount, actorCount, balanceBars });
        break;
      }
    }
  }

  /** Shows the clicked claim in the Actors tree and selects it in the editor (commands of the core). */
  private async revealClaim(ref: ClaimRef): Promise<void> {
    for (const command of ['attributionLens.showInActors', 'attributionLens.revealRange']) {
      try {
        await vscode.commands.executeCommand(command, ref);
      } catch (error) {
        this.dependencies.log.trace(`reading view: ${command} failed for ${ref.claimId}: ${String(error)}`);
      }
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposeEmitter.fire();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}
