/**
 * Keeps one reading view per document: opens or reveals them, revives them after a reload
 * (WebviewPanelSerializer), and routes the store's analyses and editor scrolling
 * to the right panel.
 */
import * as vscode from 'vscode';
import type { ReadingViewRenderEvent } from '../api';
import type { Analysis } from '../../engine/types';
import type { Logger } from '../log';
import type { ReadingViewStore } from './hostTypes';
import { buildMessagePage } from './pageHtml';
import { parseState } from './protocol';
import { ReadingViewPanel, mediaResources, readingViewTitle, readingViewType, webviewOptions } from './readingViewPanel';

function topVisibleLine(documentKey: string): number {
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === documentKey);
  return editor?.visibleRanges[0]?.start.line ?? 0;
}

export class ReadingViewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly panels = new Map<string, ReadingViewPanel>();
  private readonly renderEmitter = new vscode.EventEmitter<ReadingViewRenderEvent>();
  private readonly disposables: vscode.Disposable[] = [this.renderEmitter];

  readonly onDidRender = this.renderEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: ReadingViewStore,
    private readonly log: Logger,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(readingViewType, this),
      store.onDidChange(({ uri, version, analysis }) => this.refresh(uri.toString(), version, analysis)),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => {
        const line = visibleRanges[0]?.start.line;
        if (line !== undefined) this.panels.get(textEditor.document.uri.toString())?.editorScrolled(line);
      }),
    );
  }

  /** Opens the document's reading view beside the editor, or reveals the one already open. */
  open(document: vscode.TextDocument, claimId?: string): void {
    const key = document.uri.toString();
    let panel = this.panels.get(key);
    if (panel) {
      panel.reveal();
    } else {
      const webviewPanel = vscode.window.createWebviewPanel(
        readingViewType,
        readingViewTitle(document.uri),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(this.extensionUri),
      );
      panel = this.adopt(webviewPanel, document, topVisibleLine(key));
    }
    if (claimId !== undefined) panel.focusClaim(claimId);
  }

  /** Called by VS Code after a reload for each reading view that was open, with its saved state. */
  async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, rawState: unknown): Promise<void> {
    const state = parseState(rawState);
    if (!state) {
      this.showMessage(webviewPanel, 'Reading view', 'This reading view has no article to show. Open an article and run "Attribution Lens: Open Reading View".');
      return;
    }
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri, true));
    } catch (error) {
      this.log.trace(`reading view: could not reopen ${state.uri}: ${String(error)}`);
      this.showMessage(webviewPanel, readingViewTitle(vscode.Uri.parse(state.uri)),
        `The article ${state.uri} is no longer available, so there is nothing to show. Close this view, or open the article again and run "Attribution Lens: Open Reading View".`);
      return;
    }
    const existing = this.panels.get(document.uri.toString());
    if (existing) {
      // Two restored views of one document: keep the first, like open() would.
      webviewPanel.dispose();
      existing.reveal();
      return;
    }
    this.adopt(webviewPanel, document, state.line);
  }

  private adopt(webviewPanel: vscode.WebviewPanel, document: vscode.TextDocument, line: number): ReadingViewPanel {
    const key = document.uri.toString();
    const panel = new ReadingViewPanel(webviewPanel, document.uri, {
      extensionUri: this.extensionUri,
      log: this.log,
      reportRender: (event) => this.renderEmitter.fire(event),
    }, line);
    this.panels.set(key, panel);
    panel.onDidDispose(() => {
      if (this.panels.get(key) === panel) this.panels.delete(key);
    });
    this.renderDocument(panel, document);
    return panel;
  }

  private renderDocument(panel: ReadingViewPanel, document: vscode.TextDocument, analysis = this.store.get(document)): void {
    const notice = analysis === undefined && this.store.isPending(document)
      ? 'Analysing this article in the background; its claims are marked when the analysis is done.'
      : analysis === undefined
      ? `Attribution Lens does not analyse "${document.languageId}" documents (see the attributionLens.languages setting), so no claims are marked.`
      : this.store.lengthLimitNotice(document) ?? null;
    panel.render(document.getText(), document.version, analysis, notice);
  }

  /**
   * A fresh analysis is stored. Render it only if it is still for the document's current version;
   * otherwise a newer edit is pending and its own change event will follow. This is the reading
   * view's version gate: what reaches a panel is always current, so renders only move forward.
   */
  private refresh(key: string, version: number, analysis: Analysis): void {
    const panel = this.panels.get(key);
    if (!panel) return;
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
    if (!document || document.version !== version) {
      this.log.trace(`reading view: skipped analysis of ${key} version ${version} (document ${document ? `at ${document.version}` : 'closed'})`);
      return;
    }
    this.renderDocument(panel, document, analysis);
  }

  private showMessage(webviewPanel: vscode.WebviewPanel, title: string, message: string): void {
    webviewPanel.title = title;
    webviewPanel.webview.options = { enableScripts: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    const { cspSource, styleUri } = mediaResources(webviewPanel.webview, this.extensionUri);
    webviewPanel.webview.html = buildMessagePage(cspSource, styleUri, title, message);
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.panels.clear();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
