/**
 * The "Actors" view: shows the tree for the active article editor (keeping the last article while a
 * webview or panel has focus), follows the text cursor onto claims when `attributionLens.followCursor`
 * is on, and implements `attributionLens.showInActors`. Its title bar toggles between "This article"
 * and "Workspace" (actors across the workspace index, which the first switch starts).
 */
import * as vscode from 'vscode';
import { documentLength } from '../documentLength';
import type { AnalysisStore } from '../analysisStore';
import { isClaimRef } from '../claimRef';
import { documentForUri } from '../commands/openDocument';
import type { Logger } from '../log';
import { ActorsTreeProvider } from './actorsTreeProvider';
import type { ClaimNode } from './claimNode';
import type { ActorsTreeNode } from './treeNode';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { countLabel } from './treeContent';
import type { ActorsScope } from './actorsTreeProvider';

export const ACTORS_VIEW_ID = 'attributionLens.actors';

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}

export class ActorsView implements vscode.Disposable {
  readonly provider: ActorsTreeProvider;
  private readonly view: vscode.TreeView<ActorsTreeNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore, private readonly index: WorkspaceIndex, private readonly log: Logger) {
    this.provider = new ActorsTreeProvider(store, index);
    this.view = vscode.window.createTreeView(ACTORS_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    this.disposables.push(
      this.provider,
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.followActiveEditor()),
      store.onDidChangeArticleSet(() => this.followActiveEditor(true)),
      store.onDidChange(() => this.updateTitle()),
      index.onDidChange(() => this.updateTitle()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.provider.document) this.show(undefined);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => this.followCursor(event.textEditor)),
      this.view.onDidChangeVisibility(({ visible }) => {
        if (!visible) return;
        this.updateTitle();
        if (vscode.window.activeTextEditor) this.followCursor(vscode.window.activeTextEditor);
      }),
    );
    this.followActiveEditor();
    void this.setScope('article');
  }

  /** The title bar's toggle: "This article" or "Workspace" (which starts the workspace index). */
  async setScope(scope: ActorsScope): Promise<void> {
    this.provider.setScope(scope);
    await vscode.commands.executeCommand('setContext', 'attributionLens.actorsScope', scope);
    this.updateTitle();
    if (scope === 'workspace') void this.index.start();
  }

  /**
   * Shows the active editor's article. With no active text editor (a webview or the panel has focus)
   * the last article stays, so the tree does not blank out while the reader uses the reading view;
   * a non-article text editor clears it. `recheck` re-evaluates the same document after a language change.
   */
  private followActiveEditor(recheck = false): void {
    const editor = vscode.window.activeTextEditor;
    // An output channel (our own trace included) counts as no editor: reading a log keeps the article.
    if (editor && editor.document.uri.scheme !== 'output') {
      this.show(this.store.isArticle(editor.document) ? editor.document : undefined, recheck);
    } else if (recheck && this.provider.document && !this.store.isArticle(this.provider.document)) {
      this.show(undefined);
    }
  }

  private show(document: vscode.TextDocument | undefined, forceRefresh = false): void {
    if (forceRefresh && document === this.provider.document) this.provider.refresh();
    this.provider.setDocument(document);
    this.updateTitle();
  }

  /**
   * The view's description names the article; a message says so when it has no attributions, or
   * when it is too long to be analysed at all (which an empty tree must not pass off as "none found").
   */
  private updateTitle(): void {
    if (this.provider.scope === 'workspace') {
      this.updateWorkspaceTitle();
      return;
    }
    const document = this.provider.document;
    this.view.description = document ? fileName(document) : undefined;
    // While visible the tree needs this analysis anyway (cached, so no second run); hidden, only peek.
    const analysis = document ? (this.view.visible ? this.store.get(document) : this.store.peek(document)) : undefined;
    const nothingFound = analysis && analysis.actors.length === 0 && analysis.claims.length === 0;
    if (document && !analysis && this.store.isPending(document)) {
      this.view.message = `Analysing this article (${documentLength(document).toLocaleString('en-US')} characters)…`;
      return;
    }
    this.view.message = nothingFound
      ? (document && this.store.lengthLimitNotice(document)) ?? 'No quotes, attributions or named actors found in this article.'
      : undefined;
  }

  private updateWorkspaceTitle(): void {
    const state = this.index.state;
    this.view.description = `Workspace · ${countLabel(this.index.fileCount, 'file')}`;
    switch (state.kind) {
      case 'idle': this.view.message = 'Indexing the workspace…'; return;
      case 'indexing': this.view.message = `Indexing the workspace: ${state.done.toLocaleString('en-US')} of ${countLabel(state.total, 'file')}…`; return;
      case 'off': this.view.message = state.message; return;
      case 'cancelled':
        this.view.message = `Indexing was cancelled after ${state.done.toLocaleString('en-US')} of ${countLabel(state.total, 'file')}; these are their actors. ` +
          'Run "Attribution Lens: Rebuild Workspace Index" to index them all.';
        return;
      case 'ready':
        this.view.message = this.index.actors().length === 0
          ? `No named speakers found in ${countLabel(state.files, 'article file')} (the attributionLens.workspace.include setting chooses them).`
          : undefined;
    }
  }

  private followCursor(editor: vscode.TextEditor): void {
    if (this.provider.scope !== 'article' || !this.view.visible || editor.document !== this.provider.document) return;
    if (!vscode.workspace.getConfiguration('attributionLens', editor.document.uri).get<boolean>('followCursor', true)) return;
    const node = this.provider.claimNodeAtCursor(editor.document.offsetAt(editor.selection.active));
    // Already selected: also what stops the loop tree click → editor selection → tree reveal.
    if (!node || this.view.selection.some((selected) => selected.id === node.id)) return;
    this.reveal(node, false);
  }

  private reveal(node: ClaimNode, focus: boolean): Thenable<void> {
    return this.view.reveal(node, { select: true, focus, expand: true }).then(undefined, (error: unknown) =>
      this.log.trace(`actors view: could not reveal ${node.claimId}: ${String(error)}`));
  }

  /** `attributionLens.showInActors(ref)`: opens the view on the claim's article and selects the claim. */
  async showInActors(ref: unknown): Promise<boolean> {
    if (!isClaimRef(ref)) return false;
    const document = await documentForUri(ref.uri, this.log);
    if (!document || !this.store.isArticle(document)) return false;
    await this.setScope('article');
    this.show(document);
    await vscode.commands.executeCommand(`${ACTORS_VIEW_ID}.focus`);
    const node = this.provider.findClaimNode(ref.claimId);
    if (!node) return false;
    await this.reveal(node, true);
    return true;
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
